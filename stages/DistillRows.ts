/**
 * A distill cell's metric rows (MetricsSink.ts): evaluations turned into rows per phase ("before",
 * "during" for the training curve, "after", "best"), the teacher's own error and the cell's cost, and
 * rows read back as per-k metrics. Pipeline.ts sequences them.
 */
import { curveEvaluation, type CellConfig, type ResolvedBest } from "../dsl/Hyperparams.ts"
import { bestRecord, selectBest, type BestRecord, type Snapshot } from "./internal/bestSnapshot.ts"
import { mlpDenoiser } from "./internal/denoiser.ts"
import { disposeMlp, mlpFromArrays, mlpShapeOf, type Mlp } from "./internal/mlp.ts"
import { METRIC_NAMES, type StepMetrics } from "./Evaluate.ts"
import type { MetricRow } from "./MetricsSink.ts"
import type { Rng } from "./Rng.ts"
import type { LoadedTeacher } from "./TeacherLoad.ts"
import { samplingGenerator, type TrainState } from "./Train.ts"

type Streams = Rng["Service"]["streams"]

export const toRows = (phase: "before" | "during" | "after" | "best", state: Pick<TrainState, "iteration" | "imagesSeen">, rows: ReadonlyArray<StepMetrics>): ReadonlyArray<MetricRow> =>
  rows.flatMap((r) => METRIC_NAMES.map((metric) => ({ phase, iteration: state.iteration, imagesSeen: state.imagesSeen, k: r.k, metric, value: r[metric] })))

export const fromRows = (rows: ReadonlyArray<MetricRow>, phase: MetricRow["phase"]): ReadonlyArray<StepMetrics> => {
  const byK = new Map<number, Record<string, number>>()
  for (const r of rows) if (r.phase === phase) byK.set(r.k, { ...byK.get(r.k), k: r.k, [r.metric]: r.value })
  return [...byK.values()].sort((a, b) => a.k! - b.k!) as unknown as ReadonlyArray<StepMetrics>
}

/** The per-cell cost metrics (dsl/Experiment.ts, scope "cell"), at k = 0; wall times are phase "timing". */
export const costRows = (state: TrainState, secondsPerIteration: number, curveShare: number | undefined): ReadonlyArray<MetricRow> => {
  const at = { iteration: state.iteration, imagesSeen: state.imagesSeen, k: 0 }
  return [
    { ...at, phase: "after", metric: "passes_per_iter", value: state.cost.passes / Math.max(1, state.iteration) },
    { ...at, phase: "after", metric: "peak_tensor_mb", value: state.cost.peakBytes / 2 ** 20 },
    { ...at, phase: "timing", metric: "sec_per_iter", value: secondsPerIteration },
    ...(curveShare === undefined ? [] : [{ ...at, phase: "timing" as const, metric: "curve_time_share", value: curveShare }])
  ]
}

export const evaluate = (gen: Mlp, teacher: LoadedTeacher, cfg: CellConfig, streams: Streams, keep?: (k: number, samples: Float32Array) => void) =>
  teacher.evaluate(mlpDenoiser(gen), cfg.generator, cfg.evaluation, streams.child("evaluate"), keep)

/** A training-curve point ("during"): the smaller curve evaluation, so the curve costs a few % of the cell. */
export const curvePoint = (state: TrainState, teacher: LoadedTeacher, cfg: CellConfig, streams: Streams): ReadonlyArray<MetricRow> =>
  toRows("during", state, teacher.evaluate(mlpDenoiser(samplingGenerator(state)), cfg.generator, curveEvaluation(cfg.evaluation), streams.child("evaluate"), undefined, false))

/**
 * The full evaluation of the kept snapshot (phase "best", at the iteration it was taken), from the same
 * streams and sample size as the last snapshot's ("after"), so the two phases compare like for like.
 */
export const bestRows = (
  cfg: CellConfig, spec: ResolvedBest, rows: ReadonlyArray<MetricRow>, snapshot: Snapshot | undefined, stoppedAt: number | undefined,
  teacher: LoadedTeacher, streams: Streams, keep: (k: number, x: Float32Array) => void
): { readonly record: BestRecord; readonly rows: ReadonlyArray<MetricRow> } | undefined => {
  const selected = selectBest(rows, spec)
  // no finite curve value to select by: the runner refuses the cell for its non-finite rows
  if (selected === undefined || snapshot === undefined) return undefined
  const net = mlpFromArrays(mlpShapeOf(cfg), snapshot.weights, "best", false)
  try {
    return { record: bestRecord(rows, spec, selected, stoppedAt), rows: toRows("best", snapshot, evaluate(net, teacher, cfg, streams, keep)) }
  } finally {
    disposeMlp(net)
  }
}

/** The teacher's own error against the truth (cell metrics at k = 0), from the evaluation's streams. */
export const teacherRows = (teacher: LoadedTeacher, cfg: CellConfig, streams: Streams, at: Pick<TrainState, "iteration" | "imagesSeen">): ReadonlyArray<MetricRow> => {
  const own = teacher.ownError(cfg.evaluation, streams.child("evaluate"))
  return [
    { phase: "after", iteration: at.iteration, imagesSeen: at.imagesSeen, k: 0, metric: "teacher_fd", value: own.fd },
    { phase: "after", iteration: at.iteration, imagesSeen: at.imagesSeen, k: 0, metric: "teacher_alignment", value: own.alignment }
  ]
}
