/**
 * The store many writers share, with real `sidlab run` processes: two runs at once compute each cell once,
 * `--jobs 4` never loses an entry, a SIGKILLed claim holder is taken over and its cell resumes with
 * identical metrics, a changed dependency re-runs its dependents, and damaged files are named and recomputed.
 */
import assert from "node:assert/strict"
import { spawn } from "node:child_process"
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs"
import { tmpdir } from "node:os"
import * as path from "node:path"
import { after, describe, it } from "node:test"
import { repoRoot, tempProject } from "../../dsl/compiler/tempProject.ts"
import { readMetricsFile } from "../../../stages/internal/metricsArrow.ts"

interface Ran { code: number | null; stdout: string; stderr: string }

const sidlab = (cwd: string, args: ReadonlyArray<string>, env: Readonly<Record<string, string>> = {}): Promise<Ran> =>
  new Promise((resolve) => {
    const child = spawn(process.execPath, ["--import", "tsx", path.join(repoRoot, "bin/sidlab.ts"), ...args], { cwd, env: { ...process.env, ...env } })
    let stdout = ""
    let stderr = ""
    child.stdout.on("data", (d) => (stdout += String(d)))
    child.stderr.on("data", (d) => (stderr += String(d)))
    child.on("exit", (code) => resolve({ code, stdout, stderr }))
  })

const tempStore = () => mkdtempSync(path.join(tmpdir(), "sidlab-shared-"))

/** Publishes recorded in the store's log: cell id → how many times it was computed and published. */
const publishes = (store: string): Map<string, number> => {
  const file = path.join(store, "publish.log")
  const counts = new Map<string, number>()
  if (!existsSync(file)) return counts
  for (const line of readFileSync(file, "utf8").split("\n").filter(Boolean)) {
    const id = (JSON.parse(line) as { cellId: string }).cellId
    counts.set(id, (counts.get(id) ?? 0) + 1)
  }
  return counts
}

const manifests = (store: string): Array<{ cellId: string; storeKey: string; kind: string; resumedFrom?: number; parts: { backend: string } }> => {
  const dir = path.join(store, "cells")
  return existsSync(dir) ? readdirSync(dir).filter((k) => !k.startsWith(".")).map((k) => JSON.parse(readFileSync(path.join(dir, k, "manifest.json"), "utf8"))) : []
}

const values = (store: string, cellId: string) => {
  const m = manifests(store).find((x) => x.cellId === cellId)!
  return readMetricsFile(path.join(store, "cells", m.storeKey, "metrics.arrow")).filter((r) => r.phase !== "timing")
}

const project = tempProject({ "multi.ts": "test/fixtures/run/multi.ts", "tiny.ts": "test/fixtures/run/tiny.ts" })
after(() => project.dispose())
const run = (store: string, extra: ReadonlyArray<string> = [], env: Readonly<Record<string, string>> = {}) =>
  sidlab(project.root, ["run", "multi", "--root", project.root, "--store", store, ...extra], { SIDLAB_BACKEND: "wasm", ...env })

describe("two runs on one store at once", () => {
  const store = tempStore()
  after(() => rmSync(store, { recursive: true, force: true }))
  it("compute every cell exactly once, both exit 0, and everything is cached afterwards", async () => {
    const [a, b] = await Promise.all([run(store), run(store)])
    assert.equal(a.code, 0, a.stderr)
    assert.equal(b.code, 0, b.stderr)
    const counts = publishes(store)
    assert.equal(counts.size, 8, `8 cells published, got ${[...counts.keys()].join(", ")}`)
    for (const [id, n] of counts) assert.equal(n, 1, `${id} was computed ${n} times`)
    assert.match(a.stderr + b.stderr, /is being computed by .*; waiting for its result/)
    const again = await run(store)
    assert.equal(again.code, 0, again.stderr)
    assert.match(again.stdout, /8 cells, 8 cached, 0 to run/)
  })
})

describe("--jobs 4 into fresh stores", () => {
  const stores: Array<string> = []
  after(() => stores.forEach((s) => rmSync(s, { recursive: true, force: true })))
  it("leaves every cell's entry in place, 10 times out of 10", async () => {
    for (let rep = 0; rep < 10; rep++) {
      const store = tempStore()
      stores.push(store)
      const r = await run(store, ["--jobs", "4"])
      assert.equal(r.code, 0, r.stderr)
      assert.equal(manifests(store).length, 8, `repetition ${rep}`)
      assert.equal(readdirSync(path.join(store, "ids")).length, 8, `repetition ${rep}: id entries`)
      const after = await run(store)
      assert.match(after.stdout, /8 cells, 8 cached, 0 to run/, `repetition ${rep}`)
    }
  })
})

describe("a SIGKILLed claim holder", () => {
  const whole = tempStore()
  const killed = tempStore()
  after(() => [whole, killed].forEach((s) => rmSync(s, { recursive: true, force: true })))
  const cell = "tiny/stepMatching=final"
  const tiny = (store: string) => ["run", "tiny", "--root", project.root, "--store", store, "--cells", "*final*"]
  it("is taken over by a second run, which resumes from the checkpoint and ends with identical metrics", async () => {
    writeFileSync(path.join(project.root, "experiments/tiny.ts"), readFileSync(path.join(project.root, "experiments/tiny.ts"), "utf8").replace("iterations: 40,", "iterations: 400,"))
    const env = { SIDLAB_BACKEND: "wasm", SIDLAB_CLAIM_TIMEOUT: "3" }
    const r = await sidlab(project.root, tiny(whole), env)
    assert.equal(r.code, 0, r.stderr)

    const child = spawn(process.execPath, ["--import", "tsx", path.join(repoRoot, "bin/sidlab.ts"), ...tiny(killed)], { cwd: project.root, stdio: "ignore", env: { ...process.env, ...env } })
    const work = path.join(killed, "work")
    const deadline = Date.now() + 120_000
    while (Date.now() < deadline) {
      if (existsSync(work) && readdirSync(work).some((k) => existsSync(path.join(work, k, "distill.ckpt")))) break
      await new Promise((res) => setTimeout(res, 20))
    }
    child.kill("SIGKILL")
    await new Promise((res) => child.on("exit", res))
    const leases = readdirSync(path.join(killed, "claims")).filter((f) => f.endsWith(".lease"))
    assert.equal(leases.length, 1, "the dead holder's claim is still there")

    const again = await sidlab(project.root, tiny(killed), env)
    assert.equal(again.code, 0, again.stderr)
    assert.match(again.stderr, /took over tiny\/stepMatching=final from a run that stopped/)
    const m = manifests(killed).find((x) => x.cellId === cell)!
    assert.ok(m.resumedFrom !== undefined && m.resumedFrom > 0, "the cell must resume from its checkpoint")
    assert.ok(values(whole, cell).length > 0)
    assert.deepEqual(values(killed, cell), values(whole, cell))
    assert.deepEqual(readdirSync(path.join(killed, "claims")).filter((f) => f.endsWith(".lease")), [], "no claim is left behind")
  })
})

describe("dependencies by key", () => {
  const store = tempStore()
  after(() => rmSync(store, { recursive: true, force: true }))
  it("a changed prefit config makes its distill cells stale, naming the dependency, and run recomputes them", async () => {
    const first = await run(store)
    assert.equal(first.code, 0, first.stderr)
    const file = path.join(project.root, "experiments/multi.ts")
    const original = readFileSync(file, "utf8")
    writeFileSync(file, original.replace("prefit: { iterations: 10,", "prefit: { iterations: 11,"))
    try {
      const plan = await sidlab(project.root, ["plan", "multi", "--explain", "--root", project.root, "--store", store, "--backend", "wasm"])
      assert.equal(plan.code, 0, plan.stderr)
      assert.match(plan.stdout, /^0 cached, 6 stale, 2 new$/m)
      assert.match(plan.stdout, /↳ config changed; dependency prefit\/\S+ is new/)
      const r = await run(store)
      assert.equal(r.code, 0, r.stderr)
      assert.match(r.stdout, /8 cells, 0 cached, 8 to run/)
    } finally {
      writeFileSync(file, original)
    }
  })
  it("a stage edit of the prefit makes its distill cells stale with the dependency's code change as the reason", async () => {
    const store = tempStore()
    after(() => rmSync(store, { recursive: true, force: true }))
    assert.equal((await run(store)).code, 0)
    const file = path.join(project.root, "stages/Prefit.ts")
    const original = readFileSync(file, "utf8")
    writeFileSync(file, `${original}\n// an edit\n`)
    try {
      const plan = await sidlab(project.root, ["plan", "multi", "--explain", "--root", project.root, "--store", store, "--backend", "wasm"])
      assert.match(plan.stdout, /^0 cached, 8 stale, 0 new$/m)
      assert.match(plan.stdout, /↳ dependency prefit\/\S+ changed: code changed: stages\/Prefit\.ts/)
    } finally {
      writeFileSync(file, original)
    }
  })
  it("a prefit stored on wasm is never read by a native distill cell", { skip: !existsSync(path.join(repoRoot, "native/build/sidlab_native.node")) && "the native addon is not built" }, async () => {
    const r = await run(store, ["--cells", "*hidden=16*uniform*"], { SIDLAB_BACKEND: "native" })
    assert.equal(r.code, 0, r.stderr)
    assert.match(r.stdout, /▶ prefit/, "the native run computes its own prefit")
    const prefits = manifests(store).filter((m) => m.kind === "prefit")
    assert.deepEqual([...new Set(prefits.map((m) => m.parts.backend))].sort(), ["native", "wasm"])
  })
})

describe("damaged files", () => {
  const store = tempStore()
  after(() => rmSync(store, { recursive: true, force: true }))
  const keyOf = (kind: string, match = "") => manifests(store).find((m) => m.kind === kind && m.cellId.includes(match))!.storeKey
  const kinds = [
    ["a manifest", "manifest.json", "prefit"], ["a weights file", "weights.ckpt", "prefit"], ["a metrics file", "metrics.arrow", "distill"],
    ["a summary", "summary.json", "distill"], ["a samples file", "samples.ckpt", "distill"], ["a deleted weights file", "weights.ckpt", "prefit"]
  ] as const
  for (const [what, target, kind] of kinds) {
    it(`${what} that was damaged is named by path and its cell recomputed`, async () => {
      const r = await run(store, ["--cells", "*hidden=16*final*"])
      assert.equal(r.code, 0, r.stderr)
      const key = kind === "distill" ? keyOf("distill", "final") : keyOf("prefit")
      const file = path.join(store, "cells", key, target)
      const bytes = readFileSync(file)
      bytes[Math.floor(bytes.length / 2)]! ^= 0x10
      if (what.includes("deleted")) rmSync(file)
      else writeFileSync(file, target === "manifest.json" ? bytes.subarray(0, bytes.length - 20) : bytes)
      if (target === "metrics.arrow") {
        // the readers name the file too, in one line, and fail rather than print a wrong number
        const table = await sidlab(project.root, ["table", "multi", "--root", project.root, "--store", store, "--backend", "wasm"])
        assert.equal(table.code, 1, table.stdout)
        assert.ok(table.stderr.includes(file), table.stderr)
        assert.doesNotMatch(table.stderr, /\n\s+at /, "no stack trace")
      }
      const again = await run(store, ["--cells", "*hidden=16*final*"])
      assert.equal(again.code, 0, again.stderr)
      assert.ok(again.stderr.includes(file), `the message names ${file}:\n${again.stderr}`)
      assert.match(again.stdout, /2 cells, 1 cached, 1 to run/)
      assert.ok(existsSync(path.join(store, "quarantine")), "the damaged result is moved aside, not deleted")
    })
  }
  it("a damaged checkpoint is named and the cell restarts instead of failing", async () => {
    const s = tempStore()
    try {
      const tiny = ["run", "tiny", "--root", project.root, "--store", s, "--cells", "*uniform*"]
      const child = spawn(process.execPath, ["--import", "tsx", path.join(repoRoot, "bin/sidlab.ts"), ...tiny], { cwd: project.root, stdio: "ignore", env: { ...process.env, SIDLAB_BACKEND: "wasm" } })
      const work = path.join(s, "work")
      let ckpt = ""
      const deadline = Date.now() + 120_000
      while (Date.now() < deadline && ckpt === "") {
        ckpt = existsSync(work) ? readdirSync(work).map((k) => path.join(work, k, "distill.ckpt")).find(existsSync) ?? "" : ""
        await new Promise((res) => setTimeout(res, 20))
      }
      child.kill("SIGKILL")
      await new Promise((res) => child.on("exit", res))
      assert.notEqual(ckpt, "", "no checkpoint was written")
      writeFileSync(ckpt, readFileSync(ckpt).subarray(0, 40))
      const again = await sidlab(project.root, tiny, { SIDLAB_BACKEND: "wasm" })
      assert.equal(again.code, 0, again.stderr)
      assert.ok(again.stderr.includes(ckpt), `the message names the checkpoint:\n${again.stderr}`)
    } finally {
      rmSync(s, { recursive: true, force: true })
    }
  })
})
