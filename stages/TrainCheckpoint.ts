/**
 * A distill cell's checkpoint (architecture.md, "CheckpointStore"): everything a resumed run needs —
 * weights, Adam moments, counters, the metric rows so far and the best snapshot kept so far — so that it
 * repeats an uninterrupted run exactly.
 */
import { Schema } from "effect"
import { type Checkpoint, checkpointMeta, IncompatibleState } from "./CheckpointStore.ts"
import type { MetricRow } from "./MetricsSink.ts"
import { snapshotArrays, snapshotFromArrays, type Snapshot } from "./internal/bestSnapshot.ts"
import { mlpVariables } from "./internal/mlp.ts"
import { tf } from "./internal/tf.ts"
import type { StepNormState } from "./StepNormalisation.ts"
import type { TrainState } from "./Train.ts"

/** A metric row as JSON stores it: a non-finite value comes back as null. */
const StoredRow = Schema.Struct({
  phase: Schema.Literals(["before", "during", "after", "best", "timing"]),
  iteration: Schema.Number,
  imagesSeen: Schema.Number,
  k: Schema.Number,
  metric: Schema.String,
  value: Schema.NullOr(Schema.Number)
})

/** The checkpoint's `meta`: counters, the metric rows so far, and what the optional parts need. */
const Meta = Schema.Struct({
  iteration: Schema.Number,
  imagesSeen: Schema.Number,
  adamFakeStep: Schema.Number,
  adamGenStep: Schema.Number,
  cost: Schema.Struct({ passes: Schema.Number, peakBytes: Schema.Number }),
  rows: Schema.Array(StoredRow),
  /** When the kept best snapshot was taken (its weights are the "best/i" arrays); absent without one. */
  best: Schema.optionalKey(Schema.Struct({ iteration: Schema.Number, imagesSeen: Schema.Number })),
  /** §2.5 per-k gradient statistics (loss.stepNormalisation "perStep"); absent otherwise. */
  stepNorm: Schema.optionalKey(Schema.Struct({ meanSquare: Schema.Array(Schema.Number), draws: Schema.Array(Schema.Number) }))
})
type Meta = typeof Meta.Encoded

/** Everything a resumed run needs: weights, Adam moments, counters, the metrics so far and the best snapshot. */
export const checkpointOf = (state: TrainState, rows: ReadonlyArray<MetricRow>, best?: Snapshot): Checkpoint => {
  const group = (prefix: string, vars: ReadonlyArray<tf.Variable>) =>
    vars.map((v, i) => ({ name: `${prefix}/${i}`, shape: v.shape, data: v.dataSync() as Float32Array }))
  const meta: Meta = {
    iteration: state.iteration, imagesSeen: state.imagesSeen, adamFakeStep: state.adamFake.step, adamGenStep: state.adamGen.step, cost: state.cost, rows,
    ...(best === undefined ? {} : { best: { iteration: best.iteration, imagesSeen: best.imagesSeen } }),
    ...(state.stepNorm === undefined ? {} : { stepNorm: { meanSquare: [...state.stepNorm.meanSquare], draws: [...state.stepNorm.draws] } })
  }
  return {
    meta,
    arrays: [
      ...group("theta", mlpVariables(state.gen)),
      ...group("psi", mlpVariables(state.fake)),
      ...(state.genEma ? group("thetaEma", mlpVariables(state.genEma)) : []),
      ...group("adamGen.v", state.adamGen.v),
      ...group("adamFake.v", state.adamFake.v),
      ...group("adamGen.m", state.adamGen.m ?? []),
      ...group("adamFake.m", state.adamFake.m ?? []),
      ...(best === undefined ? [] : snapshotArrays(best, mlpVariables(state.gen).map((v) => v.shape)))
    ]
  }
}

/** Loads a checkpoint into `state` (same shapes), returning the metric rows and the best snapshot it carried. */
export const restoreCheckpoint = (state: TrainState, ckpt: Checkpoint): { readonly rows: ReadonlyArray<MetricRow>; readonly best: Snapshot | undefined } => {
  const byName = new Map(ckpt.arrays.map((a) => [a.name, a]))
  const load = (prefix: string, vars: ReadonlyArray<tf.Variable>) =>
    vars.forEach((v, i) => {
      const a = byName.get(`${prefix}/${i}`)
      if (!a || a.data.length !== v.size) throw new IncompatibleState({ what: "checkpoint", detail: `${prefix}/${i} is missing or has another size` })
      v.assign(tf.tensor(a.data, v.shape))
    })
  tf.tidy(() => {
    load("theta", mlpVariables(state.gen))
    load("psi", mlpVariables(state.fake))
    if (state.genEma) load("thetaEma", mlpVariables(state.genEma))
    load("adamGen.v", state.adamGen.v)
    load("adamFake.v", state.adamFake.v)
    load("adamGen.m", state.adamGen.m ?? [])
    load("adamFake.m", state.adamFake.m ?? [])
  })
  const meta = checkpointMeta(ckpt, Meta, "checkpoint")
  const best = snapshotFromArrays(ckpt.arrays, meta.best)
  const sizes = mlpVariables(state.gen).map((v) => v.size)
  if (best !== undefined && (best.weights.length !== sizes.length || best.weights.some((w, i) => w.length !== sizes[i]))) {
    throw new IncompatibleState({ what: "checkpoint", detail: "its best snapshot does not have the generator's shapes" })
  }
  state.iteration = meta.iteration
  state.imagesSeen = meta.imagesSeen
  state.adamFake.step = meta.adamFakeStep
  state.adamGen.step = meta.adamGenStep
  state.cost.passes = meta.cost.passes
  state.cost.peakBytes = meta.cost.peakBytes
  if (state.stepNorm !== undefined) restoreStepNorm(state.stepNorm, meta.stepNorm)
  return { rows: meta.rows.map((r) => ({ ...r, value: r.value ?? Number.NaN })), best }
}

/** §2.5: the per-k statistics a "perStep" cell must resume with; a checkpoint without them does not fit. */
const restoreStepNorm = (into: StepNormState, saved: Meta["stepNorm"]): void => {
  const K = into.draws.length
  if (saved === undefined || saved.meanSquare.length !== K || saved.draws.length !== K) {
    throw new IncompatibleState({ what: "checkpoint", detail: `it lacks the per-k statistics of loss.stepNormalisation "perStep" for K = ${K} steps` })
  }
  into.meanSquare.splice(0, K, ...saved.meanSquare)
  into.draws.splice(0, K, ...saved.draws)
}
