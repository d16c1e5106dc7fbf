/**
 * Regression checks (architecture.md, "Results, tables, regression"): a metric of selected cells
 * (mean over seeds) against a committed baseline, within an absolute, relative or k·σ tolerance in the
 * metric's better direction — an improvement never fails. A tolerance below the seed-to-seed spread is
 * flagged, since such a check fails on noise.
 */
import { metrics } from "../dsl/Metrics.ts"
import type { PlanCheck } from "../dsl/Plan.ts"
import type { MetricRecord } from "../stages/internal/metricsArrow.ts"
import { matches, summarise, type CellResults, type Summary } from "./Results.ts"

export type Verdict = "pass" | "FAIL" | "info" | "missing"

export interface CheckOutcome {
  readonly check: PlanCheck
  readonly verdict: Verdict
  readonly value?: Summary
  readonly baseline?: Summary
  readonly tolerance?: number
  /** Set when the tolerance is below the seed-to-seed spread (σ of current or baseline values). */
  readonly noisy?: number
  readonly note?: string
}

/** "fd", or "fd ÷ teacher_fd" for a ratio check. */
export const checkedQuantity = (check: PlanCheck): string => (check.relativeTo === undefined ? check.metric : `${check.metric} ÷ ${check.relativeTo}`)

/** The k a metric is stored at: cell-scope metrics once per cell, at k = 0. */
const storedK = (metric: PlanCheck["metric"], k: number): number => (metrics[metric].scope === "cell" ? 0 : k)

interface Row { readonly cellId: string; readonly metric: string; readonly k: number; readonly value: number }

/**
 * The checked value of each selected cell: metric at k, or metric ÷ relativeTo of the same cell; a
 * string says which cell lacks the denominator (a ratio without it would be silently dropped).
 */
const checkedValues = (check: PlanCheck, cells: ReadonlyArray<{ readonly id: string; readonly rows: ReadonlyArray<Row> }>): ReadonlyArray<number> | string => {
  const out: Array<number> = []
  for (const cell of cells) {
    for (const r of cell.rows.filter((x) => x.metric === check.metric && x.k === check.k)) {
      if (check.relativeTo === undefined) {
        out.push(r.value)
        continue
      }
      const k = storedK(check.relativeTo, check.k)
      const d = cell.rows.find((x) => x.metric === check.relativeTo && x.k === k)
      if (d === undefined) return `no ${check.relativeTo} at k = ${k} in ${cell.id} to divide ${check.metric} by`
      out.push(r.value / d.value)
    }
  }
  return out
}

/** Evaluates one check against current results and baseline rows. */
export const evaluateCheck = (check: PlanCheck, results: ReadonlyArray<CellResults>, baselineRows: ReadonlyArray<MetricRecord> | undefined): CheckOutcome => {
  const what = checkedQuantity(check)
  const current = checkedValues(check, results.filter((r) => matches(r.cell.axes, check.cells)).map((r) => ({ id: r.cell.id, rows: r.rows })))
  if (typeof current === "string") return { check, verdict: "missing", note: current }
  if (current.length === 0) return { check, verdict: "missing", note: `no ${check.metric} at k = ${check.k} in the selected cells` }
  const value = summarise(current)
  const base = check.baseline !== undefined
    ? [check.baseline]
    : checkedValues(check, check.cellIds.map((id) => ({ id, rows: (baselineRows ?? []).filter((r) => r.cellId === id) })))
  if (typeof base === "string") return { check, verdict: "missing", value, note: `baseline: ${base} (run: sidlab baseline <experiment>)` }
  if (base.length === 0) return { check, verdict: "missing", value, note: "no baseline for these cells (run: sidlab baseline <experiment>)" }
  // a zero denominator makes the ratio infinite, which no tolerance would ever flag
  if (check.relativeTo !== undefined && ![...current, ...base].every(Number.isFinite)) return { check, verdict: "missing", value, note: `${what} is not finite (value ${current.join(", ")}, baseline ${base.join(", ")})` }
  const baseline = summarise(base)
  const sigma = Math.max(baseline.std, value.std)
  const tol = check.tolerance
  const tolerance = "abs" in tol ? tol.abs : "rel" in tol ? tol.rel * Math.abs(baseline.mean) : tol.sigma * sigma
  const worse = check.better === "lower" ? value.mean - baseline.mean : baseline.mean - value.mean
  const verdict: Verdict = worse > tolerance ? (check.informational ? "info" : "FAIL") : check.informational ? "info" : "pass"
  const noisy = tolerance < sigma || ("sigma" in tol && sigma === 0) ? sigma : undefined
  return { check, verdict, value, baseline, tolerance, ...(noisy !== undefined ? { noisy } : {}) }
}

const num = (x: number) => (Math.abs(x) >= 0.01 || x === 0 ? x.toFixed(4) : x.toExponential(2))

/** One line per check: verdict, what, value, baseline, tolerance and direction. */
export const formatOutcome = (o: CheckOutcome): string => {
  const c = o.check
  const what = `${c.name}: ${checkedQuantity(c)}${c.relativeTo !== undefined ? " (ratio)" : ""} at k=${c.k} (${c.better} is better)`
  if (o.verdict === "missing") return `MISSING  ${what} — ${o.note}`
  const tolKind = "abs" in c.tolerance ? "abs" : "rel" in c.tolerance ? `rel ${c.tolerance.rel}` : `${c.tolerance.sigma}σ`
  const seeds = o.value!.n > 1 ? ` ± ${num(o.value!.std)} over ${o.value!.n} cells` : ""
  const line = `${o.verdict.toUpperCase().padEnd(7)}  ${what}: value ${num(o.value!.mean)}${seeds}, baseline ${num(o.baseline!.mean)}, tolerance ${num(o.tolerance!)} (${tolKind})`
  const flag = o.noisy !== undefined ? `  [flag: tolerance is below the seed-to-seed spread σ = ${num(o.noisy)}]` : ""
  return line + flag
}
