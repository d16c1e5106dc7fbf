/**
 * The scaling table and chart of `npm run bench -- --scaling` / `--render FILE`, from a hand-written
 * fixture of its JSON lines (test/fixtures/bench/scaling-fixture.jsonl: invented numbers in the format a
 * run prints, two widths × three batches × native, wasm and the reference, file order shuffled below).
 * `npm run bench -- --render` as a command is tested in test/e2e/bin/bench.test.ts.
 */
import assert from "node:assert/strict"
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { test } from "node:test"
import { fileURLToPath } from "node:url"
import { decode as decodePng } from "fast-png"
import { parseScalingLines, peakOf, readScalingLines, ScalingFileError, scalingChart, scalingHeader, scalingTable, writeScalingChart } from "../../bin/bench-scaling.ts"
import { renderSvg } from "../../report/render.ts"
import { countMarks, texts } from "../report/svgMarks.ts"

const fixture = fileURLToPath(new URL("../fixtures/bench/scaling-fixture.jsonl", import.meta.url))

test("the table: one row per line, ordered by width, batch, then ours before the reference", () => {
  const rs = readScalingLines(fixture)
  assert.equal(rs.length, 2 * 3 * 3, "the non-JSON log line is skipped")
  // the live run's order must not depend on the file's: reverse it
  const rows = scalingTable([...rs].reverse()).slice(2)
  const key = (row: string) => row.split(" | ").slice(0, 3).join(" | ").replace(/^\| /, "")
  const expected = [256, 512].flatMap((w) => [64, 128, 256].flatMap((b) =>
    ["sidlab wasm", "sidlab native", "PyTorch 2.1.2 reference (onednn)"].map((name) => `${b} | ${w} | ${name}`)))
  assert.deepEqual(rows.map(key), expected)
  // the file's own order keeps native before wasm, as measured
  assert.deepEqual(scalingTable(rs).slice(2, 5).map(key), ["64 | 256 | sidlab native", "64 | 256 | sidlab wasm", "64 | 256 | PyTorch 2.1.2 reference (onednn)"])
  assert.equal(scalingTable(rs)[2], "| 64 | 256 | sidlab native | 250.00 | 80.0 | 20% | 306 | 1.25 |")
  assert.match(scalingTable(rs)[4]!, /PyTorch 2\.1\.2 reference \(onednn\) \| .* \| 25% \| 400 \| 1\.00 \|$/)
})

test("the header says what the lines carry: counts, CPU, BLAS kernels, the peak derived from the share of it", () => {
  const rs = readScalingLines(fixture)
  assert.equal(Math.round(peakOf(rs)!.gflops), 400)
  const h = scalingHeader(rs)
  for (const part of ["5 iterations × 3 runs (median) after 1 warm-up", "CPU Test CPU (fixture)", "OpenBLAS 0.3.21 (Haswell kernels)", "400 GFLOP/s"]) assert.ok(h.includes(part), `${part} in ${h}`)
  const stated = rs.map((r) => ({ ...r, peak_gflops: 512, peak_sgemm_n: 2048 }))
  assert.deepEqual(peakOf(stated), { gflops: 512, n: 2048 })
  assert.ok(scalingHeader(stated).includes("one 2048² sgemm"))
  assert.equal(peakOf(rs.map((r) => ({ ...r, share_of_peak: undefined }))), undefined)
})

test("the chart: one panel per width, one line per implementation in each, the peak as one rule per panel", async () => {
  const rs = readScalingLines(fixture)
  const chart = scalingChart(rs)
  assert.deepEqual(chart.widths, [256, 512])
  assert.deepEqual(chart.implementations, ["sidlab native", "sidlab wasm", "PyTorch reference (onednn)"])
  assert.equal(Math.round(chart.peak!), 400)
  const svg = await renderSvg(chart.spec, "bench-scaling-test")
  assert.equal(countMarks(svg, "line"), 2 * 3)
  assert.equal(countMarks(svg, "symbol"), rs.length)
  assert.equal(countMarks(svg, "rule"), 2)
  const t = texts(svg)
  for (const title of ["batch B", "GFLOP/s", "256", "512", "sidlab native", "sidlab wasm", "PyTorch reference (onednn)", "sgemm peak"]) assert.ok(t.includes(title), `missing text ${title}`)
  // without a peak: no rule, still a chart
  const bare = scalingChart(rs.map((r) => ({ ...r, share_of_peak: undefined })))
  assert.equal(countMarks(await renderSvg(bare.spec, "bench-scaling-bare"), "rule"), 0)
})

test("writeScalingChart writes a PNG that decodes", async () => {
  const dir = mkdtempSync(join(tmpdir(), "bench-scaling-"))
  try {
    const png = join(dir, "figures", "bench-scaling.png")
    await writeScalingChart(readScalingLines(fixture), png)
    const img = decodePng(readFileSync(png))
    assert.ok(img.width > 400 && img.height > 200, `${img.width}×${img.height}`)
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
})

test("a malformed file is one clear error naming the file (and the line)", () => {
  const bad = (text: string) => {
    try {
      parseScalingLines("saved.jsonl", text)
    } catch (e) {
      assert.ok(e instanceof ScalingFileError)
      assert.ok(!e.message.includes("\n"), e.message)
      assert.ok(e.message.includes("saved.jsonl"), e.message)
      return e.message
    }
    assert.fail("no error")
  }
  assert.match(bad(`bench: log\n{"benchmark":"bench-mlp","implementation":"sidlab","batch":64`), /^saved\.jsonl line 2: not valid JSON/)
  assert.match(bad(`{"benchmark":"bench-mlp","implementation":"sidlab","batch":64,"hidden":256,"iterations_per_s":1}`), /line 1: not a bench-mlp measurement \(no number "achieved_gflops"\)/)
  assert.match(bad(`{"benchmark":"bench-cli"}`), /not a bench-mlp measurement/)
  assert.match(bad("bench: nothing measured\n"), /^saved\.jsonl: no bench-mlp JSON lines/)
  assert.throws(() => readScalingLines(join(tmpdir(), "no-such-bench-run.jsonl")), /^ScalingFileError: cannot read .*no-such-bench-run\.jsonl: no such file$/)
})
