/**
 * Service `MetricsSink`: where a cell's evaluation rows go (architecture.md, "MetricsSink"). One row per
 * (evaluation, k, metric). The runner decides the storage; `layerMemory` collects rows in order.
 */
import { Context, Effect, Layer } from "effect"

/**
 * One measured value. `k = 0` holds the data-vs-data reference row of sample metrics (their floor) and
 * the per-cell cost metrics; phase "timing" marks wall-clock values, which no rerun reproduces. Phase
 * "best" is the full evaluation of the snapshot `evaluation.best` kept, at the iteration it was taken.
 */
export interface MetricRow {
  readonly phase: "before" | "during" | "after" | "best" | "timing"
  readonly iteration: number
  readonly imagesSeen: number
  readonly k: number
  readonly metric: string
  readonly value: number
}

export interface MetricsSinkShape {
  readonly append: (rows: ReadonlyArray<MetricRow>) => Effect.Effect<void>
  readonly rows: () => ReadonlyArray<MetricRow>
}

export class MetricsSink extends Context.Service<MetricsSink, MetricsSinkShape>()("sid/stages/MetricsSink") {
  /** Keeps rows in memory, in the order they were appended. */
  static readonly layerMemory = Layer.sync(MetricsSink, () => memorySink())
}

export const memorySink = (initial: ReadonlyArray<MetricRow> = []): MetricsSinkShape => {
  const rows: Array<MetricRow> = [...initial]
  return { append: (more) => Effect.sync(() => void rows.push(...more)), rows: () => rows }
}
