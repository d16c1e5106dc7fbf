import { test } from "node:test"
import assert from "node:assert/strict"
import { mkdtempSync, writeFileSync } from "node:fs"
import { tmpdir } from "node:os"
import * as path from "node:path"
import { tableFromIPC } from "apache-arrow"
import { decodeMetrics, encodeMetrics, METRICS, MetricsFileError, readMetricsFile, type MetricRecord } from "../../../stages/internal/metricsArrow.ts"

const rows: ReadonlyArray<MetricRecord> = [0, 1, 2].flatMap((k) =>
  ["fd", "alignment"].map((metric, j) => ({
    cellId: "exp/guidance=lsg1.5", cellName: "guidance: LSG κ=1.5", phase: k === 0 ? "data" : "after",
    iteration: 100, imagesSeen: 25600, k, metric, value: 0.1 * k + j, axes: { guidance: "LSG κ=1.5", seed: "0" }
  }))
)

test("metrics round-trip through an Arrow IPC file with axis columns and metric declarations", () => {
  const bytes = encodeMetrics(rows, ["guidance", "seed"])
  assert.deepEqual(decodeMetrics(bytes, "x.arrow"), rows)
  const table = tableFromIPC(bytes)
  assert.deepEqual(table.schema.fields.map((f) => f.name), [
    "cell_id", "cell_name", "phase", "iteration", "images_seen", "k", "metric", "value", "unit", "better", "axis.guidance", "axis.seed"
  ])
  assert.deepEqual(JSON.parse(table.schema.metadata.get("sidlab.metrics")!), METRICS)
  assert.equal(table.getChild("better")!.get(0), "lower") // fd
  assert.equal(table.getChild("better")!.get(1), "higher") // alignment
})

test("a truncated or foreign file is reported by path and never half-read", () => {
  const dir = mkdtempSync(path.join(tmpdir(), "sidlab-arrow-"))
  const bytes = encodeMetrics(rows, ["guidance", "seed"])
  const cases = { "truncated.arrow": bytes.subarray(0, bytes.byteLength - 40), "text.arrow": Buffer.from("fd,0.1\n"), "empty.arrow": new Uint8Array() }
  for (const [name, data] of Object.entries(cases)) {
    const file = path.join(dir, name)
    writeFileSync(file, data)
    assert.throws(() => readMetricsFile(file), (e: unknown) => e instanceof MetricsFileError && e.message.startsWith(`${file}: `))
  }
  assert.throws(() => readMetricsFile(path.join(dir, "missing.arrow")), MetricsFileError)
  assert.throws(() => encodeMetrics([{ ...rows[0]!, metric: "fid" }], []), /no declaration/)
})
