/**
 * The report's one door into stored results: every read of the store, baselines and plans, and the
 * runner's checks and tables, go through here, so moving the runner's files changes only these imports.
 */
import { Option } from "effect"
import { existsSync, readFileSync } from "node:fs"
import * as path from "node:path"
import type { DistillCell, Plan } from "../dsl/Plan.ts"
import { decodeMetrics, readMetricsFile, type MetricRecord } from "../stages/internal/metricsArrow.ts"
import { storedSamples } from "../runner/Cells.ts"
import type { CellResults } from "../runner/Results.ts"
import { type BackendIdentity, cellDir, readCellFile, readManifest, storeKey } from "../runner/StoreManifest.ts"
import { lastKeyOf } from "../runner/StorePublish.ts"
import { baselineTextPath, decodeBaseline, readBaseline as readCommittedBaseline } from "../runner/Baselines.ts"

export type { CellResults } from "../runner/Results.ts"
export type { MetricRecord } from "../stages/internal/metricsArrow.ts"
export type { DistillCell, Plan } from "../dsl/Plan.ts"
// the runner's checks and tables, applied to what this file reads
export { evaluateCheck, type CheckOutcome } from "../runner/Checks.ts"
export { renderTable } from "../runner/Tables.ts"

export type StoredSamples = ReturnType<typeof storedSamples> extends Option.Option<infer A> ? A : never

/** What the runner records per finished cell (runner/Cells.ts manifestFields); all optional here. */
export interface CellManifest {
  readonly storeKey?: string
  readonly backend?: string
  readonly cpu?: string
  readonly node?: string
  readonly wallSeconds?: number
  readonly peakRssMb?: number
  readonly iterations?: number
  readonly imagesSeen?: number
  readonly secondsPerIteration?: number
  /** The sidlab commit that computed the cell (absent outside a git checkout). */
  readonly commit?: string
}

/** One distill cell of a plan with whatever the store holds for it. */
export interface StoredCell {
  readonly cell: DistillCell
  readonly key: string
  /** The cell's store folder (absolute). */
  readonly dir: string
  readonly manifest: CellManifest
  /** Every metric row (phases before, during, after, timing), relabelled with this plan's id and axes. */
  readonly rows: ReadonlyArray<MetricRecord>
  /** PNG files in the cell's folder (image teachers' sample grids), sorted. */
  readonly images: ReadonlyArray<string>
}

export interface ExperimentStore {
  readonly plan: Plan
  readonly present: ReadonlyArray<StoredCell>
  /** Distill cells with no result under their current key. */
  readonly missing: ReadonlyArray<DistillCell>
}

const relabel = (rows: ReadonlyArray<MetricRecord>, cell: DistillCell): ReadonlyArray<MetricRecord> =>
  rows.map((r) => ({ ...r, cellId: cell.id, cellName: cell.name, axes: cell.axes }))

/**
 * A cell's key: its current key for `backend`, else (`byIndex`) the key its id was last published under —
 * how another commit's store, whose keys differ from this plan's, is read.
 */
const locate = (store: string, cell: DistillCell, backend: string | BackendIdentity, byIndex: boolean): string | undefined => {
  const has = (key: string | undefined) => key !== undefined && existsSync(path.join(cellDir(store, key), "metrics.arrow"))
  const current = storeKey(cell.planKey, backend)
  if (has(current)) return current
  const indexed = byIndex ? lastKeyOf(store, cell.id) : undefined
  return has(indexed) ? indexed : undefined
}

/** Reads every distill cell of `plan` that the store holds (current keys, or by index for `byIndex`). */
export const readExperiment = (store: string, plan: Plan, backend: string | BackendIdentity, byIndex = false): ExperimentStore => {
  const present: Array<StoredCell> = []
  const missing: Array<DistillCell> = []
  for (const cell of plan.cells) {
    if (cell.kind !== "distill") continue
    const key = locate(store, cell, backend, byIndex)
    if (key === undefined) {
      missing.push(cell)
      continue
    }
    const dir = cellDir(store, key)
    // manifest decoded and every file checked against its checksum: a damaged result fails, naming the file
    const manifest = readManifest(store, key)!
    const images = Object.keys(manifest.files).filter((f) => f.endsWith(".png")).sort()
    const rows = decodeMetrics(readCellFile(store, key, "metrics.arrow", manifest), path.join(dir, "metrics.arrow"))
    present.push({ cell, key, dir: path.resolve(dir), manifest: manifest as CellManifest, rows: relabel(rows, cell), images })
  }
  return { plan, present, missing }
}

/** The final-evaluation view the tables and checks take (runner/Results.ts CellResults). */
export const finalResults = (cells: ReadonlyArray<StoredCell>): ReadonlyArray<CellResults> =>
  cells.map((c) => ({ cell: c.cell, rows: c.rows.filter((r) => r.phase === "after" || r.phase === "timing") }))

/** A cell's stored evaluation samples (GMM cells), if any. */
export const cellSamples = (store: string, cell: StoredCell): StoredSamples | undefined => cellSamplesByKey(store, cell.key)

/** The evaluation samples stored under `key`, if any. */
export const cellSamplesByKey = (store: string, key: string): StoredSamples | undefined => Option.getOrUndefined(storedSamples(store, key))

/** The key a cell id was last published under, if any. */
export const lastKey = (store: string, cellId: string): string | undefined => lastKeyOf(store, cellId)

export { baselineTextPath }

/** The committed baseline of an experiment, read as `sidlab check` reads it (the .json text, else the .arrow). */
export const committedBaseline = (root: string, plan: Plan): { readonly file: string; readonly rows: ReadonlyArray<MetricRecord> } | undefined =>
  readCommittedBaseline(root, plan)

/** Rows of a baseline file, text (.json) or Arrow (the final metrics of every cell, by cell id). */
export const readBaseline = (file: string): ReadonlyArray<MetricRecord> =>
  file.endsWith(".json") ? decodeBaseline(readFileSync(file, "utf8"), file) : readMetricsFile(file)

/** The plan's Mermaid graph as `sidlab compile` wrote it, if present. */
export const planGraph = (root: string, plan: Plan): string | undefined => {
  const file = path.join(root, "generated", `${plan.experiment}.plan.mmd`)
  return existsSync(file) ? readFileSync(file, "utf8") : undefined
}
