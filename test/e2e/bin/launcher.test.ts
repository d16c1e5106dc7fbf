/**
 * The installed `sidlab` (bin/sidlab.js, what `npx sidlab` runs) runs the compiled dist/ and answers
 * exactly as bin/sidlab.ts run from source through tsx: help, version, usage errors, and `plan` / `status`
 * over the plans in generated/ (that those equal compiled plans is test/dsl/compiler/Freshness.test.ts);
 * and a run whose distill cells compute in the compiled process stores the same bits as one from source.
 */
import assert from "node:assert/strict"
import { spawnSync } from "node:child_process"
import { createHash } from "node:crypto"
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs"
import { tmpdir } from "node:os"
import * as path from "node:path"
import { after, describe, it } from "node:test"
import { freshManifest } from "../../../bin/cli-build.mjs"
import { readMetricsFile } from "../../../stages/internal/metricsArrow.ts"
import { repoRoot, tempProject } from "../../dsl/compiler/tempProject.ts"

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

  it("loads only Node's own modules before a command asks for more (ts-morph, tfjs, Arrow, vega load lazily)", () => {
    const manifest = freshManifest(repoRoot)
    assert.ok(manifest !== undefined)
    const dist = path.join(repoRoot, "dist")
    const seen = new Set<string>()
    const packages = new Set<string>()
    const visit = (file: string): void => {
      if (seen.has(file)) return
      seen.add(file)
      // static imports only: esbuild writes `import {…} from "x"`, `import "x"` and `export {…} from "x"`
      for (const m of readFileSync(path.join(dist, file), "utf8").matchAll(/^(?:import|export)\s[^;]*?from\s*"([^"]+)"|^import\s*"([^"]+)"/gms)) {
        const spec = (m[1] ?? m[2])!
        if (spec.startsWith("./")) visit(spec.slice(2))
        else packages.add(spec)
      }
    }
    visit(manifest.entry)
    assert.deepEqual([...packages].filter((p) => !p.startsWith("node:")), [])
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

/** Cell id → its metric rows (without wall-clock timings) and the sha256 of its summary and samples. */
const storedBits = (store: string): Record<string, unknown> => {
  const cells = path.join(store, "cells")
  return Object.fromEntries(readdirSync(cells).map((key) => {
    const dir = path.join(cells, key)
    const manifest = JSON.parse(readFileSync(path.join(dir, "manifest.json"), "utf8")) as { cellId: string }
    const hashes = ["summary.json", "samples.ckpt"].filter((f) => existsSync(path.join(dir, f)))
      .map((f) => [f, createHash("sha256").update(readFileSync(path.join(dir, f))).digest("hex")])
    const metrics = existsSync(path.join(dir, "metrics.arrow")) ? readMetricsFile(path.join(dir, "metrics.arrow")).filter((r) => r.phase !== "timing") : []
    return [manifest.cellId, { metrics, ...Object.fromEntries(hashes) }]
  }))
}

describe("bin/sidlab.js run", () => {
  const project = tempProject({ "tiny.ts": "test/fixtures/run/tiny.ts" })
  const stores = [mkdtempSync(path.join(tmpdir(), "sidlab-dist-run-")), mkdtempSync(path.join(tmpdir(), "sidlab-source-run-"))]
  after(() => (project.dispose(), stores.forEach((s) => rmSync(s, { recursive: true, force: true }))))

  it("computes in the compiled process (tfjs loaded through tsx's hooks) the same bits as from source", () => {
    const args = (store: string) => ["run", "experiments/tiny.ts", "--root", project.root, "--store", store, "--cells", "*final*"]
    const compiled = run("installed", args(stores[0]!))
    assert.equal(compiled.code, 0, compiled.stderr)
    assert.match(compiled.stdout, /2 cells, 0 cached, 2 to run/)
    const source = run("source", args(stores[1]!))
    assert.equal(source.code, 0, source.stderr)
    const bits = storedBits(stores[0]!)
    assert.ok(Object.values(bits).some((cell) => (cell as { metrics: ReadonlyArray<unknown> }).metrics.length > 0), "a distill cell stored metrics")
    assert.deepEqual(bits, storedBits(stores[1]!))
  })
})
