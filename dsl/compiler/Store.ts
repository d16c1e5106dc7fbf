/**
 * The results store as `sidlab plan` reads it. The runner writes the same layout:
 *
 *   <store>/                        `.sidlab/` by default (`--store DIR`)
 *     index.json                    { "<cellId>": "<storeKey>", ... } — the latest key each cell finished under
 *     cells/<storeKey>/             one finished cell; the directory exists only once complete
 *       manifest.json               StoreManifest (below), plus whatever else the runner records
 *       metrics.arrow, ...          results (the runner's business)
 *
 * `storeKey = storeKey(planKey, backend)` (CacheKey.ts). A cell is *cached* when
 * `cells/<storeKey>/manifest.json` exists, *stale* when index.json maps its id to another key, else *new*.
 * Writers use temp file + rename for both JSON files, so a reader never sees half a file.
 */
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from "node:fs"
import * as path from "node:path"
import { storeKey } from "./CacheKey.ts"
import type { KeyParts, PlanCell } from "./Plan.ts"

/** The key parts as stored: the plan's parts plus the backend that ran the cell. */
export interface StoreParts extends KeyParts {
  readonly backend: string
}

/** What `cells/<storeKey>/manifest.json` contains at least. */
export interface StoreManifest {
  readonly cellId: string
  readonly storeKey: string
  readonly planKey: string
  readonly parts: StoreParts
}

/** A store file that exists but cannot be read; names the file. */
export class StoreError extends Error {
  override readonly name = "StoreError"
  constructor(readonly file: string, readonly detail: string) {
    super(`${file}: ${detail}`)
  }
}

export const indexPath = (store: string): string => path.join(store, "index.json")
export const cellDir = (store: string, key: string): string => path.join(store, "cells", key)
export const manifestPath = (store: string, key: string): string => path.join(cellDir(store, key), "manifest.json")

const readJson = (file: string): unknown => {
  try {
    return JSON.parse(readFileSync(file, "utf8"))
  } catch (e) {
    throw new StoreError(file, `is not valid JSON (${e instanceof Error ? e.message : String(e)})`)
  }
}

/** cellId → latest storeKey; empty when the store or its index does not exist yet. */
export const readIndex = (store: string): Readonly<Record<string, string>> => {
  const file = indexPath(store)
  if (!existsSync(file)) return {}
  const index = readJson(file)
  if (typeof index !== "object" || index === null || Array.isArray(index)) throw new StoreError(file, "must be a JSON object")
  return index as Record<string, string>
}

/** The manifest of a stored cell, or undefined when that key was never stored. */
export const readManifest = (store: string, key: string): StoreManifest | undefined => {
  const file = manifestPath(store, key)
  if (!existsSync(file)) return undefined
  const m = readJson(file) as Partial<StoreManifest>
  if (typeof m?.cellId !== "string" || typeof m.parts !== "object") throw new StoreError(file, "lacks cellId or parts")
  return m as StoreManifest
}

const writeJsonAtomic = (file: string, value: unknown): void => {
  mkdirSync(path.dirname(file), { recursive: true })
  writeFileSync(`${file}.tmp`, `${JSON.stringify(value, null, 2)}\n`)
  renameSync(`${file}.tmp`, file)
}

/** Records a finished cell: its manifest, then the index entry (for the runner and tests). */
export const recordCell = (store: string, manifest: StoreManifest): void => {
  writeJsonAtomic(manifestPath(store, manifest.storeKey), manifest)
  writeJsonAtomic(indexPath(store), { ...readIndex(store), [manifest.cellId]: manifest.storeKey })
}

/** The manifest a runner would write for a plan cell run on `backend`. */
export const manifestFor = (cell: Pick<PlanCell, "id" | "planKey" | "keyParts">, backend: string): StoreManifest => ({
  cellId: cell.id,
  storeKey: storeKey(cell.planKey, backend),
  planKey: cell.planKey,
  parts: { ...cell.keyParts, backend }
})

export type CellStatus =
  | { readonly status: "cached"; readonly storeKey: string }
  | { readonly status: "stale"; readonly storeKey: string; readonly previousKey: string; readonly previous?: StoreManifest }
  | { readonly status: "new"; readonly storeKey: string }

/** Whether a plan cell would run on `backend`, given the store. */
export const cellStatus = (store: string, cell: Pick<PlanCell, "id" | "planKey">, backend: string): CellStatus => {
  const key = storeKey(cell.planKey, backend)
  if (existsSync(manifestPath(store, key))) return { status: "cached", storeKey: key }
  const previousKey = readIndex(store)[cell.id]
  if (previousKey === undefined || previousKey === key) return { status: "new", storeKey: key }
  const previous = readManifest(store, previousKey)
  return { status: "stale", storeKey: key, previousKey, ...(previous ? { previous } : {}) }
}

const diffRecords = (before: Readonly<Record<string, string>>, after: Readonly<Record<string, string>>) => {
  const keys = [...new Set([...Object.keys(before), ...Object.keys(after)])].sort()
  return keys.filter((k) => before[k] !== after[k]).map((k) => ({ key: k, before: before[k], after: after[k] }))
}

/** Which key parts changed since the stored run, one phrase each (config / code files / packages / backend). */
export const explainChange = (cell: Pick<PlanCell, "keyParts">, backend: string, previous: StoreManifest | undefined): ReadonlyArray<string> => {
  if (previous === undefined) return ["the stored manifest is missing, so the cell re-runs"]
  const was = previous.parts
  const reasons: Array<string> = []
  if (was.config !== cell.keyParts.config) reasons.push("config changed")
  if (was.code !== cell.keyParts.code) {
    const files = diffRecords(was.codeFiles ?? {}, cell.keyParts.codeFiles).map((d) =>
      d.before === undefined ? `${d.key} (new)` : d.after === undefined ? `${d.key} (no longer used)` : d.key
    )
    reasons.push(`code changed: ${files.length > 0 ? files.join(", ") : "the closure hash differs"}`)
  }
  for (const d of diffRecords(was.packages ?? {}, cell.keyParts.packages)) {
    reasons.push(`package ${d.key} ${d.before ?? "absent"} → ${d.after ?? "absent"}`)
  }
  if (was.backend !== backend) reasons.push(`backend ${was.backend} → ${backend}`)
  return reasons.length > 0 ? reasons : ["the key scheme changed (all parts are equal)"]
}
