/**
 * The native backend's elementwise kernels: broadcasting binary ops, unary ops, sum over a contiguous
 * block of axes, select and isnan (native/src/elementwise.h). Anything else goes to the wasm kernel.
 */
import { tf } from "./tf.ts"
import type { NativeAddon } from "./nativeAddon.ts"
import { type Fallback, heapOf, type Info, offsetOf, size, type WasmBackend } from "./nativeHeap.ts"

// Must match the enums in native/src/elementwise.h.
const Bin = { Add: 0, Sub: 1, Mul: 2, Div: 3, Max: 4, Min: 5, SquaredDiff: 6 } as const
const Un = {
  Sigmoid: 0, Sqrt: 1, Square: 2, Exp: 3, Log: 4, Neg: 5, Abs: 6, Sin: 7, Cos: 8, Clip: 9, Rsqrt: 10,
  Reciprocal: 11, Tanh: 12
} as const
const Mode = { Full: 0, Scalar: 1, Row: 2, Col: 3 } as const
const sameShape = (a: ReadonlyArray<number>, b: ReadonlyArray<number>): boolean =>
  a.length === b.length && a.every((d, i) => d === b[i])

/**
 * How each operand of a broadcasting binary op maps onto the output viewed as [rows, cols]: the whole
 * output, a scalar, a row repeated down the rows, or a column repeated across the columns. Tries every
 * split of the output's axes into (rows, cols); undefined when no split fits both operands.
 */
export const broadcastPlan = (
  aShape: ReadonlyArray<number>,
  bShape: ReadonlyArray<number>,
  outShape: ReadonlyArray<number>
): { rows: number; cols: number; aMode: number; bMode: number } | undefined => {
  const r = outShape.length
  const pad = (s: ReadonlyArray<number>) => [...Array<number>(r - s.length).fill(1), ...s]
  const pa = pad(aShape)
  const pb = pad(bShape)
  const modeAt = (s: ReadonlyArray<number>, p: number): number | undefined => {
    if (size(s) === 1) return Mode.Scalar
    let lead = true // s[0..p) equals out
    let leadOnes = true // s[0..p) all 1
    let trail = true // s[p..r) equals out
    let trailOnes = true // s[p..r) all 1
    for (let i = 0; i < r; i++) {
      if (i < p) {
        lead &&= s[i] === outShape[i]
        leadOnes &&= s[i] === 1
      } else {
        trail &&= s[i] === outShape[i]
        trailOnes &&= s[i] === 1
      }
    }
    if (lead && trail) return Mode.Full
    if (leadOnes && trail) return Mode.Row
    if (lead && trailOnes) return Mode.Col
    return undefined
  }
  for (let p = 0; p <= r; p++) {
    const aMode = modeAt(pa, p)
    const bMode = modeAt(pb, p)
    if (aMode !== undefined && bMode !== undefined) {
      return { rows: size(outShape.slice(0, p)), cols: size(outShape.slice(p)), aMode, bMode }
    }
  }
  return undefined
}

/** The elementwise kernels, given the addon; `fallback(name)` is the wasm kernel. */
export const elementwiseKernels = (addon: NativeAddon, fallback: Fallback): ReadonlyArray<[string, tf.KernelFunc]> => {
  const binary = (name: string, op: number): [string, tf.KernelFunc] => {
    const wasm = fallback(name)
    return [name, (args) => {
      const { a, b } = args.inputs as { a: Info; b: Info }
      const backend = args.backend as WasmBackend
      if (a.dtype !== "float32" || b.dtype !== "float32") return wasm(args)
      const outShape = tf.backend_util.assertAndGetBroadcastShape(a.shape, b.shape)
      const plan = broadcastPlan(a.shape, b.shape, outShape)
      if (plan === undefined) return wasm(args)
      const out = backend.makeOutput(outShape, "float32")
      if (plan.rows * plan.cols > 0) {
        addon.binary(heapOf(backend), op, offsetOf(backend, out), offsetOf(backend, a), plan.aMode, offsetOf(backend, b), plan.bMode, plan.rows, plan.cols)
      }
      return out
    }]
  }

  const unary = (name: string, op: number, params?: (attrs: tf.NamedAttrMap) => [number, number]): [string, tf.KernelFunc] => {
    const wasm = fallback(name)
    return [name, (args) => {
      const { x } = args.inputs as { x: Info }
      const backend = args.backend as WasmBackend
      if (x.dtype !== "float32") return wasm(args)
      const out = backend.makeOutput(x.shape, "float32")
      const n = size(x.shape)
      const [p1, p2] = params ? params(args.attrs ?? {}) : [0, 0]
      if (n > 0) addon.unary(heapOf(backend), op, offsetOf(backend, out), offsetOf(backend, x), n, p1, p2)
      return out
    }]
  }

  const sum: [string, tf.KernelFunc] = [tf.Sum, (args) => {
    const { x } = args.inputs as { x: Info }
    const { axis, keepDims } = args.attrs as unknown as tf.SumAttrs
    const backend = args.backend as WasmBackend
    if (x.dtype !== "float32") return fallback(tf.Sum)(args)
    const axes = [...tf.util.parseAxisParam(axis, x.shape)].sort((p, q) => p - q)
    const lo = axes[0] ?? 0
    const hi = axes.length === 0 ? -1 : axes[axes.length - 1]!
    if (axes.some((ax, i) => ax !== lo + i)) return fallback(tf.Sum)(args) // not one contiguous block of axes
    const outer = size(x.shape.slice(0, lo))
    const reduce = axes.length === 0 ? 1 : size(x.shape.slice(lo, hi + 1))
    const inner = size(x.shape.slice(hi + 1))
    const outShape = keepDims ? x.shape.map((d, i) => (axes.includes(i) ? 1 : d)) : x.shape.filter((_, i) => !axes.includes(i))
    const out = backend.makeOutput(outShape, "float32")
    if (outer * inner > 0) addon.sum(heapOf(backend), offsetOf(backend, out), offsetOf(backend, x), outer, reduce, inner)
    return out
  }]

  const select: [string, tf.KernelFunc] = [tf.Select, (args) => {
    const { condition, t, e } = args.inputs as { condition: Info; t: Info; e: Info }
    const backend = args.backend as WasmBackend
    if (t.dtype !== "float32" || e.dtype !== "float32" || condition.dtype !== "bool" || !sameShape(condition.shape, t.shape) || !sameShape(t.shape, e.shape)) {
      return fallback(tf.Select)(args)
    }
    const out = backend.makeOutput(t.shape, "float32")
    const n = size(t.shape)
    if (n > 0) addon.select(heapOf(backend), offsetOf(backend, out), offsetOf(backend, condition), offsetOf(backend, t), offsetOf(backend, e), n)
    return out
  }]

  const isNan: [string, tf.KernelFunc] = [tf.IsNan, (args) => {
    const { x } = args.inputs as { x: Info }
    const backend = args.backend as WasmBackend
    if (x.dtype !== "float32") return fallback(tf.IsNan)(args)
    const out = backend.makeOutput(x.shape, "bool")
    const n = size(x.shape)
    if (n > 0) addon.isNan(heapOf(backend), offsetOf(backend, out), offsetOf(backend, x), n)
    return out
  }]

  return [
    binary(tf.Add, Bin.Add),
    binary(tf.Sub, Bin.Sub),
    binary(tf.Multiply, Bin.Mul),
    binary(tf.RealDiv, Bin.Div),
    binary(tf.Maximum, Bin.Max),
    binary(tf.Minimum, Bin.Min),
    binary(tf.SquaredDifference, Bin.SquaredDiff),
    unary(tf.Sigmoid, Un.Sigmoid),
    unary(tf.Sqrt, Un.Sqrt),
    unary(tf.Square, Un.Square),
    unary(tf.Exp, Un.Exp),
    unary(tf.Log, Un.Log),
    unary(tf.Neg, Un.Neg),
    unary(tf.Abs, Un.Abs),
    unary(tf.Sin, Un.Sin),
    unary(tf.Cos, Un.Cos),
    unary(tf.Tanh, Un.Tanh),
    unary(tf.Rsqrt, Un.Rsqrt),
    unary(tf.Reciprocal, Un.Reciprocal),
    unary(tf.ClipByValue, Un.Clip, (attrs) => {
      const { clipValueMin, clipValueMax } = attrs as unknown as tf.ClipByValueAttrs
      return [clipValueMin, clipValueMax]
    }),
    sum,
    select,
    isNan
  ]
}
