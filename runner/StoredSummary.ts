/**
 * A finished distill cell's summary rows, read back from the store, and where cells run (store and
 * backend). Apart from Cells.ts (which re-exports them) so that printing results loads no stages.
 */
import { Option } from "effect"
import { type BackendIdentity, readCellFile, readManifest } from "./StoreManifest.ts"

/** The issue-2 summary rows: before/after per k, plus the data-vs-data floor (and the kept best snapshot, with `evaluation.best`). */
export interface SummaryRow {
  readonly phase: "data" | "before" | "after" | "best"
  readonly k: number
  readonly fd: number
  readonly alignment: number
  readonly precision: number
  readonly recall: number
  readonly coverage: number
}

/** Where a cell runs: the store and the identity of the backend it runs on (its results' key). */
export interface CellContext {
  readonly store: string
  readonly backend: BackendIdentity
}

/** Reads a finished distill cell's summary rows back from the store (checksum-verified). */
export const storedSummary = (store: string, key: string): Option.Option<ReadonlyArray<SummaryRow>> => {
  const manifest = readManifest(store, key)
  if (manifest?.files["summary.json"] === undefined) return Option.none()
  return Option.some(JSON.parse(readCellFile(store, key, "summary.json", manifest).toString("utf8")) as ReadonlyArray<SummaryRow>)
}
