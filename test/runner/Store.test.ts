/**
 * The results store: cached / stale / new / corrupt, the explanation of which key part changed (config,
 * code files, packages, backend, a dependency), checksums verified on read, and atomic publishing.
 */
import assert from "node:assert/strict"
import { mkdtempSync, readdirSync, readFileSync, rmSync, truncateSync, writeFileSync } from "node:fs"
import { tmpdir } from "node:os"
import * as path from "node:path"
import { after, describe, it } from "node:test"
import { keyParts, planKey } from "../../dsl/compiler/CacheKey.ts"
import { StoreCorrupt } from "../../runner/errors.ts"
import { cellStatus, explainChange } from "../../runner/Store.ts"
import { cellDir, manifestFor, manifestPath, readCellFile, storeKey, verifyCell } from "../../runner/StoreManifest.ts"
import { publishCell } from "../../runner/StorePublish.ts"

const cell = (config: unknown, codeFiles: Record<string, string>, packages = { "@tensorflow/tfjs-core": "4.22.0" }, dependencies: Record<string, string> = {}) => {
  const parts = keyParts(config, codeFiles, packages, dependencies)
  return { id: "exp/alpha=1", kind: "distill" as const, planKey: planKey(parts), keyParts: parts }
}
const tempStore = () => mkdtempSync(path.join(tmpdir(), "sidlab-store-"))

describe("store status and explanations", () => {
  const store = tempStore()
  after(() => rmSync(store, { recursive: true, force: true }))
  const original = cell({ alpha: 1 }, { "stages/Loss.ts": "a", "stages/Train.ts": "b" }, undefined, { "prefit/p1": "k1" })

  it("new when nothing is stored", () => {
    assert.equal(cellStatus(store, original, "wasm").status, "new")
  })
  it("cached once published under the store key", () => {
    publishCell(store, manifestFor(original, "wasm"), { "metrics.arrow": "m" })
    assert.deepEqual(cellStatus(store, original, "wasm", true), { status: "cached", storeKey: storeKey(original.planKey, "wasm") })
  })
  it("stale on another backend, explained as a backend change", () => {
    const s = cellStatus(store, original, "cpu")
    assert.equal(s.status, "stale")
    assert.deepEqual(explainChange(original, "cpu", s.status === "stale" ? s.previous : undefined), ["backend wasm → cpu"])
  })
  it("a native addon or BLAS change re-keys and is named", () => {
    const a = { name: "native", addon: "h1", blas: "OpenBLAS 0.3.21" }
    const b = { name: "native", addon: "h2", blas: "OpenBLAS 0.3.21" }
    assert.notEqual(storeKey(original.planKey, a), storeKey(original.planKey, b))
    publishCell(store, manifestFor(original, a), {})
    const s = cellStatus(store, original, b)
    assert.equal(s.status, "stale")
    assert.deepEqual(explainChange(original, b, s.status === "stale" ? s.previous : undefined), ["backend native changed: addon"])
  })
  it("stale after a code edit, naming the file", () => {
    const edited = cell({ alpha: 1 }, { "stages/Loss.ts": "a2", "stages/Train.ts": "b", "stages/New.ts": "c" }, undefined, { "prefit/p1": "k1" })
    const s = cellStatus(store, edited, "wasm")
    assert.equal(s.status, "stale")
    // the last publish of this id was the native one: the comparison is against it
    assert.deepEqual(explainChange(edited, "wasm", s.status === "stale" ? s.previous : undefined), [
      "code changed: stages/Loss.ts, stages/New.ts (new)",
      "backend native → wasm"
    ])
  })
  it("a changed dependency is the reason, with the dependency's own reason", () => {
    publishCell(store, manifestFor(original, "wasm"), { "metrics.arrow": "m" })
    const downstream = cell({ alpha: 1 }, { "stages/Loss.ts": "a", "stages/Train.ts": "b" }, undefined, { "prefit/p1": "k2" })
    assert.notEqual(downstream.planKey, original.planKey)
    const s = cellStatus(store, downstream, "wasm")
    assert.equal(s.status, "stale")
    assert.deepEqual(
      explainChange(downstream, "wasm", s.status === "stale" ? s.previous : undefined, (id) => `${id}: code changed: stages/Prefit.ts`),
      ["dependency prefit/p1 changed: prefit/p1: code changed: stages/Prefit.ts"]
    )
  })
})

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

describe("publishing", () => {
  it("a second publish of the same key keeps the first and leaves no temp directory", () => {
    const store = tempStore()
    const c = cell({ alpha: 9 }, {})
    const first = publishCell(store, manifestFor(c, "wasm"), { "a.txt": "first" })
    const second = publishCell(store, manifestFor(c, "wasm"), { "a.txt": "second" })
    assert.equal(first.reused, false)
    assert.equal(second.reused, true)
    assert.equal(readCellFile(store, second.manifest.storeKey, "a.txt").toString(), "first")
    assert.deepEqual(readdirSync(path.join(store, "cells")).filter((n) => n.startsWith(".")), [])
    rmSync(store, { recursive: true, force: true })
  })
  it("a publish over a corrupt result replaces it", () => {
    const store = tempStore()
    const c = cell({ alpha: 10 }, {})
    const key = storeKey(c.planKey, "wasm")
    publishCell(store, manifestFor(c, "wasm"), { "a.txt": "old" })
    writeFileSync(path.join(cellDir(store, key), "a.txt"), "bad")
    const again = publishCell(store, manifestFor(c, "wasm"), { "a.txt": "new" })
    assert.equal(again.reused, false)
    assert.equal(readCellFile(store, key, "a.txt").toString(), "new")
    assert.equal(readdirSync(path.join(store, "quarantine")).length, 1)
    rmSync(store, { recursive: true, force: true })
  })
})
