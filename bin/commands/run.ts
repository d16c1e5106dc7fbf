/**
 * `sidlab run <experiment> [--cells PATTERN] [--jobs N] [--store DIR]`: runs the cells of an experiment
 * that are not cached, in dependency order, writing each finished cell atomically into the store.
 * A killed run resumes from its last checkpoint; Ctrl-C stops cleanly after saving one.
 */
import { mkdtempSync, rmSync } from "node:fs"
import { availableParallelism, tmpdir } from "node:os"
import * as path from "node:path"
import { Effect, Option } from "effect"
import { Argument } from "effect/cli"
import { formatDiagnostic } from "../../dsl/compiler/DiagnosticText.ts"
import { backendIdentity } from "../../runner/Backend.ts"
import { holderLive } from "../../runner/Claims.ts"
import type { PlanCell } from "../../dsl/Plan.ts"
import { cellsToRun, globToRegExp } from "../../runner/Plans.ts"
import { cellStatus, storeProblem } from "../../runner/Store.ts"
import { storeKey } from "../../runner/StoreManifest.ts"
import { quarantine, sweepLeftovers } from "../../runner/StorePublish.ts"
import { type CellContext, storedSummary, type SummaryRow } from "../../runner/StoredSummary.ts"
import { command, countFlag, defaultRoot, err, exitWith, ExitCode, optionalFlag, out, rootFlag, storeFlag, switchFlag, usage } from "../internal/command.ts"
import { chosenBackend, pickPlans, projectPlans } from "../internal/experimentArgs.ts"
import { clusterFlags, givenClusterFlags } from "../internal/clusterOptions.ts"

const f = (x: number, digits: number) => x.toFixed(digits)

/** The before/after table of one distill cell (the quick start's output). */
export const beforeAfterTable = (rows: ReadonlyArray<SummaryRow>): string => {
  const at = (phase: SummaryRow["phase"], k: number) => rows.find((r) => r.phase === phase && r.k === k)
  const ks = [...new Set(rows.filter((r) => r.phase !== "data").map((r) => r.k))].sort((a, b) => a - b)
  const lines = [
    "| k | FD before | FD after | alignment before | alignment after | precision before | precision after | recall before | recall after | coverage after |",
    "|---|---|---|---|---|---|---|---|---|---|"
  ]
  for (const k of ks) {
    const b = at("before", k)
    const a = at("after", k)
    if (!a || !b) continue
    lines.push(`| ${k} | ${f(b.fd, 4)} | ${f(a.fd, 4)} | ${f(b.alignment, 3)} | ${f(a.alignment, 3)} | ${f(b.precision, 3)} | ${f(a.precision, 3)} | ${f(b.recall, 3)} | ${f(a.recall, 3)} | ${f(a.coverage, 2)} |`)
  }
  const d = rows.find((r) => r.phase === "data")
  if (d) lines.push(`| data | ${f(d.fd, 4)} | | ${f(d.alignment, 3)} | | ${f(d.precision, 3)} | | ${f(d.recall, 3)} | | ${f(d.coverage, 2)} |`)
  return lines.join("\n")
}

/** One line per cell: FD and alignment at its own K, before → after. */
export const compactTable = (cells: ReadonlyArray<{ name: string; K: number; rows: ReadonlyArray<SummaryRow> }>): string => {
  const lines = ["| cell | K | FD before → after | alignment before → after | recall after |", "|---|---|---|---|---|"]
  for (const c of cells) {
    const b = c.rows.find((r) => r.phase === "before" && r.k === c.K)
    const a = c.rows.find((r) => r.phase === "after" && r.k === c.K)
    if (!a || !b) continue
    lines.push(`| ${c.name} | ${c.K} | ${f(b.fd, 4)} → ${f(a.fd, 4)} | ${f(b.alignment, 3)} → ${f(a.alignment, 3)} | ${f(a.recall, 3)} |`)
  }
  return lines.join("\n")
}

/** The before/after tables of the distill cells that finished (`ok`), as the quick start prints them. */
export const printResults = (cells: ReadonlyArray<PlanCell>, ctx: CellContext, target: string, ok: (id: string) => boolean): void => {
  const finished = cells.flatMap((cell) => {
    if (cell.kind !== "distill" || !ok(cell.id)) return []
    const key = storeKey(cell.planKey, ctx.backend)
    const rows = storedSummary(ctx.store, key)
    return Option.isSome(rows) ? [{ cell, key, rows: rows.value }] : []
  })
  if (finished.length <= 2) {
    for (const { cell, key, rows } of finished) {
      out("")
      out(`${cell.name} — before and after training (k = sampling steps; "data" = fresh true samples)`)
      out(beforeAfterTable(rows))
      out(`summary: ${path.join(ctx.store, "cells", key, "summary.json")}`)
    }
  } else {
    out("")
    out(compactTable(finished.map((f) => ({ name: f.cell.name, K: f.cell.config.generator.numSteps, rows: f.rows }))))
    out(`per-cell summaries: ${path.join(ctx.store, "cells", "<key>", "summary.json")}; tables: sidlab table ${target}`)
  }
}

/**
 * Runs the cells on this machine; the executor and the scheduler (and with them the stages) load only
 * here. Interrupting it (Ctrl-C) stops every cell (a distill cell after a checkpoint) and starts no other.
 */
const runLocally = (ctx: CellContext, todo: ReadonlyArray<PlanCell>, jobs: number) =>
  Effect.gen(function*() {
    const [{ Executor }, { runCells }] = yield* Effect.promise(() => Promise.all([import("../../runner/Executor.ts"), import("../../runner/Scheduler.ts")]))
    return yield* Effect.acquireUseRelease(
      Effect.sync(() => mkdtempSync(path.join(tmpdir(), "sidlab-run-"))),
      (scratch) =>
        runCells(todo, jobs, (cell) => out(`▶ ${cell.kind} ${cell.id}${cell.name !== cell.id ? `  (${cell.name})` : ""}`))
          .pipe(Effect.provide(jobs === 1 ? Executor.inProcess(ctx, scratch) : Executor.workers(ctx, scratch))),
      (scratch) => Effect.sync(() => rmSync(scratch, { recursive: true, force: true }))
    )
  })

const stoppedMessage = "stopped; run the same command again to resume"

export const runCommand = command(
  "run",
  {
    summary: "Run an experiment's cells that are not cached (resumes killed runs)",
    description: `Compiles the experiments (updating generated/ as sidlab compile does; plans in generated/ whose inputs
are unchanged are used as they are), then runs the cells of <experiment> (a file such as
experiments/quickstart.ts, an experiment name, or a directory such as experiments/ for all of them)
that have no finished result under their cache key (several experiments share identical cells), with their
dependencies first. Each finished cell is written atomically to the store; a cell whose key changed (config,
code, packages, backend) runs again. A run that was killed resumes from its last checkpoint; Ctrl-C stops
after saving one. Any number of runs may share one store (also over a shared file system): each cell is
claimed by one run and computed once; the others wait for its result. A stored result that fails its
checksums is moved to <store>/quarantine/ and recomputed.
When it is done it prints, when one or two distill cells finished, each one's FD / alignment / precision /
recall / coverage for each k before and after training (with the data floor) and the path of its
summary.json; when more finished, one line per cell (FD and alignment at its K before → after, recall after).
With --executor slurm the cells run as batch jobs (docs/slurm.md); status and cancel follow them.

Exit status: 0 all cells done, 1 a cell failed or the experiments have problems, 2 usage error,
130 stopped by Ctrl-C (run again to resume). With --executor slurm and without --follow, 0 means
submitted; with --follow, 130 means it stopped following (the jobs go on).`
  },
  {
    experiments: Argument.String("experiment").pipe(
      Argument.withDescription("An experiment file (e.g. experiments/quickstart.ts), name, or directory of them"),
      Argument.atLeast(1)
    ),
    cells: optionalFlag("cells", "PATTERN", "Only cells whose id or name matches PATTERN (* is a wildcard), plus their dependencies"),
    checksOnly: switchFlag("checks-only", "Only the cells the experiments' regression checks read (what CI needs), plus their dependencies"),
    recompute: optionalFlag("recompute", "PATTERN", "Recompute the matching cells even if they are stored (the old result is moved to <store>/quarantine/)"),
    jobs: countFlag("jobs", "N", "Run up to N independent cells at once, each in its own process (default 1)"),
    store: storeFlag,
    root: rootFlag,
    ...clusterFlags
  },
  (flags) => Effect.gen(function*() {
    const cluster = flags.executor === "slurm"
    const needCluster = givenClusterFlags(flags)
    if (!cluster && needCluster.length > 0) return yield* usage(`${needCluster[0]} needs --executor slurm`)
    const jobs = flags.jobs ?? 1
    // the native backend's threads: the --jobs workers share the cores (2 processes × 2 threads on 2 cores
    // run at 0.6× the speed of 2 × 1); results do not depend on the thread count
    if (jobs > 1 && process.env.SIDLAB_THREADS === undefined) process.env.SIDLAB_THREADS = String(Math.max(1, Math.floor(availableParallelism() / jobs)))
    const root = path.resolve(flags.root ?? defaultRoot)
    const store = path.resolve(flags.store ?? path.join(root, ".sidlab"))
    const target = flags.experiments[0]!

    // a store we cannot write is found before any work, not after the first cell
    const unwritable = storeProblem(store)
    if (unwritable !== undefined) return err(`sidlab run: ${unwritable}`), yield* exitWith(ExitCode.failure)
    // generated/ stays what sidlab compile would write, so compile --check passes after a run
    const compiled = yield* Effect.promise(() => projectPlans(root, true))
    for (const f of compiled.written) out(`wrote ${f}`)
    if (compiled.diagnostics.length > 0) {
      for (const d of compiled.diagnostics) err(formatDiagnostic(d))
      return yield* exitWith(ExitCode.failure)
    }
    const plans = [...new Set(flags.experiments.flatMap((t) => pickPlans(compiled.plans, root, t)))]
    const cells = cellsToRun(plans, flags.cells, flags.checksOnly)
    if (cells.length === 0) return yield* usage(flags.checksOnly ? "the selected experiments declare no checks (--checks-only)" : `--cells ${flags.cells} matches no cell`)
    const chosen = yield* Effect.promise(() => chosenBackend())
    const ctx: CellContext = { store, backend: backendIdentity(chosen.name) }
    const backend = chosen.name
    out(`backend ${backend} (${chosen.reason.startsWith(`${backend}: `) ? chosen.reason.slice(backend.length + 2) : chosen.reason})`)
    for (const leftover of sweepLeftovers(store, holderLive)) err(`removed a leftover of a run that died: ${path.relative(process.cwd(), leftover)}`)
    if (flags.recompute !== undefined) {
      const re = globToRegExp(flags.recompute)
      const forced = cells.filter((c) => re.test(c.id) || re.test(c.name))
      if (forced.length === 0) return yield* usage(`--recompute ${flags.recompute} matches no cell of this run`)
      for (const c of forced) {
        const { status } = cellStatus(store, c, ctx.backend)
        if (status === "new" || status === "stale") continue
        err(`recomputing ${c.id}: its stored result was moved to ${path.relative(process.cwd(), quarantine(store, storeKey(c.planKey, ctx.backend)))}`)
      }
    }
    const todo = cells.filter((c) => cellStatus(store, c, ctx.backend, true).status !== "cached")
    out(`${plans.map((p) => p.experiment).join(", ")}: ${cells.length} cells, ${cells.length - todo.length} cached, ${todo.length} to run (backend ${backend}, store ${path.relative(process.cwd(), store) || "."})`)

    if (cluster) {
      const { runOnCluster } = yield* Effect.promise(() => import("../internal/clusterRun.ts"))
      return yield* runOnCluster({ ctx, root, plans, todo, flags, printResults: (ok) => printResults(cells, ctx, target, ok) })
    }
    const outcomes = todo.length === 0 ? new Map<string, string>() : yield* runLocally(ctx, todo, jobs).pipe(
      // Ctrl-C: the tables of the cells in the store, and how to go on
      Effect.onInterrupt(() => Effect.sync(() => (printResults(cells, ctx, target, () => true), err(stoppedMessage))))
    )
    const ok = (id: string) => !todo.some((c) => c.id === id) || ["computed", "cached", "reused"].includes(outcomes.get(id) ?? "")
    const failed = todo.filter((c) => outcomes.get(c.id) === "failed" || outcomes.get(c.id) === "skipped")
    const stopped = todo.some((c) => outcomes.get(c.id) === "stopped")
    printResults(cells, ctx, target, ok)
    if (stopped) return err(stoppedMessage), yield* exitWith(ExitCode.interrupted)
    if (failed.length > 0) {
      err(`${failed.length} cell${failed.length === 1 ? "" : "s"} failed or skipped: ${failed.map((c) => c.id).join(", ")}`)
      return yield* exitWith(ExitCode.failure)
    }
  })
)
