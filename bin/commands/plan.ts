/**
 * `sidlab plan [experiment] [--explain]`: the dry run (EDM's --dry-run). Compiles in memory, then prints
 * every cell with its status in the results store — cached, stale (stored under another key) or new —
 * and with --explain which key part changed: config, code file(s), packages or backend.
 */
import { existsSync } from "node:fs"
import { Option } from "effect"
import { Argument } from "effect/cli"
import * as path from "node:path"
import { closest, type Diagnostic, formatDiagnostic } from "../../dsl/compiler/DiagnosticText.ts"
import { freshPlans } from "../../dsl/compiler/Freshness.ts"
import type { Plan } from "../../dsl/Plan.ts"
import { StoreCorrupt } from "../../runner/errors.ts"
import { cellStatus, explainChange } from "../../runner/Store.ts"
import type { BackendIdentity } from "../../runner/StoreManifest.ts"
import { resolveBackend } from "../internal/experimentArgs.ts"
import { backendFlag, command, defaultRoot, err, ExitCode, fromPromise, optionalFlag, out, rootFlag, switchFlag, usage } from "../internal/command.ts"

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

export const planCommand = command(
  "plan",
  {
    summary: "Dry run: list each cell as cached, stale or new (--explain: why)",
    description: `Compiles the experiments (writing nothing) and prints every cell with its status in the results store:
  cached  a finished result with this exact key exists; run will skip it
  stale   the cell ran before under another key; run will recompute it
  new     the cell never ran
  corrupt a stored result fails its checksums; run will recompute it

Exit status: 0 ok, 1 compile problems or unreadable store, 2 usage error.`
  },
  {
    experiment: Argument.String("experiment").pipe(Argument.withDescription("An experiment name or a file path (default: all experiments)"), Argument.optional),
    explain: switchFlag("explain", "Say why each cell is not cached: config, code file(s), packages, backend, or a dependency cell (named, with its own reason) changed"),
    store: optionalFlag("store", "DIR", "Results store (default: <root>/.sidlab)"),
    backend: backendFlag("Backend to key for (default: the one sidlab run would choose; SIDLAB_BACKEND overrides)"),
    root: rootFlag
  },
  (flags) =>
    fromPromise(async () => {
      const root = path.resolve(flags.root ?? defaultRoot)
      const store = path.resolve(flags.store ?? path.join(root, ".sidlab"))
      const target = Option.getOrUndefined(flags.experiment)
      const isFile = target !== undefined && (target.endsWith(".ts") || target.includes("/"))
      if (isFile && !existsSync(path.resolve(target))) throw usage(`no experiment file ${target}`)
      const result = await planResult(root, isFile ? path.resolve(target) : undefined)
      for (const d of result.diagnostics) err(formatDiagnostic(d))
      let plans = result.plans
      if (target !== undefined && !isFile) {
        plans = plans.filter((p) => p.experiment === target)
        if (plans.length === 0 && result.diagnostics.length === 0) {
          const guess = closest(target, result.plans.map((p) => p.experiment))
          throw usage(`no experiment named "${target}"${guess ? `; did you mean "${guess}"?` : ""}`)
        }
      }
      const backend = await resolveBackend(flags.backend)
      try {
        plans.forEach((p, i) => (i > 0 && out(), printPlan(p, store, backend, flags.explain)))
      } catch (e) {
        if (e instanceof StoreCorrupt) return err(`sidlab plan: ${e.message}`), ExitCode.failure
        throw e
      }
      return result.diagnostics.length > 0 ? ExitCode.failure : ExitCode.ok
    })
)
