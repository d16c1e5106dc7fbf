/**
 * The native backend's data-movement kernels: identity and same-dtype cast share the input's buffer
 * (no copy, as tfjs's cpu backend does); slice along one axis, split and concat are strided row copies.
 */
import { tf } from "./tf.ts"
import type { NativeAddon } from "./nativeAddon.ts"
import { type Fallback, heapOf, type Info, offsetOf, size, type WasmBackend } from "./nativeHeap.ts"

/** The copy kernels, given the addon; `fallback(name)` is the wasm kernel. */
export const copyKernels = (addon: NativeAddon, fallback: Fallback): ReadonlyArray<[string, tf.KernelFunc]> => {
  /** Shares the input's buffer (a new reference, no copy), as tfjs's cpu backend does. */
  const alias = (backend: WasmBackend, x: Info): Info => {
    backend.incRef(x.dataId)
    return { dataId: x.dataId, shape: x.shape, dtype: x.dtype }
  }

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

  return [slice, splitV, concat, identity, cast]
}
