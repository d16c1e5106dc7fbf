/**
 * A published cell's manifest (Store.ts has the store's layout): the key a result is stored under, the
 * manifest's schema, and reading a cell's files verified against the manifest's checksums.
 */
import { Result, Schema } from "effect"
import { createHash } from "node:crypto"
import { existsSync, readFileSync } from "node:fs"
import * as path from "node:path"
import { canonicalJson, sha256 } from "../dsl/compiler/Hash.ts"
import { fileDecoder } from "../dsl/internal/common.ts"
import type { PlanCell } from "../dsl/Plan.ts"
import { errnoOf, messageOf, StoreCorrupt } from "./errors.ts"

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

// the other fields (provenance, results) are kept: the runner and the report read them
const decodeManifest = fileDecoder(Schema.StructWithRest(StoreManifest, [Schema.Record(Schema.String, Schema.Unknown)]))

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

/** JSON text of a stored file decoded with `decode`; StoreCorrupt names the file and the first bad field ("is not <what>: ..."). */
export const decodeStoredJson = <A>(file: string, text: string, decode: (raw: unknown) => Result.Result<A, string>, what: string): A => {
  let raw: unknown
  try {
    raw = JSON.parse(text)
  } catch (e) {
    throw new StoreCorrupt({ path: file, detail: `is not valid JSON (${messageOf(e)})` })
  }
  const decoded = decode(raw)
  if (Result.isFailure(decoded)) throw new StoreCorrupt({ path: file, detail: `is not ${what}: ${decoded.failure}` })
  return decoded.success
}

/** Reads and validates a manifest; undefined when the cell was never published under `key`. */
export const readManifest = (store: string, key: string): StoreManifest | undefined => {
  const file = manifestPath(store, key)
  if (!existsSync(file)) return undefined
  const manifest = decodeStoredJson(file, readFileSync(file, "utf8"), decodeManifest, "a sidlab manifest")
  if (manifest.storeKey !== key) throw new StoreCorrupt({ path: file, detail: `belongs to key ${manifest.storeKey.slice(0, 12)}, not to its folder` })
  return manifest
}

export const digest = (bytes: Uint8Array): string => createHash("sha256").update(bytes).digest("hex")

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
