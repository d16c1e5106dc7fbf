/**
 * The state of submitted jobs, from `squeue` while Slurm remembers them and from the jobcomp file after
 * that (when the cluster keeps one where we can read it). A cancelled job that never ran names the failed
 * dependency that cancelled it, with that job's exit code and log. The results store, not Slurm, is the
 * record of what finished: a job may be gone from both (state "unknown").
 */
import { readFileSync } from "node:fs"
import { Effect } from "effect"
import { parseJobcomp, parseJobcompConfig, parseSqueue, SQUEUE_FORMAT, type ExitStatus, type JobcompRecord, type SqueueRow } from "./Parse.ts"
import { slurm, type SlurmCli, type SlurmCliError } from "./SlurmCli.ts"
import type { SubmittedJob } from "./Submit.ts"

export interface FailedDependency {
  readonly name: string
  readonly jobId: string
  readonly exit: ExitStatus | undefined
  readonly logPath: string
}

export type JobState =
  | { readonly _tag: "queued"; readonly reason: string }
  | { readonly _tag: "running"; readonly node: string; readonly elapsed: string }
  | { readonly _tag: "completed" }
  | { readonly _tag: "failed"; readonly slurmState: string; readonly exit: ExitStatus | undefined; readonly reason: string }
  | { readonly _tag: "cancelled"; readonly reason: string; readonly failedDependency: FailedDependency | undefined }
  | { readonly _tag: "unknown" }

export interface JobStatus {
  readonly name: string
  readonly jobId: string
  readonly logPath: string
  readonly state: JobState
}

export const isTerminal = (s: JobState): boolean => s._tag !== "queued" && s._tag !== "running"

const FAILED_STATES = new Set(["FAILED", "TIMEOUT", "NODE_FAIL", "OUT_OF_MEMORY", "BOOT_FAIL", "DEADLINE", "PREEMPTED", "SPECIAL_EXIT", "REVOKED"])

/** Maps one of Slurm's job states to ours (COMPLETING counts as running: its processes still exit). */
export const stateOf = (slurmState: string, reason: string, nodes: string, elapsed: string, exit: ExitStatus | undefined): JobState => {
  const s = slurmState.replace(/\+$/, "").split(" ")[0]!
  if (s === "RUNNING" || s === "COMPLETING" || s === "CONFIGURING" || s === "SIGNALING" || s === "STAGE_OUT") return { _tag: "running", node: nodes, elapsed }
  if (s === "COMPLETED") return { _tag: "completed" }
  if (s === "CANCELLED") return { _tag: "cancelled", reason, failedDependency: undefined }
  if (FAILED_STATES.has(s)) return { _tag: "failed", slurmState: s, exit, reason }
  return { _tag: "queued", reason: s === "PENDING" ? reason : `${s}${reason && reason !== "None" ? ` (${reason})` : ""}` } // REQUEUED, SUSPENDED, ...
}

const fromSqueue = (r: SqueueRow): JobState => stateOf(r.state, r.reason, r.nodes, r.elapsed, r.exit)
const fromJobcomp = (r: JobcompRecord): JobState =>
  stateOf(r.state, r.nodes === "(null)" || r.nodes === "" ? "never started" : "", r.nodes, "", r.exit)

/**
 * Combines what squeue and jobcomp say; then a cancelled job that never started is traced to the failed
 * (or cancelled-while-running) job upstream of it, if there is one.
 */
export const combineStatus = (
  jobs: ReadonlyArray<SubmittedJob>,
  squeue: ReadonlyArray<SqueueRow>,
  jobcomp: ReadonlyMap<string, JobcompRecord>
): ReadonlyArray<JobStatus> => {
  const rows = new Map(squeue.map((r) => [r.jobId, r]))
  const states = new Map<string, JobState>()
  for (const j of jobs) {
    const row = rows.get(j.jobId)
    const comp = jobcomp.get(j.jobId)
    states.set(j.name, row ? fromSqueue(row) : comp ? fromJobcomp(comp) : { _tag: "unknown" })
  }
  const byName = new Map(jobs.map((j) => [j.name, j]))
  const neverRan = (s: JobState) => s._tag === "cancelled" && (s.reason.startsWith("Dependency") || s.reason === "never started")
  const culprit = (name: string, seen: Set<string>): FailedDependency | undefined => {
    for (const d of byName.get(name)?.dependsOn ?? []) {
      if (seen.has(d)) continue
      seen.add(d)
      const s = states.get(d)
      const dep = byName.get(d)!
      if (s?._tag === "failed") return { name: d, jobId: dep.jobId, exit: s.exit, logPath: dep.logPath }
      if (s?._tag === "cancelled" && !neverRan(s)) return { name: d, jobId: dep.jobId, exit: undefined, logPath: dep.logPath }
      const up = s && neverRan(s) ? culprit(d, seen) : undefined
      if (up) return up
    }
    return undefined
  }
  return jobs.map((j) => {
    const s = states.get(j.name)!
    const state: JobState = neverRan(s) && s._tag === "cancelled" ? { ...s, failedDependency: culprit(j.name, new Set()) } : s
    return { name: j.name, jobId: j.jobId, logPath: j.logPath, state }
  })
}

/** One line for a person: `failed (exit 3), log /x/y.log` or `cancelled: dependency prefit-a (job 12) failed with exit 3, log ...`. */
export const describeState = (st: JobStatus): string => {
  const s = st.state
  const exit = (e: ExitStatus | undefined) => (e === undefined ? "" : e.signal !== 0 ? ` (signal ${e.signal})` : ` (exit ${e.code})`)
  switch (s._tag) {
    case "queued":
      return `queued${s.reason && s.reason !== "None" ? ` (${s.reason})` : ""}`
    case "running":
      return `running on ${s.node}${s.elapsed ? ` for ${s.elapsed}` : ""}`
    case "completed":
      return "completed"
    case "failed":
      return `failed${exit(s.exit)}${s.slurmState !== "FAILED" ? ` [${s.slurmState}]` : ""}, log ${st.logPath}`
    case "cancelled": {
      const d = s.failedDependency
      return d ? `cancelled: dependency ${d.name} (job ${d.jobId}) ${d.exit ? `failed${exit(d.exit)}` : "was cancelled"}, log ${d.logPath}`
        : `cancelled${s.reason && s.reason !== "None" ? ` (${s.reason})` : ""}`
    }
    case "unknown":
      return "unknown to Slurm (finished longer ago than MinJobAge; see the results store)"
  }
}

const chunks = <A>(xs: ReadonlyArray<A>, n: number): Array<ReadonlyArray<A>> =>
  Array.from({ length: Math.ceil(xs.length / n) }, (_, i) => xs.slice(i * n, i * n + n))

/** squeue for these ids; ids Slurm has forgotten are simply absent. */
export const querySqueue = (jobIds: ReadonlyArray<string>): Effect.Effect<ReadonlyArray<SqueueRow>, SlurmCliError, SlurmCli> =>
  Effect.map(
    Effect.forEach(chunks(jobIds, 500), (ids) =>
      slurm("squeue", ["-h", "-t", "all", "-j", ids.join(","), "-O", SQUEUE_FORMAT]).pipe(
        Effect.map((r) => parseSqueue(r.stdout)),
        // some versions fail when no id in the list is known any more
        Effect.catchTag("SlurmCommandFailed", (e) => (/Invalid job id/i.test(e.stderr) ? Effect.succeed([]) : Effect.fail(e)))
      )),
    (parts) => parts.flat()
  )

/** The jobcomp file's records, when the cluster writes `jobcomp/filetxt` to a file readable here. */
export const readJobcomp: Effect.Effect<Map<string, JobcompRecord>, SlurmCliError, SlurmCli> = Effect.gen(function*() {
  const config = parseJobcompConfig((yield* slurm("scontrol", ["show", "config"])).stdout)
  if (config.type !== "jobcomp/filetxt" || config.loc === "") return new Map()
  try {
    return parseJobcomp(readFileSync(config.loc, "utf8"))
  } catch {
    return new Map() // on a login node the controller's file is usually not visible
  }
})

/** The state of every submitted job (the jobcomp file is read only for jobs squeue has forgotten). */
export const jobStatus = (jobs: ReadonlyArray<SubmittedJob>): Effect.Effect<ReadonlyArray<JobStatus>, SlurmCliError, SlurmCli> =>
  Effect.gen(function*() {
    const rows = yield* querySqueue(jobs.map((j) => j.jobId))
    const seen = new Set(rows.map((r) => r.jobId))
    const comp = jobs.every((j) => seen.has(j.jobId)) ? new Map<string, JobcompRecord>() : yield* readJobcomp
    return combineStatus(jobs, rows, comp)
  })
