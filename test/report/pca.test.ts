/** The scatter projection: top components of known data, fixed signs, and the scatter data's panels. */
import assert from "node:assert/strict"
import { test } from "node:test"
import { pca2, project } from "../../report/pca.ts"
import { interleavedOrder, scatterData } from "../../report/scatterData.ts"

test("pca2 finds the directions of largest spread, largest entry positive", () => {
  // 3-D points spread 10× along −(1,1,0)/√2 and 1× along z
  const n = 200
  const data = new Float64Array(n * 3)
  for (let i = 0; i < n; i++) {
    const a = 10 * Math.sin(i * 1.7)
    const b = Math.cos(i * 2.3)
    data.set([-a / Math.SQRT2 + 1, -a / Math.SQRT2 + 2, b + 3], 3 * i)
  }
  const p = pca2(data, n, 3)
  const [c1, c2] = p.components
  // the two draws are only nearly uncorrelated: directions agree to ~1e-3
  assert.ok(Math.abs(c1[0]! - Math.SQRT1_2) < 1e-3 && Math.abs(c1[1]! - Math.SQRT1_2) < 1e-3 && Math.abs(c1[2]!) < 1e-2, String(c1))
  assert.ok(Math.abs(c2[2]! - 1) < 1e-3, String(c2))
  const xy = project(data, n, 3, p)
  const variance = (o: number) => xy.filter((_, i) => i % 2 === o).reduce((s, v) => s + v * v, 0) / n
  assert.ok(variance(0) > 40 && variance(1) < 1, `${variance(0)} ${variance(1)}`)
  assert.throws(() => pca2(data, 1, 3), /at least 2 rows/)
})

test("scatterData: shared limits from the reference, class-balanced prefixes, clipped points counted and kept", () => {
  const classes = 2
  const perClass = 4
  const set = (shift: number) => Float32Array.from({ length: classes * perClass * 2 }, (_, i) => (i % 2 === 0 ? Math.floor(i / 2) + shift : (i * 7) % 3))
  const samples = { classes, samplesPerClass: perClass, dim: 2, byK: new Map([[0, set(0)], [1, set(100)]]) }
  const d = scatterData([{ label: "r", samples }], [1], 4)
  assert.deepEqual(d.panels, ["data", "k=1"])
  assert.equal(d.points.length, 2 * 4)
  assert.deepEqual(d.points.filter((p) => p.panel === "data").map((p) => p.cls), [0, 1, 0, 1])
  assert.equal(d.clipped, 4)
  assert.deepEqual(interleavedOrder(2, 3), [0, 3, 1, 4, 2, 5])
})
