/**
 * Published cells: checksums verified on read; a damaged file or manifest makes the cell corrupt, naming the file.
 */
import assert from "node:assert/strict"
import { readFileSync, rmSync, truncateSync, writeFileSync } from "node:fs"
import * as path from "node:path"
import { after, describe, it } from "node:test"
import { StoreCorrupt } from "../../runner/errors.ts"
import { cellStatus } from "../../runner/Store.ts"
import { cellDir, manifestFor, manifestPath, readCellFile, storeKey, verifyCell } from "../../runner/StoreManifest.ts"
import { publishCell } from "../../runner/StorePublish.ts"
import { cell, tempStore } from "./storeFixtures.ts"

describe("checksums and corruption", () => {
  const store = tempStore()
  after(() => rmSync(store, { recursive: true, force: true }))
  const c = cell({ alpha: 5 }, {})
  const key = storeKey(c.planKey, "wasm")

  it("a flipped bit in a stored file is detected and names the file", () => {
    publishCell(store, manifestFor(c, "wasm"), { "metrics.arrow": Buffer.from([1, 2, 3, 4]) })
    const file = path.join(cellDir(store, key), "metrics.arrow")
    writeFileSync(file, Buffer.from([1, 2, 3, 5]))
    assert.throws(() => readCellFile(store, key, "metrics.arrow"), (e: unknown) => e instanceof StoreCorrupt && e.path === file && /checksum/.test(e.message))
    const s = cellStatus(store, c, "wasm", true)
    assert.equal(s.status, "corrupt")
  })
  it("a truncated file is detected", () => {
    publishCell(store, manifestFor(cell({ alpha: 6 }, {}), "wasm"), { "weights.ckpt": Buffer.alloc(64, 7) })
    const k = storeKey(cell({ alpha: 6 }, {}).planKey, "wasm")
    truncateSync(path.join(cellDir(store, k), "weights.ckpt"), 10)
    assert.throws(() => verifyCell(store, k), (e: unknown) => e instanceof StoreCorrupt && /truncated/.test(e.message))
  })
  it("a truncated or foreign manifest makes the cell corrupt, naming the manifest", () => {
    const c7 = cell({ alpha: 7 }, {})
    const k = storeKey(c7.planKey, "wasm")
    publishCell(store, manifestFor(c7, "wasm"), {})
    const text = readFileSync(manifestPath(store, k), "utf8")
    writeFileSync(manifestPath(store, k), text.slice(0, text.length / 2))
    const s = cellStatus(store, c7, "wasm")
    assert.equal(s.status, "corrupt")
    assert.equal(s.status === "corrupt" && s.problem.path, manifestPath(store, k))
    writeFileSync(manifestPath(store, k), JSON.stringify({ cellId: "x", parts: {} }))
    const t = cellStatus(store, c7, "wasm")
    assert.match(t.status === "corrupt" ? t.problem.message : "", /manifest\.json: is not a sidlab manifest: field format: Missing key/)
  })
})
