/**
 * The `native` tfjs backend: the wasm backend's tensors and kernels, with the kernels that dominate SiD
 * training replaced by the native addon (OpenBLAS sgemm and vectorised C++ loops; `nativeAddon.ts`).
 *
 * Design. tfjs's wasm backend keeps every tensor in its WebAssembly memory. The `native` backend is a
 * view of the same wasm backend instance (`Object.create(wasm)`: same heap, same tensor table, same id
 * counter), registered under its own name with a copy of every wasm kernel; the kernels below override
 * some of them. A native kernel asks the wasm backend for its output buffer (`makeOutput`, which may grow
 * the heap), then hands the addon the heap's ArrayBuffer and the byte offsets of inputs and output: the
 * C++ code reads and writes the wasm memory in place, with no copy. Because both backends share one tensor
 * table, switching between `wasm` and `native` moves no data, and a tensor made under one is usable
 * under the other.
 *
 * Every native kernel handles the float32 cases the stages use and hands anything else (other dtypes,
 * unusual broadcasts, prelu) to the wasm kernel of the same name, so the backend is complete wherever
 * wasm is. Gradients are tfjs's own (they are registered per kernel name, not per backend).
 */
import { tf } from "./tf.ts"
import { nativeBackendName } from "./backendChoice.ts"
import type { NativeAddon } from "./nativeAddon.ts"
import { registerNativeLinear } from "./nativeLinear.ts"
import { registerNativeOps } from "./nativeOps.ts"
import { registerWasmKernels } from "./wasmKernels.ts"

type Info = tf.TensorInfo

/** What the native kernels use of tfjs-backend-wasm's `BackendWasm` (its public fields). */
interface WasmBackend extends tf.KernelBackend {
  readonly wasm: { readonly HEAPU8: Uint8Array }
  readonly dataIdMap: { get(dataId: object): { memoryOffset: number } | undefined }
  makeOutput(shape: ReadonlyArray<number>, dtype: tf.DataType): Info
  incRef(dataId: object): void
}

export { nativeBackendName }

// Must match the enums in native/sidlab_native.cc.
const Bin = { Add: 0, Sub: 1, Mul: 2, Div: 3, Max: 4, Min: 5, SquaredDiff: 6 } as const
const Un = {
  Sigmoid: 0, Sqrt: 1, Square: 2, Exp: 3, Log: 4, Neg: 5, Abs: 6, Sin: 7, Cos: 8, Clip: 9, Rsqrt: 10,
  Reciprocal: 11, Tanh: 12
} as const
const Mode = { Full: 0, Scalar: 1, Row: 2, Col: 3 } as const
const Bias = { None: 0, Row: 1, Scalar: 2 } as const
const Act: Readonly<Record<string, number>> = { linear: 0, relu: 1, relu6: 2, sigmoid: 3, leakyrelu: 4, elu: 5 }

const heapOf = (b: WasmBackend): ArrayBuffer => b.wasm.HEAPU8.buffer as ArrayBuffer
const offsetOf = (b: WasmBackend, t: Info): number => {
  const data = b.dataIdMap.get(t.dataId)
  if (data === undefined) throw new Error("native backend: tensor data not found (disposed?)")
  return data.memoryOffset
}
const size = (shape: ReadonlyArray<number>): number => tf.util.sizeFromShape(shape as Array<number>)
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

/** The kernels of the native backend, given the addon; `fallback(name)` is the wasm kernel. */
const nativeKernels = (addon: NativeAddon, fallback: (name: string) => tf.KernelFunc): ReadonlyArray<[string, tf.KernelFunc]> => {
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

  /** Shares the input's buffer (a new reference, no copy), as tfjs's cpu backend does. */
  const alias = (backend: WasmBackend, x: Info): Info => {
    backend.incRef(x.dataId)
    return { dataId: x.dataId, shape: x.shape, dtype: x.dtype }
  }

  const matMul = (name: string): [string, tf.KernelFunc] => {
    const wasm = fallback(name)
    return [name, (args) => {
      const { a, b, bias, preluActivationWeights } = args.inputs as { a: Info; b: Info; bias?: Info; preluActivationWeights?: Info }
      const attrs = (args.attrs ?? {}) as unknown as tf.BatchMatMulAttrs & { activation?: string; leakyreluAlpha?: number }
      const backend = args.backend as WasmBackend
      const act = Act[attrs.activation ?? "linear"]
      if (a.dtype !== "float32" || b.dtype !== "float32" || act === undefined || preluActivationWeights !== undefined) return wasm(args)
      const ra = a.shape.length
      const rb = b.shape.length
      const m = attrs.transposeA ? a.shape[ra - 1]! : a.shape[ra - 2]!
      const k = attrs.transposeA ? a.shape[ra - 2]! : a.shape[ra - 1]!
      const n = attrs.transposeB ? b.shape[rb - 2]! : b.shape[rb - 1]!
      const batchA = size(a.shape.slice(0, -2))
      const batchB = size(b.shape.slice(0, -2))
      if (batchA !== batchB && batchA !== 1 && batchB !== 1) return wasm(args)
      const batchShape = tf.backend_util.assertAndGetBroadcastShape(a.shape.slice(0, -2), b.shape.slice(0, -2))
      const outShape = [...batchShape, m, n]
      const batch = Math.max(batchA, batchB)
      let biasMode: number = Bias.None
      if (bias !== undefined) {
        if (bias.dtype !== "float32") return wasm(args)
        const nb = size(bias.shape)
        if (nb === 1) biasMode = Bias.Scalar
        else if (nb === n && bias.shape[bias.shape.length - 1] === n) biasMode = Bias.Row
        else return wasm(args)
      }
      const out = backend.makeOutput(outShape, "float32")
      if (batch * m * n > 0) {
        addon.gemm(
          heapOf(backend), batch, m, n, k, attrs.transposeA ? 1 : 0, attrs.transposeB ? 1 : 0,
          offsetOf(backend, a), batchA === 1 ? 0 : m * k, offsetOf(backend, b), batchB === 1 ? 0 : k * n, offsetOf(backend, out),
          bias === undefined ? 0 : offsetOf(backend, bias), biasMode, 0, act, attrs.leakyreluAlpha ?? 0.2
        )
      }
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

  const identity: [string, tf.KernelFunc] = [tf.Identity, (args) => {
    const { x } = args.inputs as { x: Info }
    if (x.dtype === "string") return fallback(tf.Identity)(args)
    return alias(args.backend as WasmBackend, x)
  }]

  const cast: [string, tf.KernelFunc] = [tf.Cast, (args) => {
    const { x } = args.inputs as { x: Info }
    const { dtype } = args.attrs as unknown as tf.CastAttrs
    if (x.dtype === dtype && dtype !== "string") return alias(args.backend as WasmBackend, x)
    return fallback(tf.Cast)(args)
  }]

  const bytesPer = (dtype: tf.DataType): number => (dtype === "bool" ? 1 : 4)

  /** A slice that cuts one axis (others whole), as [outer, axis·inner] rows; undefined otherwise. */
  const sliceRows = (x: Info, begin: ReadonlyArray<number>, sizes: ReadonlyArray<number>, out: Info, backend: WasmBackend): boolean => {
    let axis = -1
    for (let i = 0; i < x.shape.length; i++) {
      if (begin[i] !== 0 || sizes[i] !== x.shape[i]) {
        if (axis !== -1) return false
        axis = i
      }
    }
    const eb = bytesPer(x.dtype)
    if (axis === -1) axis = 0
    const outer = size(x.shape.slice(0, axis))
    const inner = size(x.shape.slice(axis + 1))
    const rowBytes = sizes[axis]! * inner * eb
    if (outer * rowBytes > 0) {
      addon.copyRows(heapOf(backend), offsetOf(backend, out), rowBytes, offsetOf(backend, x) + begin[axis]! * inner * eb, x.shape[axis]! * inner * eb, outer, rowBytes)
    }
    return true
  }

  const slice: [string, tf.KernelFunc] = [tf.Slice, (args) => {
    const { x } = args.inputs as { x: Info }
    const { begin, size: sizes } = args.attrs as unknown as tf.SliceAttrs
    const backend = args.backend as WasmBackend
    if (x.dtype === "string" || x.dtype === "complex64") return fallback(tf.Slice)(args)
    const [b, s] = tf.slice_util.parseSliceParams(x as tf.Tensor, begin, sizes) as [Array<number>, Array<number>]
    const cuts = x.shape.filter((d, i) => b[i] !== 0 || s[i] !== d).length
    if (cuts > 1) return fallback(tf.Slice)(args)
    const out = backend.makeOutput(s, x.dtype)
    sliceRows(x, b, s, out, backend)
    return out
  }]

  const splitV: [string, tf.KernelFunc] = [tf.SplitV, (args) => {
    const { x } = args.inputs as { x: Info }
    const { numOrSizeSplits, axis } = args.attrs as unknown as tf.SplitVAttrs
    const backend = args.backend as WasmBackend
    if (x.dtype === "string" || x.dtype === "complex64") return fallback(tf.SplitV)(args)
    const ax = tf.util.parseAxisParam(axis, x.shape)[0]!
    const splits = tf.backend_util.prepareSplitSize(x as tf.Tensor, numOrSizeSplits, ax)
    const begin = x.shape.map(() => 0)
    return splits.map((n) => {
      const s = [...x.shape]
      s[ax] = n
      const out = backend.makeOutput(s, x.dtype)
      sliceRows(x, begin, s, out, backend)
      begin[ax]! += n
      return out
    })
  }]

  const concat: [string, tf.KernelFunc] = [tf.Concat, (args) => {
    const inputs = args.inputs as unknown as ReadonlyArray<Info>
    const backend = args.backend as WasmBackend
    const dtype = inputs[0]?.dtype
    if (dtype === undefined || dtype === "string" || dtype === "complex64" || inputs.some((t) => t.dtype !== dtype)) return fallback(tf.Concat)(args)
    const ax = tf.util.parseAxisParam((args.attrs as unknown as tf.ConcatAttrs).axis, inputs[0]!.shape)[0]!
    const shapes = inputs.map((t) => t.shape)
    tf.backend_util.assertParamsConsistent(shapes, ax)
    const outShape = tf.backend_util.computeOutShape(shapes, ax)
    const out = backend.makeOutput(outShape, dtype)
    const eb = bytesPer(dtype)
    const outer = size(outShape.slice(0, ax))
    const outRow = size(outShape.slice(ax)) * eb
    let col = 0
    for (const t of inputs) {
      const rowBytes = size(t.shape.slice(ax)) * eb
      if (outer * rowBytes > 0) addon.copyRows(heapOf(backend), offsetOf(backend, out) + col, outRow, offsetOf(backend, t), rowBytes, outer, rowBytes)
      col += rowBytes
    }
    return out
  }]

  return [
    slice,
    splitV,
    concat,
    matMul(tf.BatchMatMul),
    matMul(tf._FusedMatMul),
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
    isNan,
    identity,
    cast
  ]
}

/** The names of the kernels the addon runs (the rest are wasm's). */
export let nativeKernelNames: ReadonlyArray<string> = []

/**
 * Registers the `native` backend (once per process) and its kernels. Call after the wasm backend is
 * initialised (`tf.setBackend("wasm")`): the native backend shares its instance.
 */
export function registerNativeBackend(addon: NativeAddon): void {
  if (tf.findBackendFactory(nativeBackendName) !== null) return
  registerWasmKernels()
  const wasm = tf.findBackend("wasm") as WasmBackend | null
  if (wasm === null) throw new Error("native backend: initialise the wasm backend first")

  const wasmKernels = new Map(tf.getKernelsForBackend("wasm").map((k) => [k.kernelName, k] as const))
  const fallback = (name: string): tf.KernelFunc => {
    const k = wasmKernels.get(name)
    if (k === undefined) return () => { throw new Error(`native backend: kernel ${name} is not available`) }
    return k.kernelFunc
  }
  const overrides = new Map(nativeKernels(addon, fallback))
  for (const k of wasmKernels.values()) {
    if (overrides.has(k.kernelName)) continue
    tf.registerKernel({ ...k, backendName: nativeBackendName })
  }
  for (const [kernelName, kernelFunc] of overrides) {
    // the wasm kernel's setup (cwrap of its wasm function) also serves its fallback calls
    const setupFunc = wasmKernels.get(kernelName)?.setupFunc
    tf.registerKernel({ kernelName, backendName: nativeBackendName, kernelFunc, ...(setupFunc ? { setupFunc } : {}) })
  }
  nativeKernelNames = [...overrides.keys()]
  registerNativeOps(addon, nativeBackendName)
  registerNativeLinear(addon, nativeBackendName)

  // A view of the wasm backend: its heap, tensor table and id counter, under another name. The wasm
  // backend owns the module, so disposing the view (tf.removeBackend("native")) leaves wasm running.
  const view = Object.create(wasm, {
    dataIdNextNumber: {
      get: () => (wasm as unknown as { dataIdNextNumber: number }).dataIdNextNumber,
      set: (v: number) => {
        (wasm as unknown as { dataIdNextNumber: number }).dataIdNextNumber = v
      }
    },
    dispose: { value: () => undefined }
  }) as tf.KernelBackend
  tf.registerBackend(nativeBackendName, () => view, 0)
}
