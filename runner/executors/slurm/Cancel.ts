/**
 * Cancelling jobs: by id (a submission's record) or by job-name prefix (every job of an experiment, even
 * one submitted by another `sidlab run`). `scancel` sends SIGTERM to every process of a job, so a
 * running worker checkpoints before it is killed KillWait seconds later.
 */
import { Effect } from "effect"
import { slurm, type SlurmCli, type SlurmCliError } from "./SlurmCli.ts"

export interface ActiveJob {
  readonly jobId: string
  readonly name: string
}

/** Cancels these job ids (ids that already ended are ignored by scancel). */
export const cancelJobIds = (jobIds: ReadonlyArray<string>): Effect.Effect<void, SlurmCliError, SlurmCli> =>
  jobIds.length === 0 ? Effect.void : Effect.asVoid(slurm("scancel", [...jobIds]))

/** The caller's pending and running jobs. */
export const activeJobs: Effect.Effect<ReadonlyArray<ActiveJob>, SlurmCliError, SlurmCli> = Effect.map(
  slurm("squeue", ["-h", "--me", "-o", "%i|%j"]),
  (r) => r.stdout.split("\n").filter((l) => l.includes("|")).map((l) => {
    const [jobId = "", ...name] = l.split("|")
    return { jobId: jobId.trim(), name: name.join("|").trim() }
  })
)

/** Cancels the caller's pending and running jobs whose name starts with `prefix`; returns them. */
export const cancelByNamePrefix = (prefix: string): Effect.Effect<ReadonlyArray<ActiveJob>, SlurmCliError, SlurmCli> =>
  Effect.gen(function*() {
    const jobs = (yield* activeJobs).filter((j) => j.name.startsWith(prefix))
    yield* cancelJobIds(jobs.map((j) => j.jobId))
    return jobs
  })
