/**
 * Waits for submitted jobs by polling `squeue` (`sbatch --wait` returns seconds late), reporting each poll
 * so a caller can draw one progress display. Ends when every job is in a final state.
 */
import { Effect, Schema } from "effect"
import type { SlurmCli, SlurmCliError } from "./SlurmCli.ts"
import { isTerminal, jobStatus, type JobStatus } from "./Status.ts"
import type { SubmittedJob } from "./Submit.ts"

export class FollowTimeout extends Schema.TaggedError<FollowTimeout>()("FollowTimeout", {
  timeoutMs: Schema.Number,
  waiting: Schema.Array(Schema.String)
}) {
  override get message() {
    return `slurm jobs still not finished after ${this.timeoutMs} ms: ${this.waiting.join(", ")}`
  }
}

export interface FollowOptions {
  readonly pollMs: number
  /** Give up after this long (undefined: wait as long as it takes). */
  readonly timeoutMs?: number
  readonly onPoll?: (statuses: ReadonlyArray<JobStatus>) => void
}

/** Counts by state, e.g. `{ completed: 4, running: 2 }`. */
export const tally = (statuses: ReadonlyArray<JobStatus>): Record<string, number> => {
  const out: Record<string, number> = {}
  for (const s of statuses) out[s.state._tag] = (out[s.state._tag] ?? 0) + 1
  return out
}

export const followJobs = (
  jobs: ReadonlyArray<SubmittedJob>,
  options: FollowOptions = { pollMs: 1000 }
): Effect.Effect<ReadonlyArray<JobStatus>, SlurmCliError | FollowTimeout, SlurmCli> =>
  Effect.gen(function*() {
    const started = Date.now()
    while (true) {
      const statuses = yield* jobStatus(jobs)
      options.onPoll?.(statuses)
      if (statuses.every((s) => isTerminal(s.state))) return statuses
      if (options.timeoutMs !== undefined && Date.now() - started > options.timeoutMs)
        return yield* new FollowTimeout({ timeoutMs: options.timeoutMs, waiting: statuses.filter((s) => !isTerminal(s.state)).map((s) => s.name) })
      yield* Effect.sleep(options.pollMs)
    }
  })
