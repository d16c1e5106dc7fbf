/**
 * The results store: a directory that any number of `sidlab run` processes share, on one machine or many
 * over a shared file system. Layout (format 2):
 *
 *   <store>/
 *     cells/<storeKey>/             a published cell; the directory appears by one rename, complete
 *       manifest.json               StoreManifest: key parts, provenance, and a sha256 of every other file
 *       metrics.arrow, ...          the results (weights.ckpt, summary.json, samples.ckpt, *.png)
 *     claims/<storeKey>.lease       a live claim on a cell being computed (Claims.ts)
 *     work/<storeKey>/              checkpoints of a cell in progress; a resumed cell reads them
 *     ids/<sha256(cellId)>.json     the key a cell id was last published under (for `plan --explain` only)
 *     quarantine/<storeKey>-<t>/    published cells found corrupt, moved aside (never deleted)
 *     publish.log                   one JSON line per publish: an audit trail
 *
 * A cell is found by its key, never by its id: dependents read their dependencies' results under the keys
 * the current plan gives them. Every file is verified against the manifest's checksum when read.
 *
 * This file says whether a plan cell has a usable result (and why not) and whether the store can be
 * written; StoreManifest.ts holds keys, manifests and verified reads, StorePublish.ts every write.
 */
import { existsSync, mkdirSync, rmSync, statSync } from "node:fs"
import { hostname } from "node:os"
import * as path from "node:path"
import { canonicalJson } from "../dsl/compiler/Hash.ts"
import type { KeyParts, PlanCell } from "../dsl/Plan.ts"
import { writeFileAtomic } from "../dsl/internal/atomicFile.ts"
import { errnoOf, messageOf, StoreCorrupt } from "./errors.ts"
import { type BackendIdentity, cellDir, identityOf, manifestPath, readManifest, storeKey, type StoreManifest, verifyCell } from "./StoreManifest.ts"
import { lastKeyOf } from "./StorePublish.ts"

export type CellStatus =
  | { readonly status: "cached"; readonly storeKey: string }
  | { readonly status: "corrupt"; readonly storeKey: string; readonly problem: StoreCorrupt }
  | { readonly status: "stale"; readonly storeKey: string; readonly previousKey: string; readonly previous?: StoreManifest }
  | { readonly status: "new"; readonly storeKey: string }

/**
 * Whether a plan cell has a usable result for `backend`. `verify` checks every file's checksum (what
 * `run` does before trusting a cell); without it only the manifest is read.
 */
export const cellStatus = (store: string, cell: Pick<PlanCell, "id" | "planKey">, backend: string | BackendIdentity, verify = false): CellStatus => {
  const key = storeKey(cell.planKey, backend)
  if (existsSync(cellDir(store, key))) {
    try {
      if (verify) verifyCell(store, key)
      else if (readManifest(store, key) === undefined) throw new StoreCorrupt({ path: manifestPath(store, key), detail: "is missing" })
      return { status: "cached", storeKey: key }
    } catch (e) {
      if (e instanceof StoreCorrupt) return { status: "corrupt", storeKey: key, problem: e }
      throw e
    }
  }
  const previousKey = lastKeyOf(store, cell.id)
  if (previousKey === undefined || previousKey === key) return { status: "new", storeKey: key }
  let previous: StoreManifest | undefined
  try {
    previous = readManifest(store, previousKey)
  } catch {
    previous = undefined
  }
  return { status: "stale", storeKey: key, previousKey, ...(previous ? { previous } : {}) }
}

const diffRecords = (before: Readonly<Record<string, string>>, after: Readonly<Record<string, string>>) => {
  const keys = [...new Set([...Object.keys(before), ...Object.keys(after)])].sort()
  return keys.filter((k) => before[k] !== after[k]).map((k) => ({ key: k, before: before[k], after: after[k] }))
}

/**
 * Which key parts changed since the stored run, one phrase each (config / code files / packages / backend /
 * dependency). `explainDependency` says why a dependency's key changed, so the reason names it.
 */
export const explainChange = (
  cell: Pick<PlanCell, "keyParts">,
  backend: string | BackendIdentity,
  previous: StoreManifest | undefined,
  explainDependency: (id: string) => string = () => "its key changed"
): ReadonlyArray<string> => {
  if (previous === undefined) return ["the stored manifest is missing, so the cell re-runs"]
  const was = previous.parts
  const now: KeyParts = cell.keyParts
  const reasons: Array<string> = []
  if (was.config !== now.config) reasons.push("config changed")
  if (was.code !== now.code) {
    const files = diffRecords(was.codeFiles ?? {}, now.codeFiles).map((d) =>
      d.before === undefined ? `${d.key} (new)` : d.after === undefined ? `${d.key} (no longer used)` : d.key
    )
    reasons.push(`code changed: ${files.length > 0 ? files.join(", ") : "the closure hash differs"}`)
  }
  for (const d of diffRecords(was.packages ?? {}, now.packages)) reasons.push(`package ${d.key} ${d.before ?? "absent"} → ${d.after ?? "absent"}`)
  for (const d of diffRecords(was.dependencies ?? {}, now.dependencies ?? {})) {
    if (d.after === undefined) continue
    reasons.push(d.before === undefined ? `dependency ${d.key} is new` : `dependency ${d.key} changed: ${explainDependency(d.key)}`)
  }
  const id = identityOf(backend)
  if (was.backend !== id.name) reasons.push(`backend ${was.backend} → ${id.name}`)
  else if (canonicalJson(was.backendIdentity ?? {}) !== canonicalJson(id)) {
    const changed = diffRecords(was.backendIdentity ?? {}, id).map((d) => d.key)
    reasons.push(`backend ${id.name} changed: ${changed.join(", ")}`)
  }
  return reasons.length > 0 ? reasons : ["the key scheme changed (all parts are equal)"]
}

/** Why the store cannot be written (read-only, permissions, full), or undefined when it can. */
export const storeProblem = (store: string): string | undefined => {
  const probe = path.join(store, `.probe-${hostname()}-${process.pid}`)
  try {
    mkdirSync(store, { recursive: true })
    writeFileAtomic(probe, "ok")
    rmSync(probe, { force: true })
    return undefined
  } catch (e) {
    const code = errnoOf(e) ?? (typeof e === "object" && e !== null && "code" in e ? String((e as { code: unknown }).code) : undefined)
    const why = code === "EROFS" ? "it is on a read-only file system" : code === "EACCES" || code === "EPERM" ? "permission denied" : code === "ENOSPC" ? "no space left on the device" : messageOf(e)
    return `cannot write to the results store ${store}: ${why}`
  }
}

/** Seconds since a file was last modified, or undefined when it does not exist. */
export const ageSeconds = (file: string): number | undefined => {
  try {
    return (Date.now() - statSync(file).mtimeMs) / 1000
  } catch {
    return undefined
  }
}
