/**
 * The abstract job the Slurm executor submits: one command line with its resources, its log file and the
 * names of the jobs (of the same submission) it must wait for. The runner maps one cell to one job;
 * nothing here knows about cells, so the module can be tested with shell commands.
 */
import { isAbsolute } from "node:path"
import { Effect, Schema } from "effect"

export interface SlurmJob {
  /** `--job-name`; unique within a submission, the handle for `dependsOn` and for `squeue -n`. */
  readonly name: string
  /** The worker's argv (run directly, not through a shell). */
  readonly command: ReadonlyArray<string>
  /** Names of jobs in the same submission that must complete successfully first (`afterok`). */
  readonly dependsOn: ReadonlyArray<string>
  /** Slurm job ids from earlier submissions to wait for too, e.g. a prefit another run already queued. */
  readonly afterJobIds?: ReadonlyArray<string>
  readonly cpus: number
  readonly memMb: number
  /** Slurm's time format: minutes, "MM:SS", "HH:MM:SS" or "D-HH:MM:SS". */
  readonly timeLimit: string
  readonly partition?: string
  readonly account?: string
  /** Extra `#SBATCH` options, each one whole option, e.g. "--qos=short", "--constraint=avx2". */
  readonly extraArgs: ReadonlyArray<string>
  /** Absolute path of the job's log (stdout and stderr); its directory is created before submission. */
  readonly logPath: string
  /** Exported in the job script before the command runs. */
  readonly env: Readonly<Record<string, string>>
  /** The working directory of the job (`--chdir`); default: where sbatch is called. */
  readonly workDir?: string
}

/** A job list that cannot be submitted, with the job and field at fault. */
export class InvalidJobs extends Schema.TaggedError<InvalidJobs>()("InvalidJobs", {
  job: Schema.String,
  field: Schema.String,
  detail: Schema.String
}) {
  override get message() {
    return `slurm job ${JSON.stringify(this.job)}: ${this.field} ${this.detail}`
  }
}

// `|` separates squeue's fields and whitespace would break `#SBATCH` lines and jobcomp's key=value text
const NAME = /^[A-Za-z0-9_.+:@-]{1,200}$/
const TIME = /^(\d+|\d+:\d{2}|\d+:\d{2}:\d{2}|\d+-\d{1,2}(:\d{2}(:\d{2})?)?)$/
const ENV_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/

/** A Slurm time limit in seconds (the formats `TIME` accepts). */
export const timeLimitSeconds = (t: string): number => {
  const [days, rest] = t.includes("-") ? [Number(t.split("-")[0]), t.split("-")[1]!] : [0, t]
  const parts = rest.split(":").map(Number)
  const [h, m, s] = t.includes("-") ? [parts[0] ?? 0, parts[1] ?? 0, parts[2] ?? 0]
    : parts.length === 1 ? [0, parts[0]!, 0] : parts.length === 2 ? [0, parts[0]!, parts[1]!] : [parts[0]!, parts[1]!, parts[2]!]
  return ((days * 24 + h) * 60 + m) * 60 + s
}

const checkJob = (job: SlurmJob): InvalidJobs | undefined => {
  const bad = (field: string, detail: string) => new InvalidJobs({ job: job.name, field, detail })
  if (!NAME.test(job.name)) return bad("name", "must be 1-200 characters of letters, digits and _.+:@-")
  if (job.command.length === 0) return bad("command", "is empty")
  if (!Number.isInteger(job.cpus) || job.cpus < 1) return bad("cpus", `must be a positive integer, not ${job.cpus}`)
  if (!Number.isInteger(job.memMb) || job.memMb < 1) return bad("memMb", `must be a positive integer, not ${job.memMb}`)
  if (!TIME.test(job.timeLimit)) return bad("timeLimit", `must be minutes, MM:SS, HH:MM:SS or D-HH:MM:SS, not ${JSON.stringify(job.timeLimit)}`)
  if (!isAbsolute(job.logPath)) return bad("logPath", `must be absolute (jobs run in another directory), not ${JSON.stringify(job.logPath)}`)
  if (/[\n%]/.test(job.logPath)) return bad("logPath", "may not contain newlines or % (Slurm expands %j and friends)")
  for (const a of job.extraArgs) if (!a.startsWith("-") || a.includes("\n")) return bad("extraArgs", `entry ${JSON.stringify(a)} is not one option`)
  for (const k of Object.keys(job.env)) if (!ENV_NAME.test(k)) return bad("env", `name ${JSON.stringify(k)} is not a shell variable name`)
  for (const id of job.afterJobIds ?? []) if (!/^\d+(_\d+)?$/.test(id)) return bad("afterJobIds", `entry ${JSON.stringify(id)} is not a Slurm job id`)
  for (const v of [job.partition, job.account]) if (v !== undefined && !NAME.test(v)) return bad("partition/account", `${JSON.stringify(v)} is not a plain name`)
  return undefined
}

/**
 * Checks every job and returns them in an order where each comes after its dependencies (Kahn's
 * algorithm, keeping the given order among ready jobs), or fails on the first problem.
 */
export const orderJobs = (jobs: ReadonlyArray<SlurmJob>): Effect.Effect<ReadonlyArray<SlurmJob>, InvalidJobs> =>
  Effect.suspend(() => {
    const byName = new Map<string, SlurmJob>()
    for (const job of jobs) {
      const bad = checkJob(job)
      if (bad) return Effect.fail(bad)
      if (byName.has(job.name)) return Effect.fail(new InvalidJobs({ job: job.name, field: "name", detail: "is used by two jobs" }))
      byName.set(job.name, job)
    }
    for (const job of jobs)
      for (const d of job.dependsOn) {
        if (!byName.has(d)) return Effect.fail(new InvalidJobs({ job: job.name, field: "dependsOn", detail: `names ${JSON.stringify(d)}, which is not in this submission` }))
        if (d === job.name) return Effect.fail(new InvalidJobs({ job: job.name, field: "dependsOn", detail: "names the job itself" }))
      }
    const ordered: Array<SlurmJob> = []
    const placed = new Set<string>()
    while (ordered.length < jobs.length) {
      const ready = jobs.filter((j) => !placed.has(j.name) && j.dependsOn.every((d) => placed.has(d)))
      if (ready.length === 0) {
        const stuck = jobs.find((j) => !placed.has(j.name))!
        return Effect.fail(new InvalidJobs({ job: stuck.name, field: "dependsOn", detail: "is part of a dependency cycle" }))
      }
      for (const j of ready) (ordered.push(j), placed.add(j.name))
    }
    return Effect.succeed(ordered)
  })
