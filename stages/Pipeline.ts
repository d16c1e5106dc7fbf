/**
 * A distillation cell as an Effect program (architecture.md, "The stages"): from a loaded teacher and
 * prefit weights, train (generate, diffuse, loss, update; method.md §6.1) and evaluate, with
 * checkpoints, progress and metrics provided as services. Teacher load and prefit are their own stages
 * (TeacherLoad.ts, Prefit.ts), so a prefit cell's code closure does not include this file.
 *
 * The tensor work is synchronous and lives in the stage modules; this file only sequences it, owns
 * long-lived tensors (acquireRelease) and turns failures into tagged errors.
 */
import { Effect, Option, Schema } from "effect"
import { curveInterval, resolveAdversarial, resolveBest, type CellConfig } from "../dsl/Hyperparams.ts"
import { tf } from "./internal/tf.ts"
import type { Denoiser } from "./internal/denoiser.ts"
import { disposeMlp, mlpFromArrays, mlpShapeOf, mlpVariables } from "./internal/mlp.ts"
import { selectBest, stopsEarly, takeSnapshot, type BestRecord, type Snapshot } from "./internal/bestSnapshot.ts"
import { asIncompatible, CheckpointStore, type Checkpoint, type CorruptCheckpoint, IncompatibleState } from "./CheckpointStore.ts"
import { bestRows, costRows, curvePoint, evaluate, fromRows, teacherRows, toRows } from "./DistillRows.ts"
import type { StepMetrics } from "./Evaluate.ts"
import type { GreyImage } from "./internal/artefact.ts"
import { MetricsSink, type MetricRow } from "./MetricsSink.ts"
import { Progress } from "./Progress.ts"
import { Rng } from "./Rng.ts"
import type { LoadedTeacher } from "./TeacherLoad.ts"
import { TensorBackend } from "./TensorBackend.ts"
import { checkpointOf, restoreCheckpoint } from "./TrainCheckpoint.ts"
import { disposeTrainState, initTrainState, samplingGenerator, sidIteration, type IterationLog, type RealData, type TrainState } from "./Train.ts"

//---- errors

/** Training produced a non-finite loss or one beyond `loss.maxLoss`: reported with the iteration, never published. */
export class NonFiniteLoss extends Schema.TaggedError<NonFiniteLoss>()("NonFiniteLoss", {
  iteration: Schema.Number,
  lossFake: Schema.Number,
  lossGen: Schema.Number
}) {
  override get message() {
    return `training diverged at iteration ${this.iteration}: L_psi = ${this.lossFake}, L_theta = ${this.lossGen} ` +
      `(non-finite or beyond loss.maxLoss; lower optimizer.lrPsi / optimizer.lrTheta or loss.alpha, or check the teacher)`
  }
}

export type PipelineError = NonFiniteLoss | IncompatibleState | CorruptCheckpoint

//---- distillation

export interface DistillResult {
  readonly backend: string
  readonly before: ReadonlyArray<StepMetrics>
  readonly after: ReadonlyArray<StepMetrics>
  readonly iterations: number
  readonly imagesSeen: number
  readonly resumedFrom: number
  readonly secondsPerIteration: number
  /** Final evaluation samples by k (k = 0: the true reference data), class-major, `samplesPerClass` per class. */
  readonly samples: ReadonlyMap<number, Float32Array>
  /** Image teachers: sample grids by name ("before-k1", "after-k4", "best-k4", ...); empty otherwise. */
  readonly images: Readonly<Record<string, GreyImage>>
  /** With `evaluation.best`: which snapshot was kept and why, and its full evaluation (phase "best"). */
  readonly best?: { readonly record: BestRecord; readonly metrics: ReadonlyArray<StepMetrics> }
}

/** Iterations whose memory is profiled: 0, 100, 200, ... */
const PROFILE_EVERY = 100

export interface DistillOptions {
  /** Checkpoint key of this cell (resume from it when present). */
  readonly checkpointKey?: string
  /** Stop cleanly after the next checkpoint when this returns true (Ctrl-C). */
  readonly shouldStop?: () => boolean
  /** Test hook: runs after every iteration (before that iteration's curve point and checkpoint). */
  readonly afterIteration?: (iteration: number, state: TrainState) => void
  /** SiDa's paired real data (§5.4); by default the teacher's own (TRUE mixture samples, or training latents). */
  readonly realData?: RealData
}

/**
 * Distillation cell: ψ ← copy, θ ← copy of the prefit weights; evaluate; train for the budget with
 * checkpoints; evaluate again. Resumes from the checkpoint under `checkpointKey` when there is one.
 */
export const distill = Effect.fn("Pipeline.distill")(function*(
  cfg: CellConfig,
  teacher: LoadedTeacher,
  initWeights: ReadonlyArray<Float32Array>,
  options: DistillOptions = {}
) {
  const backend = yield* TensorBackend
  const { streams } = yield* Rng
  const progress = yield* Progress
  const sink = yield* MetricsSink
  const store = yield* CheckpointStore

  const init = yield* Effect.try({
    try: () => mlpFromArrays(mlpShapeOf(cfg), initWeights, "init", false),
    catch: asIncompatible("prefit weights")
  })
  const state = yield* Effect.acquireRelease(
    Effect.sync(() => initTrainState(init, cfg)),
    (s) => Effect.sync(() => disposeTrainState(s))
  )
  disposeMlp(init)
  const teacherDen: Denoiser = teacher.denoiser
  const key = options.checkpointKey
  const sida = resolveAdversarial(cfg)
  const realData = sida ? (options.realData ?? teacher.realData) : undefined

  let rows: ReadonlyArray<MetricRow> = []
  // image teachers: sample grids of the initial (before) and trained (after) generator at k = 1 and K
  const images: Record<string, GreyImage> = {}
  const grid = (phase: "before" | "after" | "best", k: number, x: Float32Array) => {
    if (teacher.grid !== undefined && (k === 1 || k === cfg.generator.numSteps)) images[`${phase}-k${k}`] = teacher.grid(x, cfg.evaluation.samplesPerClass)
  }
  // evaluation.best: the kept snapshot of the sampling generator, taken when its curve point is the best so far
  const best = resolveBest(cfg)
  let snapshot: Snapshot | undefined
  const saved = key === undefined ? Option.none<Checkpoint>() : yield* store.load(key)
  if (Option.isSome(saved)) {
    const restored = yield* Effect.try({ try: () => restoreCheckpoint(state, saved.value), catch: asIncompatible(`checkpoint ${store.path(key!)}`) })
    rows = restored.rows
    snapshot = restored.best
    const selected = best === undefined ? undefined : selectBest(rows, best)
    if (selected?.iteration !== snapshot?.iteration) {
      return yield* new IncompatibleState({ what: "checkpoint", detail: `its best snapshot (iteration ${snapshot?.iteration}) is not its curve's selection (iteration ${selected?.iteration})` })
    }
    progress.log(`resuming from checkpoint at iteration ${state.iteration}`)
  }
  const total = cfg.budget.iterations
  // the training curve: "during" rows at 0, every, 2·every, ... and at the end, all at the curve's sample size
  const every = total > 0 ? curveInterval(cfg.evaluation, total, cfg.teacher.kind) : 0
  // wall time of the curve's evaluations, kept out of sec_per_iter and reported as its share
  let curveMs = 0
  const addCurvePoint = () => {
    const t = performance.now()
    rows = [...rows, ...curvePoint(state, teacher, cfg, streams)]
    if (best !== undefined && selectBest(rows, best)?.iteration === state.iteration) snapshot = takeSnapshot(mlpVariables(samplingGenerator(state)), state)
    curveMs += performance.now() - t
  }
  if (Option.isNone(saved)) {
    rows = toRows("before", state, evaluate(samplingGenerator(state), teacher, cfg, streams, (k, x) => grid("before", k, x)))
    if (every > 0) addCurvePoint()
  }
  const resumedFrom = state.iteration

  const bar = progress.start("distill", total)
  const t0 = performance.now()
  const curveMsBefore = curveMs
  // with evaluation.best.patience, training ends once the watched metric has stopped improving
  while (state.iteration < total && !(best !== undefined && stopsEarly(rows, best))) {
    // every PROFILE_EVERY-th iteration (fixed indices, so a resumed run profiles the same ones) records peak memory
    let log: IterationLog | undefined
    if (state.iteration % PROFILE_EVERY === 0) {
      const info = yield* Effect.promise(() => tf.profile(() => void (log = sidIteration(teacherDen, state, cfg, streams, realData))))
      state.cost.peakBytes = Math.max(state.cost.peakBytes, info.peakBytes)
    } else log = sidIteration(teacherDen, state, cfg, streams, realData)
    if (log === undefined) return yield* Effect.die(new Error("iteration produced no log"))
    if (!(Math.abs(log.lossFake) <= cfg.loss.maxLoss) || !(Math.abs(log.lossGen) <= cfg.loss.maxLoss)) {
      bar.finish("diverged")
      return yield* new NonFiniteLoss({ iteration: state.iteration, lossFake: log.lossFake, lossGen: log.lossGen })
    }
    options.afterIteration?.(state.iteration, state)
    // the tensor work is synchronous: let the event loop run so signals (Ctrl-C) and output get through
    yield* Effect.promise(() => new Promise<void>((resolve) => setImmediate(resolve)))
    if (every > 0 && state.iteration % every === 0 && state.iteration < total) addCurvePoint()
    // the latest in-training FD at k = K, once there is one
    const fd = rows.filter((r) => r.phase === "during" && r.metric === "fd" && r.k === cfg.generator.numSteps).at(-1)
    const gan: Record<string, number> = sida ? { "L_D": log.lossD, "L_adv": log.lossAdv } : {}
    bar.update(state.iteration, { k: String(log.k), "L_psi": log.lossFake, "L_theta": log.lossGen, ...gan, ...(fd ? { [`FD(k=${fd.k}, it ${fd.iteration})`]: fd.value } : {}) })
    const stopping = options.shouldStop?.() === true
    if (key !== undefined && ((cfg.budget.checkpointEvery > 0 && state.iteration % cfg.budget.checkpointEvery === 0) || stopping)) {
      yield* store.save(key, checkpointOf(state, rows, snapshot))
    }
    if (stopping) {
      bar.finish(`stopped at iteration ${state.iteration}; run again to resume`)
      return yield* Effect.interrupt
    }
  }
  const trainMs = performance.now() - t0 - (curveMs - curveMsBefore)
  const secondsPerIteration = trainMs / 1000 / Math.max(1, state.iteration - resumedFrom)
  // stopped early: the curve point that stopped it is the last one
  const stoppedAt = state.iteration < total ? state.iteration : undefined
  if (every > 0 && stoppedAt === undefined) addCurvePoint()
  // the share of this process's training time (a resumed run counts from its resume)
  const curveShare = every > 0 ? curveMs / Math.max(1e-9, trainMs + curveMs) : undefined
  bar.finish(`${state.iteration} iterations${stoppedAt === undefined ? "" : " (stopped early: evaluation.best.patience)"}, ${secondsPerIteration.toFixed(3)} s/iteration${curveShare === undefined ? "" : `, curve ${(100 * curveShare).toFixed(1)}% of it`}`)
  // the final evaluation's sample sets (k = 0: reference data), kept for scatter plots
  const samples = new Map<number, Float32Array>()
  rows = [
    ...rows,
    ...toRows("after", state, evaluate(samplingGenerator(state), teacher, cfg, streams, (k, x) => (samples.set(k, x), grid("after", k, x)))),
    ...teacherRows(teacher, cfg, streams, state),
    ...costRows(state, secondsPerIteration, curveShare)
  ]
  const kept = best === undefined ? undefined : bestRows(cfg, best, rows, snapshot, stoppedAt, teacher, streams, (k, x) => grid("best", k, x))
  if (kept !== undefined) {
    rows = [...rows, ...kept.rows]
    progress.log(`best snapshot: iteration ${kept.record.iteration}, ${kept.record.reason}`)
  }
  yield* sink.append(rows)
  return {
    backend: backend.name,
    before: fromRows(rows, "before"),
    after: fromRows(rows, "after"),
    iterations: state.iteration,
    imagesSeen: state.imagesSeen,
    resumedFrom,
    secondsPerIteration,
    samples,
    images,
    ...(kept === undefined ? {} : { best: { record: kept.record, metrics: fromRows(kept.rows, "best") } })
  } satisfies DistillResult
})
