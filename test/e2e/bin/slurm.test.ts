/**
 * `sidlab run --executor slurm`, `status` and `cancel` on a real single-node cluster: the cluster named by
 * SLURM_CONF (what .ci/run starts), else one started here (scripts/slurm-cluster.sh; skipped, saying why,
 * only when none can be started). Everything on wasm, which is bit-reproducible, so a cluster run must
 * give exactly a local run's metrics.
 */
import assert from "node:assert/strict"
import { spawn, spawnSync } from "node:child_process"
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs"
import { tmpdir } from "node:os"
import * as path from "node:path"
import { after, describe, it } from "node:test"
import { repoRoot, tempProject } from "../../dsl/compiler/tempProject.ts"
import { readMetricsFile } from "../../../stages/internal/metricsArrow.ts"
import { startCluster } from "../../runner/executors/slurm/cluster.ts"

const cluster = process.env.SLURM_CONF ? { conf: process.env.SLURM_CONF, stop: () => {} } : startCluster()
const skip = typeof cluster === "string" ? cluster : false
if (skip) process.stderr.write(`SKIP slurm run e2e: ${skip}\n`)
const conf = typeof cluster === "string" ? "" : cluster.conf

interface Ran { code: number | null; stdout: string; stderr: string }
const env = () => ({ ...process.env, SLURM_CONF: conf, SIDLAB_BACKEND: "wasm", SIDLAB_POLL_MS: "500" })
const sidlab = (cwd: string, args: ReadonlyArray<string>): Promise<Ran> =>
  new Promise((resolve) => {
    const child = spawn(process.execPath, ["--import", "tsx", path.join(repoRoot, "bin/sidlab.ts"), ...args], { cwd, env: env() })
    let stdout = ""
    let stderr = ""
    child.stdout.on("data", (d) => (stdout += String(d)))
    child.stderr.on("data", (d) => (stderr += String(d)))
    child.on("exit", (code) => resolve({ code, stdout, stderr }))
  })

const stores: Array<string> = []
const tempStore = () => (stores.push(mkdtempSync(path.join(tmpdir(), "sidlab-slurm-store-"))), stores.at(-1)!)

const manifests = (store: string): Array<{ cellId: string; storeKey: string; kind: string; resumedFrom?: number }> => {
  const dir = path.join(store, "cells")
  return existsSync(dir) ? readdirSync(dir).filter((k) => !k.startsWith(".")).map((k) => JSON.parse(readFileSync(path.join(dir, k, "manifest.json"), "utf8"))) : []
}
/** Every reproducible metric (all but wall-clock "timing" rows) of a stored cell. */
const values = (store: string, cellId: string) => {
  const m = manifests(store).find((x) => x.cellId === cellId)
  assert.ok(m, `${cellId} is not in ${store}`)
  return readMetricsFile(path.join(store, "cells", m.storeKey, "metrics.arrow")).filter((r) => r.phase !== "timing")
}
const publishes = (store: string): Map<string, number> => {
  const counts = new Map<string, number>()
  const file = path.join(store, "publish.log")
  for (const line of existsSync(file) ? readFileSync(file, "utf8").split("\n").filter(Boolean) : []) {
    const id = (JSON.parse(line) as { cellId: string }).cellId
    counts.set(id, (counts.get(id) ?? 0) + 1)
  }
  return counts
}
const records = (store: string) => (existsSync(path.join(store, "slurm")) ? readdirSync(path.join(store, "slurm")).filter((d) => existsSync(path.join(store, "slurm", d, "submission.json"))) : [])
const waitUntil = async (what: string, ok: () => boolean | Promise<boolean>, ms = 180_000) => {
  const t0 = Date.now()
  while (!(await ok())) {
    if (Date.now() - t0 > ms) throw new Error(`timed out waiting for ${what}`)
    await new Promise((r) => setTimeout(r, 250))
  }
}

const project = tempProject({ "multi.ts": "test/fixtures/run/multi.ts", "diverge.ts": "test/fixtures/run/diverge.ts" })
// a copy of multi with a long budget, so a signal lands mid-training
writeFileSync(path.join(project.root, "experiments/long.ts"), readFileSync(path.join(project.root, "experiments/multi.ts"), "utf8")
  .replace('name: "multi"', 'name: "long"').replace("iterations: 12, checkpointEvery: 4", "iterations: 400, checkpointEvery: 4"))
const run = (store: string, experiment: string, extra: ReadonlyArray<string> = []) =>
  sidlab(project.root, ["run", experiment, "--root", project.root, "--store", store, ...extra])
const slurmRun = (store: string, experiment: string, extra: ReadonlyArray<string> = []) => run(store, experiment, ["--executor", "slurm", "--cpus", "1", ...extra])

describe("sidlab run --executor slurm on a real cluster", { skip }, () => {
  after(() => {
    if (typeof cluster !== "string") cluster.stop()
    project.dispose()
    for (const s of stores) rmSync(s, { recursive: true, force: true })
  })

  it("runs multi (2 prefit + 6 distill jobs) with --follow to exactly a local run's metrics; a re-run submits nothing", async () => {
    const local = tempStore()
    const onSlurm = tempStore()
    const [l, s] = await Promise.all([run(local, "multi", ["--jobs", "2"]), slurmRun(onSlurm, "multi", ["--follow"])])
    assert.equal(l.code, 0, l.stderr)
    assert.equal(s.code, 0, s.stdout + s.stderr)
    assert.match(s.stdout, /submitted 8 jobs/)
    assert.match(s.stdout, /8 cells: 0 queued, 0 running, 8 done, 0 failed/)
    const distill = manifests(local).filter((m) => m.kind === "distill").map((m) => m.cellId).sort()
    assert.equal(distill.length, 6)
    assert.deepEqual(manifests(onSlurm).map((m) => m.storeKey).sort(), manifests(local).map((m) => m.storeKey).sort())
    for (const id of distill) assert.deepEqual(values(onSlurm, id), values(local, id), `${id}: slurm and local metrics differ`)
    // the jobs' logs live in the store's submission directory
    const [record] = records(onSlurm)
    assert.ok(readdirSync(path.join(onSlurm, "slurm", record!, "logs")).length === 8)

    const again = await slurmRun(onSlurm, "multi", ["--follow"])
    assert.equal(again.code, 0, again.stderr)
    assert.match(again.stdout, /8 cells, 8 cached, 0 to run/)
    assert.match(again.stdout, /nothing to submit/)
    assert.equal(records(onSlurm).length, 1, "a re-run must not submit")
  })

  it("a diverging prefit fails, its distill jobs are cancelled, and the run exits 1 naming the cell, job id and log", async () => {
    const store = tempStore()
    const r = await slurmRun(store, "diverge", ["--follow"])
    assert.equal(r.code, 1, r.stdout + r.stderr)
    const failed = /✗ cell (prefit\/\w+) \(job (\d+)\) failed \(exit 1\), log (\S+\.log); cell prefit\/\w+ failed: prefit diverged/.exec(r.stdout)
    assert.ok(failed, r.stdout)
    const [, prefit, jobId, log] = failed
    assert.match(readFileSync(log!, "utf8"), /prefit diverged[^]*worker exited 1/)
    for (const k of ["uniform", "final"]) {
      assert.match(r.stdout, new RegExp(`✗ cell diverge/lr=1e\\+30,stepMatching=${k} \\(job \\d+\\) cancelled: dependency \\S+ \\(job ${jobId}\\) failed \\(exit 1\\), log ${log!.replace(/[.+]/g, "\\$&")}`))
    }
    assert.match(r.stderr, new RegExp(`3 cells did not finish:\\n  ${prefit!.replace("/", "\\/")}: job ${jobId} failed \\(exit 1\\), log `))
    // the healthy half finished; the diverged prefit and its dependents left nothing in the store
    assert.deepEqual([...publishes(store).keys()].filter((id) => id.startsWith("diverge/")).sort(), ["diverge/lr=0.002,stepMatching=final", "diverge/lr=0.002,stepMatching=uniform"])
    const status = await sidlab(project.root, ["status", "diverge", "--root", project.root, "--store", store, "--backend", "wasm"])
    assert.equal(status.code, 0, status.stderr)
    assert.match(status.stdout, new RegExp(`${prefit!.replace("/", "\\/")} +job ${jobId} failed \\(exit 1\\), log ${log!.replace(/[.+]/g, "\\$&")}`))
    assert.match(status.stdout, /6 cells: .*2 cancelled/)
  })

  it("status shows a running job; cancel stops it after a checkpoint; a re-run resumes from it with identical metrics", async (t) => {
    const cell = "long/hidden=16,stepMatching=final"
    const whole = tempStore()
    const store = tempStore()
    const reference = run(whole, "long", ["--cells", cell])
    const submit = await slurmRun(store, "long", ["--cells", cell])
    assert.equal(submit.code, 0, submit.stderr)
    assert.match(submit.stdout, /submitted 2 jobs[^]*follow: sidlab status long; cancel: sidlab cancel long/)
    const work = path.join(store, "work")
    await waitUntil("a distill checkpoint", () => existsSync(work) && readdirSync(work).some((k) => existsSync(path.join(work, k, "distill.ckpt"))))
    // hold the worker (its pid is in its lease) so the slow status and cancel commands find it mid-training;
    // Slurm still reports the job running, and scancel's SIGCONT + SIGTERM wake it to checkpoint and stop
    const lease = readdirSync(path.join(store, "claims")).find((f) => f.endsWith(".lease") && !f.startsWith("slurm-"))!
    const pid = (JSON.parse(readFileSync(path.join(store, "claims", lease), "utf8")) as { pid: number }).pid
    process.kill(pid, "SIGSTOP")
    // whatever happens below, the worker is not left stopped
    const resume = () => { try { process.kill(pid, "SIGCONT") } catch { /* already gone */ } }
    t.after(resume)
    const status = await sidlab(project.root, ["status", "long", "--cells", cell, "--root", project.root, "--store", store, "--backend", "wasm"])
    assert.equal(status.code, 0, status.stderr)
    assert.match(status.stdout, new RegExp(`${cell.replace(/[/=,]/g, "\\$&")} +job \\d+ running on \\S+ for [\\d:]+  it \\d+/400  fd \\d`))
    assert.match(status.stdout, /prefit\/\w+ +cached/)

    const cancel = await sidlab(project.root, ["cancel", "long", "--root", project.root, "--store", store, "--backend", "wasm"])
    assert.equal(cancel.code, 0, cancel.stderr)
    assert.match(cancel.stdout, /cancelled 1 job: sidlab\.long\.long_hidden_16/)
    resume()
    await waitUntil("the job to end", async () => /job \d+ cancelled/.test((await sidlab(project.root, ["status", "long", "--cells", cell, "--root", project.root, "--store", store, "--backend", "wasm"])).stdout))
    assert.ok(!manifests(store).some((m) => m.cellId === cell), "the cancelled cell must not have finished")
    assert.ok(readdirSync(work).some((k) => existsSync(path.join(work, k, "distill.ckpt"))), "the cancelled cell must leave its checkpoint")

    const again = await slurmRun(store, "long", ["--cells", cell, "--follow"])
    assert.equal(again.code, 0, again.stdout + again.stderr)
    assert.match(again.stdout, /submitted 1 job/)
    const resumed = manifests(store).find((m) => m.cellId === cell)!
    assert.ok(resumed.resumedFrom !== undefined && resumed.resumedFrom > 0, "the re-run must resume from the checkpoint")
    const ref = await reference
    assert.equal(ref.code, 0, ref.stderr)
    assert.deepEqual(values(store, cell), values(whole, cell))
  })

  it("a job told its time limit is near checkpoints, requeues itself and resumes with identical metrics", async () => {
    const cell = "long/hidden=24,stepMatching=uniform"
    const whole = tempStore()
    const store = tempStore()
    const reference = run(whole, "long", ["--cells", cell])
    const submit = await slurmRun(store, "long", ["--cells", cell])
    assert.equal(submit.code, 0, submit.stderr)
    const jobId = new RegExp(`job (\\d+)  ${cell.replace(/[/=,]/g, "\\$&")}`).exec(submit.stdout)![1]!
    const work = path.join(store, "work")
    await waitUntil("a distill checkpoint", () => existsSync(work) && readdirSync(work).some((k) => existsSync(path.join(work, k, "distill.ckpt"))))
    // what --signal=B:USR1@lead sends before the time limit (or a preemption with requeue)
    const usr1 = spawnSync("scancel", ["--signal=USR1", "--batch", jobId], { env: env(), encoding: "utf8" })
    assert.equal(usr1.status, 0, usr1.stderr)
    await waitUntil("the requeued job to publish the cell", () => manifests(store).some((m) => m.cellId === cell), 300_000)
    assert.equal(records(store).length, 1, "the requeue is Slurm's: nothing was submitted again")
    const resumed = manifests(store).find((m) => m.cellId === cell)!
    assert.ok(resumed.resumedFrom !== undefined && resumed.resumedFrom > 0, "the requeued job must resume from the checkpoint")
    const log = readdirSync(path.join(store, "slurm")).flatMap((d) => readdirSync(path.join(store, "slurm", d, "logs")).map((f) => path.join(store, "slurm", d, "logs", f))).find((f) => f.includes("long_hidden_24"))!
    // the worker publishes the cell before it exits, and the job script logs the exit after that
    await waitUntil("the requeued job's worker to exit", () => /worker exited/.test(readFileSync(log, "utf8")))
    assert.match(readFileSync(log, "utf8"), /run 1 on [^]*requeueing job [^]*run 2 on [^]*worker exited 0/)
    const ref = await reference
    assert.equal(ref.code, 0, ref.stderr)
    assert.deepEqual(values(store, cell), values(whole, cell))
  })

  it("two runs of one experiment at once: the second adopts the first's jobs, and every cell is computed once", async () => {
    const store = tempStore()
    const [a, b] = await Promise.all([slurmRun(store, "multi", ["--follow"]), slurmRun(store, "multi", ["--follow"])])
    assert.equal(a.code, 0, a.stdout + a.stderr)
    assert.equal(b.code, 0, b.stdout + b.stderr)
    const counts = publishes(store)
    assert.equal(counts.size, 8)
    for (const [id, n] of counts) assert.equal(n, 1, `${id} was computed ${n} times`)
    assert.match(a.stdout + b.stdout, /submitted 8 jobs/)
    assert.match(a.stdout + b.stdout, /submitted 0 jobs; \d+ cell\(s\) already queued by an earlier run/)
    assert.equal(records(store).length, 1)
  })
})
