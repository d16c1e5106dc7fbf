/**
 * The results store as `sidlab plan` reads it: cached / stale / new, and the explanation of which key
 * part changed (config, code files, packages, backend).
 */
import assert from "node:assert/strict"
import { mkdtempSync, rmSync, writeFileSync } from "node:fs"
import { tmpdir } from "node:os"
import * as path from "node:path"
import { after, describe, it } from "node:test"
import { keyParts, planKey, storeKey } from "../../dsl/compiler/CacheKey.ts"
import { cellStatus, explainChange, indexPath, manifestFor, readIndex, recordCell, StoreError } from "../../runner/Store.ts"

const cell = (config: unknown, codeFiles: Record<string, string>, packages = { "@tensorflow/tfjs-core": "4.22.0" }) => {
  const parts = keyParts(config, codeFiles, packages)
  return { id: "exp/alpha=1", planKey: planKey(parts), keyParts: parts }
}

describe("store status", () => {
  const store = mkdtempSync(path.join(tmpdir(), "sidlab-store-"))
  after(() => rmSync(store, { recursive: true, force: true }))
  const original = cell({ alpha: 1 }, { "stages/Loss.ts": "a", "stages/Train.ts": "b" })

  it("new when nothing is stored", () => {
    assert.deepEqual(readIndex(store), {})
    assert.equal(cellStatus(store, original, "wasm").status, "new")
  })
  it("cached once the manifest exists under the store key", () => {
    recordCell(store, manifestFor(original, "wasm"))
    assert.deepEqual(cellStatus(store, original, "wasm"), { status: "cached", storeKey: storeKey(original.planKey, "wasm") })
    assert.deepEqual(readIndex(store), { "exp/alpha=1": storeKey(original.planKey, "wasm") })
  })
  it("stale on another backend, explained as a backend change", () => {
    const s = cellStatus(store, original, "cpu")
    assert.equal(s.status, "stale")
    assert.deepEqual(explainChange(original, "cpu", s.status === "stale" ? s.previous : undefined), ["backend wasm → cpu"])
  })
  it("stale after a code edit, naming the file", () => {
    const edited = cell({ alpha: 1 }, { "stages/Loss.ts": "a2", "stages/Train.ts": "b", "stages/New.ts": "c" })
    const s = cellStatus(store, edited, "wasm")
    assert.equal(s.status, "stale")
    assert.deepEqual(explainChange(edited, "wasm", s.status === "stale" ? s.previous : undefined), [
      "code changed: stages/Loss.ts, stages/New.ts (new)"
    ])
  })
  it("stale after a config or package change", () => {
    const changed = cell({ alpha: 2 }, { "stages/Loss.ts": "a", "stages/Train.ts": "b" }, { "@tensorflow/tfjs-core": "4.23.0" })
    const s = cellStatus(store, changed, "wasm")
    assert.deepEqual(explainChange(changed, "wasm", s.status === "stale" ? s.previous : undefined), [
      "config changed",
      "package @tensorflow/tfjs-core 4.22.0 → 4.23.0"
    ])
  })
  it("a corrupt index is an error naming the file", () => {
    writeFileSync(indexPath(store), "{ not json")
    assert.throws(() => cellStatus(store, cell({ alpha: 3 }, {}), "wasm"), (e: unknown) => e instanceof StoreError && e.file === indexPath(store))
  })
})
