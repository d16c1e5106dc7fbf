/** Declared tables: phases (before, after, best snapshot, data floor) and the default "after" layout. */
import assert from "node:assert/strict"
import { test } from "node:test"
import type { DistillCell, Plan, PlanTable } from "../../dsl/Plan.ts"
import type { CellResults } from "../../runner/Results.ts"
import { bestIteration, renderTable } from "../../runner/Tables.ts"
import type { MetricRecord } from "../../stages/internal/metricsArrow.ts"

const cell = (seed: number): DistillCell =>
  ({ id: `q/seed=${seed}`, name: `seed: ${seed}`, kind: "distill", axes: { seed: String(seed) }, config: { generator: { numSteps: 2 } } }) as unknown as DistillCell
const plan = { experiment: "q", source: "experiments/q.ts", axes: { seed: ["0", "1"] }, cells: [cell(0), cell(1)], tables: [], checks: [] } as unknown as Plan

/** fd per (phase, iteration, k) of one cell; alignment = 1 − fd so both directions are exercised. */
const results = (seed: number, fd: ReadonlyArray<readonly [string, number, number, number]>): CellResults => {
  const c = cell(seed)
  const all: Array<MetricRecord> = fd.flatMap(([phase, iteration, k, value]) =>
    (["fd", "alignment"] as const).map((metric) => ({ cellId: c.id, cellName: c.name, phase, iteration, imagesSeen: iteration * 10, k, metric, value: metric === "fd" ? value : 1 - value, axes: c.axes })))
  return { cell: c, rows: all.filter((r) => r.phase === "after"), all }
}
const cellRows = (seed: number, shift: number) => results(seed, [
  ["before", 0, 0, 0.01], ["before", 0, 1, 2 + shift], ["before", 0, 2, 1 + shift],
  ["during", 50, 0, 0.01], ["during", 50, 1, 0.5 + shift], ["during", 50, 2, 0.1 + shift],
  ["after", 100, 0, 0.01], ["after", 100, 1, 0.4 + shift], ["after", 100, 2, 0.2 + shift]
])
const stored = [cellRows(0, 0), cellRows(1, 0.1)]
const lines = (t: PlanTable) => renderTable(plan, t, stored).markdown.split("\n")

test("without phases a table shows the final evaluation, as before phases existed", () => {
  const md = lines({ name: "t", rows: ["seed"], columns: ["k"], metrics: ["fd"] })
  assert.equal(md[1], "**q / t** (single runs; best per column in bold)")
  assert.equal(md[3], "| seed | k=1 FD ↓ | k=2 FD ↓ |")
  assert.equal(md[5], "| 0 | **0.4000** | **0.2000** |")
  assert.equal(md[6], "| 1 | 0.5000 | 0.3000 |")
})

test("before/after with the data floor as the last k row, under each metric's first phase", () => {
  const md = lines({ name: "ba", rows: ["k"], columns: [], metrics: ["fd", "alignment"], phases: ["before", "after", "data"], cells: { seed: "0" } })
  assert.equal(md[3], "| k | FD before ↓ | FD after ↓ | Align. before ↑ | Align. after ↑ |")
  assert.deepEqual(md.slice(5, 8), [
    "| k=1 | 2.0000 | 0.4000 | -1.000 | 0.600 |",
    "| k=2 | **1.0000** | **0.2000** | **0.000** | **0.800** |",
    "| data | 0.0100 |  | 0.990 |  |"
  ])
  assert.match(md[1]!, /data = fresh true samples \(the floor\)/)
})

test("the best snapshot is the evaluation with the lowest FD at k = K, read at every k", () => {
  assert.equal(bestIteration(stored[0]!), 50)
  const md = lines({ name: "best", rows: ["seed"], columns: ["k"], metrics: ["fd"], phases: ["after", "best"] })
  assert.equal(md[3], "| seed | k=1 FD after ↓ | k=1 FD best ↓ | k=2 FD after ↓ | k=2 FD best ↓ |")
  assert.equal(md[5], "| 0 | **0.4000** | **0.5000** | **0.2000** | **0.1000** |")
})

test("a snapshot selected by evaluation.best (phase \"best\" rows) is shown instead of the curve's point", () => {
  const selected = [0, 1].map((seed) => results(seed, [
    ["during", 50, 1, 0.5], ["during", 50, 2, 0.1], ["after", 100, 1, 0.4], ["after", 100, 2, 0.2], ["best", 50, 1, 0.45], ["best", 50, 2, 0.15]
  ]))
  const md = renderTable(plan, { name: "best", rows: ["seed"], columns: ["k"], metrics: ["fd"], phases: ["best"] }, selected).markdown.split("\n")
  assert.equal(md[5], "| 0 | **0.4500** | **0.1500** |")
})

test("without a k dimension the data floor is a column, and mean ± std runs over the selected cells", () => {
  const md = lines({ name: "floor", rows: [], columns: [], metrics: ["fd"], phases: ["after", "data"] })
  assert.equal(md[3], "| cells | FD after ↓ | FD data ↓ |")
  assert.equal(md[5], "| all | 0.2500 ± 0.0707 | 0.0100 ± 0.0000 |")
})
