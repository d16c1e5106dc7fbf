/**
 * Results of an experiment, read back from the store: the Arrow metrics of every distill cell under
 * its current key, grouped as tables and checks need them (mean ± std over seeds).
 */
import { existsSync } from "node:fs"
import * as path from "node:path"
import { storeKey } from "../../dsl/compiler/CacheKey.ts"
import type { DistillCell, Plan } from "../../dsl/compiler/Plan.ts"
import { cellDir } from "../../dsl/compiler/Store.ts"
import { readMetricsFile, type MetricRecord } from "../../stages/internal/metricsArrow.ts"

export interface CellResults {
  readonly cell: DistillCell
  /** The final evaluation ("after") rows: sample metrics per k ≥ 1, data reference and cell costs at k = 0, wall time ("timing"). */
  readonly rows: ReadonlyArray<MetricRecord>
}

/** Distill cells whose results are not in the store under their current key. */
export class MissingResults extends Error {
  override readonly name = "MissingResults"
  constructor(readonly experiment: string, readonly cellIds: ReadonlyArray<string>) {
    super(`${cellIds.length} cell${cellIds.length === 1 ? "" : "s"} of ${experiment} have no results under their current key ` +
      `(first: ${cellIds[0]}); run: sidlab run ${experiment}`)
  }
}

/** Reads every distill cell's final metrics (or those in `only`); throws MissingResults listing what has not run. */
export const experimentResults = (store: string, plan: Plan, backend: string, only?: ReadonlySet<string>): ReadonlyArray<CellResults> => {
  const cells = plan.cells.filter((c): c is DistillCell => c.kind === "distill" && (only === undefined || only.has(c.id)))
  const missing: Array<string> = []
  const out: Array<CellResults> = []
  for (const cell of cells) {
    const file = path.join(cellDir(store, storeKey(cell.planKey, backend)), "metrics.arrow")
    if (!existsSync(file)) {
      missing.push(cell.id)
      continue
    }
    // a result is found by its key, so it may have been computed for another experiment's identical cell
    // (or under an older id): the rows take this plan's id, name and axes
    const rows = readMetricsFile(file).filter((r) => r.phase === "after" || r.phase === "timing")
    out.push({ cell, rows: rows.map((r) => ({ ...r, cellId: cell.id, cellName: cell.name, axes: cell.axes })) })
  }
  if (missing.length > 0) throw new MissingResults(plan.experiment, missing)
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

/** The values of `metric` at step count `k` over the cells that match `selector` (one per cell). */
export const valuesAt = (results: ReadonlyArray<CellResults>, metric: string, k: number, selector?: Readonly<Record<string, string>>): ReadonlyArray<number> =>
  results
    .filter((r) => matches(r.cell.axes, selector))
    .flatMap((r) => r.rows.filter((x) => x.metric === metric && x.k === k).map((x) => x.value))
