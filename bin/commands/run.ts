/**
 * `sidlab run <experiment> [--cells PATTERN] [--jobs N] [--store DIR]`: runs the cells of an experiment
 * that are not cached, in dependency order, writing each finished cell atomically into the store.
 * A killed run resumes from its last checkpoint; Ctrl-C stops cleanly after saving one.
 */
import { mkdtempSync, rmSync } from "node:fs"
import { availableParallelism, tmpdir } from "node:os"
import * as path from "node:path"
import { Effect, Option } from "effect"
import { formatDiagnostic } from "../../dsl/compiler/DiagnosticText.ts"
import { backendIdentity } from "../../runner/Backend.ts"
import { holderLive } from "../../runner/Claims.ts"
import { installSigint } from "../../runner/Interrupt.ts"
import type { PlanCell } from "../../dsl/Plan.ts"
import { cellsToRun, globToRegExp } from "../../runner/Plans.ts"
import { cellStatus, quarantine, storeKey, storeProblem, sweepLeftovers } from "../../runner/Store.ts"
import { type CellContext, storedSummary, type SummaryRow } from "../../runner/StoredSummary.ts"
import { type Command, defaultRoot, err, ExitCode, out, parseOptions, UsageError } from "../internal/command.ts"
import { chosenBackend, pickPlans, projectPlans } from "../internal/experimentArgs.ts"
import { clusterOptions, clusterUsage } from "../internal/clusterOptions.ts"

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

/** Runs the cells on this machine; the executor and the scheduler (and with them the stages) load only here. */
const runLocally = async (ctx: CellContext, todo: ReadonlyArray<PlanCell>, jobs: number): Promise<ReadonlyMap<string, string>> => {
  installSigint()
  const [{ Executor }, { runCells }] = await Promise.all([import("../../runner/Executor.ts"), import("../../runner/Scheduler.ts")])
  const scratch = mkdtempSync(path.join(tmpdir(), "sidlab-run-"))
  try {
    const executor = jobs === 1 ? Executor.inProcess(ctx, scratch) : Executor.workers(ctx, scratch)
    return await Effect.runPromise(
      runCells(todo, jobs, (cell) => out(`▶ ${cell.kind} ${cell.id}${cell.name !== cell.id ? `  (${cell.name})` : ""}`)).pipe(Effect.provide(executor))
    )
  } finally {
    rmSync(scratch, { recursive: true, force: true })
  }
}

export const runCommand: Command = {
  name: "run",
  summary: "Run an experiment's cells that are not cached (resumes killed runs)",
  usage: `Usage: sidlab run <experiment>... [--cells PATTERN] [--checks-only] [--recompute PATTERN] [--jobs N] [--store DIR] [--root DIR]
       sidlab run <experiment>... --executor slurm [--follow] [--dry-run] [--partition P] [--account A] [--time T] [--cpus N] [--mem-mb MB] [--sbatch-arg OPT]

Compiles the experiments (updating generated/ as sidlab compile does; plans in generated/ whose inputs
are unchanged are used as they are), then runs the cells of <experiment> (a file such as
experiments/quickstart.ts, an experiment name, or a directory such as experiments/ for all of them)
that have no finished result under their cache key (several experiments share identical cells), with their dependencies first. Each finished
cell is written atomically to the store; a cell whose key changed (config, code, packages, backend)
runs again. A run that was killed resumes from its last checkpoint; Ctrl-C stops after saving one.
Any number of runs may share one store (also over a shared file system): each cell is claimed by one
run and computed once; the others wait for its result. A stored result that fails its checksums is
moved to <store>/quarantine/ and recomputed.
When it is done it prints, for every distill cell, FD / alignment / precision / recall for each k
before and after training, and the path of that cell's summary.json.

Options:
  --cells PATTERN  Only cells whose id or name matches PATTERN (* is a wildcard), plus their dependencies
  --checks-only    Only the cells the experiments' regression checks read (what CI needs), plus their dependencies
  --recompute PATTERN  Recompute the matching cells even if they are stored (the old result is moved
                   to <store>/quarantine/)
  --jobs N         Run up to N independent cells at once, each in its own process (default 1)
  --store DIR      Results store (default: .sidlab in the project root)
  --root DIR       Project root (default: this repository)
  -h, --help       Show this help

${clusterUsage}

Exit status: 0 all cells done, 1 a cell failed or the experiments have problems, 2 usage error,
130 stopped by Ctrl-C (run again to resume). With --executor slurm and without --follow, 0 means
submitted; with --follow, 130 means it stopped following (the jobs go on).`,

  async run(argv) {
    const { values, positionals } = parseOptions(argv, {
      cells: { type: "string" }, "checks-only": { type: "boolean" }, recompute: { type: "string" }, jobs: { type: "string" }, store: { type: "string" }, root: { type: "string" }, ...clusterOptions
    }, Number.MAX_SAFE_INTEGER)
    if (values.help) return out(this.usage), ExitCode.ok
    const target = positionals[0]
    if (target === undefined) throw new UsageError("missing <experiment> (e.g. experiments/quickstart.ts)")
    if (values.executor !== undefined && values.executor !== "local" && values.executor !== "slurm") throw new UsageError(`--executor must be "local" or "slurm", got "${values.executor}"`)
    const cluster = values.executor === "slurm"
    for (const o of ["follow", "dry-run", "partition", "account", "time", "cpus", "mem-mb", "sbatch-arg", "signal-lead"] as const)
      if (!cluster && values[o] !== undefined) throw new UsageError(`--${o} needs --executor slurm`)
    const jobs = values.jobs === undefined ? 1 : Number(values.jobs)
    if (!Number.isInteger(jobs) || jobs < 1) throw new UsageError(`--jobs must be a whole number ≥ 1, got "${values.jobs}"`)
    // the native backend's threads: the --jobs workers share the cores (2 processes × 2 threads on 2 cores
    // run at 0.6× the speed of 2 × 1); results do not depend on the thread count
    if (jobs > 1 && process.env.SIDLAB_THREADS === undefined) process.env.SIDLAB_THREADS = String(Math.max(1, Math.floor(availableParallelism() / jobs)))
    const root = path.resolve(values.root ?? defaultRoot)
    const store = path.resolve(values.store ?? path.join(root, ".sidlab"))

    // a store we cannot write is found before any work, not after the first cell
    const unwritable = storeProblem(store)
    if (unwritable !== undefined) return err(`sidlab run: ${unwritable}`), ExitCode.failure
    // generated/ stays what sidlab compile would write, so compile --check passes after a run
    const compiled = await projectPlans(root, true)
    for (const f of compiled.written) out(`wrote ${f}`)
    if (compiled.diagnostics.length > 0) {
      for (const d of compiled.diagnostics) err(formatDiagnostic(d))
      return ExitCode.failure
    }
    const plans = [...new Set(positionals.flatMap((t) => pickPlans(compiled.plans, root, t)))]
    const cells = cellsToRun(plans, values.cells, values["checks-only"] === true)
    if (cells.length === 0) throw new UsageError(values["checks-only"] ? "the selected experiments declare no checks (--checks-only)" : `--cells ${values.cells} matches no cell`)
    const chosen = await chosenBackend()
    const ctx: CellContext = { store, backend: backendIdentity(chosen.name) }
    const backend = chosen.name
    out(`backend ${backend} (${chosen.reason.startsWith(`${backend}: `) ? chosen.reason.slice(backend.length + 2) : chosen.reason})`)
    for (const leftover of sweepLeftovers(store, holderLive)) err(`removed a leftover of a run that died: ${path.relative(process.cwd(), leftover)}`)
    if (values.recompute !== undefined) {
      const re = globToRegExp(values.recompute)
      const forced = cells.filter((c) => re.test(c.id) || re.test(c.name))
      if (forced.length === 0) throw new UsageError(`--recompute ${values.recompute} matches no cell of this run`)
      for (const c of forced) {
        const { status } = cellStatus(store, c, ctx.backend)
        if (status === "new" || status === "stale") continue
        err(`recomputing ${c.id}: its stored result was moved to ${path.relative(process.cwd(), quarantine(store, storeKey(c.planKey, ctx.backend)))}`)
      }
    }
    const todo = cells.filter((c) => cellStatus(store, c, ctx.backend, true).status !== "cached")
    out(`${plans.map((p) => p.experiment).join(", ")}: ${cells.length} cells, ${cells.length - todo.length} cached, ${todo.length} to run (backend ${backend}, store ${path.relative(process.cwd(), store) || "."})`)

    if (cluster) {
      const { runOnCluster } = await import("../internal/clusterRun.ts")
      return runOnCluster({ ctx, root, plans, todo, flags: values, printResults: (ok) => printResults(cells, ctx, target, ok) })
    }
    const outcomes = todo.length === 0 ? new Map<string, string>() : await runLocally(ctx, todo, jobs)
    const ok = (id: string) => !todo.some((c) => c.id === id) || ["computed", "cached", "reused"].includes(outcomes.get(id) ?? "")
    const failed = todo.filter((c) => outcomes.get(c.id) === "failed" || outcomes.get(c.id) === "skipped")
    const stopped = todo.some((c) => outcomes.get(c.id) === "stopped")
    printResults(cells, ctx, target, ok)
    if (stopped) return err("stopped; run the same command again to resume"), 130
    if (failed.length > 0) {
      return err(`${failed.length} cell${failed.length === 1 ? "" : "s"} failed or skipped: ${failed.map((c) => c.id).join(", ")}`), ExitCode.failure
    }
    return ExitCode.ok
  }
}
