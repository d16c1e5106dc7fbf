/**
 * `sidlab run --executor slurm`, `sidlab status` and `sidlab cancel`: argument handling around the
 * cluster executor (runner/Batch.ts, runner/BatchFollow.ts, runner/executors/slurm/). Settings come
 * from flags, then SIDLAB_SLURM_* variables, then the `slurm` block of <root>/sidlab.config.json.
 */
import { existsSync, readFileSync } from "node:fs"
import * as path from "node:path"
import { Cause, Effect, Exit } from "effect"
import type { Plan, PlanCell } from "../../dsl/Plan.ts"
import { submitCells } from "../../runner/Batch.ts"
import { followCells } from "../../runner/BatchFollow.ts"
import type { CellContext } from "../../runner/Cells.ts"
import { BatchExecutor } from "../../runner/Executor.ts"
import { resolveSettings } from "../../runner/executors/slurm/Settings.ts"
import { slurmExecutorLayer } from "../../runner/executors/slurm/SlurmExecutor.ts"
import { err, ExitCode, out, UsageError } from "./command.ts"

// the flags and their help are read by `run` before it knows it needs a cluster (clusterOptions.ts)
export { clusterOptions, clusterUsage } from "./clusterOptions.ts"

export const configFile = (root: string): string => path.join(root, "sidlab.config.json")

/** The Slurm settings from flags > environment > config file > defaults; a bad value is a UsageError. */
const settingsFor = (root: string, flags: Readonly<Record<string, unknown>>) => {
  const file = configFile(root)
  let block: unknown
  if (existsSync(file)) {
    try {
      block = (JSON.parse(readFileSync(file, "utf8")) as { slurm?: unknown }).slurm
    } catch (e) {
      throw new UsageError(`${file} is not valid JSON (${e instanceof Error ? e.message : String(e)})`)
    }
  }
  const raw = {
    partition: flags.partition, account: flags.account, timeLimit: flags.time, cpus: flags.cpus, memMb: flags["mem-mb"],
    extraArgs: flags["sbatch-arg"], signalLeadSeconds: flags["signal-lead"]
  }
  const exit = Effect.runSyncExit(resolveSettings({ file: { path: file, block }, env: process.env, flags: raw }))
  if (Exit.isFailure(exit)) throw new UsageError(Cause.squash(exit.cause) instanceof Error ? (Cause.squash(exit.cause) as Error).message : "bad slurm settings")
  return exit.value
}

/** The executor for a store and backend (also what `status` and `cancel` use). */
export const slurmLayer = (ctx: CellContext, root: string, flags: Readonly<Record<string, unknown>> = {}) =>
  slurmExecutorLayer({ ctx, settings: settingsFor(root, flags) })

/** Runs an effect needing the executor; a failure is one line and exit 1. */
export const withExecutor = async <A>(command: string, layer: ReturnType<typeof slurmLayer>, effect: Effect.Effect<A, Error, BatchExecutor>): Promise<A | undefined> => {
  const exit = await Effect.runPromiseExit(Effect.provide(effect, layer))
  if (Exit.isSuccess(exit)) return exit.value
  const e = Cause.squash(exit.cause)
  err(`sidlab ${command}: ${e instanceof Error ? e.message : String(e)}`)
  if (process.env.SIDLAB_DEBUG && e instanceof Error && e.stack) err(e.stack)
  return undefined
}

/** The experiment a cell's job is named after: the first selected plan that has it. */
export const experimentOf = (plans: ReadonlyArray<Plan>) => {
  const of = new Map<string, string>()
  for (const p of [...plans].reverse()) for (const c of p.cells) of.set(c.id, p.experiment)
  return (id: string) => of.get(id) ?? "sidlab"
}

export interface ClusterRun {
  readonly ctx: CellContext
  readonly root: string
  readonly plans: ReadonlyArray<Plan>
  readonly todo: ReadonlyArray<PlanCell>
  readonly flags: Readonly<Record<string, unknown>>
  /** Prints the finished cells' tables (as a local run does). */
  readonly printResults: (ok: (id: string) => boolean) => void
}

/** `run --executor slurm`: submit (or dry-run), then optionally follow; resolves to the exit status. */
export const runOnCluster = async (r: ClusterRun): Promise<number> => {
  if (r.flags.executor !== "slurm") throw new UsageError(`--executor must be "local" or "slurm", got "${String(r.flags.executor)}"`)
  const layer = slurmLayer(r.ctx, r.root, r.flags)
  const names = r.plans.map((p) => p.experiment)
  const request = { cells: r.todo, experimentOf: experimentOf(r.plans), experiments: names, ctx: r.ctx }
  if (r.flags["dry-run"]) {
    const text = await withExecutor("run", layer, Effect.gen(function*() {
      const executor = yield* BatchExecutor
      return yield* executor.dryRun({ cells: r.todo, experimentOf: request.experimentOf, queuedElsewhere: new Map(), dir: path.join(r.ctx.store, "slurm", "<submission>") })
    }))
    if (text === undefined) return ExitCode.failure
    out(text.trimEnd())
    return ExitCode.ok
  }
  if (r.todo.length === 0) {
    out("nothing to submit: every cell is cached")
    r.printResults(() => true)
    return ExitCode.ok
  }
  const submission = await withExecutor("run", layer, submitCells(request))
  if (submission === undefined) return ExitCode.failure
  const fresh = submission.jobs.filter((j) => !j.adopted)
  out(`submitted ${fresh.length} job${fresh.length === 1 ? "" : "s"}${fresh.length > 0 ? ` (${path.relative(process.cwd(), submission.dir) || submission.dir})` : ""}${submission.jobs.length > fresh.length ? `; ${submission.jobs.length - fresh.length} cell(s) already queued by an earlier run` : ""}`)
  for (const j of submission.jobs) out(`  job ${j.job.jobId}  ${j.cell.id}${j.adopted ? "  (queued earlier)" : ""}`)
  if (!r.flags.follow) {
    if (submission.jobs.length > 0) out(`follow: sidlab status ${names.join(" ")}; cancel: sidlab cancel ${names.join(" ")}`)
    return ExitCode.ok
  }
  let stop = false
  const onInt = () => void (stop = true)
  process.on("SIGINT", onInt)
  const tty = process.stdout.isTTY === true
  let drawn = 0
  let lastText = ""
  let lastAt = 0
  const views = await withExecutor("run", layer, followCells(r.ctx, submission.jobs, {
    pollMs: Number(process.env.SIDLAB_POLL_MS ?? "") > 0 ? Number(process.env.SIDLAB_POLL_MS) : 2000,
    stopped: () => stop,
    say: (line) => {
      if (tty && drawn > 0) process.stdout.write(`\x1b[${drawn}A\x1b[0J`), (drawn = 0)
      out(line)
    },
    draw: (lines) => {
      if (tty) {
        process.stdout.write(`${drawn > 0 ? `\x1b[${drawn}A\x1b[0J` : ""}${lines.join("\n")}\n`)
        drawn = lines.length
      } else if (lines.join("\n") !== lastText && (lines[0] !== lastText.split("\n")[0] || Date.now() - lastAt > 10_000)) {
        // a log gets a block when the counts change, and progress at most every 10 s
        out(lines.join("\n"))
        lastText = lines.join("\n")
        lastAt = Date.now()
      }
    }
  }))
  process.off("SIGINT", onInt)
  if (views === undefined) return ExitCode.failure
  if (stop && views.some((v) => v.state === "queued" || v.state === "running")) {
    err(`stopped following; the jobs go on (sidlab status ${names.join(" ")}; sidlab cancel ${names.join(" ")})`)
    return 130
  }
  const done = new Set(views.filter((v) => v.state === "done").map((v) => v.cell.id))
  r.printResults((id) => done.has(id) || !r.todo.some((c) => c.id === id))
  const bad = views.filter((v) => v.state !== "done")
  if (bad.length > 0) {
    err(`${bad.length} cell${bad.length === 1 ? "" : "s"} did not finish:`)
    for (const v of bad) err(`  ${v.cell.id}: job ${v.job.jobId} ${v.detail}`)
    return ExitCode.failure
  }
  return ExitCode.ok
}
