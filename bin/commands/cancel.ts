/**
 * `sidlab cancel <experiment>...`: cancels the experiment's cluster jobs: the live jobs the store's
 * submission records hold for its cells, and any other of the caller's jobs named sidlab.<experiment>.*.
 * A running distill cell gets SIGTERM and saves a checkpoint first; run the experiment again to resume.
 */
import { Effect } from "effect"
import { cellsToRun } from "../../runner/Plans.ts"
import { cellStatus } from "../../runner/Store.ts"
import { storeKey } from "../../runner/StoreManifest.ts"
import { backendFlag, command, experimentsArg, exitWith, ExitCode, out, rootFlag, storeFlag } from "../internal/command.ts"
import { loadPlansOf, resolveBackend } from "../internal/experimentArgs.ts"

export const cancelCommand = command(
  "cancel",
  {
    summary: "Cancel an experiment's cluster jobs (running cells checkpoint first)",
    description: `Cancels the Slurm jobs of <experiment>: those that sidlab run --executor slurm submitted for its cells
(found in the store's submission records) and any other of your jobs named sidlab.<experiment>.*.
A running distill cell saves a checkpoint before it stops (Slurm sends SIGTERM, then SIGKILL after
KillWait); its dependents are cancelled. Run the experiment again to resume from the checkpoints.

Exit status: 0 cancelled (or nothing to cancel), 1 Slurm or the store could not be read, 2 usage error.`
  },
  {
    experiments: experimentsArg,
    store: storeFlag,
    backend: backendFlag("The backend of the run to cancel (default: the one sidlab run would use)"),
    root: rootFlag
  },
  (flags) => Effect.gen(function*() {
    const loaded = yield* Effect.promise(() => loadPlansOf(flags, flags.experiments))
    if (loaded === undefined) return yield* exitWith(ExitCode.failure)
    const plans = loaded.plans
    const ctx = { store: loaded.store, backend: yield* Effect.promise(() => resolveBackend(flags.backend)) }
    const cells = cellsToRun(plans, undefined).filter((c) => cellStatus(ctx.store, c, ctx.backend).status !== "cached")
    // the cluster executor loads only for the commands that talk to the cluster
    const [{ readLatestJobs }, { BatchExecutor }, { withSlurm }] = yield* Effect.promise(() => Promise.all([
      import("../../runner/Batch.ts"), import("../../runner/Executor.ts"), import("../internal/clusterRun.ts")
    ]))
    const cancelled = yield* withSlurm(ctx, loaded.root, {}, Effect.gen(function*() {
      const executor = yield* BatchExecutor
      const latest = yield* readLatestJobs(ctx.store)
      const jobs = cells.flatMap((c) => latest.get(storeKey(c.planKey, ctx.backend)) ?? [])
      const statuses = jobs.length > 0 ? yield* executor.poll(jobs) : new Map()
      const live = jobs.filter((j) => ["queued", "running"].includes(statuses.get(j.jobId)?.state ?? ""))
      return yield* executor.cancel(live, plans.map((p) => p.experiment))
    }))
    const names = [...new Set(cancelled)]
    out(names.length === 0 ? "no queued or running jobs to cancel" : `cancelled ${names.length} job${names.length === 1 ? "" : "s"}: ${names.join(", ")}`)
  })
)
