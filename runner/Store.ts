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
 */
import { Schema } from "effect"
import { createHash, randomBytes } from "node:crypto"
import { appendFileSync, existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync } from "node:fs"
import { hostname } from "node:os"
import * as path from "node:path"
import { canonicalJson, sha256 } from "../dsl/compiler/Hash.ts"
import { schemaFailure } from "../dsl/internal/common.ts"
import type { KeyParts, PlanCell } from "../dsl/Plan.ts"
import { writeFileAtomic } from "../stages/internal/atomicFile.ts"
import { faultPoint } from "../stages/internal/faults.ts"
import { errnoOf, messageOf, StoreCorrupt, StoreIOError } from "./errors.ts"

/** What decides a result's bits besides the plan: the backend and, for native, its addon and BLAS. */
export type BackendIdentity = Readonly<Record<string, string>> & { readonly name: string }

export const identityOf = (backend: string | BackendIdentity): BackendIdentity => (typeof backend === "string" ? { name: backend } : backend)

/** The key a finished cell is stored under: the plan key specialised to one backend identity. */
export const storeKey = (planKeyHex: string, backend: string | BackendIdentity): string => {
  const id = identityOf(backend)
  // a bare name hashes as it did before identities existed, so wasm and cpu keys are unchanged by them
  return sha256(canonicalJson({ backend: Object.keys(id).length === 1 ? id.name : id, planKey: planKeyHex }))
}

const FileEntry = Schema.Struct({ sha256: Schema.String, bytes: Schema.Number })
const StringMap = Schema.Record(Schema.String, Schema.String)

/** What every manifest must hold; the runner adds provenance and results fields. */
export const StoreManifest = Schema.Struct({
  format: Schema.Literal(2),
  cellId: Schema.String,
  kind: Schema.String,
  storeKey: Schema.String,
  planKey: Schema.String,
  parts: Schema.Struct({
    config: Schema.String,
    code: Schema.String,
    codeFiles: StringMap,
    packages: StringMap,
    dependencies: StringMap,
    backend: Schema.String,
    backendIdentity: StringMap
  }),
  files: Schema.Record(Schema.String, FileEntry)
})
export type StoreManifest = typeof StoreManifest.Type & Readonly<Record<string, unknown>>
/** What a writer hands to `publishCell`: the manifest without the format and file checksums it adds. */
export type ManifestInput = Omit<typeof StoreManifest.Type, "files" | "format"> & Readonly<Record<string, unknown>>

export const cellDir = (store: string, key: string): string => path.join(store, "cells", key)
export const manifestPath = (store: string, key: string): string => path.join(cellDir(store, key), "manifest.json")
export const workDir = (store: string, key: string): string => path.join(store, "work", key)
const idEntryPath = (store: string, cellId: string): string => path.join(store, "ids", `${sha256(cellId).slice(0, 32)}.json`)

const decodeManifest = Schema.decodeUnknownExit(StoreManifest)

/** The manifest fields every cell has, for a plan cell stored for `backend` (the runner adds provenance). */
export const manifestFor = (cell: Pick<PlanCell, "id" | "kind" | "planKey" | "keyParts">, backend: string | BackendIdentity): ManifestInput => {
  const id = identityOf(backend)
  return {
    cellId: cell.id,
    kind: cell.kind,
    storeKey: storeKey(cell.planKey, id),
    planKey: cell.planKey,
    parts: { ...cell.keyParts, dependencies: cell.keyParts.dependencies ?? {}, backend: id.name, backendIdentity: { ...id } }
  }
}

/** Reads and validates a manifest; undefined when the cell was never published under `key`. */
export const readManifest = (store: string, key: string): StoreManifest | undefined => {
  const file = manifestPath(store, key)
  if (!existsSync(file)) return undefined
  let raw: unknown
  try {
    raw = JSON.parse(readFileSync(file, "utf8"))
  } catch (e) {
    throw new StoreCorrupt({ path: file, detail: `is not valid JSON (${messageOf(e)})` })
  }
  const decoded = decodeManifest(raw)
  if (decoded._tag === "Failure") throw new StoreCorrupt({ path: file, detail: `is not a sidlab manifest: ${schemaFailure(decoded.cause)}` })
  if (decoded.value.storeKey !== key) throw new StoreCorrupt({ path: file, detail: `belongs to key ${decoded.value.storeKey.slice(0, 12)}, not to its folder` })
  return raw as StoreManifest
}

const digest = (bytes: Uint8Array): string => createHash("sha256").update(bytes).digest("hex")

/** Reads one file of a published cell and checks it against the manifest's checksum. */
export const readCellFile = (store: string, key: string, name: string, manifest = readManifest(store, key)): Buffer => {
  const file = path.join(cellDir(store, key), name)
  if (manifest === undefined) throw new StoreCorrupt({ path: file, detail: "has no manifest beside it" })
  const entry = manifest.files[name]
  if (entry === undefined) throw new StoreCorrupt({ path: file, detail: "is not listed in the cell's manifest" })
  let bytes: Buffer
  try {
    bytes = readFileSync(file)
  } catch (e) {
    throw new StoreCorrupt({ path: file, detail: errnoOf(e) === "ENOENT" ? "is missing" : `cannot be read (${messageOf(e)})` })
  }
  if (bytes.byteLength !== entry.bytes) throw new StoreCorrupt({ path: file, detail: `has ${bytes.byteLength} bytes, its manifest says ${entry.bytes} (truncated?)` })
  if (digest(bytes) !== entry.sha256) throw new StoreCorrupt({ path: file, detail: "does not match its checksum in the manifest (the file changed after it was stored)" })
  return bytes
}

/** Checks every file of a published cell; throws StoreCorrupt naming the first bad one. */
export const verifyCell = (store: string, key: string): StoreManifest => {
  const manifest = readManifest(store, key)
  if (manifest === undefined) throw new StoreCorrupt({ path: manifestPath(store, key), detail: "is missing" })
  for (const name of Object.keys(manifest.files)) readCellFile(store, key, name, manifest)
  return manifest
}

/** Moves a corrupt published cell aside (nothing a reader holds is deleted); returns where it went. */
export const quarantine = (store: string, key: string): string => {
  const to = path.join(store, "quarantine", `${key}-${Date.now()}-${randomBytes(3).toString("hex")}`)
  mkdirSync(path.dirname(to), { recursive: true })
  try {
    renameSync(cellDir(store, key), to)
  } catch (e) {
    if (errnoOf(e) !== "ENOENT") throw new StoreIOError({ path: cellDir(store, key), operation: "move aside", detail: messageOf(e) })
  }
  return to
}

const io = <A>(file: string, operation: string, f: () => A): A => {
  try {
    return f()
  } catch (e) {
    throw new StoreIOError({ path: file, operation, detail: errnoOf(e) === "ENOSPC" ? "no space left on the device" : messageOf(e) })
  }
}

/** Files of a cell to publish: name → bytes (a string is UTF-8). */
export type CellFiles = Readonly<Record<string, string | Uint8Array | ReadonlyArray<Uint8Array>>>

const asBytes = (data: CellFiles[string]): Uint8Array =>
  typeof data === "string" ? Buffer.from(data) : data instanceof Uint8Array ? data : Buffer.concat(data.map((d) => Buffer.from(d.buffer, d.byteOffset, d.byteLength)))

/** The outcome of a publish: this process's result went in, or an identical key was already there. */
export interface Published {
  readonly dir: string
  readonly manifest: StoreManifest
  readonly reused: boolean
}

/**
 * Publishes a finished cell in one atomic step: every file (and a manifest with their checksums) goes into
 * a private temp directory, which is renamed to `cells/<key>`. Until that rename the store has no trace of
 * the cell; after it the cell is complete. If another writer published the same key first, its result is
 * kept and ours discarded (same key, same computation). The id entry and the log line come after and are
 * only informational.
 */
export const publishCell = (store: string, manifest: ManifestInput, files: CellFiles): Published => {
  const key = manifest.storeKey
  const final = cellDir(store, key)
  const tmp = path.join(store, "cells", `.tmp-${key.slice(0, 16)}-${hostname()}-${process.pid}-${randomBytes(4).toString("hex")}`)
  io(path.join(store, "cells"), "create", () => mkdirSync(tmp, { recursive: true }))
  let full: StoreManifest
  try {
    const entries: Record<string, { sha256: string; bytes: number }> = {}
    for (const [name, data] of Object.entries(files).sort(([a], [b]) => (a < b ? -1 : 1))) {
      const bytes = asBytes(data)
      io(path.join(final, name), "write", () => writeFileAtomic(path.join(tmp, name), bytes))
      entries[name] = { sha256: digest(bytes), bytes: bytes.byteLength }
    }
    full = { ...manifest, format: 2, files: entries } as StoreManifest
    io(manifestPath(store, key), "write", () => writeFileAtomic(path.join(tmp, "manifest.json"), `${JSON.stringify(full, null, 2)}\n`))
  } catch (e) {
    rmSync(tmp, { recursive: true, force: true })
    throw e
  }
  let reused = false
  try {
    faultPoint()
    renameSync(tmp, final)
    faultPoint()
  } catch (e) {
    const code = errnoOf(e)
    if (code !== "ENOTEMPTY" && code !== "EEXIST") {
      rmSync(tmp, { recursive: true, force: true })
      throw new StoreIOError({ path: final, operation: "publish", detail: messageOf(e) })
    }
    // another writer got there first: keep theirs if it is sound, else replace it
    try {
      verifyCell(store, key)
      reused = true
    } catch {
      quarantine(store, key)
      renameSync(tmp, final)
    }
    if (reused) rmSync(tmp, { recursive: true, force: true })
  }
  // informational only: failures here never undo a publish
  try {
    writeFileAtomic(idEntryPath(store, full.cellId), `${JSON.stringify({ cellId: full.cellId, storeKey: key })}\n`)
    if (!reused) appendFileSync(path.join(store, "publish.log"), `${JSON.stringify({ at: new Date().toISOString(), cellId: full.cellId, storeKey: key, host: hostname(), pid: process.pid })}\n`)
  } catch { /* the cell is published; the id entry only serves explanations */ }
  return { dir: final, manifest: reused ? readManifest(store, key)! : full, reused }
}

/** The key a cell id was last published under, if any. */
export const lastKeyOf = (store: string, cellId: string): string | undefined => {
  const file = idEntryPath(store, cellId)
  if (!existsSync(file)) return undefined
  try {
    const entry = JSON.parse(readFileSync(file, "utf8")) as { storeKey?: unknown }
    return typeof entry.storeKey === "string" ? entry.storeKey : undefined
  } catch {
    return undefined // a damaged id entry only loses an explanation
  }
}

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

/** Leftovers of writers that died: temp directories of publishes and work folders of published cells. */
export const sweepLeftovers = (store: string, isLive: (host: string, pid: number) => boolean): ReadonlyArray<string> => {
  const removed: Array<string> = []
  const cells = path.join(store, "cells")
  if (existsSync(cells)) {
    for (const name of readdirSync(cells)) {
      const m = /^\.tmp-[0-9a-f]+-(.+)-(\d+)-[0-9a-f]+$/.exec(name)
      if (m && !isLive(m[1]!, Number(m[2]))) {
        rmSync(path.join(cells, name), { recursive: true, force: true })
        removed.push(path.join(cells, name))
      }
    }
  }
  const work = path.join(store, "work")
  if (existsSync(work)) {
    for (const key of readdirSync(work)) {
      // a published cell's checkpoints are never read again; an unpublished one's are how it resumes
      if (existsSync(manifestPath(store, key)) && !existsSync(path.join(store, "claims", `${key}.lease`))) {
        rmSync(path.join(work, key), { recursive: true, force: true })
        removed.push(path.join(work, key))
      }
    }
  }
  return removed
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
