/**
 * Submits a job list to Slurm in dependency order: each job's script goes to `sbatch --parsable` on stdin,
 * with `--dependency=afterok:<ids>` naming the job ids its dependencies were given. Jobs of one dependency
 * level are independent of each other and are submitted a few at a time.
 * If an sbatch fails, the jobs this submission already queued are cancelled, so nothing half-submitted runs.
 */
import { mkdirSync } from "node:fs"
import { dirname } from "node:path"
import { Effect, Schema } from "effect"
import { InvalidJobs, orderJobs, timeLimitSeconds, type SlurmJob } from "./Job.ts"
import { defaultScriptOptions, renderScript, type ScriptOptions } from "./Script.ts"
import { slurm, type SlurmCli } from "./SlurmCli.ts"

/** What a submission leaves behind: enough to ask for status, follow and cancel later. */
export interface SubmittedJob {
  readonly name: string
  readonly jobId: string
  readonly logPath: string
  readonly dependsOn: ReadonlyArray<string>
}

export class SubmitFailed extends Schema.TaggedError<SubmitFailed>()("SubmitFailed", {
  job: Schema.String,
  detail: Schema.String,
  cancelledJobIds: Schema.Array(Schema.String)
}) {
  override get message() {
    const undo = this.cancelledJobIds.length > 0 ? ` (cancelled the ${this.cancelledJobIds.length} job(s) already queued: ${this.cancelledJobIds.join(", ")})` : ""
    return `submitting slurm job ${JSON.stringify(this.job)} failed: ${this.detail}${undo}`
  }
}

export interface SubmitOptions extends ScriptOptions {
  /** sbatch calls in flight at once within one dependency level. */
  readonly concurrency: number
}

export const defaultSubmitOptions: SubmitOptions = { ...defaultScriptOptions, concurrency: 4 }

/** The job's level: 0 without dependencies, else one more than its deepest dependency. */
export const dependencyLevels = (ordered: ReadonlyArray<SlurmJob>): Map<string, number> => {
  const level = new Map<string, number>()
  for (const job of ordered) level.set(job.name, Math.max(-1, ...job.dependsOn.map((d) => level.get(d)!)) + 1)
  return level
}

/** `--dependency=afterok:1:2` for a job, given the ids of the jobs already submitted. */
export const dependencyArg = (job: SlurmJob, ids: ReadonlyMap<string, string>): ReadonlyArray<string> => {
  const after = [...job.dependsOn.map((d) => ids.get(d)!), ...(job.afterJobIds ?? [])]
  return after.length === 0 ? [] : [`--dependency=afterok:${after.join(":")}`]
}

/** `sbatch --parsable` prints `<id>` or `<id>;<cluster>`. */
export const parseSbatchId = (stdout: string): string | undefined => {
  const id = stdout.trim().split(";")[0]
  return id !== undefined && /^\d+$/.test(id) ? id : undefined
}

const checkLead = (job: SlurmJob, options: ScriptOptions): InvalidJobs | undefined =>
  // Slurm may send the signal up to 60 s early; a limit inside the lead would requeue every run at once
  timeLimitSeconds(job.timeLimit) > options.signalLeadSeconds + 60 ? undefined
    : new InvalidJobs({ job: job.name, field: "timeLimit", detail: `${job.timeLimit} leaves no time to work before the checkpoint signal ${options.signalLeadSeconds} s (+ up to 60 s) ahead of the limit` })

export const submitJobs = (
  jobs: ReadonlyArray<SlurmJob>,
  options: SubmitOptions = defaultSubmitOptions
): Effect.Effect<ReadonlyArray<SubmittedJob>, InvalidJobs | SubmitFailed, SlurmCli> =>
  Effect.gen(function*() {
    const ordered = yield* orderJobs(jobs)
    for (const job of ordered) {
      const bad = checkLead(job, options)
      if (bad) return yield* bad
    }
    const levels = dependencyLevels(ordered)
    const ids = new Map<string, string>()
    const submitted: Array<SubmittedJob> = []
    // a failed sbatch does not interrupt the others in flight (one may already hold a job id): the level
    // finishes, then everything queued so far is cancelled
    const submitOne = (job: SlurmJob): Effect.Effect<string | undefined, never, SlurmCli> =>
      Effect.gen(function*() {
        const made = yield* Effect.result(Effect.try({ try: () => mkdirSync(dirname(job.logPath), { recursive: true }), catch: (e) => String(e) }))
        if (made._tag === "Failure") return `cannot create the log directory of ${job.logPath}: ${made.failure}`
        const out = yield* Effect.result(slurm("sbatch", ["--parsable", ...dependencyArg(job, ids)], renderScript(job, options)))
        if (out._tag === "Failure") return out.failure.message
        const id = parseSbatchId(out.success.stdout)
        if (id === undefined) return `sbatch printed no job id: ${JSON.stringify(out.success.stdout)}`
        ids.set(job.name, id)
        submitted.push({ name: job.name, jobId: id, logPath: job.logPath, dependsOn: job.dependsOn })
        return undefined
      })
    const depth = Math.max(-1, ...levels.values()) + 1
    for (let l = 0; l < depth; l++) {
      const level = ordered.filter((j) => levels.get(j.name) === l)
      const errors = yield* Effect.forEach(level, submitOne, { concurrency: options.concurrency })
      const at = errors.findIndex((e) => e !== undefined)
      if (at >= 0) {
        const queued = submitted.map((s) => s.jobId)
        if (queued.length > 0) yield* Effect.ignore(slurm("scancel", queued))
        return yield* new SubmitFailed({ job: level[at]!.name, detail: errors[at]!, cancelledJobIds: queued })
      }
    }
    // report in the given order, not in completion order
    const byName = new Map(submitted.map((s) => [s.name, s]))
    return jobs.map((j) => byName.get(j.name)!)
  })
