/**
 * `sidlab run --executor slurm`, `sidlab status` and `sidlab cancel`: argument handling around the
 * cluster executor (runner/Batch.ts, runner/BatchFollow.ts, runner/executors/slurm/). Settings come
 * from flags, then SIDLAB_SLURM_* variables, then the `slurm` block of <root>/sidlab.config.json.
 */
import { existsSync, readFileSync } from "node:fs"
import * as path from "node:path"
import { Effect } from "effect"
import type { Plan, PlanCell } from "../../dsl/Plan.ts"
import { submitCells } from "../../runner/Batch.ts"
import { followCells } from "../../runner/BatchFollow.ts"
import type { CellContext } from "../../runner/Cells.ts"
import { messageOf } from "../../runner/errors.ts"
import { BatchExecutor } from "../../runner/Executor.ts"
import { resolveSettings, type SlurmSettings } from "../../runner/executors/slurm/Settings.ts"
import { slurmExecutorLayer } from "../../runner/executors/slurm/SlurmExecutor.ts"
import type { ClusterFlags } from "./clusterOptions.ts"
import { err, exitWith, ExitCode, out, usage, type UsageError } from "./command.ts"

export const configFile = (root: string): string => path.join(root, "sidlab.config.json")

/** The Slurm settings from flags > environment > config file > defaults; a bad value is a usage error. */
const settingsFor = (root: string, flags: Partial<ClusterFlags>): Effect.Effect<SlurmSettings, UsageError> =>
  Effect.gen(function*() {
    const file = configFile(root)
    const block = existsSync(file)
      ? yield* Effect.try({
        try: () => (JSON.parse(readFileSync(file, "utf8")) as { slurm?: unknown }).slurm,
        catch: (e) => usage(`${file} is not valid JSON (${messageOf(e)})`)
      })
      : undefined
    const raw = {
      partition: flags.partition, account: flags.account, timeLimit: flags.time, cpus: flags.cpus, memMb: flags.memMb,
      extraArgs: flags.sbatchArg !== undefined && flags.sbatchArg.length > 0 ? flags.sbatchArg : undefined, signalLeadSeconds: flags.signalLead
    }
    return yield* resolveSettings({ file: { path: file, block }, env: process.env, flags: raw }).pipe(Effect.mapError((e) => usage(e.message)))
  })

/** Runs `effect` with the Slurm executor of a store and backend (what run, status and cancel use). */
export const withSlurm = <A, E, R>(ctx: CellContext, root: string, flags: Partial<ClusterFlags>, effect: Effect.Effect<A, E, R>) =>
  settingsFor(root, flags).pipe(Effect.flatMap((settings) => Effect.provide(effect, slurmExecutorLayer({ ctx, settings }))))
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
  readonly flags: ClusterFlags
  /** Prints the finished cells' tables (as a local run does). */
  readonly printResults: (ok: (id: string) => boolean) => void
}

/** `run --executor slurm`: submit (or dry-run), then optionally follow; Ctrl-C while following stops following. */
export const runOnCluster = (r: ClusterRun) =>
  withSlurm(r.ctx, r.root, r.flags, Effect.gen(function*() {
    const executor = yield* BatchExecutor
    const names = r.plans.map((p) => p.experiment)
    const request = { cells: r.todo, experimentOf: experimentOf(r.plans), experiments: names, ctx: r.ctx }
    if (r.flags.dryRun) {
      const text = yield* executor.dryRun({ cells: r.todo, experimentOf: request.experimentOf, queuedElsewhere: new Map(), dir: path.join(r.ctx.store, "slurm", "<submission>") })
      return out(text.trimEnd())
    }
    if (r.todo.length === 0) {
      out("nothing to submit: every cell is cached")
      return r.printResults(() => true)
    }
    const submission = yield* submitCells(request)
    const fresh = submission.jobs.filter((j) => !j.adopted)
    out(`submitted ${fresh.length} job${fresh.length === 1 ? "" : "s"}${fresh.length > 0 ? ` (${path.relative(process.cwd(), submission.dir) || submission.dir})` : ""}${submission.jobs.length > fresh.length ? `; ${submission.jobs.length - fresh.length} cell(s) already queued by an earlier run` : ""}`)
    for (const j of submission.jobs) out(`  job ${j.job.jobId}  ${j.cell.id}${j.adopted ? "  (queued earlier)" : ""}`)
    if (!r.flags.follow) {
      if (submission.jobs.length > 0) out(`follow: sidlab status ${names.join(" ")}; cancel: sidlab cancel ${names.join(" ")}`)
      return
    }
    const tty = process.stdout.isTTY === true
    let drawn = 0
    let lastText = ""
    let lastAt = 0
    const views = yield* followCells(r.ctx, submission.jobs, {
      pollMs: Number(process.env.SIDLAB_POLL_MS ?? "") > 0 ? Number(process.env.SIDLAB_POLL_MS) : 2000,
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
    }).pipe(Effect.onInterrupt(() => Effect.sync(() => err(`stopped following; the jobs go on (sidlab status ${names.join(" ")}; sidlab cancel ${names.join(" ")})`))))
    const done = new Set(views.filter((v) => v.state === "done").map((v) => v.cell.id))
    r.printResults((id) => done.has(id) || !r.todo.some((c) => c.id === id))
    const bad = views.filter((v) => v.state !== "done")
    if (bad.length > 0) {
      err(`${bad.length} cell${bad.length === 1 ? "" : "s"} did not finish:`)
      for (const v of bad) err(`  ${v.cell.id}: job ${v.job.jobId} ${v.detail}`)
      return yield* exitWith(ExitCode.failure)
    }
  }))
