/**
 * Measures the Slurm executor's per-job overhead on the cluster SLURM_CONF points at (the numbers in
 * docs/slurm.md): sbatch and squeue call times, submit → start → end latency of trivial jobs run one at a
 * time, the throughput of N independent jobs submitted together, and the cost of an afterok edge.
 *   eval "$(scripts/slurm-cluster.sh start)"; npx tsx scripts/slurm-overhead.ts [N=20] [M=500]
 */
import { mkdtempSync, readFileSync, rmSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { Effect } from "effect"
import { cancelJobIds } from "../runner/executors/slurm/Cancel.ts"
import { followJobs } from "../runner/executors/slurm/Follow.ts"
import type { SlurmJob } from "../runner/executors/slurm/Job.ts"
import { parseSqueue, SQUEUE_FORMAT } from "../runner/executors/slurm/Parse.ts"
import { renderScript } from "../runner/executors/slurm/Script.ts"
import { slurm, SlurmCli } from "../runner/executors/slurm/SlurmCli.ts"
import { jobStatus } from "../runner/executors/slurm/Status.ts"
import { submitJobs } from "../runner/executors/slurm/Submit.ts"

const n = Number(process.argv[2] ?? 20)
const m = Number(process.argv[3] ?? 500)
const dir = mkdtempSync(join(tmpdir(), "sidlab-slurm-overhead-"))
const job = (name: string, dependsOn: ReadonlyArray<string> = []): SlurmJob => ({
  name, command: ["bash", "-c", `date +%s.%N > "${dir}/${name}.start"`], dependsOn, cpus: 1, memMb: 100, timeLimit: "10",
  extraArgs: [], logPath: join(dir, `${name}.log`), env: {}
})
const now = () => performance.now() + performance.timeOrigin // ms since the epoch, sub-ms
const stats = (xs: ReadonlyArray<number>) => {
  const s = [...xs].sort((a, b) => a - b)
  const q = (p: number) => s[Math.min(s.length - 1, Math.floor(p * s.length))]!
  return `median ${q(0.5).toFixed(0)} ms, p90 ${q(0.9).toFixed(0)} ms, min ${s[0]!.toFixed(0)}, max ${s[s.length - 1]!.toFixed(0)} (n=${s.length})`
}

const program = Effect.gen(function*() {
  // 1. one job at a time: sbatch, then poll squeue every 20 ms until it has COMPLETED
  const sbatchMs: Array<number> = [], squeueMs: Array<number> = [], toStart: Array<number> = [], toEnd: Array<number> = [], runEnd: Array<number> = []
  for (let i = 0; i < n; i++) {
    const j = job(`overhead.seq-${i}`)
    const t0 = now()
    const id = (yield* slurm("sbatch", ["--parsable"], renderScript(j))).stdout.trim()
    sbatchMs.push(now() - t0)
    while (true) {
      const q0 = now()
      const [row] = parseSqueue((yield* slurm("squeue", ["-h", "-t", "all", "-j", id, "-O", SQUEUE_FORMAT])).stdout)
      squeueMs.push(now() - q0)
      if (row?.state === "COMPLETED") break
      if (row && row.state !== "PENDING" && row.state !== "RUNNING" && row.state !== "COMPLETING") throw new Error(`job ${id}: ${row.state}`)
      yield* Effect.sleep(20)
    }
    const tEnd = now()
    const started = Number(readFileSync(join(dir, `${j.name}.start`), "utf8")) * 1000
    toStart.push(started - t0)
    toEnd.push(tEnd - t0)
    runEnd.push(tEnd - started)
  }
  console.log(`sequential, ${n} trivial jobs:`)
  console.log(`  sbatch call          ${stats(sbatchMs)}`)
  console.log(`  squeue call (1 id)   ${stats(squeueMs)}`)
  console.log(`  submit -> start      ${stats(toStart)}`)
  console.log(`  start -> COMPLETED   ${stats(runEnd)}  (seen by 20 ms polling)`)
  console.log(`  submit -> COMPLETED  ${stats(toEnd)}`)

  // 2. n independent jobs submitted together (the executor's own submission, 4 sbatch calls in flight)
  const batch = Array.from({ length: n }, (_, i) => job(`overhead.batch-${i}`))
  const b0 = now()
  const submitted = yield* submitJobs(batch)
  const b1 = now()
  const q0 = now()
  yield* slurm("squeue", ["-h", "-t", "all", "-j", submitted.map((s) => s.jobId).join(","), "-O", SQUEUE_FORMAT])
  const q1 = now()
  yield* followJobs(submitted, { pollMs: 50 })
  const b2 = now()
  console.log(`batch of ${n} independent jobs: submit ${(b1 - b0).toFixed(0)} ms (${((b1 - b0) / n).toFixed(0)} ms/job), one squeue for all ${(q1 - q0).toFixed(0)} ms, all COMPLETED after ${(b2 - b0).toFixed(0)} ms`)

  // 3. a chain of n jobs, each afterok the previous one: the cost of an edge
  const chain = Array.from({ length: n }, (_, i) => job(`overhead.chain-${i}`, i === 0 ? [] : [`overhead.chain-${i - 1}`]))
  const c0 = now()
  const chained = yield* submitJobs(chain)
  yield* followJobs(chained, { pollMs: 50 })
  const starts = chain.map((j) => Number(readFileSync(join(dir, `${j.name}.start`), "utf8")) * 1000)
  const gaps = starts.slice(1).map((s, i) => s - starts[i]!)
  console.log(`chain of ${n} afterok jobs: all COMPLETED after ${(now() - c0).toFixed(0)} ms; start-to-start per edge ${stats(gaps)}`)

  // 4. the queue at scale: m held jobs (they never run), submitted, polled, cancelled
  const held = Array.from({ length: m }, (_, i) => ({ ...job(`overhead.held-${i}`), extraArgs: ["--hold"] }))
  const h0 = now()
  const queued = yield* submitJobs(held)
  const h1 = now()
  const polls: Array<number> = []
  for (let i = 0; i < 5; i++) {
    const p0 = now()
    const st = yield* jobStatus(queued)
    polls.push(now() - p0)
    if (st.some((s) => s.state._tag !== "queued")) throw new Error("a held job left the queue")
  }
  const x0 = now()
  yield* cancelJobIds(queued.map((q) => q.jobId))
  console.log(`${m} held jobs: submit ${(h1 - h0).toFixed(0)} ms (${((h1 - h0) / m).toFixed(1)} ms/job, 4 sbatch in flight); status of all ${stats(polls)}; scancel all ${(now() - x0).toFixed(0)} ms`)
})

const conf = process.env.SLURM_CONF
await Effect.runPromise(Effect.provide(program, SlurmCli.layer(conf === undefined ? {} : { conf }))).finally(() => rmSync(dir, { recursive: true, force: true }))
