/**
 * Results of an experiment, read back from the store: the Arrow metrics of every distill cell under
 * its current key, grouped as tables and checks need them (mean ± std over seeds).
 */
import { Schema } from "effect"
import type { DistillCell, Plan } from "../dsl/Plan.ts"
import { decodeMetrics, type MetricRecord } from "../stages/internal/metricsArrow.ts"
import { type BackendIdentity, cellDir, readCellFile, readManifest, storeKey } from "./StoreManifest.ts"

export interface CellResults {
  readonly cell: DistillCell
  /** The final evaluation ("after") rows: sample metrics per k ≥ 1, data reference and cell costs at k = 0, wall time ("timing"). */
  readonly rows: ReadonlyArray<MetricRecord>
  /** Every stored row (before, during, after, timing), for tables that show other phases. */
  readonly all?: ReadonlyArray<MetricRecord>
}

/** Distill cells whose results are not in the store under their current key. */
export class MissingResults extends Schema.TaggedError<MissingResults>()("MissingResults", {
  experiment: Schema.String,
  cellIds: Schema.Array(Schema.String)
}) {
  override get message() {
    const n = this.cellIds.length
    return `${n} cell${n === 1 ? "" : "s"} of ${this.experiment} have no results under their current key (first: ${this.cellIds[0]}); run: sidlab run ${this.experiment}`
  }
}

/** Reads every distill cell's final metrics (or those in `only`); throws MissingResults listing what has not run. */
export const experimentResults = (store: string, plan: Plan, backend: string | BackendIdentity, only?: ReadonlySet<string>): ReadonlyArray<CellResults> => {
  const cells = plan.cells.filter((c): c is DistillCell => c.kind === "distill" && (only === undefined || only.has(c.id)))
  const missing: Array<string> = []
  const out: Array<CellResults> = []
  for (const cell of cells) {
    const key = storeKey(cell.planKey, backend)
    const manifest = readManifest(store, key)
    if (manifest === undefined) {
      missing.push(cell.id)
      continue
    }
    // a result is found by its key, so it may have been computed for another experiment's identical cell
    // (or under an older id): the rows take this plan's id, name and axes
    const all = decodeMetrics(readCellFile(store, key, "metrics.arrow", manifest), `${cellDir(store, key)}/metrics.arrow`)
      .map((r) => ({ ...r, cellId: cell.id, cellName: cell.name, axes: cell.axes }))
    out.push({ cell, rows: all.filter((r) => r.phase === "after" || r.phase === "timing"), all })
  }
  if (missing.length > 0) throw new MissingResults({ experiment: plan.experiment, cellIds: missing })
  return out
}

export interface Summary {
  readonly mean: number
  readonly std: number
  readonly n: number
}

/** Mean and sample standard deviation (0 for a single value). */
export const summarise = (values: ReadonlyArray<number>): Summary => {
  const n = values.length
  const mean = values.reduce((a, b) => a + b, 0) / n
  const std = n > 1 ? Math.sqrt(values.reduce((a, b) => a + (b - mean) ** 2, 0) / (n - 1)) : 0
  return { mean, std, n }
}

/** True when a cell's axis labels match a selector (axis → label). */
export const matches = (axes: Readonly<Record<string, string>>, selector: Readonly<Record<string, string>> | undefined): boolean =>
  selector === undefined || Object.entries(selector).every(([axis, label]) => axes[axis] === label)
