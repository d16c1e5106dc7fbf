/**
 * The small glue between cells and jobs: a job per cell (named `sidlab.<experiment>.<cell>` so `squeue`
 * shows whose it is and `scancel` can take an experiment by prefix), and the record of a submission that
 * `status`, `--follow` and `cancel` read back later (written with temp file + rename).
 */
import { readFileSync } from "node:fs"
import { writeFileAtomic } from "../../../dsl/internal/atomicFile.ts"
import { fileDecoder } from "../../../dsl/internal/common.ts"
import { join } from "node:path"
import { Effect, Schema } from "effect"
import type { SlurmJob } from "./Job.ts"
import type { SlurmSettings } from "./Settings.ts"
import type { SubmittedJob } from "./Submit.ts"

const safe = (s: string) => s.replace(/[^A-Za-z0-9_.+:@-]/g, "_")

/** The job-name prefix of every job of an experiment (what `cancel` matches). */
export const experimentJobPrefix = (experiment: string): string => `sidlab.${safe(experiment)}.`

export const cellJobName = (experiment: string, cellId: string): string => `${experimentJobPrefix(experiment)}${safe(cellId)}`

/** Environment variables a job takes from the submitting shell: every node must compute alike. */
export const FORWARDED_ENV = ["SIDLAB_BACKEND", "SIDLAB_FMNIST_DIR"] as const

export interface CellJobInput {
  readonly name: string
  /** The worker's argv, e.g. node --import tsx <root>/runner/cellWorker.ts --store <store> <cell.json>. */
  readonly command: ReadonlyArray<string>
  /** Job names (see cellJobName) of the cells it needs, within this submission. */
  readonly dependsOn: ReadonlyArray<string>
  /** Job ids of needed cells that an earlier run already queued. */
  readonly afterJobIds?: ReadonlyArray<string>
  /** Directory for the job logs, on the shared filesystem: the log is `<logDir>/<name>.log`. */
  readonly logDir: string
  /** The project checkout, on the shared filesystem (the job's working directory). */
  readonly workDir: string
  readonly settings: SlurmSettings
  readonly env?: NodeJS.ProcessEnv
}

export const cellJob = (input: CellJobInput): SlurmJob => {
  const env = input.env ?? process.env
  return {
    name: input.name,
    command: input.command,
    dependsOn: input.dependsOn,
    ...(input.afterJobIds === undefined ? {} : { afterJobIds: input.afterJobIds }),
    cpus: input.settings.cpus,
    memMb: input.settings.memMb,
    timeLimit: input.settings.timeLimit,
    ...(input.settings.partition === undefined ? {} : { partition: input.settings.partition }),
    ...(input.settings.account === undefined ? {} : { account: input.settings.account }),
    extraArgs: input.settings.extraArgs,
    logPath: join(input.logDir, `${input.name}.log`),
    env: Object.fromEntries(FORWARDED_ENV.flatMap((k) => (env[k] === undefined ? [] : [[k, env[k]!]]))),
    workDir: input.workDir
  }
}

//---- the submission record

const SubmittedJobSchema = Schema.Struct({
  name: Schema.String,
  jobId: Schema.String,
  logPath: Schema.String,
  dependsOn: Schema.Array(Schema.String)
})
const SubmissionSchema = Schema.Struct({
  submittedAt: Schema.String,
  jobs: Schema.Array(SubmittedJobSchema)
})
export type Submission = typeof SubmissionSchema.Type

export class BadSubmissionRecord extends Schema.TaggedError<BadSubmissionRecord>()("BadSubmissionRecord", {
  path: Schema.String,
  detail: Schema.String
}) {
  override get message() {
    return `slurm submission record ${this.path} is unreadable: ${this.detail}`
  }
}

export const writeSubmission = (path: string, jobs: ReadonlyArray<SubmittedJob>): Effect.Effect<void> =>
  Effect.sync(() => {
    writeFileAtomic(path, JSON.stringify({ submittedAt: new Date().toISOString(), jobs }, null, 2) + "\n")
  })

const decodeSubmission = fileDecoder(SubmissionSchema)

export const readSubmission = (path: string): Effect.Effect<Submission, BadSubmissionRecord> =>
  Effect.gen(function*() {
    const text = yield* Effect.try({ try: () => readFileSync(path, "utf8"), catch: (e) => new BadSubmissionRecord({ path, detail: String(e) }) })
    const json = yield* Effect.try({ try: () => JSON.parse(text) as unknown, catch: (e) => new BadSubmissionRecord({ path, detail: String(e) }) })
    return yield* Effect.fromResult(decodeSubmission(json)).pipe(Effect.mapError((detail) => new BadSubmissionRecord({ path, detail })))
  })
