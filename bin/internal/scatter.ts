/**
 * Raster scatter plots for `sidlab plot`: an RGB canvas, anti-aliased filled dots, a built-in 5×7 bitmap
 * font for titles, a 2-D PCA projection (Jacobi eigen-decomposition of the D×D covariance) and the
 * grid layout of a figure (one column per sample set, one row per cell, shared projection and limits).
 *
 * Everything is plain float64 arithmetic in a fixed order, so the same inputs give the same pixels.
 * Pixel (x, y) covers [x, x+1) × [y, y+1); its centre is (x + ½, y + ½).
 */

export type Rgb = readonly [number, number, number]

/** An RGB image being drawn on (the shape `encodePng` takes). */
export interface Canvas {
  readonly width: number
  readonly height: number
  readonly channels: 3
  readonly data: Uint8Array
}

/** An axis-aligned pixel rectangle. */
export interface Rect {
  readonly x: number
  readonly y: number
  readonly width: number
  readonly height: number
}

export const white: Rgb = [255, 255, 255]
export const black: Rgb = [0, 0, 0]
export const frameGrey: Rgb = [176, 176, 176]
export const textGrey: Rgb = [96, 96, 96]

/** Class colours: Tableau 10, then six more distinct ones; class c gets palette[c mod 16]. */
export const palette: ReadonlyArray<Rgb> = [
  [31, 119, 180], [255, 127, 14], [44, 160, 44], [214, 39, 40], [148, 103, 189],
  [140, 86, 75], [227, 119, 194], [127, 127, 127], [188, 189, 34], [23, 190, 207],
  [0, 0, 128], [128, 0, 0], [0, 128, 128], [255, 215, 0], [0, 0, 0], [170, 255, 195]
]

export const classColour = (c: number): Rgb => palette[((c % palette.length) + palette.length) % palette.length]!

// ---- canvas -------------------------------------------------------------------------------------

export const createCanvas = (width: number, height: number, fill: Rgb = white): Canvas => {
  const data = new Uint8Array(width * height * 3)
  for (let i = 0; i < width * height; i++) data.set(fill, 3 * i)
  return { width, height, channels: 3, data }
}

export const getPixel = (c: Canvas, x: number, y: number): Rgb => {
  const i = 3 * (y * c.width + x)
  return [c.data[i]!, c.data[i + 1]!, c.data[i + 2]!]
}

/** Paints pixel (x, y) with `colour` at opacity `alpha` over what is there; outside the canvas is ignored. */
export const blendPixel = (c: Canvas, x: number, y: number, colour: Rgb, alpha = 1): void => {
  if (x < 0 || y < 0 || x >= c.width || y >= c.height || alpha <= 0) return
  const i = 3 * (y * c.width + x)
  const a = Math.min(1, alpha)
  for (let k = 0; k < 3; k++) c.data[i + k] = Math.round(c.data[i + k]! * (1 - a) + colour[k]! * a)
}

export const fillRect = (c: Canvas, r: Rect, colour: Rgb): void => {
  for (let y = r.y; y < r.y + r.height; y++) for (let x = r.x; x < r.x + r.width; x++) blendPixel(c, x, y, colour)
}

/** A one-pixel outline just inside `r`. */
export const strokeRect = (c: Canvas, r: Rect, colour: Rgb): void => {
  fillRect(c, { x: r.x, y: r.y, width: r.width, height: 1 }, colour)
  fillRect(c, { x: r.x, y: r.y + r.height - 1, width: r.width, height: 1 }, colour)
  fillRect(c, { x: r.x, y: r.y, width: 1, height: r.height }, colour)
  fillRect(c, { x: r.x + r.width - 1, y: r.y, width: 1, height: r.height }, colour)
}

/**
 * A filled disc of `radius` px centred at (cx, cy) in continuous pixel coordinates, anti-aliased by a
 * one-pixel ramp at its edge, drawn only inside `clip`.
 */
export const dot = (c: Canvas, cx: number, cy: number, radius: number, colour: Rgb, clip: Rect, opacity = 1): void => {
  const x0 = Math.max(clip.x, Math.floor(cx - radius - 1))
  const x1 = Math.min(clip.x + clip.width - 1, Math.floor(cx + radius + 1))
  const y0 = Math.max(clip.y, Math.floor(cy - radius - 1))
  const y1 = Math.min(clip.y + clip.height - 1, Math.floor(cy + radius + 1))
  for (let y = y0; y <= y1; y++) {
    for (let x = x0; x <= x1; x++) {
      const d = Math.hypot(x + 0.5 - cx, y + 0.5 - cy)
      const coverage = Math.min(1, Math.max(0, radius + 0.5 - d))
      blendPixel(c, x, y, colour, coverage * opacity)
    }
  }
}

// ---- text ---------------------------------------------------------------------------------------

/**
 * 5×7 glyphs, rows top to bottom ('#' = ink); row 6 is the baseline row, rows 7–8 hold descenders.
 * Characters not here are drawn as a hollow box.
 */
const glyphRows: Readonly<Record<string, string>> = {
  " ": "..... ..... ..... ..... ..... ..... .....",
  A: ".###. #...# #...# ##### #...# #...# #...#",
  B: "####. #...# #...# ####. #...# #...# ####.",
  C: ".###. #...# #.... #.... #.... #...# .###.",
  D: "###.. #..#. #...# #...# #...# #..#. ###..",
  E: "##### #.... #.... ####. #.... #.... #####",
  F: "##### #.... #.... ####. #.... #.... #....",
  G: ".###. #...# #.... #.### #...# #...# .####",
  H: "#...# #...# #...# ##### #...# #...# #...#",
  I: ".###. ..#.. ..#.. ..#.. ..#.. ..#.. .###.",
  J: "..### ...#. ...#. ...#. ...#. #..#. .##..",
  K: "#...# #..#. #.#.. ##... #.#.. #..#. #...#",
  L: "#.... #.... #.... #.... #.... #.... #####",
  M: "#...# ##.## #.#.# #.#.# #...# #...# #...#",
  N: "#...# #...# ##..# #.#.# #..## #...# #...#",
  O: ".###. #...# #...# #...# #...# #...# .###.",
  P: "####. #...# #...# ####. #.... #.... #....",
  Q: ".###. #...# #...# #...# #.#.# #..#. .##.#",
  R: "####. #...# #...# ####. #.#.. #..#. #...#",
  S: ".#### #.... #.... .###. ....# ....# ####.",
  T: "##### ..#.. ..#.. ..#.. ..#.. ..#.. ..#..",
  U: "#...# #...# #...# #...# #...# #...# .###.",
  V: "#...# #...# #...# #...# #...# .#.#. ..#..",
  W: "#...# #...# #...# #.#.# #.#.# #.#.# .#.#.",
  X: "#...# #...# .#.#. ..#.. .#.#. #...# #...#",
  Y: "#...# #...# .#.#. ..#.. ..#.. ..#.. ..#..",
  Z: "##### ....# ...#. ..#.. .#... #.... #####",
  a: "..... ..... .###. ....# .#### #...# .####",
  b: "#.... #.... #.##. ##..# #...# #...# ####.",
  c: "..... ..... .###. #.... #.... #...# .###.",
  d: "....# ....# .##.# #..## #...# #...# .####",
  e: "..... ..... .###. #...# ##### #.... .###.",
  f: "..##. .#..# .#... ###.. .#... .#... .#...",
  g: "..... ..... .#### #...# #...# #...# .#### ....# .###.",
  h: "#.... #.... #.##. ##..# #...# #...# #...#",
  i: "..#.. ..... .##.. ..#.. ..#.. ..#.. .###.",
  j: "...#. ..... ..##. ...#. ...#. ...#. ...#. #..#. .##..",
  k: "#.... #.... #..#. #.#.. ##... #.#.. #..#.",
  l: ".##.. ..#.. ..#.. ..#.. ..#.. ..#.. .###.",
  m: "..... ..... ##.#. #.#.# #.#.# #...# #...#",
  n: "..... ..... #.##. ##..# #...# #...# #...#",
  o: "..... ..... .###. #...# #...# #...# .###.",
  p: "..... ..... ####. #...# #...# #...# ####. #.... #....",
  q: "..... ..... .#### #...# #...# #...# .#### ....# ....#",
  r: "..... ..... #.##. ##..# #.... #.... #....",
  s: "..... ..... .###. #.... .###. ....# ####.",
  t: ".#... .#... ###.. .#... .#... .#..# ..##.",
  u: "..... ..... #...# #...# #...# #..## .##.#",
  v: "..... ..... #...# #...# #...# .#.#. ..#..",
  w: "..... ..... #...# #...# #.#.# #.#.# .#.#.",
  x: "..... ..... #...# .#.#. ..#.. .#.#. #...#",
  y: "..... ..... #...# #...# #...# #...# .#### ....# .###.",
  z: "..... ..... ##### ...#. ..#.. .#... #####",
  "0": ".###. #...# #..## #.#.# ##..# #...# .###.",
  "1": "..#.. .##.. ..#.. ..#.. ..#.. ..#.. .###.",
  "2": ".###. #...# ....# ...#. ..#.. .#... #####",
  "3": "##### ...#. ..#.. ...#. ....# #...# .###.",
  "4": "...#. ..##. .#.#. #..#. ##### ...#. ...#.",
  "5": "##### #.... ####. ....# ....# #...# .###.",
  "6": "..##. .#... #.... ####. #...# #...# .###.",
  "7": "##### ....# ...#. ..#.. .#... .#... .#...",
  "8": ".###. #...# #...# .###. #...# #...# .###.",
  "9": ".###. #...# #...# .#### ....# ...#. .##..",
  "=": "..... ..... ##### ..... ##### ..... .....",
  ".": "..... ..... ..... ..... ..... .##.. .##..",
  ",": "..... ..... ..... ..... .##.. .##.. ..#.. .#...",
  "-": "..... ..... ..... ##### ..... ..... .....",
  "+": "..... ..#.. ..#.. ##### ..#.. ..#.. .....",
  ":": "..... .##.. .##.. ..... .##.. .##.. .....",
  ";": "..... .##.. .##.. ..... .##.. .##.. ..#.. .#...",
  "(": "...#. ..#.. .#... .#... .#... ..#.. ...#.",
  ")": ".#... ..#.. ...#. ...#. ...#. ..#.. .#...",
  "[": ".###. .#... .#... .#... .#... .#... .###.",
  "]": ".###. ...#. ...#. ...#. ...#. ...#. .###.",
  "/": "..... ....# ...#. ..#.. .#... #.... .....",
  "_": "..... ..... ..... ..... ..... ..... #####",
  "*": "..... ..#.. #.#.# .###. #.#.# ..#.. .....",
  "%": "##... ##..# ...#. ..#.. .#... #..## ...##",
  "<": "...#. ..#.. .#... #.... .#... ..#.. ...#.",
  ">": ".#... ..#.. ...#. ....# ...#. ..#.. .#...",
  "!": "..#.. ..#.. ..#.. ..#.. ..#.. ..... ..#..",
  "?": ".###. #...# ....# ...#. ..#.. ..... ..#..",
  "'": "..#.. ..#.. .#... ..... ..... ..... .....",
  "#": ".#.#. .#.#. ##### .#.#. ##### .#.#. .#.#.",
  "·": "..... ..... ..... .##.. .##.. ..... .....",
  "×": "..... #...# .#.#. ..#.. .#.#. #...# .....",
  "±": "..#.. ..#.. ##### ..#.. ..#.. ..... #####",
  "κ": "..... ..... #..#. #.#.. ##... #.#.. #..#.",
  "α": "..... ..... .##.# #..#. #..#. #..#. .##.#",
  "σ": "..... ..... .#### #..#. #...# #...# .###.",
  "ψ": "..... ..... #.#.# #.#.# #.#.# .###. ..#.. ..#..",
  "θ": ".###. #...# #...# ##### #...# #...# .###."
}

const box = "##### #...# #...# #...# #...# #...# #####"

/** Glyph cell: 5 px wide, 7 px above the baseline plus 2 for descenders; 1 px between characters. */
export const glyphWidth = 5
export const glyphAdvance = 6
export const glyphHeight = 7

/** Width in pixels of `text` at integer `scale` (no trailing gap). */
export const textWidth = (text: string, scale = 1): number => {
  const n = [...text].length
  return n === 0 ? 0 : (n * glyphAdvance - 1) * scale
}

/**
 * Draws `text` with its top-left corner at (x, y) (cap height = 7·scale px; descenders below it);
 * returns the width drawn. Each font pixel becomes a scale × scale block.
 */
export const drawText = (c: Canvas, x: number, y: number, text: string, colour: Rgb = black, scale = 1): number => {
  let pen = x
  for (const ch of text) {
    const rows = (glyphRows[ch] ?? box).split(" ")
    rows.forEach((row, ry) => {
      for (let rx = 0; rx < row.length; rx++) {
        if (row[rx] === "#") fillRect(c, { x: pen + rx * scale, y: y + ry * scale, width: scale, height: scale }, colour)
      }
    })
    pen += glyphAdvance * scale
  }
  return textWidth(text, scale)
}

// ---- PCA ----------------------------------------------------------------------------------------

/**
 * Eigen-decomposition of a symmetric n×n matrix (row-major) by cyclic Jacobi rotations.
 * Returns eigenvalues in descending order and the matching unit eigenvectors, each with its
 * largest-magnitude entry positive (so the result does not depend on rotation signs).
 */
export const symmetricEigen = (matrix: ArrayLike<number>, n: number): { values: Array<number>; vectors: Array<Float64Array> } => {
  const a = Float64Array.from(matrix)
  const v = new Float64Array(n * n)
  for (let i = 0; i < n; i++) v[i * n + i] = 1
  const at = (i: number, j: number) => a[i * n + j]!
  for (let sweep = 0; sweep < 100; sweep++) {
    let off = 0
    let scale = 0
    for (let i = 0; i < n; i++) for (let j = 0; j < n; j++) (i === j ? (scale += at(i, j) ** 2) : (off += at(i, j) ** 2))
    if (off <= 1e-30 * Math.max(scale, 1e-300)) break
    for (let p = 0; p < n - 1; p++) {
      for (let q = p + 1; q < n; q++) {
        const apq = at(p, q)
        if (apq === 0) continue
        // rotation angle that zeroes a[p][q] (Golub & Van Loan, Alg. 8.4.1)
        const tau = (at(q, q) - at(p, p)) / (2 * apq)
        const t = Math.sign(tau || 1) / (Math.abs(tau) + Math.sqrt(1 + tau * tau))
        const cos = 1 / Math.sqrt(1 + t * t)
        const sin = t * cos
        for (let k = 0; k < n; k++) {
          // columns p, q of A
          const akp = a[k * n + p]!, akq = a[k * n + q]!
          a[k * n + p] = cos * akp - sin * akq
          a[k * n + q] = sin * akp + cos * akq
        }
        for (let k = 0; k < n; k++) {
          // rows p, q of A
          const apk = a[p * n + k]!, aqk = a[q * n + k]!
          a[p * n + k] = cos * apk - sin * aqk
          a[q * n + k] = sin * apk + cos * aqk
        }
        for (let k = 0; k < n; k++) {
          const vkp = v[k * n + p]!, vkq = v[k * n + q]!
          v[k * n + p] = cos * vkp - sin * vkq
          v[k * n + q] = sin * vkp + cos * vkq
        }
      }
    }
  }
  const order = Array.from({ length: n }, (_, i) => i).sort((i, j) => at(j, j) - at(i, i) || i - j)
  const vectors = order.map((j) => {
    const e = Float64Array.from({ length: n }, (_, k) => v[k * n + j]!)
    let big = 0
    for (let k = 1; k < n; k++) if (Math.abs(e[k]!) > Math.abs(e[big]!) + 1e-12) big = k
    if (e[big]! < 0) for (let k = 0; k < n; k++) e[k] = -e[k]!
    return e
  })
  return { values: order.map((j) => at(j, j)), vectors }
}

/** A 2-D linear projection: x ↦ ((x − mean)·pc1, (x − mean)·pc2). */
export interface Projection {
  readonly mean: Float64Array
  readonly components: readonly [Float64Array, Float64Array]
  /** Variance along each component (eigenvalues of the covariance). */
  readonly variances: readonly [number, number]
}

/** The top two principal components of `n` rows of `dim` values (row-major); for dim = 1 the second is zero. */
export const pca2 = (data: ArrayLike<number>, n: number, dim: number): Projection => {
  if (n < 1 || dim < 1 || data.length < n * dim) throw new Error(`pca2: need ${n}×${dim} values, got ${data.length}`)
  const mean = new Float64Array(dim)
  for (let i = 0; i < n; i++) for (let d = 0; d < dim; d++) mean[d] = mean[d]! + data[i * dim + d]!
  for (let d = 0; d < dim; d++) mean[d] = mean[d]! / n
  const cov = new Float64Array(dim * dim)
  const row = new Float64Array(dim)
  for (let i = 0; i < n; i++) {
    for (let d = 0; d < dim; d++) row[d] = data[i * dim + d]! - mean[d]!
    for (let p = 0; p < dim; p++) for (let q = p; q < dim; q++) cov[p * dim + q] = cov[p * dim + q]! + row[p]! * row[q]!
  }
  for (let p = 0; p < dim; p++) {
    for (let q = p; q < dim; q++) {
      const c = cov[p * dim + q]! / Math.max(1, n - 1)
      cov[p * dim + q] = c
      cov[q * dim + p] = c
    }
  }
  const { values, vectors } = symmetricEigen(cov, dim)
  return {
    mean,
    components: [vectors[0]!, vectors[1] ?? new Float64Array(dim)],
    variances: [values[0]!, values[1] ?? 0]
  }
}

/** Projects `n` rows of `dim` values: [n, 2] row-major. */
export const project = (data: ArrayLike<number>, n: number, dim: number, p: Projection): Float64Array => {
  const out = new Float64Array(2 * n)
  const [c1, c2] = p.components
  for (let i = 0; i < n; i++) {
    let u = 0
    let w = 0
    for (let d = 0; d < dim; d++) {
      const x = data[i * dim + d]! - p.mean[d]!
      u += x * c1[d]!
      w += x * c2[d]!
    }
    out[2 * i] = u
    out[2 * i + 1] = w
  }
  return out
}

// ---- panels -------------------------------------------------------------------------------------

export interface Limits {
  readonly xMin: number
  readonly xMax: number
  readonly yMin: number
  readonly yMax: number
}

/** The range of projected points ([n, 2]) widened by `margin` of its extent on each side. */
export const limitsOf = (points: Float64Array, margin = 0.08): Limits => {
  let xMin = Infinity, xMax = -Infinity, yMin = Infinity, yMax = -Infinity
  for (let i = 0; i < points.length; i += 2) {
    const x = points[i]!, y = points[i + 1]!
    if (!Number.isFinite(x) || !Number.isFinite(y)) continue
    if (x < xMin) xMin = x
    if (x > xMax) xMax = x
    if (y < yMin) yMin = y
    if (y > yMax) yMax = y
  }
  if (xMin > xMax) return { xMin: -1, xMax: 1, yMin: -1, yMax: 1 }
  const widen = (lo: number, hi: number): [number, number] => {
    const extent = hi - lo || Math.max(Math.abs(lo), 1)
    return [lo - margin * extent, hi + margin * extent]
  }
  const [x0, x1] = widen(xMin, xMax)
  const [y0, y1] = widen(yMin, yMax)
  return { xMin: x0, xMax: x1, yMin: y0, yMax: y1 }
}

/** Where data point (x, y) lands in `panel` (continuous pixel coordinates, y up), or undefined outside the limits. */
export const toPixel = (limits: Limits, panel: Rect, x: number, y: number): { px: number; py: number } | undefined => {
  if (!(x >= limits.xMin && x <= limits.xMax && y >= limits.yMin && y <= limits.yMax)) return undefined
  return {
    px: panel.x + ((x - limits.xMin) / (limits.xMax - limits.xMin)) * panel.width,
    py: panel.y + ((limits.yMax - y) / (limits.yMax - limits.yMin)) * panel.height
  }
}

/** One panel's points: projected [n, 2] and the class of each row. */
export interface PanelPoints {
  readonly points: Float64Array
  readonly classOf: (row: number) => number
}

export const dotRadius = 1.5
export const dotOpacity = 0.85

/**
 * Draws a scatter panel: white background, points (clipped to the limits and the panel) in the given
 * order, then a thin grey frame. Returns how many points fell outside the limits.
 */
export const drawPanel = (c: Canvas, panel: Rect, limits: Limits, pts: PanelPoints, order?: ReadonlyArray<number>): number => {
  fillRect(c, panel, white)
  const n = pts.points.length / 2
  let clipped = 0
  const inner: Rect = { x: panel.x + 1, y: panel.y + 1, width: panel.width - 2, height: panel.height - 2 }
  for (let j = 0; j < n; j++) {
    const i = order ? order[j]! : j
    const at = toPixel(limits, panel, pts.points[2 * i]!, pts.points[2 * i + 1]!)
    if (at === undefined) {
      clipped++
      continue
    }
    dot(c, at.px, at.py, dotRadius, classColour(pts.classOf(i)), inner, dotOpacity)
  }
  strokeRect(c, panel, frameGrey)
  return clipped
}

/**
 * Class-interleaved drawing order for class-major rows (samplesPerClass rows of class 0, then class 1, ...):
 * the first sample of every class, then the second, ..., so no class is systematically painted last.
 */
export const interleavedOrder = (classes: number, samplesPerClass: number): Array<number> => {
  const order: Array<number> = []
  for (let s = 0; s < samplesPerClass; s++) for (let c = 0; c < classes; c++) order.push(c * samplesPerClass + s)
  return order
}

// ---- figure -------------------------------------------------------------------------------------

export interface GridSpec {
  /** A small caption line across the top (optional). */
  readonly caption?: string
  /** Column titles, left to right. */
  readonly columns: ReadonlyArray<string>
  /** Rows top to bottom: the row's axis values (drawn left of it) and one panel per column. */
  readonly rows: ReadonlyArray<{ readonly label: ReadonlyArray<readonly [axis: string, value: string]>; readonly panels: ReadonlyArray<PanelPoints> }>
  readonly limits: Limits
  /** Drawing order of the points of every panel (e.g. interleavedOrder). */
  readonly order?: ReadonlyArray<number>
  /** Panel side in pixels (default 220). */
  readonly panelSize?: number
}

const pad = 12
const gap = 10
const titleScale = 2
const labelScale = 2

/**
 * Lays out and draws a grid of scatter panels. A row's label is one pair of lines per axis: the axis
 * name small and grey ("stepMatching:"), its value large ("uniform"), so long axis names stay compact.
 */
export const renderScatterGrid = (spec: GridSpec): { canvas: Canvas; clipped: number } => {
  const size = spec.panelSize ?? 220
  const labelLines = spec.rows.map((r) => r.label.flatMap(([axis, value]) => [{ line: `${axis}:`, scale: 1 }, { line: value, scale: labelScale }]))
  const labelWidth = Math.max(0, ...labelLines.flat().map((l) => textWidth(l.line, l.scale)))
  const left = pad + (labelWidth > 0 ? labelWidth + pad : 0)
  const captionHeight = spec.caption ? glyphHeight + 2 + pad : 0
  const top = pad + captionHeight + glyphHeight * titleScale + 8
  const width = left + spec.columns.length * size + (spec.columns.length - 1) * gap + pad
  const height = top + spec.rows.length * size + (spec.rows.length - 1) * gap + pad
  const canvas = createCanvas(width, height, white)

  if (spec.caption) drawText(canvas, pad, pad, spec.caption, textGrey, 1)
  spec.columns.forEach((title, j) => {
    const x = left + j * (size + gap)
    drawText(canvas, x + Math.floor((size - textWidth(title, titleScale)) / 2), top - 8 - glyphHeight * titleScale, title, black, titleScale)
  })
  let clipped = 0
  spec.rows.forEach((row, i) => {
    const y = top + i * (size + gap)
    // label block, vertically centred on the row, right-aligned against the panels
    const lines = labelLines[i]!
    const lineHeight = (s: number) => (glyphHeight + 4) * s
    const blockHeight = lines.reduce((h, l) => h + lineHeight(l.scale), 0)
    let ly = y + Math.floor((size - blockHeight) / 2)
    for (const l of lines) {
      drawText(canvas, left - pad - textWidth(l.line, l.scale), ly, l.line, l.scale === 1 ? textGrey : black, l.scale)
      ly += lineHeight(l.scale)
    }
    row.panels.forEach((pts, j) => {
      clipped += drawPanel(canvas, { x: left + j * (size + gap), y, width: size, height: size }, spec.limits, pts, spec.order)
    })
  })
  return { canvas, clipped }
}
