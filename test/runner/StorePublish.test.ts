/**
 * Publishing: atomic, the first of two identical publishes kept, a corrupt result replaced.
 */
import assert from "node:assert/strict"
import { readdirSync, rmSync, writeFileSync } from "node:fs"
import * as path from "node:path"
import { describe, it } from "node:test"
import { cellDir, manifestFor, readCellFile, storeKey } from "../../runner/StoreManifest.ts"
import { publishCell } from "../../runner/StorePublish.ts"
import { cell, tempStore } from "./storeFixtures.ts"

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
