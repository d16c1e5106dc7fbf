/** The best-snapshot selection and stop rule over curve rows (the Pipeline tests run them in a cell). */
import { test } from "node:test"
import assert from "node:assert/strict"
import { decodeCellConfig, resolveBest } from "../../../dsl/Hyperparams.ts"
import type { MetricRow } from "../../../stages/MetricsSink.ts"
import { bestRecord, evaluationsSinceImprovement, selectBest, snapshotArrays, snapshotFromArrays, stopsEarly } from "../../../stages/internal/bestSnapshot.ts"

const spec = (best: Record<string, unknown>) => resolveBest(decodeCellConfig({ teacher: { kind: "gmm" }, generator: { numSteps: 2 }, evaluation: { best } }))!

/** Curve rows at k = 2 (and decoys at k = 1 and in other phases) from per-iteration values. */
const curve = (values: Record<string, ReadonlyArray<number>>, every = 10): ReadonlyArray<MetricRow> =>
  Object.entries(values).flatMap(([metric, vs]) =>
    vs.flatMap((value, i) => [
      { phase: "during" as const, iteration: i * every, imagesSeen: i * every * 32, k: 2, metric, value },
      { phase: "during" as const, iteration: i * every, imagesSeen: i * every * 32, k: 1, metric, value: -value },
      { phase: "after" as const, iteration: i * every, imagesSeen: 0, k: 2, metric, value: metric === "fd" ? -1 : 2 }
    ]))

test("the selection is the first strictly best curve point at the declared k, in the metric's direction", () => {
  const rows = curve({ fd: [3, 1, 2, 1, 0.5, 4], alignment: [0.5, 0.9, 0.7, 0.9, 0.8, 0.1] })
  assert.deepEqual(selectBest(rows, spec({ metric: "fd" })), { iteration: 40, imagesSeen: 1280, value: 0.5 })
  // a tie keeps the earlier snapshot
  assert.equal(selectBest(rows, spec({ metric: "alignment" }))?.iteration, 10)
  // k = 1 holds other values (negated here): its own selection
  assert.equal(selectBest(rows, spec({ metric: "fd", k: 1 }))?.iteration, 50)
  // non-finite values never win; with none finite there is no selection
  assert.equal(selectBest(curve({ fd: [NaN, 2, Infinity, 1.5] }), spec({ metric: "fd" }))?.iteration, 30)
  assert.equal(selectBest(curve({ fd: [NaN, NaN] }), spec({ metric: "fd" })), undefined)
  assert.equal(selectBest([], spec({ metric: "fd" })), undefined)
})

test("patience counts evaluations since the stop metric's best; the paper's rule selects by FD and stops on alignment", () => {
  const paper = spec({ metric: "fd", stopMetric: "alignment", patience: 2 })
  const values = { fd: [3, 2, 1.5, 1.2, 1.0, 0.9], alignment: [0.5, 0.8, 0.9, 0.85, 0.7, 0.6] }
  const upTo = (n: number) => curve({ fd: values.fd.slice(0, n), alignment: values.alignment.slice(0, n) })
  assert.deepEqual([1, 2, 3, 4, 5].map((n) => evaluationsSinceImprovement(upTo(n), paper)), [0, 0, 0, 1, 2])
  assert.deepEqual([1, 2, 3, 4, 5].map((n) => stopsEarly(upTo(n), paper)), [false, false, false, false, true])
  // FD still improves after alignment's peak: the kept snapshot is the best FD up to the stop, not the peak
  const rows = upTo(5)
  const selected = selectBest(rows, paper)!
  assert.equal(selected.iteration, 40)
  const record = bestRecord(rows, paper, selected, 40)
  assert.deepEqual({ ...record, reason: "" }, { metric: "fd", k: 2, iteration: 40, imagesSeen: 1280, value: 1, evaluations: 5, stoppedAt: 40, reason: "" })
  assert.equal(record.reason, "lowest fd at k = 2 (1.000) of 5 curve evaluations, iterations 0–40; training stopped at iteration 40 because alignment at k = 2 did not improve for 2 evaluations after its peak 0.9000 at iteration 20")
  // without patience nothing stops
  assert.equal(stopsEarly(upTo(6), spec({ metric: "fd", stopMetric: "alignment" })), false)
  assert.equal(bestRecord(rows, spec({ metric: "fd" }), selected, undefined).stoppedAt, undefined)
})

test("a snapshot round-trips through checkpoint arrays in order, whatever order the arrays come in", () => {
  const weights = [Float32Array.of(1, 2), Float32Array.of(3), Float32Array.of(4, 5, 6), ...Array.from({ length: 9 }, (_, i) => Float32Array.of(i))]
  const arrays = snapshotArrays({ iteration: 7, imagesSeen: 224, weights }, weights.map((w) => [w.length]))
  const back = snapshotFromArrays([...arrays].reverse(), { iteration: 7, imagesSeen: 224 })!
  assert.deepEqual(back.weights, weights)
  assert.equal(snapshotFromArrays(arrays, undefined), undefined)
})
