/**
 * The best-snapshot recipe (dsl/Hyperparams.ts `BestSnapshot`): which training-curve point is the best
 * so far, whether training should stop early, and the kept generator weights as host arrays (no tensors
 * live between evaluations, and a checkpoint stores them bit for bit).
 *
 * Selection and the stop rule are functions of the curve rows alone, which a checkpoint carries, so a
 * resumed run selects exactly what an uninterrupted one selects.
 */
import type { ResolvedBest } from "../../dsl/Hyperparams.ts"
import type { NamedArray } from "../CheckpointStore.ts"
import type { MetricRow } from "../MetricsSink.ts"
import { tf } from "./tf.ts"

/** One curve evaluation of one metric at one k. */
export interface CurvePoint {
  readonly iteration: number
  readonly imagesSeen: number
  readonly value: number
}

/** The "during" values of `metric` at `k`, in iteration order. */
export const curveOf = (rows: ReadonlyArray<MetricRow>, metric: string, k: number): ReadonlyArray<CurvePoint> =>
  rows
    .filter((r) => r.phase === "during" && r.metric === metric && r.k === k)
    .map((r) => ({ iteration: r.iteration, imagesSeen: r.imagesSeen, value: r.value }))
    .sort((a, b) => a.iteration - b.iteration)

const improves = (value: number, best: number | undefined, better: "lower" | "higher"): boolean =>
  Number.isFinite(value) && (best === undefined || (better === "lower" ? value < best : value > best))

/** The first strictly best finite point of a curve (a tie keeps the earlier one); undefined when none is finite. */
export const bestPoint = (curve: ReadonlyArray<CurvePoint>, better: "lower" | "higher"): CurvePoint | undefined =>
  curve.reduce<CurvePoint | undefined>((best, p) => (improves(p.value, best?.value, better) ? p : best), undefined)

/** The selected snapshot's curve point under `spec`. */
export const selectBest = (rows: ReadonlyArray<MetricRow>, spec: ResolvedBest): CurvePoint | undefined =>
  bestPoint(curveOf(rows, spec.metric, spec.k), spec.better)

/** Curve evaluations since `stopMetric` last improved (all of them when it never had a finite value). */
export const evaluationsSinceImprovement = (rows: ReadonlyArray<MetricRow>, spec: ResolvedBest): number => {
  const curve = curveOf(rows, spec.stopMetric, spec.k)
  const peak = bestPoint(curve, spec.stopBetter)
  return peak === undefined ? curve.length : curve.filter((p) => p.iteration > peak.iteration).length
}

/** True when `patience` evaluations have passed without improvement: training stops here. */
export const stopsEarly = (rows: ReadonlyArray<MetricRow>, spec: ResolvedBest): boolean =>
  spec.patience !== undefined && evaluationsSinceImprovement(rows, spec) >= spec.patience

/** The kept generator: its weights (mlpVariables order) and when it was taken. */
export interface Snapshot {
  readonly iteration: number
  readonly imagesSeen: number
  readonly weights: ReadonlyArray<Float32Array>
}

/** Copies a generator's weights to the host. */
export const takeSnapshot = (vars: ReadonlyArray<tf.Variable>, at: Pick<Snapshot, "iteration" | "imagesSeen">): Snapshot => ({
  iteration: at.iteration,
  imagesSeen: at.imagesSeen,
  weights: vars.map((v) => Float32Array.from(v.dataSync() as Float32Array))
})

const PREFIX = "best"

/** The snapshot as checkpoint arrays and meta. */
export const snapshotArrays = (s: Snapshot, shapes: ReadonlyArray<ReadonlyArray<number>>): ReadonlyArray<NamedArray> =>
  s.weights.map((data, i) => ({ name: `${PREFIX}/${i}`, shape: shapes[i] ?? [data.length], data }))

/** Reads a snapshot back from checkpoint arrays (undefined when it holds none). */
export const snapshotFromArrays = (arrays: ReadonlyArray<NamedArray>, at: Pick<Snapshot, "iteration" | "imagesSeen"> | undefined): Snapshot | undefined => {
  if (at === undefined) return undefined
  const weights = arrays.filter((a) => a.name.startsWith(`${PREFIX}/`)).sort((a, b) => Number(a.name.slice(PREFIX.length + 1)) - Number(b.name.slice(PREFIX.length + 1)))
  return { ...at, weights: weights.map((a) => a.data) }
}

/** What the manifest records: which iteration was selected, by what, and why (and where training stopped). */
export interface BestRecord {
  readonly metric: string
  readonly k: number
  readonly iteration: number
  readonly imagesSeen: number
  /** The selecting curve value (curve sample size). */
  readonly value: number
  readonly evaluations: number
  /** Set when `patience` stopped training before the budget. */
  readonly stoppedAt?: number
  readonly reason: string
}

const fmt = (x: number) => (Math.abs(x) >= 1e-3 && Math.abs(x) < 1e4 ? x.toPrecision(4) : x.toExponential(3))

export const bestRecord = (rows: ReadonlyArray<MetricRow>, spec: ResolvedBest, selected: CurvePoint, stoppedAt: number | undefined): BestRecord => {
  const curve = curveOf(rows, spec.metric, spec.k)
  const first = curve[0]?.iteration ?? 0
  const last = curve.at(-1)?.iteration ?? 0
  const why = `${spec.better === "lower" ? "lowest" : "highest"} ${spec.metric} at k = ${spec.k} (${fmt(selected.value)}) of ${curve.length} curve evaluations, iterations ${first}–${last}`
  const stop = () => {
    const peak = bestPoint(curveOf(rows, spec.stopMetric, spec.k), spec.stopBetter)
    return `; training stopped at iteration ${stoppedAt} because ${spec.stopMetric} at k = ${spec.k} did not improve for ${spec.patience} evaluations` +
      (peak === undefined ? "" : ` after its ${spec.stopBetter === "lower" ? "minimum" : "peak"} ${fmt(peak.value)} at iteration ${peak.iteration}`)
  }
  return {
    metric: spec.metric,
    k: spec.k,
    iteration: selected.iteration,
    imagesSeen: selected.imagesSeen,
    value: selected.value,
    evaluations: curve.length,
    ...(stoppedAt === undefined ? {} : { stoppedAt }),
    reason: why + (stoppedAt === undefined ? "" : stop())
  }
}
