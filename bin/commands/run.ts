/**
 * `sidlab run <experiment> [--cells PATTERN] [--jobs N] [--store DIR]`: runs the cells of an experiment
 * that are not cached, in dependency order, writing each finished cell atomically into the store.
 * A killed run resumes from its last checkpoint; Ctrl-C stops cleanly after saving one.
 */
import { spawn } from "node:child_process"
import { existsSync, mkdtempSync, rmSync, writeFileSync } from "node:fs"
import { availableParallelism, tmpdir } from "node:os"
import * as path from "node:path"
import { fileURLToPath } from "node:url"
import { Option } from "effect"
import { storeKey } from "../../dsl/compiler/CacheKey.ts"
import { formatDiagnostic } from "../../dsl/compiler/Diagnostics.ts"
import { compile } from "../../dsl/compiler/main.ts"
import type { Plan, PlanCell } from "../../dsl/compiler/Plan.ts"
import { cellStatus } from "../../dsl/compiler/Store.ts"
import { type Command, defaultRoot, err, ExitCode, out, parseOptions, UsageError } from "../internal/command.ts"
import { storedSummary, type SummaryRow } from "../internal/cellRunner.ts"
import { executeCell, stopWasRequested } from "../internal/execute.ts"
import { chosenBackend } from "../internal/experimentArgs.ts"

/** Plans named by the argument: an experiment file, its name, or a directory (all of its experiments). */
export const selectPlans = (plans: ReadonlyArray<Plan>, root: string, arg: string): ReadonlyArray<Plan> => {
  // a relative path is taken from the working directory when it exists there, else from the project root
  const abs = path.isAbsolute(arg) || existsSync(path.resolve(arg)) ? path.resolve(arg) : path.resolve(root, arg)
  if (existsSync(abs) && !abs.endsWith(".ts")) {
    const rel = path.relative(root, abs).split(path.sep).join("/")
    return plans.filter((p) => p.source.startsWith(rel === "" ? "" : `${rel}/`))
  }
  const rel = path.relative(root, abs).split(path.sep).join("/")
  const hit = plans.filter((p) => p.source === rel || p.experiment === arg)
  if (hit.length === 0) {
    throw new UsageError(`no experiment "${arg}"; known: ${plans.map((p) => p.source).join(", ") || "(none)"}`)
  }
  return hit
}

/** The selected cells plus everything they depend on, in dependency order (prefit first, then by id). */
export const cellsToRun = (plans: ReadonlyArray<Plan>, pattern: string | undefined, checksOnly = false): ReadonlyArray<PlanCell> => {
  const all = new Map<string, PlanCell>()
  for (const p of plans) for (const c of p.cells) all.set(c.id, c)
  const re = pattern === undefined ? undefined : globToRegExp(pattern)
  const checked = new Set(plans.flatMap((p) => p.checks.flatMap((c) => c.cellIds)))
  const wanted = [...all.values()].filter((c) => (re === undefined || re.test(c.id) || re.test(c.name)) && (!checksOnly || checked.has(c.id)))
  const order: Array<PlanCell> = []
  const seen = new Set<string>()
  const visit = (c: PlanCell) => {
    if (seen.has(c.id)) return
    seen.add(c.id)
    for (const d of c.dependsOn) visit(all.get(d)!)
    order.push(c)
  }
  for (const c of wanted) visit(c)
  return order
}

/** A cell pattern (`*` is a wildcard, everything else literal) as an anchored RegExp. */
export const globToRegExp = (glob: string): RegExp =>
  new RegExp(`^${glob.split("*").map((s) => s.replace(/[.+?^${}()|[\]\\]/g, "\\$&")).join(".*")}$`)

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

/** Runs one cell in a child process (for --jobs > 1). */
const runInChild = (store: string, cell: PlanCell, scratch: string): Promise<number> => {
  const file = path.join(scratch, `${cell.id.replace(/[^a-zA-Z0-9._-]/g, "_")}.json`)
  writeFileSync(file, JSON.stringify(cell))
  const worker = fileURLToPath(new URL("../internal/cellWorker.ts", import.meta.url))
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ["--import", "tsx", worker, store, file], { stdio: ["ignore", "inherit", "inherit"] })
    child.on("exit", (code, signal) => resolve(code ?? (signal === "SIGINT" ? 130 : 1)))
  })
}

export const runCommand: Command = {
  name: "run",
  summary: "Run an experiment's cells that are not cached (resumes killed runs)",
  usage: `Usage: sidlab run <experiment>... [--cells PATTERN] [--checks-only] [--jobs N] [--store DIR] [--root DIR]

Compiles the experiments, then runs the cells of <experiment> (a file such as
experiments/quickstart.ts, an experiment name, or a directory such as experiments/ for all of them)
that have no finished result under their cache key (several experiments share identical cells), with their dependencies first. Each finished
cell is written atomically to the store; a cell whose key changed (config, code, packages, backend)
runs again. A run that was killed resumes from its last checkpoint; Ctrl-C stops after saving one.
When it is done it prints, for every distill cell, FD / alignment / precision / recall for each k
before and after training, and the path of that cell's summary.json.

Options:
  --cells PATTERN  Only cells whose id or name matches PATTERN (* is a wildcard), plus their dependencies
  --checks-only    Only the cells the experiments' regression checks read (what CI needs), plus their dependencies
  --jobs N         Run up to N independent cells at once, each in its own process (default 1)
  --store DIR      Results store (default: .sidlab in the project root)
  --root DIR       Project root (default: this repository)
  -h, --help       Show this help

Exit status: 0 all cells done, 1 a cell failed or the experiments have problems, 2 usage error,
130 stopped by Ctrl-C (run again to resume).`,

  async run(argv) {
    const { values, positionals } = parseOptions(argv, {
      cells: { type: "string" }, "checks-only": { type: "boolean" }, jobs: { type: "string" }, store: { type: "string" }, root: { type: "string" }
    }, Number.MAX_SAFE_INTEGER)
    if (values.help) return out(this.usage), ExitCode.ok
    const target = positionals[0]
    if (target === undefined) throw new UsageError("missing <experiment> (e.g. experiments/quickstart.ts)")
    const jobs = values.jobs === undefined ? 1 : Number(values.jobs)
    if (!Number.isInteger(jobs) || jobs < 1) throw new UsageError(`--jobs must be a whole number ≥ 1, got "${values.jobs}"`)
    // the native backend's threads: the --jobs workers share the cores (2 processes × 2 threads on 2 cores
    // run at 0.6× the speed of 2 × 1); results do not depend on the thread count
    if (jobs > 1 && process.env.SIDLAB_THREADS === undefined) process.env.SIDLAB_THREADS = String(Math.max(1, Math.floor(availableParallelism() / jobs)))
    const root = path.resolve(values.root ?? defaultRoot)
    const store = path.resolve(values.store ?? path.join(root, ".sidlab"))

    const compiled = await compile(root, { write: false })
    if (compiled.diagnostics.length > 0) {
      for (const d of compiled.diagnostics) err(formatDiagnostic(d))
      return ExitCode.failure
    }
    const plans = [...new Set(positionals.flatMap((t) => selectPlans(compiled.plans, root, t)))]
    const cells = cellsToRun(plans, values.cells, values["checks-only"] === true)
    if (cells.length === 0) throw new UsageError(values["checks-only"] ? "the selected experiments declare no checks (--checks-only)" : `--cells ${values.cells} matches no cell`)
    const { name: backend, reason } = await chosenBackend()
    out(`backend ${backend} (${reason.startsWith(`${backend}: `) ? reason.slice(backend.length + 2) : reason})`)
    const todo = cells.filter((c) => cellStatus(store, c, backend).status !== "cached")
    out(`${plans.map((p) => p.experiment).join(", ")}: ${cells.length} cells, ${cells.length - todo.length} cached, ${todo.length} to run (backend ${backend}, store ${path.relative(process.cwd(), store) || "."})`)

    const done = new Set(cells.filter((c) => !todo.includes(c)).map((c) => c.id))
    const failed = new Set<string>()
    const scratch = mkdtempSync(path.join(tmpdir(), "sidlab-run-"))
    let stopped = false
    try {
      const pending = [...todo]
      const running = new Map<string, Promise<void>>()
      while (pending.length > 0 || running.size > 0) {
        const ready = pending.filter((c) => c.dependsOn.every((d) => done.has(d)))
        const blocked = pending.filter((c) => c.dependsOn.some((d) => failed.has(d)))
        for (const c of blocked) {
          pending.splice(pending.indexOf(c), 1)
          failed.add(c.id)
          err(`skipping ${c.id}: a cell it depends on failed`)
        }
        while (!stopped && running.size < jobs && ready.length > 0) {
          const cell = ready.shift()!
          pending.splice(pending.indexOf(cell), 1)
          out(`▶ ${cell.kind} ${cell.id}${cell.name !== cell.id ? `  (${cell.name})` : ""}`)
          const job = (jobs === 1 ? executeCell(store, cell) : runInChild(store, cell, scratch)).then((code) => {
            running.delete(cell.id)
            if (code === 0) done.add(cell.id)
            else if (code === 130) stopped = true
            else failed.add(cell.id)
          })
          running.set(cell.id, job)
        }
        if (running.size === 0) break
        await Promise.race(running.values())
        if (stopWasRequested()) stopped = true
      }
    } finally {
      rmSync(scratch, { recursive: true, force: true })
    }

    const finished = cells.flatMap((cell) => {
      if (cell.kind !== "distill" || !done.has(cell.id)) return []
      const key = storeKey(cell.planKey, backend)
      const rows = storedSummary(store, key)
      return Option.isSome(rows) ? [{ cell, key, rows: rows.value }] : []
    })
    if (finished.length <= 2) {
      for (const { cell, key, rows } of finished) {
        out("")
        out(`${cell.name} — before and after training (k = sampling steps; "data" = fresh true samples)`)
        out(beforeAfterTable(rows))
        out(`summary: ${path.join(store, "cells", key, "summary.json")}`)
      }
    } else {
      out("")
      out(compactTable(finished.map((f) => ({ name: f.cell.name, K: f.cell.config.generator.numSteps, rows: f.rows }))))
      out(`per-cell summaries: ${path.join(store, "cells", "<key>", "summary.json")}; tables: sidlab table ${target}`)
    }
    if (stopped) return err("stopped; run the same command again to resume"), 130
    if (failed.size > 0) return err(`${failed.size} cell${failed.size === 1 ? "" : "s"} failed`), ExitCode.failure
    return ExitCode.ok
  }
}
