/**
 * A finished distill cell's summary rows, read back from the store, and where cells run (store and
 * backend). Apart from Cells.ts (which re-exports them) so that printing results loads no stages.
 */
import { Option, Schema } from "effect"
import * as path from "node:path"
import { fileDecoder } from "../dsl/internal/common.ts"
import { type BackendIdentity, cellDir, decodeStoredJson, readCellFile, readManifest } from "./StoreManifest.ts"

/** A distill cell's summary.json rows: before/after per k, the data-vs-data floor (and the kept best snapshot, with `evaluation.best`). */
const SummaryRow = Schema.Struct({
  phase: Schema.Literals(["data", "before", "after", "best"]),
  k: Schema.Number,
  fd: Schema.Number,
  alignment: Schema.Number,
  precision: Schema.Number,
  recall: Schema.Number,
  coverage: Schema.Number
})
export type SummaryRow = typeof SummaryRow.Type
const decodeSummary = fileDecoder(Schema.Array(SummaryRow))

/** Where a cell runs: the store and the identity of the backend it runs on (its results' key). */
export interface CellContext {
  readonly store: string
  readonly backend: BackendIdentity
}

/** Reads a finished distill cell's summary rows back from the store (checksum-verified); a bad file throws StoreCorrupt. */
export const storedSummary = (store: string, key: string): Option.Option<ReadonlyArray<SummaryRow>> => {
  const manifest = readManifest(store, key)
  if (manifest?.files["summary.json"] === undefined) return Option.none()
  const text = readCellFile(store, key, "summary.json", manifest).toString("utf8")
  return Option.some(decodeStoredJson(path.join(cellDir(store, key), "summary.json"), text, decodeSummary, "a cell summary"))
}
