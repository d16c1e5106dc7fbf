/**
 * Chart specs without a browser: each renders to SVG with the marks its data calls for and the expected
 * axis titles; vega's warnings fail; SVG and PNG are byte-identical across renders; PNG text needs fonts.
 */
import assert from "node:assert/strict"
import { test } from "node:test"
import { decode as decodePng } from "fast-png"
import { byKChart, colourLegend, curveChart, frontierChart, kappaLabel, scatterChart, type GroupedRows } from "../../report/charts.ts"
import { ChartError, renderSvg, scopeIds, svgToPng } from "../../report/render.ts"
import type { MetricRecord } from "../../report/storeAccess.ts"
import { countMarks, texts } from "./svgMarks.ts"

const row = (phase: string, k: number, metric: string, value: number, iteration = 0): MetricRecord =>
  ({ cellId: "c", cellName: "c", phase, iteration, imagesSeen: iteration * 64, k, metric, value, axes: {} })

/** Two groups × K = 2; curve at iterations 0, 10, 20; two seeds in group "a" (averaged). */
const groups: Array<GroupedRows> = ["a", "b"].map((g, gi) => ({
  group: g,
  rows: [0, 1].flatMap((seed) => (g === "b" && seed === 1 ? [] : [
    ...[0, 10, 20].flatMap((it) => [1, 2].flatMap((k) => [row("during", k, "fd", 1 + gi + k / (it + 1) + seed, it), row("during", k, "alignment", 0.9, it)])),
    ...[1, 2].flatMap((k) => [row("after", k, "fd", 0.5 * k + gi + seed, 20), row("after", k, "alignment", 0.8 + 0.05 * k, 20)]),
    row("after", 0, "fd", 0.01, 20)
  ]))
}))

test("training curves: one line per group and k, one point per averaged evaluation, titled axes", async () => {
  const chart = curveChart("curve-fd", groups, "fd")
  assert.equal(chart.series, 2 * 2)
  assert.equal(chart.marks, 2 * 2 * 3)
  const svg = await renderSvg(chart.spec, chart.name)
  assert.equal(countMarks(svg, "line"), chart.series)
  assert.equal(countMarks(svg, "symbol"), chart.marks)
  const t = texts(svg)
  for (const title of ["images seen", "FD", "k (sampling steps)", "cell"]) assert.ok(t.includes(title), `missing text ${title}`)
})

test("metrics against k: k = 0 is left out; an overlay adds one dashed series per group", async () => {
  const plain = byKChart("byk", groups, "fd")
  assert.equal(plain.series, 2)
  assert.equal(plain.marks, 2 * 2)
  const overlaid = byKChart("byk2", groups, "fd", { label: "baseline x", groups: [groups[1]!] })
  assert.equal(overlaid.series, 3)
  const svg = await renderSvg(overlaid.spec, overlaid.name)
  assert.equal(countMarks(svg, "line"), 3)
  assert.equal(countMarks(svg, "symbol"), 3 * 2)
  assert.equal((svg.match(/stroke-dasharray="[^"]+"/g) ?? []).length > 0, true)
  assert.ok(texts(svg).includes("baseline x"))
  assert.ok(texts(svg).includes("k (sampling steps)"))
})

test("the frontier: one point and one κ label per guidance value at k = K, joined per group", async () => {
  const cell = (guidance: string, order: number, fd: number, alignment: number) =>
    ({ group: "K=2", guidance, order, rows: [row("after", 1, "fd", 9), row("after", 2, "fd", fd), row("after", 2, "alignment", alignment)] })
  const chart = frontierChart("frontier", [cell("LSG κ=1", 0, 0.1, 0.9), cell("LSG κ=1.5", 1, 0.3, 0.95), cell("LSG κ=1.5", 1, 0.5, 0.97), cell("LSG κ=4.5", 2, 2, 0.99)])
  assert.equal(chart.series, 1)
  assert.equal(chart.marks, 3)
  const svg = await renderSvg(chart.spec, chart.name)
  assert.equal(countMarks(svg, "line"), 1)
  assert.equal(countMarks(svg, "symbol"), 3)
  assert.deepEqual(texts(svg).filter((s) => s.startsWith("κ")).sort(), ["κ=1", "κ=1.5", "κ=4.5"])
  assert.ok(texts(svg).includes("FD (lower is better)"))
  assert.equal(kappaLabel("Anti-CFG κ_neg=-0.5"), "κ_neg=-0.5")
  assert.equal(kappaLabel("Zero-CFG"), "Zero-CFG")
})

test("scatters: every point is a symbol, panels by row and column", async () => {
  const points = ["r1", "r2"].flatMap((r) => ["data", "k=1"].flatMap((p) => [0, 1, 2].map((i) => ({ row: r, panel: p, x: i, y: -i, cls: i % 2 }))))
  const chart = scatterChart("scatter", points, { title: "t", limits: { x: [-1, 3], y: [-3, 1] } })
  assert.equal(chart.series, 2)
  const svg = await renderSvg(chart.spec, chart.name)
  assert.equal(countMarks(svg, "symbol"), 12)
  assert.ok(texts(svg).includes("k=1") && texts(svg).includes("r2"))
})

test("a bad field name fails instead of drawing an empty chart", async () => {
  const spec = { data: { values: [{ x: 1, y: 2 }] }, mark: "point", encoding: { x: { field: "x", type: "quantitative" }, y: { field: "y.z", type: "quantitative" } } } as const
  await assert.rejects(renderSvg(spec as never, "bad"), (e: unknown) => e instanceof ChartError && /chart bad: vega/.test(e.message))
})

test("same spec, same bytes: SVG ids are scoped per chart, PNG is identical and carries text", async () => {
  // a clipped scatter: vega numbers its clip paths with a process-wide counter
  const chart = scatterChart("same", [{ row: "r", panel: "data", x: 0, y: 0, cls: 0 }, { row: "r", panel: "k=1", x: 5, y: 0, cls: 1 }], { title: "t", limits: { x: [-1, 1], y: [-1, 1] } })
  const a = await renderSvg(chart.spec, chart.name)
  const b = await renderSvg(chart.spec, chart.name)
  assert.equal(a, b)
  assert.match(a, /<clipPath id="same-1">/)
  assert.match(a, /clip-path="url\(#same-1\)"/)
  assert.deepEqual(svgToPng(a), svgToPng(b))
  assert.equal(scopeIds('<clipPath id="clip7"/><g clip-path="url(#clip7)"/>', "p"), '<clipPath id="p-1"/><g clip-path="url(#p-1)"/>')
  // text only: with the DejaVu fonts the glyphs are drawn (resvg drops text silently without fonts)
  const png = decodePng(svgToPng('<svg xmlns="http://www.w3.org/2000/svg" width="120" height="30"><text x="4" y="22" font-family="DejaVu Sans" font-size="20">Text</text></svg>', 1))
  let dark = 0
  for (let i = 0; i < png.data.length; i += png.channels) if (png.data[i]! < 128) dark++
  assert.ok(dark > 50, `only ${dark} dark pixels`)
})

test("without the DejaVu fonts, PNG rendering stops with the package to install", () => {
  const saved = process.env.SIDLAB_FONT_DIR
  process.env.SIDLAB_FONT_DIR = "/nonexistent-fonts"
  try {
    assert.throws(() => svgToPng('<svg xmlns="http://www.w3.org/2000/svg" width="1" height="1"/>'), /fonts-dejavu-core/)
  } finally {
    if (saved === undefined) delete process.env.SIDLAB_FONT_DIR
    else process.env.SIDLAB_FONT_DIR = saved
  }
})

test("legend: labels naming the same axes put the names in the title and keep the values; >10 lines get 20 colours", async () => {
  const labels = ["final", "uniform"].flatMap((m) => ["625", "999"].flatMap((t) => ["0.99", "0.999", "0.9"].map((b) => `stepMatching=${m} · tInit=${t} · beta2=${b}`)))
  const legend = colourLegend(labels)
  assert.equal(legend.encoding.title, "stepMatching · tInit · beta2")
  assert.equal(legend.entry(labels[0]!), "final · 625 · 0.99")
  assert.deepEqual(legend.encoding.scale, { scheme: "tableau20" })
  const lines: Array<GroupedRows> = labels.map((group, i) => ({ group, rows: [1, 2].map((k) => row("after", k, "fd", 1 + i + k, 20)) }))
  const chart = byKChart("legend", lines, "fd")
  const t = texts(await renderSvg(chart.spec, chart.name))
  assert.ok(t.includes("stepMatching · tInit · beta2") && t.includes("uniform · 999 · 0.9"), "legend title and a compact entry")
  assert.ok(!t.some((x) => x.includes("stepMatching=")), "no entry repeats the axis names")
  // labels that do not share their axes stay whole, under "cell"; a few lines keep the default colours
  const mixed = colourLegend(["a=1 · b=2", "a=1"])
  assert.equal(mixed.encoding.title, "cell")
  assert.equal(mixed.entry("a=1"), "a=1")
  assert.equal("scale" in mixed.encoding, false)
})
