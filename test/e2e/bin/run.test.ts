/**
 * `sidlab run` as a user runs it: a finished experiment is served from the cache, editing one stage
 * file re-runs only the cells that use it (and run rewrites the plans in generated/ it compiled), and a run SIGKILLed mid-training resumes from its checkpoint
 * and ends with exactly the metrics of an uninterrupted run.
 */
import assert from "node:assert/strict"
import { spawn, spawnSync } from "node:child_process"
import { appendFileSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs"
import { tmpdir } from "node:os"
import * as path from "node:path"
import { after, describe, it } from "node:test"
import { repoRoot, tempProject } from "../../dsl/compiler/tempProject.ts"
import { readMetricsFile } from "../../../stages/internal/metricsArrow.ts"

const sidlab = (cwd: string, ...args: Array<string>) => {
  const r = spawnSync(process.execPath, ["--import", "tsx", path.join(repoRoot, "bin/sidlab.ts"), ...args], { encoding: "utf8", cwd })
  return { code: r.status, stdout: r.stdout, stderr: r.stderr }
}

const manifests = (store: string): Array<{ cellId: string; storeKey: string; resumedFrom?: number; mtime: number }> => {
  const dir = path.join(store, "cells")
  if (!existsSync(dir)) return []
  return readdirSync(dir).map((k) => {
    const file = path.join(dir, k, "manifest.json")
    return { ...JSON.parse(readFileSync(file, "utf8")), mtime: statSync(file).mtimeMs }
  })
}

describe("sidlab run: cache", () => {
  const project = tempProject({ "tiny.ts": "test/fixtures/run/tiny.ts" })
  const store = mkdtempSync(path.join(tmpdir(), "sidlab-run-"))
  after(() => (project.dispose(), rmSync(store, { recursive: true, force: true })))
  const run = () => sidlab(project.root, "run", "experiments/tiny.ts", "--root", project.root, "--store", store)

  it("runs every cell once and prints the before/after table", () => {
    const r = run()
    assert.equal(r.code, 0, r.stderr)
    assert.match(r.stdout, /3 cells, 0 cached, 3 to run/)
    assert.match(r.stdout, /\| k \| FD before \| FD after \|/)
    assert.match(r.stdout, /summary: .*summary\.json/)
    assert.match(r.stdout, /^wrote generated\/tiny\.plan\.ts$/m, "run writes the plans it compiled")
    assert.equal(manifests(store).length, 3)
  })

  it("a second run recomputes nothing", () => {
    const before = manifests(store)
    const r = run()
    assert.equal(r.code, 0, r.stderr)
    assert.match(r.stdout, /3 cells, 3 cached, 0 to run/)
    assert.doesNotMatch(r.stdout, /^wrote /m, "generated/ was fresh")
    assert.deepEqual(manifests(store).map((m) => m.mtime).sort(), before.map((m) => m.mtime).sort())
  })

  it("editing stages/Loss.ts re-runs the distill cells and not the prefit cell", () => {
    appendFileSync(path.join(project.root, "stages/Loss.ts"), "\n// an edit\n")
    const plan = sidlab(project.root, "plan", "experiments/tiny.ts", "--root", project.root, "--store", store, "--explain")
    assert.equal(plan.code, 0, plan.stderr)
    assert.match(plan.stdout, /cached +prefit/)
    assert.match(plan.stdout, /stages\/Loss\.ts/)
    const r = run()
    assert.equal(r.code, 0, r.stderr)
    assert.match(r.stdout, /3 cells, 1 cached, 2 to run/)
    assert.doesNotMatch(r.stdout, /▶ prefit/)
    // the edit re-keyed the plan: run rewrote it, so the working tree passes compile --check
    assert.match(r.stdout, /^wrote generated\/tiny\.plan\.ts$/m)
    const check = sidlab(project.root, "compile", "--check", "--root", project.root)
    assert.equal(check.code, 0, check.stderr)
  })
})

/** A copy of the tiny experiment with a longer budget, so a signal lands mid-training. */
const longerProject = () => {
  const project = tempProject({ "tiny.ts": "test/fixtures/run/tiny.ts" })
  const file = path.join(project.root, "experiments/tiny.ts")
  writeFileSync(file, readFileSync(file, "utf8").replace("iterations: 40,", "iterations: 400,"))
  return project
}

describe("sidlab run: kill and resume", () => {
  const project = longerProject()
  const whole = mkdtempSync(path.join(tmpdir(), "sidlab-whole-"))
  const killed = mkdtempSync(path.join(tmpdir(), "sidlab-killed-"))
  after(() => {
    project.dispose()
    for (const d of [whole, killed]) rmSync(d, { recursive: true, force: true })
  })
  const args = (store: string) => ["run", "experiments/tiny.ts", "--root", project.root, "--store", store, "--cells", "*final*"]

  it("a SIGKILLed run resumes from its checkpoint and ends with identical metrics", async () => {
    const r = sidlab(project.root, ...args(whole))
    assert.equal(r.code, 0, r.stderr)

    // the same cells in another store, killed once a mid-training checkpoint exists
    const child = spawn(process.execPath, ["--import", "tsx", path.join(repoRoot, "bin/sidlab.ts"), ...args(killed)], { cwd: project.root, stdio: "ignore" })
    const work = path.join(killed, "work")
    const deadline = Date.now() + 120_000
    let killedAt = ""
    while (Date.now() < deadline) {
      const ckpt = existsSync(work) ? readdirSync(work).map((k) => path.join(work, k, "distill.ckpt")).find(existsSync) : undefined
      if (ckpt) {
        await new Promise((res) => setTimeout(res, 150))
        child.kill("SIGKILL")
        killedAt = ckpt
        break
      }
      await new Promise((res) => setTimeout(res, 20))
    }
    const signal = await new Promise((res) => child.on("exit", (_code, s) => res(s)))
    assert.ok(killedAt !== "", "the run never wrote a checkpoint")
    assert.equal(signal, "SIGKILL")
    const distillDone = manifests(killed).some((m) => m.cellId.includes("final"))
    assert.ok(!distillDone, "the distill cell must not have finished before the kill")

    const again = sidlab(project.root, ...args(killed))
    assert.equal(again.code, 0, again.stderr)
    const resumed = manifests(killed).find((m) => m.cellId.includes("final"))!
    assert.ok(resumed.resumedFrom !== undefined && resumed.resumedFrom > 0, "the second run must resume, not restart")

    // every reproducible value (all but wall-clock "timing" rows) must be identical
    const metrics = (store: string) => {
      const m = manifests(store).find((x) => x.cellId.includes("final"))!
      return readMetricsFile(path.join(store, "cells", m.storeKey, "metrics.arrow")).filter((r) => r.phase !== "timing")
    }
    assert.ok(metrics(whole).length > 0)
    assert.deepEqual(metrics(killed), metrics(whole))
  })
})

describe("sidlab run: Ctrl-C", () => {
  const project = longerProject()
  const store = mkdtempSync(path.join(tmpdir(), "sidlab-sigint-"))
  after(() => (project.dispose(), rmSync(store, { recursive: true, force: true })))
  const args = ["run", "experiments/tiny.ts", "--root", project.root, "--store", store, "--cells", "*uniform*"]

  it("stops after saving a checkpoint (exit 130), and the next run resumes from it", async () => {
    const child = spawn(process.execPath, ["--import", "tsx", path.join(repoRoot, "bin/sidlab.ts"), ...args], { cwd: project.root, stdio: ["ignore", "pipe", "pipe"] })
    let stderr = ""
    child.stderr.on("data", (d) => (stderr += String(d)))
    const work = path.join(store, "work")
    const deadline = Date.now() + 120_000
    while (Date.now() < deadline) {
      if (existsSync(work) && readdirSync(work).some((k) => existsSync(path.join(work, k, "distill.ckpt")))) break
      await new Promise((res) => setTimeout(res, 20))
    }
    child.kill("SIGINT")
    const code = await new Promise((res) => child.on("exit", (c) => res(c)))
    assert.equal(code, 130, stderr)
    assert.match(stderr, /stopping after the next checkpoint/)
    assert.match(stderr, /run the same command again to resume/)
    assert.ok(!manifests(store).some((m) => m.cellId.includes("uniform")), "the cell must not be published as finished")
    const again = sidlab(project.root, ...args)
    assert.equal(again.code, 0, again.stderr)
    const m = manifests(store).find((x) => x.cellId.includes("uniform"))!
    assert.ok(m.resumedFrom !== undefined && m.resumedFrom > 0)
  })

  it("with --jobs 2 the distill cells' workers checkpoint too, and the next run resumes both", async () => {
    const jobsStore = mkdtempSync(path.join(tmpdir(), "sidlab-sigint-jobs-"))
    try {
      const jobsArgs = ["run", "experiments/tiny.ts", "--root", project.root, "--store", jobsStore, "--jobs", "2"]
      const child = spawn(process.execPath, ["--import", "tsx", path.join(repoRoot, "bin/sidlab.ts"), ...jobsArgs], { cwd: project.root, stdio: ["ignore", "pipe", "pipe"] })
      let stderr = ""
      child.stderr.on("data", (d) => (stderr += String(d)))
      const work = path.join(jobsStore, "work")
      const checkpoints = () => (existsSync(work) ? readdirSync(work).filter((k) => existsSync(path.join(work, k, "distill.ckpt"))).length : 0)
      const deadline = Date.now() + 180_000
      while (Date.now() < deadline && checkpoints() < 2) await new Promise((res) => setTimeout(res, 20))
      assert.equal(checkpoints(), 2, "both distill cells should be training")
      child.kill("SIGINT")
      const code = await new Promise((res) => child.on("exit", (c) => res(c)))
      assert.equal(code, 130, stderr)
      assert.ok((stderr.match(/stopping after the next checkpoint/g)?.length ?? 0) >= 2, stderr)
      assert.match(stderr, /run the same command again to resume/)
      assert.deepEqual(manifests(jobsStore).filter((m) => m.cellId.startsWith("tiny/")), [], "no distill cell is published as finished")
      const again = sidlab(project.root, ...jobsArgs)
      assert.equal(again.code, 0, again.stderr)
      const resumed = manifests(jobsStore).filter((m) => m.cellId.startsWith("tiny/"))
      assert.equal(resumed.length, 2)
      assert.ok(resumed.every((m) => m.resumedFrom !== undefined && m.resumedFrom > 0), "both cells resume from their checkpoints")
    } finally {
      rmSync(jobsStore, { recursive: true, force: true })
    }
  })
})

describe("sidlab run --checks-only", () => {
  it("selects exactly the cells the checks read, with their prefit first", async () => {
    const { compile } = await import("../../../dsl/compiler/main.ts")
    const { cellsToRun, selectPlans } = await import("../../../runner/Plans.ts")
    const compiled = await compile(repoRoot, { write: false, files: ["experiments/uniform-vs-final.ts"] })
    const plans = selectPlans(compiled.plans, repoRoot, "uniform-vs-final")
    const checked = new Set(plans[0]!.checks.flatMap((c) => c.cellIds))
    const cells = cellsToRun(plans, undefined, true)
    assert.equal(cells[0]!.kind, "prefit")
    assert.deepEqual(cells.slice(1).map((c) => c.id).sort(), [...checked].sort())
    assert.ok(cells.every((c) => !c.id.includes("backpropall")), "backpropAll has no check, so it is not run")
    assert.ok(cellsToRun(plans, undefined, false).length > cells.length)
  })
})

describe("sidlab run: results depend on the config, not on the cell id", () => {
  // the cache shares a result between identical cells of different experiments, so it must not matter
  // which experiment's id computed it
  const project = tempProject({ "tiny.ts": "test/fixtures/run/tiny.ts", "twin.ts": "test/fixtures/run/tiny.ts" })
  writeFileSync(path.join(project.root, "experiments/twin.ts"), readFileSync(path.join(project.root, "experiments/twin.ts"), "utf8").replace('name: "tiny"', 'name: "twin"'))
  const stores = [mkdtempSync(path.join(tmpdir(), "sidlab-run-")), mkdtempSync(path.join(tmpdir(), "sidlab-run-"))]
  after(() => (project.dispose(), stores.forEach((s) => rmSync(s, { recursive: true, force: true }))))

  it("the same cell run under two experiment names gives identical metrics", () => {
    const fds = ["tiny", "twin"].map((name, i) => {
      const r = sidlab(project.root, "run", name, "--cells", "*stepMatching=final*", "--root", project.root, "--store", stores[i]!)
      assert.equal(r.code, 0, r.stderr)
      const cell = manifests(stores[i]!).find((m) => m.cellId === `${name}/stepMatching=final`)!
      return readMetricsFile(path.join(stores[i]!, "cells", cell.storeKey, "metrics.arrow")).filter((x) => x.phase !== "timing").map((x) => x.value)
    })
    assert.ok(fds[0]!.length > 0)
    assert.deepEqual(fds[1], fds[0])
  })
})
