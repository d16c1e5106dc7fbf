/** Check verdicts: direction, tolerance kinds, informational checks and the seed-spread flag. */
import assert from "node:assert/strict"
import { test } from "node:test"
import type { DistillCell, PlanCheck } from "../../dsl/Plan.ts"
import type { MetricRecord } from "../../stages/internal/metricsArrow.ts"
import { evaluateCheck, formatOutcome } from "../../runner/Checks.ts"
import type { CellResults } from "../../runner/Results.ts"

const record = (cellId: string, value: number): MetricRecord => ({
  cellId, cellName: cellId, phase: "after", iteration: 10, imagesSeen: 100, k: 1, metric: "fd", value, axes: { seed: cellId }
})
const results = (values: ReadonlyArray<number>): ReadonlyArray<CellResults> =>
  values.map((v, i) => ({ cell: { id: `c${i}`, axes: { seed: String(i) } } as unknown as DistillCell, rows: [record(`c${i}`, v)] }))
const check = (over: Partial<PlanCheck> = {}): PlanCheck => ({
  name: "fd", metric: "fd", better: "lower", cells: {}, cellIds: ["c0", "c1"], k: 1, tolerance: { rel: 0.1 }, informational: false, ...over
})
const baseline = [record("c0", 1.0), record("c1", 1.2)]

test("lower-is-better: worse beyond tolerance fails, any improvement passes", () => {
  assert.equal(evaluateCheck(check(), results([1.3, 1.3]), baseline).verdict, "FAIL") // 1.3 > 1.1 + 0.11
  assert.equal(evaluateCheck(check(), results([1.15, 1.15]), baseline).verdict, "pass") // within 0.11
  assert.equal(evaluateCheck(check(), results([0.01, 0.02]), baseline).verdict, "pass") // much better
})

test("higher-is-better flips the direction; abs and σ tolerances", () => {
  const higher = check({ better: "higher", tolerance: { abs: 0.05 } })
  assert.equal(evaluateCheck(higher, results([0.9, 1.0]), baseline).verdict, "FAIL") // 0.95 < 1.05
  assert.equal(evaluateCheck(higher, results([5, 5]), baseline).verdict, "pass")
  const sigma = check({ tolerance: { sigma: 2 } }) // σ = max(std of baseline, std of values) = 0.1414
  assert.equal(evaluateCheck(sigma, results([1.35, 1.35]), baseline).verdict, "pass") // 1.35 − 1.1 = 0.25 < 0.283
  assert.equal(evaluateCheck(sigma, results([1.45, 1.45]), baseline).verdict, "FAIL")
})

test("informational checks never fail; missing baselines are reported; tight tolerances are flagged", () => {
  assert.equal(evaluateCheck(check({ informational: true }), results([9, 9]), baseline).verdict, "info")
  const missing = evaluateCheck(check(), results([1, 1]), undefined)
  assert.equal(missing.verdict, "missing")
  assert.match(formatOutcome(missing), /^MISSING  fd: fd at k=1 .* — no baseline for these cells \(run: sidlab baseline/)
  const tight = evaluateCheck(check({ tolerance: { abs: 0.01 } }), results([1.1, 1.1]), baseline)
  assert.ok(tight.noisy !== undefined)
  assert.match(formatOutcome(tight), /\[flag: tolerance is below the seed-to-seed spread σ = 0\.1414\]/)
  assert.equal(evaluateCheck(check({ baseline: 2 }), results([2.1, 2.1]), undefined).verdict, "pass") // explicit baseline, rel 0.1
})
