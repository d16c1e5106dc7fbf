/**
 * The report's one door into stored results: every read of the store, baselines and plans, and the
 * runner's checks and tables, go through here, so moving the runner's files changes only these imports.
 */
import { Option } from "effect"
import { existsSync, readdirSync, readFileSync } from "node:fs"
import * as path from "node:path"
import { storeKey } from "../dsl/compiler/CacheKey.ts"
import type { DistillCell, Plan } from "../dsl/compiler/Plan.ts"
import { cellDir, readIndex } from "../dsl/compiler/Store.ts"
import { readMetricsFile, type MetricRecord } from "../stages/internal/metricsArrow.ts"
import { storedSamples } from "../bin/internal/cellRunner.ts"
import type { CellResults } from "../bin/internal/results.ts"

export type { CellResults } from "../bin/internal/results.ts"
export type { MetricRecord } from "../stages/internal/metricsArrow.ts"
export type { DistillCell, Plan } from "../dsl/compiler/Plan.ts"
// the runner's checks and tables, applied to what this file reads
export { evaluateCheck, type CheckOutcome } from "../bin/internal/checks.ts"
export { renderTable } from "../bin/internal/tables.ts"

export type StoredSamples = ReturnType<typeof storedSamples> extends Option.Option<infer A> ? A : never

/** What the runner records per finished cell (bin/internal/cellRunner.ts baseManifest); all optional here. */
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
  /** Not recorded by the runner yet; shown when present. */
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

const readManifestFile = (dir: string): CellManifest => {
  const file = path.join(dir, "manifest.json")
  try {
    return JSON.parse(readFileSync(file, "utf8")) as CellManifest
  } catch (e) {
    throw new Error(`${file}: is not valid JSON (${e instanceof Error ? e.message : String(e)})`)
  }
}

const relabel = (rows: ReadonlyArray<MetricRecord>, cell: DistillCell): ReadonlyArray<MetricRecord> =>
  rows.map((r) => ({ ...r, cellId: cell.id, cellName: cell.name, axes: cell.axes }))

/**
 * A cell's key: its current key for `backend`, else (`byIndex`) the key index.json last recorded for its
 * id — how another commit's store, whose keys differ from this plan's, is read.
 */
const locate = (store: string, cell: DistillCell, backend: string, byIndex: boolean): string | undefined => {
  const has = (key: string | undefined) => key !== undefined && existsSync(path.join(cellDir(store, key), "metrics.arrow"))
  const current = storeKey(cell.planKey, backend)
  if (has(current)) return current
  const indexed = byIndex ? readIndex(store)[cell.id] : undefined
  return has(indexed) ? indexed : undefined
}

/** Reads every distill cell of `plan` that the store holds (current keys, or by index for `byIndex`). */
export const readExperiment = (store: string, plan: Plan, backend: string, byIndex = false): ExperimentStore => {
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
    const images = readdirSync(dir).filter((f) => f.endsWith(".png")).sort()
    present.push({ cell, key, dir: path.resolve(dir), manifest: readManifestFile(dir), rows: relabel(readMetricsFile(path.join(dir, "metrics.arrow")), cell), images })
  }
  return { plan, present, missing }
}

/** The final-evaluation view the tables and checks take (bin/internal/results.ts CellResults). */
export const finalResults = (cells: ReadonlyArray<StoredCell>): ReadonlyArray<CellResults> =>
  cells.map((c) => ({ cell: c.cell, rows: c.rows.filter((r) => r.phase === "after" || r.phase === "timing") }))

/** A cell's stored evaluation samples (GMM cells), if any. */
export const cellSamples = (store: string, cell: StoredCell): StoredSamples | undefined => cellSamplesByKey(store, cell.key)

/** The evaluation samples stored under `key`, if any. */
export const cellSamplesByKey = (store: string, key: string): StoredSamples | undefined => Option.getOrUndefined(storedSamples(store, key))

/** The store's index: cell id → the key it last finished under. */
export const storedIndex = (store: string): Readonly<Record<string, string>> => readIndex(store)

/** The committed baseline of an experiment (generated/baselines/<experiment>.arrow), if there is one. */
export const baselineFile = (root: string, plan: Plan): string => path.join(root, "generated", "baselines", `${plan.experiment}.arrow`)

/** Rows of a baseline file (the final metrics of every cell, by cell id). */
export const readBaseline = (file: string): ReadonlyArray<MetricRecord> => readMetricsFile(file)

/** The plan's Mermaid graph as `sidlab compile` wrote it, if present. */
export const planGraph = (root: string, plan: Plan): string | undefined => {
  const file = path.join(root, "generated", `${plan.experiment}.plan.mmd`)
  return existsSync(file) ? readFileSync(file, "utf8") : undefined
}
