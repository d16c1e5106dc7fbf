/**
 * The installed `sidlab` (bin/sidlab.js, what `npx sidlab` runs) runs the compiled dist/ and answers
 * exactly as bin/sidlab.ts run from source through tsx: help, version, usage errors, and `plan` / `status`
 * over the plans in generated/ (that those equal compiled plans is test/dsl/compiler/Freshness.test.ts).
 */
import assert from "node:assert/strict"
import { spawnSync } from "node:child_process"
import { mkdtempSync, readFileSync, rmSync } from "node:fs"
import { tmpdir } from "node:os"
import * as path from "node:path"
import { after, describe, it } from "node:test"
import { freshManifest } from "../../../bin/cli-build.mjs"
import { repoRoot } from "../../dsl/compiler/tempProject.ts"

const run = (entry: "installed" | "source", args: ReadonlyArray<string>) => {
  const argv = entry === "installed" ? [path.join(repoRoot, "bin/sidlab.js"), ...args] : ["--import", "tsx", path.join(repoRoot, "bin/sidlab.ts"), ...args]
  const r = spawnSync(process.execPath, argv, { encoding: "utf8", cwd: repoRoot, env: { ...process.env, SIDLAB_DEBUG: "" } })
  return { code: r.status, stdout: r.stdout, stderr: r.stderr }
}

describe("bin/sidlab.js", () => {
  const store = mkdtempSync(path.join(tmpdir(), "sidlab-launcher-"))
  after(() => rmSync(store, { recursive: true, force: true }))

  it("runs dist/, built fresh from the sources", () => {
    const r = run("installed", ["--version"])
    assert.equal(r.code, 0, r.stderr)
    assert.equal(r.stdout.trim(), (JSON.parse(readFileSync(path.join(repoRoot, "package.json"), "utf8")) as { version: string }).version)
    assert.equal(r.stderr, "", "no fallback to source")
    assert.notEqual(freshManifest(repoRoot), undefined)
  })

  for (const args of [["--help"], ["help", "run"], ["plan", "--help"], ["tabel"], ["plan", "quickstart", "--store", "<store>"], ["status", "quickstart", "--store", "<store>"], ["plan", "no-such-experiment", "--store", "<store>"]]) {
    it(`sidlab ${args.join(" ")}: the same output and exit status as from source`, () => {
      const a = args.map((x) => (x === "<store>" ? store : x))
      const compiled = run("installed", a)
      const source = run("source", a)
      assert.deepEqual(compiled, source)
    })
  }
})
