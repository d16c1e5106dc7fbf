/**
 * `sidlab report` in a real browser: Debian's chromium (driven by playwright-core, which downloads
 * nothing) opens the report of a fixture store from disk. The store is built here: a tiny GMM experiment
 * with a guidance axis is run for real (wasm), its baseline recorded; an image experiment's cells are
 * written directly (metrics, manifest, sample-grid PNGs). Per chart, the series and data marks drawn
 * must match both the page's own count and the count the fixture implies; every image must load; the
 * page must log no error. A screenshot is saved next to the report (path printed).
 */
import assert from "node:assert/strict"
import { spawnSync } from "node:child_process"
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs"
import { tmpdir } from "node:os"
import * as path from "node:path"
import { pathToFileURL } from "node:url"
import { after, before, describe, it } from "node:test"
import { encode as encodePng } from "fast-png"
import { chromium, type BrowserContext, type Page } from "playwright-core"
import { compile } from "../../dsl/compiler/main.ts"
import type { DistillCell } from "../../dsl/Plan.ts"
import { manifestFor } from "../../runner/StoreManifest.ts"
import { publishCell } from "../../runner/StorePublish.ts"
import { encodeMetrics, type MetricRecord } from "../../stages/internal/metricsArrow.ts"
import { repoRoot, tempProject } from "../dsl/compiler/tempProject.ts"

/** Debian's chromium binary (/usr/bin/chromium is a shell wrapper); CHROMIUM_PATH overrides. */
const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/lib/chromium/chromium"

const sidlab = (cwd: string, ...args: Array<string>) => {
  const r = spawnSync(process.execPath, ["--import", "tsx", path.join(repoRoot, "bin/sidlab.ts"), ...args], { encoding: "utf8", cwd, env: { ...process.env, SIDLAB_BACKEND: "wasm" } })
  assert.equal(r.status, 0, `sidlab ${args.join(" ")}:\n${r.stdout}\n${r.stderr}`)
  return r.stdout
}

/** An image experiment's distill cell as the runner would store it, without training. */
const writeImageCell = (store: string, cell: DistillCell, shade: number) => {
  const K = cell.config.generator.numSteps
  const at = (phase: string, iteration: number, k: number, metric: string, value: number): MetricRecord =>
    ({ cellId: cell.id, cellName: cell.name, phase, iteration, imagesSeen: iteration * 128, k, metric, value, axes: cell.axes })
  const rows = [0, 10, 20].flatMap((it) => Array.from({ length: K }, (_, j) => [at("during", it, j + 1, "fd", 50 / (it + j + 1)), at("during", it, j + 1, "alignment", 0.5 + it / 50)]).flat())
  rows.push(...Array.from({ length: K }, (_, j) => [at("after", 20, j + 1, "fd", 10 - j), at("after", 20, j + 1, "alignment", 0.9)]).flat())
  const images = Object.fromEntries(["after-k1", `after-k${K}`].map((name) =>
    [`${name}.png`, encodePng({ width: 24, height: 30, channels: 1, depth: 8, data: Uint8Array.from({ length: 24 * 30 }, (_, i) => (i * shade) % 256) })]))
  publishCell(store, { ...manifestFor(cell, "wasm"), backend: "wasm", cpu: "test CPU", wallSeconds: 12, peakRssMb: 300, iterations: 20, imagesSeen: 2560 }, {
    "metrics.arrow": encodeMetrics(rows, Object.keys(cell.axes)),
    ...images
  })
}

interface Drawn {
  readonly name: string
  readonly expectSeries: number
  readonly expectMarks: number
  readonly lines: number
  readonly symbols: number
  readonly colours: number
  readonly texts: ReadonlyArray<string>
}

const drawnCharts = (page: Page): Promise<Array<Drawn>> =>
  page.$$eval("figure.chart", (figs) =>
    figs.map((f) => {
      const symbols = [...f.querySelectorAll("g.mark-symbol.role-mark > path")]
      return {
        name: f.getAttribute("data-chart") ?? "",
        expectSeries: Number(f.getAttribute("data-series")),
        expectMarks: Number(f.getAttribute("data-marks")),
        lines: f.querySelectorAll("g.mark-line.role-mark > path").length,
        symbols: symbols.length,
        colours: new Set(symbols.map((s) => s.getAttribute("fill"))).size,
        texts: [...f.querySelectorAll("g.mark-text.role-mark > text")].map((t) => t.textContent ?? "")
      }
    }))

describe("sidlab report in chromium", { skip: existsSync(CHROMIUM) || process.env.CI !== undefined ? false : `no chromium at ${CHROMIUM} (apt-get install chromium)` }, () => {
  const project = tempProject({ "reportable.ts": "test/fixtures/report/reportable.ts", "image.ts": "test/fixtures/image/image-teacher.ts" })
  const work = mkdtempSync(path.join(tmpdir(), "sidlab-report-e2e-"))
  const store = path.join(work, "store")
  const site = path.join(work, "site")
  let context: BrowserContext
  const problems: Array<string> = []

  before(async () => {
    sidlab(project.root, "compile", "--root", project.root)
    sidlab(project.root, "run", "reportable", "--root", project.root, "--store", store)
    sidlab(project.root, "baseline", "reportable", "--root", project.root, "--store", store, "--backend", "wasm")
    const image = (await compile(project.root, { write: false })).plans.find((p) => p.experiment === "fixture-image")!
    image.cells.filter((c): c is DistillCell => c.kind === "distill").forEach((c, i) => writeImageCell(store, c, 3 + i))
    sidlab(project.root, "report", "reportable", "fixture-image", "--root", project.root, "--store", store, "--backend", "wasm", "--against", "baseline", "--out", site)
    context = await chromium.launchPersistentContext(path.join(work, "profile"), {
      executablePath: CHROMIUM,
      headless: true,
      args: ["--no-sandbox", "--headless", "--disable-gpu", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"]
    })
  })
  after(async () => {
    await context?.close()
    project.dispose()
    if (process.env.SIDLAB_E2E_KEEP === undefined) rmSync(path.join(work, "store"), { recursive: true, force: true })
  })

  const open = async (file: string): Promise<Page> => {
    const page = await context.newPage()
    page.on("console", (m) => (m.type() === "error" || m.type() === "warning") && problems.push(`${file}: console ${m.type()}: ${m.text()}`))
    page.on("pageerror", (e) => problems.push(`${file}: page error: ${e.message}`))
    page.on("requestfailed", (r) => problems.push(`${file}: request failed: ${r.url()}`))
    page.on("request", (r) => !r.url().startsWith("file:") && !r.url().startsWith("data:") && problems.push(`${file}: network request ${r.url()}`))
    await page.goto(pathToFileURL(path.join(site, file)).href)
    return page
  }

  it("the index lists both experiments with their cell counts and check status", async () => {
    const page = await open("index.html")
    const rows = await page.$$eval("table.experiments tbody tr", (trs) => trs.map((tr) => [...tr.querySelectorAll("td")].map((td) => td.textContent ?? "")))
    assert.deepEqual(rows.map((r) => [r[0], r[2], r[3], r[5]]), [["reportable", "4 / 4", "wasm", "2 pass"], ["fixture-image", "2 / 2", "wasm", "no checks"]])
    await page.close()
  })

  it("the GMM experiment: every chart draws the series and points its data imply, checks pass", async () => {
    const page = await open("reportable.html")
    const charts = new Map((await drawnCharts(page)).map((c) => [c.name, c]))
    for (const c of charts.values()) {
      assert.equal(c.symbols, c.expectMarks, `${c.name}: symbols`)
      if (c.name.endsWith("-samples")) assert.equal(c.colours, c.expectSeries, `${c.name}: classes`)
      else assert.equal(c.lines, c.expectSeries, `${c.name}: lines`)
    }
    // 2 guidance values × 2 seeds, K = 2, 48 iterations: curve points at 0, 3, ..., 45 and 48 (17)
    const curve = charts.get("reportable-curve-fd")!
    assert.deepEqual([curve.lines, curve.symbols], [2 * 2, 2 * 2 * 17])
    assert.deepEqual([charts.get("reportable-curve-alignment")!.lines, charts.get("reportable-curve-alignment")!.symbols], [4, 68])
    // against the baseline: 2 groups × (this store, baseline) lines of 2 points
    assert.deepEqual([charts.get("reportable-by-k-fd")!.lines, charts.get("reportable-by-k-fd")!.symbols], [4, 8])
    const frontier = charts.get("reportable-frontier")!
    assert.deepEqual([frontier.lines, frontier.symbols], [1, 2])
    assert.deepEqual([...frontier.texts].sort(), ["κ=1", "κ=2"])
    // seed 0: 2 rows × (data, k=1, k=2) panels × 3 classes × 40 samples, 3 colours
    const scatter = charts.get("reportable-samples")!
    assert.deepEqual([scatter.symbols, scatter.colours], [2 * 3 * 120, 3])
    assert.equal(charts.size, 6)
    const verdicts = await page.$$eval("table.checks [data-verdict]", (els) => els.map((e) => e.getAttribute("data-verdict")))
    assert.deepEqual(verdicts, ["pass", "pass"])
    assert.equal(await page.$$eval("table.provenance tbody tr", (trs) => trs.length), 4)
    await page.screenshot({ path: path.join(site, "reportable.png"), fullPage: true })
    await page.close()
  })

  it("the image experiment: its sample grids load, its charts draw, provenance links the store", async (t) => {
    const page = await open("fixture-image.html")
    const images = await page.$$eval("img", (imgs) => imgs.map((i) => {
      const img = i as unknown as { naturalWidth: number; complete: boolean }
      return { src: i.getAttribute("src"), width: img.naturalWidth, complete: img.complete }
    }))
    assert.equal(images.length, 2 * 2)
    for (const img of images) assert.ok(img.complete && img.width === 24, `${img.src} did not load (naturalWidth ${img.width})`)
    const charts = await drawnCharts(page)
    // 2 cells (no seeds), K = 4: curves 2 × 4 lines of 3 points; against k: 2 lines of 4 points
    assert.deepEqual(charts.map((c) => [c.name, c.lines, c.symbols]), [
      ["fixture-image-curve-fd", 8, 24], ["fixture-image-curve-alignment", 8, 24],
      ["fixture-image-by-k-fd", 2, 8], ["fixture-image-by-k-alignment", 2, 8]
    ])
    const link = await page.$eval("table.provenance a", (a) => (a as unknown as { href: string }).href)
    assert.ok(existsSync(new URL(link)), link)
    await page.screenshot({ path: path.join(site, "fixture-image.png"), fullPage: true })
    t.diagnostic(`report and screenshots: ${site}`)
    await page.close()
  })

  it("--against another store overlays its numbers; a wrong --against is a usage error", () => {
    const other = path.join(work, "site-against-store")
    const printed = sidlab(project.root, "report", "reportable", "--root", project.root, "--store", store, "--backend", "wasm", "--against", store, "--out", other)
    assert.match(printed, /reportable: 4 of 4 cells, checks 2 pass/)
    const html = readFileSync(path.join(other, "reportable.html"), "utf8")
    assert.match(html, /data-chart="reportable-by-k-fd" data-series="4" data-marks="8"/)
    assert.ok(html.includes(`against store ${store}: 2 pass`), "checks against the other store")
    const bad = spawnSync(process.execPath, ["--import", "tsx", path.join(repoRoot, "bin/sidlab.ts"), "report", "reportable", "--root", project.root, "--against", path.join(work, "nope")], { encoding: "utf8" })
    assert.equal(bad.status, 2)
    assert.match(bad.stderr, /--against .*nope: no such file or folder/)
  })

  it("no page logged an error, a warning or a network request", () => {
    assert.deepEqual(problems, [])
  })
})
