/**
 * The table of several saved runs (`npm run bench -- --runs FILE...`, bin/bench-runs.ts), from two
 * hand-written fixtures with invented numbers (test/fixtures/bench/runs/): one without measured_at (as the
 * runs saved before it existed), one on another CPU with native and the reference only.
 */
import assert from "node:assert/strict"
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { test } from "node:test"
import { fileURLToPath } from "node:url"
import { readRuns, runLabel, runsHeader, runsTable } from "../../bin/bench-runs.ts"
import { readScalingLines, ScalingFileError, scalingTable } from "../../bin/bench-scaling.ts"

const fixture = (name: string) => fileURLToPath(new URL(`../fixtures/bench/${name}`, import.meta.url))
const a = fixture("runs/a-run.jsonl")
const b = fixture("runs/b-run.jsonl")

test("one row per run, in the order given, each cell from that run's own lines", () => {
  const rows = runsTable(readRuns([b, a]))
  assert.equal(rows.length, 2 + 2)
  assert.equal(rows[2], "| 2026-12-02 19:07 UTC | 100 | — | 5.00 (4.00–6.00) | 50.0, 50% | — | — | 310 | — | 4.50 (4.25–4.75) | 330 | 0.90 |")
  assert.equal(rows[3], "| a-run | 128 | 100, 78% | 8.00 (7.50–8.25) | 80.0, 63% | 61% | 80% | 300 | 1.25 | 4.00 (3.50–4.50) | 321 | 0.50 |")
  // every row has the header's column count
  const cols = (row: string) => row.split("|").length
  for (const row of rows) assert.equal(cols(row), cols(rows[0]!))
})

test("the label is measured_at to the minute, else the file's name; the header names each CPU and kernel set once", () => {
  const runs = readRuns([a, b, a])
  assert.deepEqual(runs.map(runLabel), ["a-run", "2026-12-02 19:07 UTC", "a-run"])
  const h = runsHeader(runs)
  assert.ok(h.startsWith("bench-mlp, B = 256, width 512, 3 runs; 20 iterations × 5 runs (median) after 3 warm-up; "), h)
  assert.ok(h.endsWith("Test CPU A (fixture), OpenBLAS 0.3.21 (Haswell kernels) / Test CPU B (fixture), OpenBLAS 0.3.21 (SkylakeX kernels)"), h)
})

test("a scaling run, a file with one backend twice, or a missing file is a ScalingFileError naming the file", () => {
  const scaling = fixture("scaling-fixture.jsonl")
  assert.throws(() => readRuns([a, scaling]), (e: unknown) => e instanceof ScalingFileError && e.message.startsWith(`${scaling}: holds 6 batch × width sizes`))
  const dir = mkdtempSync(join(tmpdir(), "bench-runs-"))
  try {
    const twice = join(dir, "twice.jsonl")
    writeFileSync(twice, readFileSync(a, "utf8") + readFileSync(a, "utf8"))
    assert.throws(() => readRuns([twice]), (e: unknown) => e instanceof ScalingFileError && e.message === `${twice}: two native measurements; --runs takes one npm run bench per file`)
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
  assert.throws(() => readRuns([fixture("runs/nowhere.jsonl")]), (e: unknown) => e instanceof ScalingFileError && e.message.includes("runs/nowhere.jsonl: no such file"))
})

test("README's Speed tables are the tool's: --runs of each guest's saved runs, --render of the saved scaling run", () => {
  const root = fileURLToPath(new URL("../../", import.meta.url))
  const readme = readFileSync(join(root, "README.md"), "utf8")
  const dir = join(root, "bench/runs")
  const files = readdirSync(dir).filter((f) => f.endsWith(".jsonl"))
  const groups = [...new Set(files.filter((f) => !f.includes("scaling")).map((f) => f.replace(/^[^-]+-[^-]+-\d\dT\d{4}-/, "")))]
  assert.ok(groups.length >= 2, `guests in bench/runs: ${groups.join(", ")}`)
  for (const g of groups) {
    const table = runsTable(readRuns(files.filter((f) => f.endsWith(`-${g}`)).sort().map((f) => join(dir, f)))).join("\n")
    assert.ok(readme.includes(table), `README lacks the --runs table of bench/runs/*-${g}`)
  }
  const scaling = files.filter((f) => f.includes("scaling"))
  assert.ok(scaling.length > 0)
  for (const f of scaling) assert.ok(readme.includes(scalingTable(readScalingLines(join(dir, f))).join("\n")), `README lacks the --render table of ${f}`)
})
