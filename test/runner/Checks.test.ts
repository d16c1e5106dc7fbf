/** Check verdicts: direction, tolerance kinds, informational checks, the seed-spread flag and ratio checks. */
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

// a ratio check: student fd at k = 1 ÷ the cell's teacher_fd (a cell metric, stored at k = 0)
const cellRows = (cellId: string, fd: number, teacherFd?: number): ReadonlyArray<MetricRecord> => [
  record(cellId, fd),
  { ...record(cellId, 99), k: 2 }, // another k's fd must not be read
  ...(teacherFd !== undefined ? [{ ...record(cellId, teacherFd), metric: "teacher_fd", k: 0 }] : [])
]
const ratioResults = (fd: number, teacherFd?: number): ReadonlyArray<CellResults> =>
  [{ cell: { id: "c0", axes: { seed: "0" } } as unknown as DistillCell, rows: cellRows("c0", fd, teacherFd) }]
const ratio = check({ name: "ratio", cellIds: ["c0"], relativeTo: "teacher_fd", tolerance: { rel: 0.25 } })
const ratioBaseline = cellRows("c0", 40, 50) // 0.8

test("a ratio check compares metric ÷ relativeTo, now and in the baseline", () => {
  const within = evaluateCheck(ratio, ratioResults(10, 10), ratioBaseline) // 1.0 ≤ 0.8 + 0.2
  assert.equal(within.verdict, "pass")
  assert.equal(within.value!.mean, 1)
  assert.equal(within.baseline!.mean, 0.8)
  assert.match(formatOutcome(within), /^PASS     ratio: fd ÷ teacher_fd \(ratio\) at k=1 \(lower is better\): value 1\.0000, baseline 0\.8000, tolerance 0\.2000 \(rel 0\.25\)$/)
  // fd 60 > 40 · 1.25 fails a plain fd check, but with a teacher at 70 the ratio 0.857 passes
  const { relativeTo: _, ...plain } = ratio
  assert.equal(evaluateCheck(plain, ratioResults(60, 70), ratioBaseline).verdict, "FAIL")
  assert.equal(evaluateCheck(ratio, ratioResults(60, 70), ratioBaseline).verdict, "pass")
  // a teacher that got better while the student did not: 10 ÷ 9 = 1.11 > 1.0
  assert.equal(evaluateCheck(ratio, ratioResults(10, 9), ratioBaseline).verdict, "FAIL")
  assert.equal(evaluateCheck(ratio, ratioResults(5, 10), ratioBaseline).verdict, "pass") // improvement
})

test("a ratio check without the denominator, or with a zero one, says so instead of passing", () => {
  const noTeacher = evaluateCheck(ratio, ratioResults(10), ratioBaseline)
  assert.equal(noTeacher.verdict, "missing")
  assert.match(formatOutcome(noTeacher), /— no teacher_fd at k = 0 in c0 to divide fd by$/)
  const noBaselineTeacher = evaluateCheck(ratio, ratioResults(10, 10), cellRows("c0", 40))
  assert.equal(noBaselineTeacher.verdict, "missing")
  assert.match(noBaselineTeacher.note!, /^baseline: no teacher_fd at k = 0 in c0/)
  const zero = evaluateCheck(ratio, ratioResults(10, 0), ratioBaseline)
  assert.equal(zero.verdict, "missing")
  assert.match(zero.note!, /fd ÷ teacher_fd is not finite/)
})
