/**
 * Running a plan on a cluster (`BatchExecutor`): submit every cell that is not cached as a job, at once,
 * and keep a record of it in the store (`<store>/slurm/<submission>/submission.json`) so that `status`,
 * `--follow` and `cancel` work from any process that sees the store. Submissions are serialised by a
 * lease in the store, and a cell whose job another submission has queued or is running is not submitted
 * again: its dependents wait for that job instead.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync } from "node:fs"
import { randomBytes } from "node:crypto"
import * as path from "node:path"
import { Effect, Result, Schema } from "effect"
import { fileDecoder } from "../dsl/internal/common.ts"
import type { PlanCell } from "../dsl/Plan.ts"
import { writeFileAtomic } from "../dsl/internal/atomicFile.ts"
import type { CellContext } from "./Cells.ts"
import { tryClaim } from "./Claims.ts"
import { BatchExecutor, type BatchJob, type BatchJobStatus, ExecutorError } from "./Executor.ts"
import { messageOf } from "./errors.ts"
import { cellStatus } from "./Store.ts"
import { storeKey } from "./StoreManifest.ts"

/** Where a store keeps its submissions (one directory each: record, cell files, logs). */
export const submissionsDir = (store: string): string => path.join(store, "slurm")

const BatchJobSchema = Schema.Struct({
  cellId: Schema.String,
  storeKey: Schema.String,
  name: Schema.String,
  jobId: Schema.String,
  logPath: Schema.String,
  dependsOn: Schema.Array(Schema.String)
})
const RecordSchema = Schema.Struct({
  format: Schema.Literal(1),
  executor: Schema.String,
  submittedAt: Schema.String,
  experiments: Schema.Array(Schema.String),
  backend: Schema.String,
  jobs: Schema.Array(BatchJobSchema)
})
export type SubmissionRecord = typeof RecordSchema.Type
const decodeRecord = fileDecoder(RecordSchema)

const recordPath = (dir: string) => path.join(dir, "submission.json")

/** Every submission record of the store, oldest first (by submission time; the lease serialises them). */
export const readRecords = (store: string): ReadonlyArray<SubmissionRecord & { readonly dir: string }> => {
  const root = submissionsDir(store)
  if (!existsSync(root)) return []
  const records = readdirSync(root).sort().flatMap((name) => {
    const file = recordPath(path.join(root, name))
    if (!existsSync(file)) return [] // a submission under way, or one whose sbatch failed
    let raw: unknown
    try {
      raw = JSON.parse(readFileSync(file, "utf8"))
    } catch (e) {
      throw new ExecutorError({ executor: "store", detail: `submission record ${file} is not valid JSON (${e instanceof Error ? e.message : String(e)})` })
    }
    const decoded = decodeRecord(raw)
    if (Result.isFailure(decoded)) throw new ExecutorError({ executor: "store", detail: `submission record ${file} is not one: ${decoded.failure}` })
    return [{ ...decoded.success, dir: path.join(root, name) }]
  })
  return records.sort((a, b) => (a.submittedAt < b.submittedAt ? -1 : a.submittedAt > b.submittedAt ? 1 : 0))
}

/** The latest job of each store key (a later submission of a cell replaces an earlier one). */
export const latestJobs = (store: string): ReadonlyMap<string, BatchJob> => {
  const out = new Map<string, BatchJob>()
  for (const r of readRecords(store)) for (const j of r.jobs) out.set(j.storeKey, j)
  return out
}

/** `latestJobs` in the error channel: a bad record, or a submissions folder that cannot be read, is an ExecutorError. */
export const readLatestJobs = (store: string): Effect.Effect<ReadonlyMap<string, BatchJob>, ExecutorError> =>
  Effect.try({
    try: () => latestJobs(store),
    catch: (e) => (e instanceof ExecutorError ? e : new ExecutorError({ executor: "store", detail: `cannot read the submissions of ${store}: ${messageOf(e)}` }))
  })

const isLive = (s: BatchJobStatus | undefined) => s !== undefined && (s.state === "queued" || s.state === "running")

/** A cell and the job that computes it (submitted now, or adopted from an earlier submission). */
export interface CellJob {
  readonly cell: PlanCell
  readonly job: BatchJob
  /** Whether an earlier submission queued it. */
  readonly adopted: boolean
}

export interface Submission {
  readonly dir: string
  readonly jobs: ReadonlyArray<CellJob>
}

const newSubmissionDir = (store: string) => {
  const stamp = new Date().toISOString().replace(/[-:]/g, "")
  return path.join(submissionsDir(store), `${stamp}-${randomBytes(3).toString("hex")}`)
}

/** Holds the store's submission lease while `body` runs (a dead holder's lease is taken over, Claims.ts). */
const underSubmissionLease = <A, E, R>(store: string, body: Effect.Effect<A, E, R>): Effect.Effect<A, E, R> =>
  Effect.acquireUseRelease(
    Effect.gen(function*() {
      mkdirSync(submissionsDir(store), { recursive: true })
      while (true) {
        const attempt = tryClaim(store, "slurm-submission", "(submission)")
        if (attempt._tag === "Claimed") return attempt.claim
        yield* Effect.sleep(200)
      }
    }),
    () => body,
    (claim) => Effect.sync(() => claim.release())
  )

export interface SubmitOptions {
  readonly ctx: CellContext
  /** Cells that are not cached, dependencies first. */
  readonly cells: ReadonlyArray<PlanCell>
  readonly experimentOf: (cellId: string) => string
  readonly experiments: ReadonlyArray<string>
}

/** Submits the cells no live job already computes; returns every cell's job (new or adopted). */
export const submitCells = (options: SubmitOptions): Effect.Effect<Submission, ExecutorError, BatchExecutor> =>
  underSubmissionLease(options.ctx.store, Effect.gen(function*() {
    const executor = yield* BatchExecutor
    const { ctx } = options
    // a run that waited for the lease may find cells done by the jobs it would adopt
    const cells = options.cells.filter((c) => cellStatus(ctx.store, c, ctx.backend).status !== "cached")
    const latest = yield* readLatestJobs(ctx.store)
    const earlier = cells.flatMap((cell) => {
      const job = latest.get(storeKey(cell.planKey, ctx.backend))
      return job ? [{ cell, job }] : []
    })
    const states = earlier.length > 0 ? yield* executor.poll(earlier.map((e) => e.job)) : new Map<string, BatchJobStatus>()
    const adopted = earlier.filter((e) => isLive(states.get(e.job.jobId)))
    const adoptedIds = new Set(adopted.map((a) => a.cell.id))
    const toSubmit = cells.filter((c) => !adoptedIds.has(c.id))
    const dir = newSubmissionDir(ctx.store)
    const request = { cells: toSubmit, experimentOf: options.experimentOf, queuedElsewhere: new Map(adopted.map((a) => [a.cell.id, a.job.jobId])), dir }
    const jobs = toSubmit.length > 0 ? yield* executor.submit(request) : []
    if (jobs.length > 0) {
      const record: SubmissionRecord = { format: 1, executor: executor.name, submittedAt: new Date().toISOString(), experiments: [...options.experiments], backend: ctx.backend.name, jobs }
      yield* Effect.try({
        try: () => writeFileAtomic(recordPath(dir), `${JSON.stringify(record, null, 2)}\n`),
        catch: (e) => new ExecutorError({ executor: "store", detail: `cannot write ${recordPath(dir)}: ${e instanceof Error ? e.message : String(e)} (jobs ${jobs.map((j) => j.jobId).join(", ")} were submitted)` })
      })
    }
    const byCell = new Map(toSubmit.map((c) => [c.id, c]))
    return {
      dir,
      jobs: [
        ...adopted.map((a) => ({ ...a, adopted: true })),
        ...jobs.map((job) => ({ cell: byCell.get(job.cellId)!, job, adopted: false }))
      ]
    }
  }))
