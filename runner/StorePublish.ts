/**
 * Writing to the store (Store.ts has its layout): publishing a finished cell in one rename, moving a
 * corrupt one aside, the id entries `plan --explain` reads, and sweeping what dead writers left.
 */
import { Result, Schema } from "effect"
import { randomBytes } from "node:crypto"
import { appendFileSync, existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync } from "node:fs"
import { hostname } from "node:os"
import * as path from "node:path"
import { sha256 } from "../dsl/compiler/Hash.ts"
import { fileDecoder } from "../dsl/internal/common.ts"
import { writeFileAtomic } from "../dsl/internal/atomicFile.ts"
import { faultPoint } from "../dsl/internal/faults.ts"
import { errnoOf, messageOf, StoreIOError } from "./errors.ts"
import { cellDir, digest, type ManifestInput, manifestPath, readManifest, type StoreManifest, verifyCell } from "./StoreManifest.ts"

const idEntryPath = (store: string, cellId: string): string => path.join(store, "ids", `${sha256(cellId).slice(0, 32)}.json`)

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

const decodeIdEntry = fileDecoder(Schema.Struct({ cellId: Schema.String, storeKey: Schema.String }))

/** The key a cell id was last published under, if any. */
export const lastKeyOf = (store: string, cellId: string): string | undefined => {
  const file = idEntryPath(store, cellId)
  if (!existsSync(file)) return undefined
  try {
    return Result.getOrUndefined(decodeIdEntry(JSON.parse(readFileSync(file, "utf8"))))?.storeKey
  } catch {
    return undefined // a damaged id entry only loses an explanation
  }
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
