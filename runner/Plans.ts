/**
 * Plan loading: compile the experiments in memory, pick the plans a command names, and the cells a run
 * needs (the selected ones and everything they depend on, dependencies first).
 */
import { Schema } from "effect"
import { existsSync } from "node:fs"
import * as path from "node:path"
import type { Plan, PlanCell } from "../dsl/Plan.ts"

/** A command named an experiment or cell pattern that matches nothing. */
export class NoSuchTarget extends Schema.TaggedError<NoSuchTarget>()("NoSuchTarget", { detail: Schema.String }) {
  override get message() {
    return this.detail
  }
}

/** Plans named by the argument: an experiment file, its name, or a directory (all of its experiments). */
export const selectPlans = (plans: ReadonlyArray<Plan>, root: string, arg: string): ReadonlyArray<Plan> => {
  // a relative path is taken from the working directory when it exists there, else from the project root
  const abs = path.isAbsolute(arg) || existsSync(path.resolve(arg)) ? path.resolve(arg) : path.resolve(root, arg)
  const rel = path.relative(root, abs).split(path.sep).join("/")
  if (existsSync(abs) && !abs.endsWith(".ts")) return plans.filter((p) => p.source.startsWith(rel === "" ? "" : `${rel}/`))
  const hit = plans.filter((p) => p.source === rel || p.experiment === arg)
  if (hit.length === 0) throw new NoSuchTarget({ detail: `no experiment "${arg}"; known: ${plans.map((p) => p.source).join(", ") || "(none)"}` })
  return hit
}

/** A cell pattern (`*` is a wildcard, everything else literal) as an anchored RegExp. */
export const globToRegExp = (glob: string): RegExp =>
  new RegExp(`^${glob.split("*").map((s) => s.replace(/[.+?^${}()|[\]\\]/g, "\\$&")).join(".*")}$`)

/** The selected cells plus everything they depend on, in dependency order (dependencies first, then by id). */
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

/** Every cell of the given plans by id (identical cells of several experiments appear once). */
export const cellIndex = (plans: ReadonlyArray<Plan>): ReadonlyMap<string, PlanCell> => new Map(plans.flatMap((p) => p.cells.map((c) => [c.id, c] as const)))
