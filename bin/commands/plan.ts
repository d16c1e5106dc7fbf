/**
 * `sidlab plan [experiment] [--explain]`: the dry run (EDM's --dry-run). Compiles in memory, then prints
 * every cell with its status in the results store — cached, stale (stored under another key) or new —
 * and with --explain which key part changed: config, code file(s), packages or backend.
 */
import { existsSync } from "node:fs"
import * as path from "node:path"
import { closest, type Diagnostic, formatDiagnostic } from "../../dsl/compiler/DiagnosticText.ts"
import { freshPlans } from "../../dsl/compiler/Freshness.ts"
import type { Plan } from "../../dsl/Plan.ts"
import { StoreCorrupt } from "../../runner/errors.ts"
import { type BackendIdentity, cellStatus, explainChange } from "../../runner/Store.ts"
import { resolveBackend } from "../internal/experimentArgs.ts"
import { type Command, defaultRoot, err, ExitCode, out, parseOptions, UsageError } from "../internal/command.ts"

const printPlan = (plan: Plan, store: string, backend: BackendIdentity, explain: boolean): void => {
  const shown = path.relative(process.cwd(), store) || "."
  out(`${plan.experiment} (${plan.source}): ${plan.cells.length} cells, backend ${backend.name}, store ${shown}`)
  const width = Math.max(...plan.cells.map((c) => c.id.length))
  const counts = { cached: 0, stale: 0, new: 0, corrupt: 0 }
  const byId = new Map(plan.cells.map((c) => [c.id, c]))
  // why a dependency's key changed, in the same words as for the dependency itself
  const whyChanged = (id: string): string => {
    const dep = byId.get(id)
    if (dep === undefined) return "its key changed"
    const s = cellStatus(store, dep, backend)
    if (s.status !== "stale") return s.status === "new" ? "it never ran" : "its key changed"
    return explainChange(dep, backend, s.previous, whyChanged).join("; ")
  }
  for (const cell of plan.cells) {
    const s = cellStatus(store, cell, backend)
    counts[s.status]++
    out(`  ${s.status.padEnd(7)}  ${cell.kind.padEnd(11)}  ${cell.id.padEnd(width)}  ${cell.name}`)
    if (!explain) continue
    const why = s.status === "cached"
      ? `stored under ${s.storeKey.slice(0, 12)}`
      : s.status === "new"
        ? "no stored result for this cell id"
        : s.status === "corrupt"
          ? `${s.problem.message}; run will recompute it`
          : explainChange(cell, backend, s.previous, whyChanged).join("; ")
    out(`           ↳ ${why}`)
  }
  out(`${counts.cached} cached, ${counts.stale} stale, ${counts.new} new${counts.corrupt > 0 ? `, ${counts.corrupt} corrupt` : ""}`)
}

/** All plans, or those of one experiment file: the fresh ones in generated/ when there are, else compiled as before. */
const planResult = async (root: string, file: string | undefined): Promise<{ readonly diagnostics: ReadonlyArray<Diagnostic>; readonly plans: ReadonlyArray<Plan> }> => {
  const fresh = freshPlans(root)
  const rel = file === undefined ? undefined : path.relative(root, file).split(path.sep).join("/")
  const mine = fresh?.filter((p) => rel === undefined || p.source === rel)
  if (mine !== undefined && mine.length > 0) return { diagnostics: [], plans: mine }
  const { compile } = await import("../../dsl/compiler/main.ts")
  return compile(root, { write: false, ...(file !== undefined ? { files: [file] } : {}) })
}

export const planCommand: Command = {
  name: "plan",
  summary: "Dry run: list each cell as cached, stale or new (--explain: why)",
  usage: `Usage: sidlab plan [experiment] [--explain] [--store DIR] [--backend NAME] [--root DIR]

Compiles the experiments (writing nothing) and prints every cell with its status in the results store:
  cached  a finished result with this exact key exists; run will skip it
  stale   the cell ran before under another key; run will recompute it
  new     the cell never ran
  corrupt a stored result fails its checksums; run will recompute it
[experiment] is an experiment name or a file path; default: all experiments.

Options:
  --explain       Say why each cell is not cached: config, code file(s), packages, backend, or a
                  dependency cell (named, with its own reason) changed
  --store DIR     Results store (default: <root>/.sidlab)
  --backend NAME  Backend to key for (default: the one sidlab run would choose; SIDLAB_BACKEND overrides)
  --root DIR      Project root (default: this repository)
  -h, --help      Show this help

Exit status: 0 ok, 1 compile problems or unreadable store, 2 usage error.`,

  async run(argv) {
    const { values, positionals } = parseOptions(argv, {
      explain: { type: "boolean" },
      store: { type: "string" },
      backend: { type: "string" },
      root: { type: "string" }
    }, 1)
    if (values.help) return out(this.usage), ExitCode.ok
    const root = path.resolve(values.root ?? defaultRoot)
    const store = path.resolve(values.store ?? path.join(root, ".sidlab"))
    const target = positionals[0]
    const isFile = target !== undefined && (target.endsWith(".ts") || target.includes("/"))
    if (isFile && !existsSync(path.resolve(target))) throw new UsageError(`no experiment file ${target}`)
    const result = await planResult(root, isFile ? path.resolve(target) : undefined)
    for (const d of result.diagnostics) err(formatDiagnostic(d))
    let plans = result.plans
    if (target !== undefined && !isFile) {
      plans = plans.filter((p) => p.experiment === target)
      if (plans.length === 0 && result.diagnostics.length === 0) {
        const guess = closest(target, result.plans.map((p) => p.experiment))
        throw new UsageError(`no experiment named "${target}"${guess ? `; did you mean "${guess}"?` : ""}`)
      }
    }
    const backend = await resolveBackend(values.backend)
    try {
      plans.forEach((p, i) => (i > 0 && out(), printPlan(p, store, backend, values.explain ?? false)))
    } catch (e) {
      if (e instanceof StoreCorrupt) return err(`sidlab plan: ${e.message}`), ExitCode.failure
      throw e
    }
    return result.diagnostics.length > 0 ? ExitCode.failure : ExitCode.ok
  }
}
