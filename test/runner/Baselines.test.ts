/** Text baselines: exactly the Arrow rows, one value per line, so a moved baseline is a readable diff. */
import assert from "node:assert/strict"
import { readdirSync, readFileSync } from "node:fs"
import * as path from "node:path"
import { test } from "node:test"
import { fileURLToPath } from "node:url"
import { BaselineFileError, decodeBaseline, encodeBaseline } from "../../runner/Baselines.ts"
import { readMetricsFile, type MetricRecord } from "../../stages/internal/metricsArrow.ts"

const dir = fileURLToPath(new URL("../../generated/baselines/", import.meta.url))
const sortRows = (rows: ReadonlyArray<MetricRecord>) => [...rows].sort((a, b) => (`${a.cellId} ${a.phase} ${a.metric} ${a.k}` < `${b.cellId} ${b.phase} ${b.metric} ${b.k}` ? -1 : 1))

test("every committed text baseline holds exactly the values of its Arrow file", () => {
  const texts = readdirSync(dir).filter((f) => f.endsWith(".json"))
  assert.ok(texts.length >= 7, `expected the shipped baselines, found ${texts.join(", ")}`)
  for (const f of texts) {
    const fromText = decodeBaseline(readFileSync(path.join(dir, f), "utf8"), f)
    const fromArrow = readMetricsFile(path.join(dir, f.replace(/\.json$/, ".arrow")))
    assert.deepEqual(sortRows(fromText), sortRows(fromArrow), f)
    assert.equal(encodeBaseline(f.replace(/\.json$/, ""), fromArrow), readFileSync(path.join(dir, f), "utf8"), `${f} is what sidlab baseline writes`)
  }
})

const row = (cell: string, metric: string, k: number, value: number): MetricRecord =>
  ({ cellId: `e/${cell}`, cellName: cell, phase: "after", iteration: 100, imagesSeen: 12800, k, metric, value, axes: { seed: cell } })

test("changing one stored value changes exactly one line, which shows the old and the new number", () => {
  const rows = [row("seed=1", "fd", 1, 0.123456789), row("seed=0", "fd", 1, 0.1), row("seed=0", "alignment", 1, 0.9876543210987654)]
  const before = encodeBaseline("e", rows)
  const after = encodeBaseline("e", rows.map((r) => (r.cellId === "e/seed=0" && r.metric === "fd" ? { ...r, value: 0.25 } : r)))
  const a = before.split("\n")
  const b = after.split("\n")
  const changed = a.flatMap((line, i) => (line === b[i] ? [] : [[line, b[i]]]))
  assert.deepEqual(changed, [['    ["e/seed=0","after","fd",1,0.1],', '    ["e/seed=0","after","fd",1,0.25],']])
  // sorted by cell, phase, metric, k whatever order the rows came in; float64 values survive exactly
  assert.deepEqual(sortRows(decodeBaseline(before, "e.json")), sortRows(rows))
  assert.equal(encodeBaseline("e", [...rows].reverse()), before)
})

test("a damaged baseline names the file and the entry", () => {
  const text = encodeBaseline("e", [row("seed=0", "fd", 1, 0.1)])
  const fails = (t: string, pattern: RegExp) =>
    assert.throws(() => decodeBaseline(t, "generated/baselines/e.json"), (e: unknown) => e instanceof BaselineFileError && /^generated\/baselines\/e\.json: /.test(e.message) && pattern.test(e.message))
  fails(text.replace("0.1]", '"0.1"]'), /values\[0\]: expected \[cell, phase, metric, k, value\]/)
  fails(text.replace('"e/seed=0": {', '"e/seed=9": {'), /values\[0\]: the cell "e\/seed=0" has no valid entry under cells/)
  fails(text.slice(0, -5), /is not valid JSON/)
  fails(text.replace("sidlab-baseline/1", "x"), /format: expected "sidlab-baseline\/1"/)
})
