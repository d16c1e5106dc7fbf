/** Reading an experiment's results back from the store (bin/internal/results.ts). */
import assert from "node:assert/strict"
import { mkdtempSync, rmSync } from "node:fs"
import { tmpdir } from "node:os"
import * as path from "node:path"
import { test } from "node:test"
import type { Plan } from "../../dsl/Plan.ts"
import { manifestFor } from "../../runner/StoreManifest.ts"
import { publishCell } from "../../runner/StorePublish.ts"
import { experimentResults } from "../../runner/Results.ts"
import { encodeMetrics } from "../../stages/internal/metricsArrow.ts"

test("a result computed for an identical cell of another experiment is read under this plan's id, name and axes", () => {
  const store = mkdtempSync(path.join(tmpdir(), "sidlab-results-"))
  try {
    const cell = { id: "steps/numSteps=4,stepMatching=uniform,seed=0", name: "numSteps: 4 · stepMatching: uniform · seed: 0", kind: "distill", axes: { numSteps: "4", stepMatching: "uniform", seed: "0" }, planKey: "k".repeat(64), keyParts: { config: "c", code: "h", codeFiles: {}, packages: {}, dependencies: {} } }
    const plan = { experiment: "steps", cells: [cell] } as unknown as Plan
    const stored = { cellId: "uniform-vs-final/stepMatching=uniform,seed=0", cellName: "stepMatching: uniform · seed: 0", phase: "after", iteration: 10, imagesSeen: 100, k: 4, metric: "fd", value: 0.5, axes: { stepMatching: "uniform", seed: "0" } }
    publishCell(store, manifestFor(cell as never, "wasm"), { "metrics.arrow": encodeMetrics([stored, { ...stored, phase: "before", value: 9 }], ["stepMatching", "seed"]) })
    const [r] = experimentResults(store, plan, "wasm")
    assert.deepEqual(r!.rows.map((x) => [x.cellId, x.cellName, x.axes, x.phase, x.value]), [[cell.id, cell.name, cell.axes, "after", 0.5]])
    assert.deepEqual(r!.all!.map((x) => [x.cellId, x.phase, x.value]), [[cell.id, "after", 0.5], [cell.id, "before", 9]], "tables may show the other phases")
  } finally {
    rmSync(store, { recursive: true, force: true })
  }
})
