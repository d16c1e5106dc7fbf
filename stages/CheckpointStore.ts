/**
 * Service `CheckpointStore`: atomic, checksummed snapshots of a run (architecture.md, "CheckpointStore"):
 * weights, optimiser moments and counters. The RNG needs no state: its streams are addressed by
 * iteration (stages/internal/rng.ts).
 *
 * File format: "SIDCKPT1", a little-endian u32 header length, a JSON header
 * {meta, tensors: [{name, shape, offset, length}], sha256}, then the float32 data. A checkpoint whose
 * magic, lengths or checksum do not match is reported as corrupt, never half-loaded.
 */
import { Context, Effect, Layer, Option, Result, Schema } from "effect"
import { createHash } from "node:crypto"
import { existsSync, readFileSync } from "node:fs"
import { join } from "node:path"
import { writeFileAtomic } from "../dsl/internal/atomicFile.ts"
import { fileDecoder } from "../dsl/internal/common.ts"

export interface NamedArray {
  readonly name: string
  readonly shape: ReadonlyArray<number>
  readonly data: Float32Array
}

export interface Checkpoint {
  /** Small JSON-able state: counters, optimiser steps, metrics so far; read back with `checkpointMeta`. */
  readonly meta: Readonly<Record<string, unknown>>
  readonly arrays: ReadonlyArray<NamedArray>
  /** The file it was read from, for messages (absent for one built in memory). */
  readonly source?: string
}

export class CorruptCheckpoint extends Schema.TaggedError<CorruptCheckpoint>()("CorruptCheckpoint", {
  path: Schema.String,
  detail: Schema.String
}) {
  override get message() {
    return `checkpoint ${this.path} is corrupt (${this.detail}); delete it to restart the cell from scratch`
  }
}

/** A checkpoint or stored weight file that does not fit the cell's networks (or the code reading it). */
export class IncompatibleState extends Schema.TaggedError<IncompatibleState>()("IncompatibleState", {
  what: Schema.String,
  detail: Schema.String
}) {
  override get message() {
    return `${this.what} does not fit this cell: ${this.detail}`
  }
}

/** "`what` <the file it was read from>", for messages about a checkpoint. */
export const describeCheckpoint = (what: string, ckpt: Checkpoint): string => (ckpt.source === undefined ? what : `${what} ${ckpt.source}`)

/** For `Effect.try`'s catch: `e` itself if it is an IncompatibleState, else one about `what` (e.g. a shape error from tfjs). */
export const asIncompatible = (what: string) => (e: unknown): IncompatibleState =>
  e instanceof IncompatibleState ? e : new IncompatibleState({ what, detail: e instanceof Error ? e.message : String(e) })

/** A checkpoint's `meta` decoded with `schema`; throws IncompatibleState naming the file and the first bad field. */
export const checkpointMeta = <S extends Schema.Decoder<unknown>>(ckpt: Checkpoint, schema: S, what: string): S["Type"] => {
  const decoded = fileDecoder(schema)(ckpt.meta)
  if (Result.isFailure(decoded)) throw new IncompatibleState({ what: describeCheckpoint(what, ckpt), detail: `its meta ${decoded.failure}` })
  return decoded.success
}

const MAGIC = "SIDCKPT1"

export const encodeCheckpoint = (ckpt: Checkpoint): ReadonlyArray<Uint8Array> => {
  let offset = 0
  const tensors = ckpt.arrays.map((a) => {
    const entry = { name: a.name, shape: [...a.shape], offset, length: a.data.length }
    offset += a.data.byteLength
    return entry
  })
  const hash = createHash("sha256")
  const blobs = ckpt.arrays.map((a) => new Uint8Array(a.data.buffer, a.data.byteOffset, a.data.byteLength))
  for (const b of blobs) hash.update(b)
  const header = Buffer.from(JSON.stringify({ meta: ckpt.meta, tensors, sha256: hash.digest("hex") }))
  const prefix = Buffer.alloc(MAGIC.length + 4)
  prefix.write(MAGIC, 0, "latin1")
  prefix.writeUInt32LE(header.byteLength, MAGIC.length)
  return [prefix, header, ...blobs]
}

const NonNegativeInt = Schema.Int.check(Schema.isGreaterThanOrEqualTo(0))
/** The JSON header of a checkpoint file, decoded (never cast) before any data is read. */
const CheckpointHeader = Schema.Struct({
  meta: Schema.Record(Schema.String, Schema.Unknown),
  tensors: Schema.Array(Schema.Struct({ name: Schema.String, shape: Schema.Array(NonNegativeInt), offset: NonNegativeInt, length: NonNegativeInt })),
  sha256: Schema.String
})
const decodeHeader = fileDecoder(CheckpointHeader)

export const decodeCheckpoint = (bytes: Buffer, path: string): Checkpoint => {
  const corrupt = (detail: string) => new CorruptCheckpoint({ path, detail })
  if (bytes.byteLength < MAGIC.length + 4 || bytes.toString("latin1", 0, MAGIC.length) !== MAGIC) throw corrupt("bad magic")
  const headerLength = bytes.readUInt32LE(MAGIC.length)
  const start = MAGIC.length + 4
  if (start + headerLength > bytes.byteLength) throw corrupt("truncated header")
  let raw: unknown
  try {
    raw = JSON.parse(bytes.toString("utf8", start, start + headerLength))
  } catch {
    throw corrupt("unreadable header")
  }
  const decoded = decodeHeader(raw)
  if (Result.isFailure(decoded)) throw corrupt(`its header is not a checkpoint's: ${decoded.failure}`)
  const header = decoded.success
  const dataStart = start + headerLength
  const data = bytes.subarray(dataStart)
  const expected = header.tensors.reduce((n, t) => n + 4 * t.length, 0)
  if (data.byteLength !== expected) throw corrupt(`expected ${expected} data bytes, found ${data.byteLength}`)
  if (createHash("sha256").update(data).digest("hex") !== header.sha256) throw corrupt("checksum mismatch")
  const aligned = new Uint8Array(data) // copy: Float32Array needs 4-byte alignment
  const arrays = header.tensors.map((t) => ({
    name: t.name,
    shape: t.shape,
    data: new Float32Array(aligned.buffer, t.offset, t.length).slice()
  }))
  return { meta: header.meta, arrays, source: path }
}

export interface CheckpointStoreShape {
  readonly save: (key: string, ckpt: Checkpoint) => Effect.Effect<void>
  readonly load: (key: string) => Effect.Effect<Option.Option<Checkpoint>, CorruptCheckpoint>
  readonly path: (key: string) => string
}

export class CheckpointStore extends Context.Service<CheckpointStore, CheckpointStoreShape>()("sid/stages/CheckpointStore") {
  /** Checkpoints as `<dir>/<key>.ckpt`. */
  static readonly layer = (dir: string) => Layer.succeed(CheckpointStore, directoryStore(dir))
}

export const directoryStore = (dir: string): CheckpointStoreShape => {
  const path = (key: string) => join(dir, `${key}.ckpt`)
  return {
    path,
    save: (key, ckpt) => Effect.sync(() => writeFileAtomic(path(key), encodeCheckpoint(ckpt))),
    load: (key) =>
      Effect.try({
        try: () => (existsSync(path(key)) ? Option.some(decodeCheckpoint(readFileSync(path(key)), path(key))) : Option.none()),
        catch: (e) => (e instanceof CorruptCheckpoint ? e : new CorruptCheckpoint({ path: path(key), detail: String(e) }))
      })
  }
}
