/**
 * `sidlab plot`: row selection on a hand-made plan, and end to end on a project copy with a fake results
 * store (samples.ckpt written with encodeCheckpoint, no training): the PNG is written, has the grid's
 * size, re-renders byte-identically, the SVG draws every sample, and missing samples or unknown names fail clearly.
 */
import assert from "node:assert/strict"
import { spawnSync } from "node:child_process"
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs"
import { tmpdir } from "node:os"
import * as path from "node:path"
import { after, before, describe, it, test } from "node:test"
import { compile } from "../../../dsl/compiler/main.ts"
import type { DistillCell, Plan } from "../../../dsl/Plan.ts"
import { manifestFor } from "../../../runner/StoreManifest.ts"
import { publishCell } from "../../../runner/StorePublish.ts"
import { decode as decodePng } from "fast-png"
import { encodeCheckpoint } from "../../../stages/CheckpointStore.ts"
import { parseWhere, selectRows } from "../../../bin/commands/plot.ts"
import { repoRoot, tempProject } from "../../dsl/compiler/tempProject.ts"

const cell = (axes: Record<string, string>): DistillCell =>
  ({ id: `e/${Object.entries(axes).map(([a, v]) => `${a}=${v}`).join(",")}`, kind: "distill", axes, config: { seed: Number(axes.seed ?? 0) } }) as unknown as DistillCell
const grid: Plan = {
  experiment: "e",
  source: "experiments/e.ts",
  axes: { iterations: ["1500", "6000"], seed: ["0", "1"], stepMatching: ["uniform", "final"] },
  cells: [
    ...["final", "uniform"].flatMap((m) => ["1500", "6000"].flatMap((it) => ["0", "1"].map((s) => cell({ iterations: it, seed: s, stepMatching: m }))))
  ],
  tables: [],
  checks: []
}

test("rows: seed and --where select, declared value order sorts, labels name the axes that vary", () => {
  const rows = selectRows(grid, { seed: 0, where: {} })
  assert.deepEqual(rows.map((r) => r.cell.id), [
    "e/iterations=1500,seed=0,stepMatching=uniform", "e/iterations=1500,seed=0,stepMatching=final",
    "e/iterations=6000,seed=0,stepMatching=uniform", "e/iterations=6000,seed=0,stepMatching=final"
  ])
  assert.deepEqual(rows[0]!.label, [["iterations", "1500"], ["stepMatching", "uniform"]])
  const fixed = selectRows(grid, { seed: 1, where: parseWhere(grid, "iterations=6000") })
  assert.deepEqual(fixed.map((r) => r.label), [[["stepMatching", "uniform"]], [["stepMatching", "final"]]])
  assert.ok(fixed.every((r) => r.cell.axes.seed === "1"))
  const one = selectRows(grid, { seed: 0, where: parseWhere(grid, "iterations=1500,stepMatching=FINAL") })
  assert.deepEqual(one.map((r) => r.label), [[["iterations", "1500"], ["stepMatching", "final"]]])
})

test("rows: --rows lays one axis out and insists the others are fixed; bad names are usage errors", () => {
  const rows = selectRows(grid, { seed: 0, where: { iterations: "1500" }, rowsAxis: "stepMatching" })
  assert.deepEqual(rows.map((r) => r.label), [[["stepMatching", "uniform"]], [["stepMatching", "final"]]])
  assert.throws(() => selectRows(grid, { seed: 0, where: {}, rowsAxis: "stepMatching" }), { name: "UsageError", message: /several cells have stepMatching=uniform .* --where iterations=…/ })
  assert.throws(() => selectRows(grid, { seed: 0, where: {}, rowsAxis: "alpha" }), { name: "UsageError", message: /no axis "alpha"/ })
  assert.throws(() => selectRows(grid, { seed: 5, where: {} }), { name: "UsageError", message: /no distill cell of e has seed 5/ })
  assert.throws(() => parseWhere(grid, "stepMatching=sideways"), { name: "UsageError", message: /no value "sideways"; values: uniform, final/ })
  assert.throws(() => parseWhere(grid, "uniform"), { name: "UsageError", message: /expected axis=label/ })
})

const sidlab = (cwd: string, ...args: Array<string>) => {
  const r = spawnSync(process.execPath, ["--import", "tsx", path.join(repoRoot, "bin/sidlab.ts"), ...args], { encoding: "utf8", cwd })
  return { code: r.status, stdout: r.stdout, stderr: r.stderr }
}

describe("sidlab plot end to end (fake store)", () => {
  const project = tempProject({ "tiny.ts": "test/fixtures/run/tiny.ts" })
  const store = mkdtempSync(path.join(tmpdir(), "sidlab-plot-"))
  after(() => (project.dispose(), rmSync(store, { recursive: true, force: true })))
  const cmd = (...args: Array<string>) => sidlab(project.root, "plot", ...args, "--root", project.root, "--store", store, "--backend", "fake")
  const png = path.join(store, "out", "tiny.png")
  let cells: ReadonlyArray<DistillCell> = []

  // tiny: D = 3, 2 classes, K = 2, a stepMatching axis (uniform, final) and one seed
  const writeSamples = (c: DistillCell, shift: number) => {
    const classes = 2
    const perClass = 30
    const arrays = [0, 1, 2].map((k) => {
      const data = new Float32Array(classes * perClass * 3)
      for (let i = 0; i < classes * perClass; i++) {
        const cls = Math.floor(i / perClass)
        const t = (i % perClass) / perClass
        data.set([4 * cls - 2 + t + shift * k, 0.5 * Math.sin(7 * i), 0.1 * t], 3 * i)
      }
      return { name: `k${k}`, shape: [classes * perClass, 3], data }
    })
    publishCell(store, manifestFor(c, "fake"), { "samples.ckpt": encodeCheckpoint({ meta: { classes, samplesPerClass: perClass, order: "class-major" }, arrays }) })
  }

  before(async () => {
    const compiled = await compile(project.root, { write: false })
    cells = compiled.plans[0]!.cells.filter((c): c is DistillCell => c.kind === "distill")
    assert.equal(cells.length, 2)
  })

  it("names the cell without samples and says how to produce it", () => {
    writeSamples(cells[0]!, 0.1)
    const r = cmd("tiny", "--out", png)
    assert.equal(r.code, 1, r.stdout + r.stderr)
    assert.match(r.stderr, /cell tiny\/stepMatching=\w+ has no stored samples for backend fake; run: sidlab run tiny --cells 'tiny\/stepMatching=\w+'/)
  })

  it("writes a PNG of the grid and re-renders it byte-identically", () => {
    writeSamples(cells[1]!, -0.1)
    const r = cmd("tiny", "--out", png)
    assert.equal(r.code, 0, r.stdout + r.stderr)
    assert.match(r.stdout, /^wrote .*tiny\.png \(2 rows × 3 columns, backend fake/m)
    const bytes = readFileSync(png)
    assert.deepEqual([...bytes.subarray(0, 8)], [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])
    // a 3 × 2 grid of 150-px panels at 2× scale, plus title, headers and legend
    const image = decodePng(bytes)
    assert.ok(image.width > 2 * 3 * 150 && image.width < 2 * (3 * 150 + 700), `width ${image.width}`)
    assert.ok(image.height > 2 * 2 * 150 && image.height < 2 * (2 * 150 + 150), `height ${image.height}`)
    assert.equal(cmd("tiny", "--out", png).code, 0)
    assert.deepEqual(readFileSync(png), bytes)
    // the SVG: every sample of the 6 panels is one symbol (2 classes × 30 per panel, none outside the data's range here)
    const svgFile = path.join(store, "out", "tiny.svg")
    const svg = cmd("tiny", "--out", svgFile)
    assert.equal(svg.code, 0, svg.stderr)
    const text = readFileSync(svgFile, "utf8")
    const symbols = [...text.matchAll(/<g class="mark-symbol role-mark[^"]*"[^>]*>([\s\S]*?)<\/g>/g)].map((m) => (m[1]!.match(/<path /g) ?? []).length)
    assert.equal(symbols.length, 6)
    assert.deepEqual(symbols, [60, 60, 60, 60, 60, 60])
    assert.match(text, /<text[^>]*>k=2<\/text>/)
    const one = cmd("tiny", "--where", "stepMatching=uniform", "--ks", "2", "--out", png)
    assert.equal(one.code, 0, one.stderr)
    assert.match(one.stdout, /\(1 row × 2 columns/)
  })

  it("unknown experiments, axes and step counts are usage errors", () => {
    const a = cmd("nosuch")
    assert.equal(a.code, 2)
    assert.match(a.stderr, /no experiment "nosuch"/)
    const b = cmd("tiny", "--ks", "3", "--out", png)
    assert.equal(b.code, 2)
    assert.match(b.stderr, /has no samples at k=3; stored k: 1, 2/)
    const c = cmd("tiny", "--seed", "1")
    assert.equal(c.code, 2)
    assert.match(c.stderr, /no distill cell of tiny has seed 1/)
  })
})
