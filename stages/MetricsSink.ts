/**
 * Service `MetricsSink`: where a cell's evaluation rows go (architecture.md, "MetricsSink"). One row per
 * (evaluation, k, metric). The runner decides the storage; `layerMemory` collects rows in order.
 */
import { Context, Effect, Layer } from "effect"

/** One measured value. `k = 0` is the data-vs-data reference row (the metric's floor). */
export interface MetricRow {
  readonly phase: "before" | "during" | "after"
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
