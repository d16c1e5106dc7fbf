/** Atomic file writes: a temp file in the same folder, fsync, then rename, so readers never see half a file. */
import { closeSync, fsyncSync, mkdirSync, openSync, renameSync, rmSync, writeSync } from "node:fs"
import { dirname, join, basename } from "node:path"

export const writeFileAtomic = (path: string, data: string | Uint8Array | ReadonlyArray<Uint8Array>): void => {
  mkdirSync(dirname(path), { recursive: true })
  const tmp = join(dirname(path), `.${basename(path)}.${process.pid}.${Date.now()}.tmp`)
  const fd = openSync(tmp, "w")
  try {
    const parts = typeof data === "string" ? [Buffer.from(data)] : data instanceof Uint8Array ? [data] : data
    for (const part of parts) {
      let off = 0
      while (off < part.byteLength) off += writeSync(fd, part, off, part.byteLength - off)
    }
    fsyncSync(fd)
  } catch (e) {
    closeSync(fd)
    rmSync(tmp, { force: true })
    throw e
  }
  closeSync(fd)
  renameSync(tmp, path)
}
