/** Atomic file writes for every TypeScript writer: a temp file in the same folder, fsync, then rename, so readers never see half a file. (The .mjs build scripts keep their own: they run before tsx exists.) */
import { Schema } from "effect"
import { closeSync, fsyncSync, mkdirSync, openSync, renameSync, rmSync, writeSync } from "node:fs"
import { hostname } from "node:os"
import { faultPoint } from "./faults.ts"
import { dirname, join, basename } from "node:path"

/** A write that failed, naming the file (Node's own ENOSPC / EACCES messages do not). */
export class FileWriteError extends Schema.TaggedError<FileWriteError>()("FileWriteError", {
  path: Schema.String,
  code: Schema.String,
  detail: Schema.String
}) {
  override get message() {
    return `cannot write ${this.path}: ${this.code === "ENOSPC" ? "no space left on the device" : this.detail}`
  }
}

export const writeFileAtomic = (path: string, data: string | Uint8Array | ReadonlyArray<Uint8Array>): void => {
  // host and pid in the temp name: writers sharing a store over a network file system never collide
  const tmp = join(dirname(path), `.${basename(path)}.${hostname()}.${process.pid}.${Date.now()}.tmp`)
  let fd: number | undefined
  try {
    mkdirSync(dirname(path), { recursive: true })
    fd = openSync(tmp, "w")
    const parts = typeof data === "string" ? [Buffer.from(data)] : data instanceof Uint8Array ? [data] : data
    for (const part of parts) {
      let off = 0
      while (off < part.byteLength) off += writeSync(fd, part, off, part.byteLength - off)
    }
    fsyncSync(fd)
    closeSync(fd)
    fd = undefined
    faultPoint()
    renameSync(tmp, path)
    faultPoint()
  } catch (e) {
    if (fd !== undefined) closeSync(fd)
    rmSync(tmp, { force: true })
    const code = typeof e === "object" && e !== null && "code" in e ? String((e as { code: unknown }).code) : ""
    throw new FileWriteError({ path, code, detail: e instanceof Error ? e.message : String(e) })
  }
}
