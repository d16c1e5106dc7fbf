/**
 * The results store: cached / stale / new, and the explanation of which key part changed (config, code
 * files, packages, backend, a dependency).
 */
import assert from "node:assert/strict"
import { rmSync } from "node:fs"
import { after, describe, it } from "node:test"
import { cellStatus, explainChange } from "../../runner/Store.ts"
import { manifestFor, storeKey } from "../../runner/StoreManifest.ts"
import { publishCell } from "../../runner/StorePublish.ts"
import { cell, tempStore } from "./storeFixtures.ts"

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
