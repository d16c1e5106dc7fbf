/**
 * Scatter data from stored evaluation samples: every panel in the projection of the first row's
 * reference data (k = 0), with axes fixed to its range plus a margin. Points outside stay in the data
 * (a panel whose samples all fall outside still appears) and are clipped by the chart; they are counted.
 */
import { pca2, project } from "./pca.ts"
import type { ScatterPoint } from "./charts.ts"
import type { StoredSamples } from "./storeAccess.ts"

export interface ScatterRow {
  readonly label: string
  readonly samples: StoredSamples
}

export interface ScatterData {
  readonly points: ReadonlyArray<ScatterPoint>
  readonly limits: { readonly x: readonly [number, number]; readonly y: readonly [number, number] }
  /** Points outside the limits (clipped by the chart). */
  readonly clipped: number
  readonly panels: ReadonlyArray<string>
}

/** Class-interleaved order of class-major rows (one of each class in turn), so a prefix keeps every class. */
export const interleavedOrder = (classes: number, perClass: number): Array<number> => {
  const order: Array<number> = []
  for (let s = 0; s < perClass; s++) for (let c = 0; c < classes; c++) order.push(c * perClass + s)
  return order
}

const range = (v: Float64Array, offset: number, margin: number): [number, number] => {
  let lo = Infinity
  let hi = -Infinity
  for (let i = offset; i < v.length; i += 2) {
    lo = Math.min(lo, v[i]!)
    hi = Math.max(hi, v[i]!)
  }
  const pad = Math.max(hi - lo, 1e-9) * margin
  return [lo - pad, hi + pad]
}

/**
 * Points of every row × panel ("data", then "k=<k>" for each of `ks`), `maxPerPanel` at most per panel
 * (a class-balanced prefix); rows must share classes, samples per class and dimension.
 */
export const scatterData = (rows: ReadonlyArray<ScatterRow>, ks: ReadonlyArray<number>, maxPerPanel = Infinity): ScatterData => {
  const first = rows[0]?.samples
  if (first === undefined) throw new RangeError("scatterData: no rows")
  const { classes, samplesPerClass, dim } = first
  const n = classes * samplesPerClass
  const reference = first.byK.get(0)
  if (reference === undefined) throw new RangeError("scatterData: the first row stores no reference data (k0)")
  const projection = pca2(reference, n, dim)
  const ref = project(reference, n, dim, projection)
  const limits = { x: range(ref, 0, 0.08), y: range(ref, 1, 0.08) }
  const order = interleavedOrder(classes, samplesPerClass).slice(0, Math.min(n, maxPerPanel))
  const panels = ["data", ...ks.map((k) => `k=${k}`)]
  const points: Array<ScatterPoint> = []
  let clipped = 0
  for (const row of rows) {
    const sets = [ref, ...ks.map((k) => project(row.samples.byK.get(k)!, n, dim, projection))]
    sets.forEach((xy, p) => {
      for (const i of order) {
        const x = xy[2 * i]!
        const y = xy[2 * i + 1]!
        if (x < limits.x[0] || x > limits.x[1] || y < limits.y[0] || y > limits.y[1]) clipped++
        points.push({ row: row.label, panel: panels[p]!, x: round(x), y: round(y), cls: Math.floor(i / samplesPerClass) })
      }
    })
  }
  return { points, limits: { x: limits.x.map(round) as [number, number], y: limits.y.map(round) as [number, number] }, clipped, panels }
}

/** Six significant digits: smaller SVG and spec, far below a pixel. */
const round = (v: number): number => Number(v.toPrecision(6))
