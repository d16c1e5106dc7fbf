/**
 * Regression checks (architecture.md, "Results, tables, regression"): a metric of selected cells
 * (mean over seeds) against a committed baseline, within an absolute, relative or k·σ tolerance in the
 * metric's better direction — an improvement never fails. A tolerance below the seed-to-seed spread is
 * flagged, since such a check fails on noise.
 */
import type { PlanCheck } from "../dsl/Plan.ts"
import type { MetricRecord } from "../stages/internal/metricsArrow.ts"
import { summarise, valuesAt, type CellResults, type Summary } from "./Results.ts"

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

/** Evaluates one check against current results and baseline rows. */
export const evaluateCheck = (check: PlanCheck, results: ReadonlyArray<CellResults>, baselineRows: ReadonlyArray<MetricRecord> | undefined): CheckOutcome => {
  const current = valuesAt(results, check.metric, check.k, check.cells)
  if (current.length === 0) return { check, verdict: "missing", note: `no ${check.metric} at k = ${check.k} in the selected cells` }
  const value = summarise(current)
  const base = check.baseline !== undefined
    ? [check.baseline]
    : (baselineRows ?? []).filter((r) => check.cellIds.includes(r.cellId) && r.metric === check.metric && r.k === check.k).map((r) => r.value)
  if (base.length === 0) return { check, verdict: "missing", value, note: "no baseline for these cells (run: sidlab baseline <experiment>)" }
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
  const what = `${c.name}: ${c.metric} at k=${c.k} (${c.better} is better)`
  if (o.verdict === "missing") return `MISSING  ${what} — ${o.note}`
  const tolKind = "abs" in c.tolerance ? "abs" : "rel" in c.tolerance ? `rel ${c.tolerance.rel}` : `${c.tolerance.sigma}σ`
  const seeds = o.value!.n > 1 ? ` ± ${num(o.value!.std)} over ${o.value!.n} cells` : ""
  const line = `${o.verdict.toUpperCase().padEnd(7)}  ${what}: value ${num(o.value!.mean)}${seeds}, baseline ${num(o.baseline!.mean)}, tolerance ${num(o.tolerance!)} (${tolKind})`
  const flag = o.noisy !== undefined ? `  [flag: tolerance is below the seed-to-seed spread σ = ${num(o.noisy)}]` : ""
  return line + flag
}
