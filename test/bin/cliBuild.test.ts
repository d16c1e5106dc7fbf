/**
 * bin/cli-build.mjs's freshness rule, on a hand-made dist/manifest.json: dist/ counts while every input
 * has its recorded size and mtime or, when only the mtime moved, its recorded bytes; any changed, missing
 * or added-to-the-record input, another Node major or a missing entry file makes it stale.
 */
import assert from "node:assert/strict"
import { mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync } from "node:fs"
import { tmpdir } from "node:os"
import * as path from "node:path"
import { after, describe, it } from "node:test"
import { freshManifest, manifestName, sha256 } from "../../bin/cli-build.mjs"

describe("freshManifest", () => {
  const root = mkdtempSync(path.join(tmpdir(), "sidlab-dist-"))
  after(() => rmSync(root, { recursive: true, force: true }))
  const write = (f: string, text: string) => (mkdirSync(path.dirname(path.join(root, f)), { recursive: true }), writeFileSync(path.join(root, f), text))
  write("bin/a.ts", "export const a = 1\n")
  write("runner/b.ts", "export const b = 2\n")
  write("dist/sidlab-X.js", "export const main = async () => 0\n")
  const record = (node = process.versions.node.split(".")[0]) => {
    const inputs = Object.fromEntries(["bin/a.ts", "runner/b.ts"].map((f) => {
      const st = statSync(path.join(root, f))
      return [f, [st.size, st.mtimeMs, sha256(readFileSync(path.join(root, f)))]]
    }))
    writeFileSync(path.join(root, "dist", manifestName), JSON.stringify({ format: 1, node, entry: "sidlab-X.js", outputs: ["sidlab-X.js"], inputs }))
  }

  it("is fresh as built, and after a touch that keeps the bytes", () => {
    record()
    assert.equal(freshManifest(root)?.entry, "sidlab-X.js")
    utimesSync(path.join(root, "bin/a.ts"), new Date(), new Date(Date.now() + 5000))
    assert.notEqual(freshManifest(root), undefined)
  })

  it("is stale after an edit, even one that keeps the size", () => {
    record()
    write("runner/b.ts", "export const b = 3\n")
    assert.equal(freshManifest(root), undefined)
  })

  it("is stale when an input is gone, the entry is gone, or Node's major differs", () => {
    record()
    rmSync(path.join(root, "runner/b.ts"))
    assert.equal(freshManifest(root), undefined)
    write("runner/b.ts", "export const b = 2\n")
    record("0")
    assert.equal(freshManifest(root), undefined)
    record()
    rmSync(path.join(root, "dist/sidlab-X.js"))
    assert.equal(freshManifest(root), undefined)
  })
})
