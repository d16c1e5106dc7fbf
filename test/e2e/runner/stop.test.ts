/**
 * Ctrl-C during a dependency cell: its training loop is synchronous, so it runs in a worker process that
 * ends at once; `sidlab run` exits 130 within a second or two, starts nothing after the stop request, and
 * the next run completes the experiment.
 */
import assert from "node:assert/strict"
import { spawn, spawnSync } from "node:child_process"
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs"
import { tmpdir } from "node:os"
import * as path from "node:path"
import { after, describe, it } from "node:test"
import { repoRoot, tempProject } from "../../dsl/compiler/tempProject.ts"

describe("Ctrl-C during a prefit", () => {
  const project = tempProject({ "tiny.ts": "test/fixtures/run/tiny.ts" })
  const file = path.join(project.root, "experiments/tiny.ts")
  writeFileSync(file, readFileSync(file, "utf8").replace("prefit: { iterations: 30,", "prefit: { iterations: 100000,"))
  const store = mkdtempSync(path.join(tmpdir(), "sidlab-stop-"))
  after(() => (project.dispose(), rmSync(store, { recursive: true, force: true })))
  const args = ["--import", "tsx", path.join(repoRoot, "bin/sidlab.ts"), "run", "tiny", "--root", project.root, "--store", store]

  it("stops within seconds, starts no other cell, and exits 130", async () => {
    const child = spawn(process.execPath, args, { cwd: project.root, stdio: ["ignore", "pipe", "pipe"], env: { ...process.env, SIDLAB_BACKEND: "wasm" } })
    let stdout = ""
    let stderr = ""
    child.stdout.on("data", (d) => (stdout += String(d)))
    child.stderr.on("data", (d) => (stderr += String(d)))
    const claims = path.join(store, "claims")
    const deadline = Date.now() + 60_000
    while (Date.now() < deadline && !(existsSync(claims) && readdirSync(claims).some((f) => f.endsWith(".lease")))) await new Promise((r) => setTimeout(r, 50))
    await new Promise((r) => setTimeout(r, 1000)) // well inside the prefit's loop
    const t0 = Date.now()
    child.kill("SIGINT")
    const code = await new Promise((res) => child.on("exit", (c) => res(c)))
    const seconds = (Date.now() - t0) / 1000
    assert.equal(code, 130, stderr)
    assert.ok(seconds < 3, `took ${seconds} s to stop`)
    assert.doesNotMatch(stdout, /▶ distill/, "no cell starts after the stop request")
    assert.match(stderr, /run the same command again to resume/)
    // the worker is gone too: nothing is left computing the prefit
    await new Promise((r) => setTimeout(r, 500))
    const ps = spawnSync("pgrep", ["-f", store], { encoding: "utf8" })
    assert.equal(ps.stdout.trim(), "", `a worker is still running:\n${ps.stdout}`)
  })
})
