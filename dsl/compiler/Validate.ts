/**
 * Validate: the declarations that refer to cells — tables, checks and extra `dependencies` — must name
 * axes, axis values and metrics that exist and select at least one cell; dependencies must not form a
 * cycle. Resolves them into the plan's form (selectors as axis-value labels, checks with cell ids).
 */
import type { SweepPoint } from "../Axis.ts"
import { type Experiment, type Metric, metricNames, metrics, type Selector, tablePhases } from "../Experiment.ts"
import { labelOf } from "../internal/common.ts"
import { didYouMean, locateInExperiment, quoteList } from "./Diagnostics.ts"
import type { CellDraft, Reporter } from "./Expand.ts"
import type { PlanCheck, PlanTable } from "../Plan.ts"

/** Axis name → its value labels, in sweep order. */
export type AxisValues = ReadonlyMap<string, ReadonlyArray<string>>

export const axisValues = (points: ReadonlyArray<Pick<SweepPoint, "labels">>): AxisValues => {
  const out = new Map<string, Array<string>>()
  for (const p of points) {
    for (const [name, label] of Object.entries(p.labels)) {
      const labels = out.get(name) ?? out.set(name, []).get(name)!
      if (!labels.includes(label)) labels.push(label)
    }
  }
  return out
}

type Path = ReadonlyArray<string | number>
const where = (path: Path): string => path.map((p, i) => (typeof p === "number" ? `[${p}]` : i === 0 ? p : `.${p}`)).join("")

/** A selector as axis → label, or undefined after reporting an unknown axis or value. */
const resolveSelector = (r: Reporter, sel: Selector | undefined, path: Path, axes: AxisValues): Record<string, string> | undefined => {
  if (sel === undefined) return {}
  let ok = true
  const out: Record<string, string> = {}
  for (const [name, value] of Object.entries(sel)) {
    const node = locateInExperiment(r.sf, [...path, name])
    const labels = axes.get(name)
    if (labels === undefined) {
      r.report(node, `${where(path)} names the axis "${name}", which does not exist; axes: ${quoteList(axes.keys())}${didYouMean(name, axes.keys())}`)
      ok = false
      continue
    }
    const label = labelOf(value)
    if (!labels.includes(label)) {
      r.report(node, `${where(path)} names the value "${label}" of the axis "${name}", which does not exist; values: ${quoteList(labels)}${didYouMean(label, labels)}`)
      ok = false
      continue
    }
    out[name] = label
  }
  return ok ? out : undefined
}

const matching = (cells: ReadonlyArray<CellDraft>, sel: Record<string, string>): ReadonlyArray<CellDraft> =>
  cells.filter((c) => c.kind === "distill" && Object.entries(sel).every(([n, l]) => c.axes[n] === l))

const describe = (sel: Record<string, string>): string =>
  Object.entries(sel).map(([n, l]) => `${n}: ${l}`).join(", ") || "any"

const numSteps = (c: CellDraft): number => (c.kind === "distill" ? c.config.generator.numSteps : 0)

const checkMetric = (r: Reporter, metric: unknown, path: Path): metric is Metric => {
  if (typeof metric === "string" && (metricNames as ReadonlyArray<string>).includes(metric)) return true
  r.report(locateInExperiment(r.sf, path), `${where(path)} names the metric "${String(metric)}", which does not exist; metrics: ${quoteList(metricNames)}${didYouMean(String(metric), metricNames)}`)
  return false
}

/** Validates the table declarations. */
export const validateTables = (r: Reporter, exp: Experiment, cells: ReadonlyArray<CellDraft>, axes: AxisValues): ReadonlyArray<PlanTable> => {
  const out: Array<PlanTable> = []
  const names = new Set<string>()
  const dims = ["k", ...axes.keys()]
  for (const [i, t] of (exp.tables ?? []).entries()) {
    let ok = true
    if (names.has(t.name)) r.report(locateInExperiment(r.sf, ["tables", i, "name"]), `two tables are named "${t.name}"`), ok = false
    names.add(t.name)
    for (const side of ["rows", "columns"] as const) {
      for (const [j, dim] of t[side].entries()) {
        if (dims.includes(dim)) continue
        r.report(locateInExperiment(r.sf, ["tables", i, side, j]), `tables[${i}].${side} names the axis "${dim}", which does not exist; axes: ${quoteList(dims)}${didYouMean(dim, dims)}`)
        ok = false
      }
    }
    const both = t.rows.find((d) => t.columns.includes(d))
    if (both !== undefined) r.report(locateInExperiment(r.sf, ["tables", i]), `tables[${i}] uses the axis "${both}" for both rows and columns`), ok = false
    for (const [j, m] of t.metrics.entries()) ok = checkMetric(r, m, ["tables", i, "metrics", j]) && ok
    const sel = resolveSelector(r, t.cells, ["tables", i, "cells"], axes)
    const selected = sel ? matching(cells, sel) : []
    if (sel && selected.length === 0) r.report(locateInExperiment(r.sf, ["tables", i, "cells"]), `tables[${i}].cells selects no cell (${describe(sel)})`), ok = false
    const maxK = Math.max(0, ...selected.map(numSteps))
    for (const [j, k] of (t.k ?? []).entries()) {
      if (Number.isInteger(k) && k >= 1 && k <= maxK) continue
      r.report(locateInExperiment(r.sf, ["tables", i, "k", j]), `tables[${i}].k names k = ${show(k)}, but the selected cells have K = ${maxK} steps at most`)
      ok = false
    }
    const phases: ReadonlyArray<unknown> = t.phases ?? []
    if (t.phases !== undefined && phases.length === 0) r.report(locateInExperiment(r.sf, ["tables", i, "phases"]), `tables[${i}].phases is empty; leave it out for ["after"]`), ok = false
    for (const [j, p] of phases.entries()) {
      const known: ReadonlyArray<unknown> = tablePhases
      if (known.includes(p) && phases.indexOf(p) === j) continue
      const why = known.includes(p) ? `names the phase "${String(p)}" twice` : `names the phase "${String(p)}", which does not exist; phases: ${quoteList(tablePhases)}${didYouMean(String(p), tablePhases)}`
      r.report(locateInExperiment(r.sf, ["tables", i, "phases", j]), `tables[${i}].phases ${why}`)
      ok = false
    }
    if (ok && sel) out.push({ name: t.name, rows: t.rows, columns: t.columns, metrics: t.metrics, ...(t.cells ? { cells: sel } : {}), ...(t.k ? { k: t.k } : {}), ...(t.phases ? { phases: t.phases } : {}) })
  }
  return out
}

const show = (v: unknown): string => (typeof v === "number" ? String(v) : JSON.stringify(v) ?? String(v))

/** Validates the check declarations. */
export const validateChecks = (r: Reporter, exp: Experiment, cells: ReadonlyArray<CellDraft>, axes: AxisValues): ReadonlyArray<PlanCheck> => {
  const out: Array<PlanCheck> = []
  for (const [i, c] of (exp.checks ?? []).entries()) {
    let ok = checkMetric(r, c.metric, ["checks", i, "metric"])
    if (c.relativeTo !== undefined) ok = checkMetric(r, c.relativeTo, ["checks", i, "relativeTo"]) && ok
    const sel = resolveSelector(r, c.cells, ["checks", i, "cells"], axes)
    const selected = sel ? matching(cells, sel) : []
    if (sel && selected.length === 0) r.report(locateInExperiment(r.sf, ["checks", i, "cells"]), `checks[${i}].cells selects no cell (${describe(sel)})`), ok = false
    const minK = Math.min(...selected.map(numSteps))
    if (selected.length > 0 && !(Number.isInteger(c.k) && c.k >= 1 && c.k <= minK)) {
      r.report(locateInExperiment(r.sf, ["checks", i, "k"]), `checks[${i}].k = ${show(c.k)} is not a step count of the selected cells (1..${minK})`)
      ok = false
    }
    const tol = Object.entries(c.tolerance ?? {})
    const tolOk = tol.length === 1 && ["abs", "rel", "sigma"].includes(tol[0]![0]) && Number.isFinite(tol[0]![1]) && (tol[0]![1] as number) >= 0
    if (!tolOk) {
      r.report(locateInExperiment(r.sf, ["checks", i, "tolerance"]), `checks[${i}].tolerance must be exactly one of { abs }, { rel } or { sigma } with a finite value ≥ 0, got ${show(c.tolerance)}`)
      ok = false
    }
    if (c.baseline !== undefined && !Number.isFinite(c.baseline)) {
      r.report(locateInExperiment(r.sf, ["checks", i, "baseline"]), `checks[${i}].baseline must be a finite number, got ${show(c.baseline)}`)
      ok = false
    }
    if (!ok || !sel) continue
    out.push({
      name: c.name ?? `${c.metric}${c.relativeTo !== undefined ? ` ÷ ${c.relativeTo}` : ""} at k=${c.k} (${describe(sel)})`,
      metric: c.metric,
      better: metrics[c.metric].better,
      cells: sel,
      cellIds: selected.map((s) => s.id).sort(),
      k: c.k,
      ...(c.relativeTo !== undefined ? { relativeTo: c.relativeTo } : {}),
      tolerance: c.tolerance,
      ...(c.baseline !== undefined ? { baseline: c.baseline } : {}),
      informational: c.informational ?? false
    })
  }
  return out
}

/** Adds the extra `dependencies` edges and reports unknown selectors and cycles; returns updated cells. */
export const applyDependencies = (r: Reporter, exp: Experiment, cells: ReadonlyArray<CellDraft>, axes: AxisValues): ReadonlyArray<CellDraft> => {
  const extra = new Map<string, Set<string>>()
  for (const [i, d] of (exp.dependencies ?? []).entries()) {
    const [later, earlier] = (["cells", "after"] as const).map((side) => {
      const sel = resolveSelector(r, d[side], ["dependencies", i, side], axes)
      const selected = sel ? matching(cells, sel) : []
      if (sel && selected.length === 0) r.report(locateInExperiment(r.sf, ["dependencies", i, side]), `dependencies[${i}].${side} selects no cell (${describe(sel)})`)
      return selected
    })
    for (const c of later!) for (const a of earlier!) if (c.id !== a.id) (extra.get(c.id) ?? extra.set(c.id, new Set()).get(c.id)!).add(a.id)
  }
  const updated = cells.map((c) => ({ ...c, dependsOn: [...new Set([...c.dependsOn, ...(extra.get(c.id) ?? [])])].sort() }))
  const cycle = findCycle(updated)
  if (cycle) r.report(locateInExperiment(r.sf, ["dependencies"]), `cells depend on each other in a cycle (each runs after the next): ${cycle.join(" → ")}`)
  return updated
}

/** A dependency cycle as ids [a, b, …, a], or undefined. Depth-first, in id order, so the report is stable. */
export const findCycle = (cells: ReadonlyArray<Pick<CellDraft, "id" | "dependsOn">>): ReadonlyArray<string> | undefined => {
  const deps = new Map(cells.map((c) => [c.id, c.dependsOn]))
  const state = new Map<string, "open" | "done">()
  const stack: Array<string> = []
  const visit = (id: string): ReadonlyArray<string> | undefined => {
    if (state.get(id) === "done") return undefined
    if (state.get(id) === "open") return [...stack.slice(stack.indexOf(id)), id]
    state.set(id, "open")
    stack.push(id)
    for (const d of [...(deps.get(id) ?? [])].sort()) {
      const found = visit(d)
      if (found) return found
    }
    stack.pop()
    state.set(id, "done")
    return undefined
  }
  for (const id of [...deps.keys()].sort()) {
    const found = visit(id)
    if (found) return found
  }
  return undefined
}
