/**
 * The Slurm `BatchExecutor`: one cell is one batch job running the runner's worker (`workerCommand`) from
 * the sidlab checkout, its cell file and log under the submission's directory in the store, its plan edges
 * as `afterok` dependencies (a needed cell another run already queued joins by job id), and the run's
 * backend in its environment (the backend is part of every key).
 */
import * as path from "node:path"
import { fileURLToPath } from "node:url"
import { Effect, Layer } from "effect"
import { writeFileAtomic } from "../../../dsl/internal/atomicFile.ts"
import type { CellContext } from "../../Cells.ts"
import { BatchExecutor, type BatchExecutorShape, type BatchJob, type BatchJobStatus, type BatchRequest, type BatchState, ExecutorError, workerCommand } from "../../Executor.ts"
import { storeKey } from "../../StoreManifest.ts"
import { cancelByNamePrefix, cancelJobIds } from "./Cancel.ts"
import { cellJob, cellJobName, experimentJobPrefix } from "./Cells.ts"
import { renderDryRun } from "./DryRun.ts"
import type { SlurmJob } from "./Job.ts"
import type { SlurmSettings } from "./Settings.ts"
import { runCommand, SlurmCli, type CliSettings, type SlurmCliShape } from "./SlurmCli.ts"
import { describeState, jobStatus, type JobState } from "./Status.ts"
import { defaultSubmitOptions, submitJobs } from "./Submit.ts"

/** The sidlab checkout the jobs run from (`--chdir`): `--import tsx` resolves from there. */
const sidlabRoot = fileURLToPath(new URL("../../../", import.meta.url))

const fileName = (cellId: string) => cellId.replace(/[^a-zA-Z0-9._-]/g, "_")

const fail = (detail: string) => new ExecutorError({ executor: "slurm", detail })

/** Slurm's state of a job as a batch state (a REQUEUED or SUSPENDED job is queued). */
const batchState = (s: JobState): BatchState => (s._tag === "queued" || s._tag === "running" || s._tag === "completed" || s._tag === "failed" || s._tag === "cancelled" ? s._tag : "unknown")

export interface SlurmExecutorOptions {
  readonly ctx: CellContext
  readonly settings: SlurmSettings
  readonly cli?: SlurmCliShape
  readonly cliSettings?: CliSettings
  readonly env?: NodeJS.ProcessEnv
}

export const slurmExecutor = (options: SlurmExecutorOptions): BatchExecutorShape => {
  const { ctx, settings } = options
  const cli = options.cli ?? { run: (call) => runCommand(call, options.cliSettings ?? {}) }
  const withCli = <A, E>(e: Effect.Effect<A, E, SlurmCli>): Effect.Effect<A, ExecutorError> =>
    e.pipe(Effect.provide(Layer.succeed(SlurmCli, cli)), Effect.mapError((x) => fail(x instanceof Error ? x.message : String(x))))
  const scriptOptions = { ...defaultSubmitOptions, signalLeadSeconds: settings.signalLeadSeconds }

  const jobsOf = (request: BatchRequest): ReadonlyArray<{ readonly cellId: string; readonly job: SlurmJob }> => {
    const inThis = new Set(request.cells.map((c) => c.id))
    const name = (id: string) => cellJobName(request.experimentOf(id), id)
    return request.cells.map((cell) => ({
      cellId: cell.id,
      job: cellJob({
        name: name(cell.id),
        command: workerCommand(ctx, path.join(request.dir, "cells", `${fileName(cell.id)}.json`)),
        dependsOn: cell.dependsOn.filter((d) => inThis.has(d)).map(name),
        afterJobIds: cell.dependsOn.flatMap((d) => (request.queuedElsewhere.has(d) ? [request.queuedElsewhere.get(d)!] : [])),
        logDir: path.join(request.dir, "logs"),
        workDir: sidlabRoot,
        settings,
        env: { ...(options.env ?? process.env), SIDLAB_BACKEND: ctx.backend.name }
      })
    }))
  }

  return {
    name: "slurm",
    dryRun: (request) => withCli(renderDryRun(jobsOf(request).map((j) => j.job), scriptOptions)),
    submit: (request) =>
      Effect.gen(function*() {
        const planned = jobsOf(request)
        // the cell files must exist before a job can start; they live on the shared filesystem
        yield* Effect.try({
          try: () => {
            for (const cell of request.cells) {
              const file = path.join(request.dir, "cells", `${fileName(cell.id)}.json`)
              writeFileAtomic(file, JSON.stringify(cell))
            }
          },
          catch: (e) => fail(`cannot write the cell files under ${request.dir}: ${e instanceof Error ? e.message : String(e)}`)
        })
        const submitted = yield* withCli(submitJobs(planned.map((p) => p.job), scriptOptions))
        const cellOf = new Map(planned.map((p) => [p.job.name, p.cellId]))
        const byId = new Map(request.cells.map((c) => [c.id, c]))
        return submitted.map((s): BatchJob => {
          const cellId = cellOf.get(s.name)!
          return { cellId, storeKey: storeKey(byId.get(cellId)!.planKey, ctx.backend), name: s.name, jobId: s.jobId, logPath: s.logPath, dependsOn: s.dependsOn }
        })
      }),
    poll: (jobs) =>
      withCli(Effect.map(jobStatus(jobs), (statuses) =>
        new Map(statuses.map((st): [string, BatchJobStatus] => [st.jobId, {
          jobId: st.jobId,
          state: batchState(st.state),
          ...(st.state._tag === "running" ? { node: st.state.node } : {}),
          detail: describeState(st)
        }])))),
    cancel: (jobs, experiments) =>
      withCli(Effect.gen(function*() {
        const byPrefix = yield* Effect.forEach(experiments, (e) => cancelByNamePrefix(experimentJobPrefix(e)))
        const named = new Set(byPrefix.flat().map((j) => j.jobId))
        const rest = jobs.filter((j) => !named.has(j.jobId))
        yield* cancelJobIds(rest.map((j) => j.jobId))
        return [...byPrefix.flat().map((j) => j.name), ...rest.map((j) => j.name)]
      }))
  }
}

/** The executor as a layer for `sidlab run --executor slurm`, `status` and `cancel`. */
export const slurmExecutorLayer = (options: SlurmExecutorOptions) => Layer.succeed(BatchExecutor, slurmExecutor(options))
