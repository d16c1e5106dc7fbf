/** Scatter drawing: PCA directions, pixel placement, clipping, text and a deterministic figure. */
import assert from "node:assert/strict"
import { test } from "node:test"
import {
  classColour, createCanvas, drawPanel, drawText, getPixel, interleavedOrder, limitsOf, palette, pca2, project,
  renderScatterGrid, symmetricEigen, textWidth, toPixel, white
} from "../../../bin/internal/scatter.ts"

/** A deterministic standard normal stream (mulberry32 + Box–Muller). */
const normals = (seed: number) => {
  let s = seed >>> 0
  const uniform = () => {
    s = (s + 0x6d2b79f5) >>> 0
    let t = s
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
  return () => Math.sqrt(-2 * Math.log(1 - uniform())) * Math.cos(2 * Math.PI * uniform())
}

const dot3 = (a: ArrayLike<number>, b: ArrayLike<number>) => a[0]! * b[0]! + a[1]! * b[1]! + a[2]! * b[2]!

test("symmetricEigen: a worked 2×2 example, eigenvalues sorted descending", () => {
  const { values, vectors } = symmetricEigen([2, 1, 1, 2], 2)
  assert.ok(Math.abs(values[0]! - 3) < 1e-12 && Math.abs(values[1]! - 1) < 1e-12)
  assert.ok(Math.abs(Math.abs(vectors[0]![0]!) - Math.SQRT1_2) < 1e-12 && Math.abs(vectors[0]![0]! - vectors[0]![1]!) < 1e-12)
})

test("pca2 finds the dominant directions of an elongated 3-D cloud", () => {
  const rand = normals(1)
  const n = 2000
  // long axis u (σ = 5), second axis v (σ = 1.5), third w (σ = 0.2), shifted off the origin
  const u = [2 / 3, 2 / 3, 1 / 3]
  const v = [2 / 3, -1 / 3, -2 / 3]
  const w = [1 / 3, -2 / 3, 2 / 3]
  const data = new Float32Array(n * 3)
  for (let i = 0; i < n; i++) {
    const a = 5 * rand(), b = 1.5 * rand(), c = 0.2 * rand()
    for (let d = 0; d < 3; d++) data[i * 3 + d] = 10 + a * u[d]! + b * v[d]! + c * w[d]!
  }
  const p = pca2(data, n, 3)
  assert.ok(Math.abs(dot3(p.components[0], u)) > 0.999, `pc1 · u = ${dot3(p.components[0], u)}`)
  assert.ok(Math.abs(dot3(p.components[1], v)) > 0.99, `pc2 · v = ${dot3(p.components[1], v)}`)
  assert.ok(Math.abs(p.variances[0] - 25) < 2.5 && Math.abs(p.variances[1] - 2.25) < 0.3, `variances ${p.variances}`)
  for (let d = 0; d < 3; d++) assert.ok(Math.abs(p.mean[d]! - 10) < 0.4)
  const pts = project(data, n, 3, p)
  let mean = 0
  for (let i = 0; i < n; i++) mean += pts[2 * i]! / n
  assert.ok(Math.abs(mean) < 1e-9, "projected data is centred")
})

test("pca2 on a 2-D cloud along y = −x, and the sign convention is fixed", () => {
  const rand = normals(2)
  const n = 500
  const data = new Float64Array(n * 2)
  for (let i = 0; i < n; i++) {
    const a = 3 * rand(), b = 0.3 * rand()
    data[2 * i] = (a + b) * Math.SQRT1_2
    data[2 * i + 1] = (-a + b) * Math.SQRT1_2
  }
  const [pc1] = pca2(data, n, 2).components
  assert.ok(Math.abs(Math.abs(pc1[0]!) - Math.SQRT1_2) < 0.01 && pc1[0]! * pc1[1]! < 0)
  // the larger-magnitude entry is positive, whatever the rotation signs
  assert.ok(pc1[Math.abs(pc1[0]!) >= Math.abs(pc1[1]!) ? 0 : 1]! > 0)
})

test("points land in the right pixel, y up, and points outside the limits are clipped", () => {
  const limits = { xMin: 0, xMax: 10, yMin: 0, yMax: 10 }
  const panel = { x: 20, y: 30, width: 100, height: 100 }
  assert.deepEqual(toPixel(limits, panel, 5, 5), { px: 70, py: 80 })
  const at = toPixel(limits, panel, 2.05, 9.05)!
  assert.ok(Math.abs(at.px - 40.5) < 1e-9 && Math.abs(at.py - 39.5) < 1e-9, `${at.px}, ${at.py}`)
  assert.equal(toPixel(limits, panel, 10.5, 5), undefined)

  const c = createCanvas(140, 140)
  const points = Float64Array.of(2.05, 9.05, 8.05, 1.05, 50, 50)
  const clipped = drawPanel(c, panel, limits, { points, classOf: (i) => i })
  assert.equal(clipped, 1)
  // dot centres: (40.5, 39.5) and (100.5, 119.5), class 0 and 1; 0.85 opacity over white
  const near = (got: ReadonlyArray<number>, colour: ReadonlyArray<number>) => got.every((g, k) => Math.abs(g - Math.round(255 * 0.15 + colour[k]! * 0.85)) <= 1)
  assert.ok(near(getPixel(c, 40, 39), classColour(0)), `${getPixel(c, 40, 39)}`)
  assert.ok(near(getPixel(c, 100, 119), classColour(1)), `${getPixel(c, 100, 119)}`)
  assert.deepEqual(getPixel(c, 45, 39), white) // beyond the radius
  assert.deepEqual(getPixel(c, 20, 30), [176, 176, 176]) // the frame
  assert.deepEqual(getPixel(c, 5, 5), white) // outside the panel
})

test("limits: the data's range plus 8% each side", () => {
  const l = limitsOf(Float64Array.of(0, -1, 10, 1, 5, 0), 0.08)
  assert.deepEqual(l, { xMin: -0.8, xMax: 10.8, yMin: -1.16, yMax: 1.16 })
})

test("text rendering changes pixels inside its box only, and distinct strings look different", () => {
  const c = createCanvas(80, 20)
  const w = drawText(c, 2, 3, "k=4 (κ)", [0, 0, 0], 1)
  assert.equal(w, textWidth("k=4 (κ)"))
  let inked = 0
  for (let y = 0; y < 20; y++) {
    for (let x = 0; x < 80; x++) {
      const dark = getPixel(c, x, y)[0] === 0
      if (dark) inked++
      if (dark) assert.ok(x >= 2 && x < 2 + w && y >= 3 && y < 3 + 9, `ink outside the text box at ${x},${y}`)
    }
  }
  assert.ok(inked > 30, `${inked} pixels inked`)
  const a = createCanvas(30, 20), b = createCanvas(30, 20)
  drawText(a, 0, 0, "data", [0, 0, 0], 2)
  drawText(b, 0, 0, "Data", [0, 0, 0], 2)
  assert.notDeepEqual(a.data, b.data)
  const all = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789=.,-:()/"
  const glyphs = new Set([...all].map((ch) => {
    const g = createCanvas(6, 9)
    drawText(g, 0, 0, ch)
    return Buffer.from(g.data).toString("hex")
  }))
  assert.equal(glyphs.size, all.length, "every glyph is distinct")
})

test("palette has at least 10 distinct colours; interleaved order visits every row once", () => {
  assert.ok(new Set(palette.map((c) => c.join(","))).size >= 10)
  assert.deepEqual(interleavedOrder(3, 2), [0, 2, 4, 1, 3, 5])
})

test("a figure has the expected size and the same input gives the same pixels", () => {
  const pts = { points: Float64Array.of(0, 0, 1, 1, -1, 0.5, 0.5, -1), classOf: (i: number) => i % 2 }
  const spec = {
    caption: "test",
    columns: ["data", "k=1"],
    rows: [{ label: [["stepMatching", "uniform"]] as const, panels: [pts, pts] }, { label: [["stepMatching", "final"]] as const, panels: [pts, pts] }],
    limits: limitsOf(pts.points),
    panelSize: 60
  }
  const a = renderScatterGrid(spec)
  const b = renderScatterGrid(spec)
  assert.deepEqual(a.canvas.data, b.canvas.data)
  const labelWidth = textWidth("uniform", 2)
  assert.equal(a.canvas.width, 12 + labelWidth + 12 + 2 * 60 + 10 + 12)
  assert.equal(a.clipped, 0)
})
