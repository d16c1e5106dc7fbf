/**
 * The Slurm executor against a real single-node cluster (scripts/slurm-cluster.sh; installs Slurm when
 * root and missing). Skipped, saying why, only when no cluster can be started.
 * Run: node --import tsx --test test/runner/executors/slurm/Slurm.e2e.test.ts
 */
import { after, describe, test } from "node:test"
import assert from "node:assert/strict"
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { Effect } from "effect"
import { cancelByNamePrefix } from "../../../../../runner/executors/slurm/Cancel.ts"
import { followJobs } from "../../../../../runner/executors/slurm/Follow.ts"
import type { SlurmJob } from "../../../../../runner/executors/slurm/Job.ts"
import { parseJobcomp } from "../../../../../runner/executors/slurm/Parse.ts"
import { slurm, SlurmCli } from "../../../../../runner/executors/slurm/SlurmCli.ts"
import { describeState, jobStatus, type JobStatus } from "../../../../../runner/executors/slurm/Status.ts"
import { defaultSubmitOptions, submitJobs, type SubmittedJob } from "../../../../../runner/executors/slurm/Submit.ts"
import { startCluster, type TestCluster } from "../../../../runner/executors/slurm/cluster.ts"

const cluster = startCluster()
const skip = typeof cluster === "string" ? cluster : false
if (skip) process.stderr.write(`SKIP slurm e2e: ${skip}\n`)
const c = cluster as TestCluster

const work = mkdtempSync(join(tmpdir(), "sidlab-slurm-jobs-"))
const run = <A, E>(effect: Effect.Effect<A, E, SlurmCli>): Promise<A> => Effect.runPromise(Effect.provide(effect, SlurmCli.layer({ conf: c.conf, timeoutMs: 20_000 })))

/** A job running `bash -c script` with small resources; its files go under the test's work directory. */
const shellJob = (name: string, script: string, dependsOn: ReadonlyArray<string> = [], over: Partial<SlurmJob> = {}): SlurmJob => ({
  name, command: ["bash", "-c", script], dependsOn, cpus: 1, memMb: 100, timeLimit: "10", extraArgs: [],
  logPath: join(work, "logs", `${name}.log`), env: { OUT: work }, ...over
})
const stamp = (file: string) => `date +%s.%N > "$OUT/${file}"`
const waitUntil = async (what: string, ok: () => Promise<boolean> | boolean, ms = 60_000) => {
  const t0 = Date.now()
  while (!(await ok())) {
    if (Date.now() - t0 > ms) throw new Error(`timed out waiting for ${what}`)
    await new Promise((r) => setTimeout(r, 200))
  }
}
const follow = (jobs: ReadonlyArray<SubmittedJob>) => run(followJobs(jobs, { pollMs: 250, timeoutMs: 120_000 }))
const byName = (s: ReadonlyArray<JobStatus>) => new Map(s.map((x) => [x.name, x]))
const num = (file: string) => Number(readFileSync(join(work, file), "utf8"))

describe("slurm executor on a real cluster", { skip }, () => {
  after(() => (c.stop(), rmSync(work, { recursive: true, force: true })))

  test("a DAG: 2 dependency jobs, then 4 dependents that start only after both and each write a file", async () => {
    const jobs = [
      shellJob("e2e.dag.prefit-a", `${stamp("a.start")}; sleep 2; echo a > "$OUT/a.out"; ${stamp("a.end")}`),
      shellJob("e2e.dag.prefit-b", `${stamp("b.start")}; sleep 0.2; echo b > "$OUT/b.out"; ${stamp("b.end")}`),
      ...[1, 2, 3, 4].map((i) => shellJob(`e2e.dag.distill-${i}`,
        `${stamp(`d${i}.start`)}; cat "$OUT/a.out" "$OUT/b.out" > "$OUT/d${i}.out"; echo "threads=$SIDLAB_THREADS" >> "$OUT/d${i}.out"`,
        ["e2e.dag.prefit-a", "e2e.dag.prefit-b"], { cpus: i === 4 ? 2 : 1 }))
    ]
    const submitted = await run(submitJobs(jobs))
    assert.deepEqual(submitted.map((s) => s.name), jobs.map((j) => j.name))
    // prefit-b frees a CPU long before prefit-a ends: only the dependency holds the distill jobs back
    const early = byName(await run(jobStatus(submitted)))
    for (const i of [1, 2, 3, 4]) assert.deepEqual(early.get(`e2e.dag.distill-${i}`)!.state, { _tag: "queued", reason: "Dependency" })
    const final = await follow(submitted)
    for (const s of final) assert.equal(s.state._tag, "completed", `${s.name}: ${describeState(s)}`)
    const depsEnd = Math.max(num("a.end"), num("b.end"))
    for (const i of [1, 2, 3, 4]) {
      assert.ok(num(`d${i}.start`) >= depsEnd, `distill-${i} started before its dependencies ended`)
      assert.equal(readFileSync(join(work, `d${i}.out`), "utf8"), `a\nb\nthreads=${i === 4 ? 2 : 1}\n`)
    }
    // every run logs a header line from the script
    assert.match(readFileSync(jobs[0]!.logPath, "utf8"), /sidlab: job \d+ \(e2e\.dag\.prefit-a\) run 1 on /)
  })

  test("a failed job cancels its dependents, transitively, and their status names it with exit code and log", async () => {
    const jobs = [
      shellJob("e2e.fail.prefit", "echo broken >&2; exit 3"),
      shellJob("e2e.fail.distill", `touch "$OUT/must-not-run"`, ["e2e.fail.prefit"]),
      shellJob("e2e.fail.eval", `touch "$OUT/must-not-run"`, ["e2e.fail.distill"]),
      shellJob("e2e.fail.other", `touch "$OUT/other-ran"`)
    ]
    const submitted = await run(submitJobs(jobs))
    const s = byName(await follow(submitted))
    const prefit = s.get("e2e.fail.prefit")!
    assert.equal(prefit.state._tag, "failed")
    assert.deepEqual(prefit.state._tag === "failed" && prefit.state.exit, { code: 3, signal: 0 })
    for (const name of ["e2e.fail.distill", "e2e.fail.eval"]) {
      const st = s.get(name)!
      assert.equal(st.state._tag, "cancelled", `${name}: ${describeState(st)}`)
      assert.equal(describeState(st), `cancelled: dependency e2e.fail.prefit (job ${prefit.jobId}) failed (exit 3), log ${jobs[0]!.logPath}`)
    }
    assert.equal(s.get("e2e.fail.other")!.state._tag, "completed")
    assert.ok(!existsSync(join(work, "must-not-run")))
    assert.match(readFileSync(jobs[0]!.logPath, "utf8"), /broken\n[^]*worker exited 3/)
  })

  test("cancelling by name prefix stops a running job: its worker gets SIGTERM and the job ends CANCELLED", async () => {
    const worker = `trap 'echo checkpoint > "$OUT/cancel.ckpt"; exit 130' TERM; ${stamp("cancel.started")}; for i in $(seq 600); do sleep 0.1; done; touch "$OUT/cancel.finished"`
    const submitted = await run(submitJobs([shellJob("e2e.cancel.long", worker), shellJob("e2e.cancel.after", "true", ["e2e.cancel.long"])]))
    await waitUntil("the job to start", () => existsSync(join(work, "cancel.started")))
    const cancelled = await run(cancelByNamePrefix("e2e.cancel."))
    assert.deepEqual(cancelled.map((j) => j.name).sort(), ["e2e.cancel.after", "e2e.cancel.long"])
    const s = byName(await follow(submitted))
    assert.equal(s.get("e2e.cancel.long")!.state._tag, "cancelled")
    assert.equal(s.get("e2e.cancel.after")!.state._tag, "cancelled")
    assert.equal(readFileSync(join(work, "cancel.ckpt"), "utf8"), "checkpoint\n")
    assert.ok(!existsSync(join(work, "cancel.finished")))
  })

  test("the pre-timeout signal makes the worker checkpoint, the job requeue itself and resume from the checkpoint", async () => {
    // run 1 waits for SIGTERM and saves a checkpoint; run 2 finds it and finishes
    const worker = [
      `if [ -f "$OUT/rq.ckpt" ]; then echo "run 2 resumed from $(cat "$OUT/rq.ckpt")" >> "$OUT/rq.runs"; exit 0; fi`,
      `trap 'echo "iteration 7" > "$OUT/rq.ckpt"; exit 130' TERM`,
      `echo "run 1 restart=\${SLURM_RESTART_COUNT:-0}" >> "$OUT/rq.runs"`,
      "for i in $(seq 600); do sleep 0.1; done"
    ].join("\n")
    const [job] = await run(submitJobs([shellJob("e2e.requeue", worker)]))
    await waitUntil("the first run", () => existsSync(join(work, "rq.runs")))
    await run(slurm("scancel", ["--signal=USR1", "--batch", job!.jobId])) // what --signal=B:USR1@lead sends
    const [final] = await follow([job!])
    assert.equal(final!.state._tag, "completed", describeState(final!))
    assert.equal(readFileSync(join(work, "rq.runs"), "utf8"), "run 1 restart=0\nrun 2 resumed from iteration 7\n")
    const log = readFileSync(job!.logPath, "utf8")
    assert.match(log, /run 1 on [^]*requeueing job [^]*run 2 on /)
  })

  // Slurm checks time limits about once a minute, so the real thing takes ~2 minutes: opt in
  const slow = process.env.SIDLAB_SLURM_TIMELIMIT_TEST === "1" ? false : "set SIDLAB_SLURM_TIMELIMIT_TEST=1 to run (takes ~2 min)"
  test("a job near its real time limit gets USR1 from --signal, checkpoints, requeues and resumes", { skip: slow }, async () => {
    const worker = [
      `if [ -f "$OUT/tl.ckpt" ]; then echo "resumed from $(cat "$OUT/tl.ckpt")" >> "$OUT/tl.runs"; exit 0; fi`,
      `trap 'echo "saved at $(date +%s)" > "$OUT/tl.ckpt"; exit 130' TERM`,
      `echo "run 1 from $(date +%s)" >> "$OUT/tl.runs"`,
      "for i in $(seq 3000); do sleep 0.1; done"
    ].join("\n")
    const options = { ...defaultSubmitOptions, signalLeadSeconds: 30 }
    const [job] = await run(submitJobs([shellJob("e2e.timelimit", worker, [], { timeLimit: "2" })], options))
    const [final] = await run(followJobs([job!], { pollMs: 1000, timeoutMs: 300_000 }))
    assert.equal(final!.state._tag, "completed", describeState(final!))
    assert.match(readFileSync(join(work, "tl.runs"), "utf8"), /^run 1 from \d+\nresumed from saved at \d+\n$/)
    assert.match(readFileSync(job!.logPath, "utf8"), /requeueing job/)
  })

  test("the jobcomp file (kept after squeue forgets a job) agrees with squeue on finished jobs", async () => {
    const submitted = await run(submitJobs([shellJob("e2e.comp.ok", "true"), shellJob("e2e.comp.bad", "exit 5")]))
    const viaSqueue = await follow(submitted)
    const comp = parseJobcomp(readFileSync(join(c.dir, "jobcomp.txt"), "utf8"))
    const ok = comp.get(submitted[0]!.jobId)!
    const bad = comp.get(submitted[1]!.jobId)!
    assert.deepEqual([ok.name, ok.state, ok.exit], ["e2e.comp.ok", "COMPLETED", { code: 0, signal: 0 }])
    assert.deepEqual([bad.name, bad.state, bad.exit], ["e2e.comp.bad", "FAILED", { code: 5, signal: 0 }])
    assert.deepEqual(viaSqueue.map((s) => s.state._tag), ["completed", "failed"])
    // a job id Slurm never had is "unknown", not an error
    const [ghost] = await run(jobStatus([{ name: "ghost", jobId: "999999", logPath: "/nowhere", dependsOn: [] }]))
    assert.equal(ghost!.state._tag, "unknown")
  })
})
