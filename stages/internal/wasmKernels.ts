/**
 * Kernels the wasm backend lacks, built from kernels it has.
 *
 * `@tensorflow/tfjs-backend-wasm` 4.22 has no `UnsortedSegmentSum`, which is the gradient of
 * `tf.gather`: without it an embedding looked up with `gather` (time and class embeddings of the
 * `mlp` teacher) cannot be trained on wasm (see `docs/platform-notes.md`).
 *
 * Like the cpu backend's own kernels, these call other kernel functions of the same backend
 * directly on `TensorInfo`s and dispose every intermediate through the backend, so they leave
 * nothing behind and record nothing on the gradient tape.
 */
import { tf } from "./tf.ts"

type Info = tf.TensorInfo

/** Runs the wasm kernel `name` directly (inside another kernel; no engine bookkeeping). */
const runWasm = (
  name: string,
  backend: tf.KernelBackend,
  inputs: tf.NamedTensorInfoMap,
  attrs: tf.NamedAttrMap = {}
): Info => tf.getKernel(name, "wasm").kernelFunc({ inputs, backend, attrs }) as Info

/**
 * UnsortedSegmentSum as a one-hot matmul: out[s] = Σ_{i : ids[i] = s} x[i].
 *
 * `x` has shape `[...ids.shape, ...inner]`, the result `[numSegments, ...inner]`. With n = size of
 * `ids` and m = size of `inner`, it computes onehot(ids)ᵀ · x as an [S, n]·[n, m] matmul, so its cost
 * is n·S·m multiply-adds. Ids outside [0, numSegments) contribute nothing (as on the cpu backend).
 * Non-float32 `x` is summed in float32 and cast back (exact for integers below 2^24).
 */
const unsortedSegmentSum: tf.KernelFunc = ({ inputs, backend, attrs }) => {
  const { x, segmentIds } = inputs
  const { numSegments } = attrs as unknown as tf.UnsortedSegmentSumAttrs
  if (x === undefined || segmentIds === undefined) throw new Error("UnsortedSegmentSum: needs x and segmentIds")
  const wasm = backend as tf.KernelBackend
  const temps: Array<Info> = []
  const step = (name: string, ins: tf.NamedTensorInfoMap, at?: tf.NamedAttrMap): Info => {
    const out = runWasm(name, wasm, ins, at)
    temps.push(out)
    return out
  }
  const n = tf.util.sizeFromShape(segmentIds.shape)
  const innerShape = x.shape.slice(segmentIds.shape.length)
  const m = tf.util.sizeFromShape(innerShape)

  // one-hot of the segment ids: [n, S]. wasm's OneHot always writes int32 values (asking it for
  // float32 yields int bit patterns read as floats), so build it as int32 and cast.
  const ids = step(tf.Reshape, { x: segmentIds }, { shape: [n] })
  const ids32 = segmentIds.dtype === "int32" ? ids : step(tf.Cast, { x: ids }, { dtype: "int32" })
  const hotInt = step(tf.OneHot, { indices: ids32 }, { depth: numSegments, onValue: 1, offValue: 0, dtype: "int32" })
  const hot = step(tf.Cast, { x: hotInt }, { dtype: "float32" })

  // x as rows: [n, m]
  const xf = x.dtype === "float32" ? x : step(tf.Cast, { x }, { dtype: "float32" })
  const rows = step(tf.Reshape, { x: xf }, { shape: [n, m] })

  // segment sums hotᵀ · rows: [S, m], returned as [S, ...inner] in x's dtype
  const sums = step(tf.BatchMatMul, { a: hot, b: rows }, { transposeA: true, transposeB: false })
  let result = runWasm(tf.Reshape, wasm, { x: sums }, { shape: [numSegments, ...innerShape] })
  if (x.dtype !== "float32") {
    temps.push(result)
    result = runWasm(tf.Cast, wasm, { x: result }, { dtype: x.dtype })
  }
  for (const t of temps) wasm.disposeData(t.dataId)
  return result
}

/**
 * BatchMatMul with transposed operands, made fast. wasm's XNNPACK path covers only the plain form;
 * with `transposeA` or `transposeB` it falls back to a naive loop (measured here on 512²: 10.6 GFLOP/s
 * plain, 0.3 with transposeA, 1.6 with transposeB). Every matmul gradient uses those forms, so a
 * wrapper transposes the operand explicitly (a memory-bound copy) and runs the plain kernel.
 *
 * The same wrapper also corrects _FusedMatMul: in tfjs-backend-wasm 4.22 a fused matmul with a bias
 * and a transposed operand returns wrong values (e.g. [[1,2],[3,4],[5,6]]·[[1,0],[0,1],[1,1]]ᵀ + [10,20,30]
 * gives 33 instead of 13 in row 1), while the plain form is right.
 */
const fastTransposedMatMul = (plain: tf.KernelFunc): tf.KernelFunc => ({ inputs, backend, attrs }) => {
  const { transposeA, transposeB } = attrs as unknown as tf.BatchMatMulAttrs
  if (!transposeA && !transposeB) return plain({ inputs, backend, attrs })
  const wasm = backend as tf.KernelBackend
  const temps: Array<Info> = []
  const transpose = (x: Info): Info => {
    const r = x.shape.length
    const perm = [...Array.from({ length: r - 2 }, (_, i) => i), r - 1, r - 2]
    const out = runWasm(tf.Transpose, wasm, { x }, { perm })
    temps.push(out)
    return out
  }
  const a = transposeA ? transpose(inputs.a!) : inputs.a!
  const b = transposeB ? transpose(inputs.b!) : inputs.b!
  const result = plain({ inputs: { ...inputs, a, b }, backend, attrs: { ...attrs, transposeA: false, transposeB: false } }) as Info
  for (const t of temps) wasm.disposeData(t.dataId)
  return result
}
const WRAPPED = Symbol.for("sidlab.fastTransposedMatMul")

/** Wraps the wasm kernel `name` once with `fastTransposedMatMul`; true when it wrapped it now. */
const wrapTransposed = (name: string): boolean => {
  const kernel = tf.getKernel(name, "wasm") as (tf.KernelConfig & { [WRAPPED]?: true }) | undefined
  if (kernel === undefined || kernel[WRAPPED] === true) return false
  tf.unregisterKernel(name, "wasm")
  tf.registerKernel({ ...kernel, kernelFunc: fastTransposedMatMul(kernel.kernelFunc), [WRAPPED]: true } as tf.KernelConfig)
  return true
}

/** The kernels this module adds to the wasm backend. */
export const wasmKernelConfigs: ReadonlyArray<tf.KernelConfig> = [
  { kernelName: tf.UnsortedSegmentSum, backendName: "wasm", kernelFunc: unsortedSegmentSum }
]

/**
 * Registers the missing wasm kernels, skipping any the wasm backend already has (so calling it
 * twice, or after a future tfjs adds the kernel, is harmless), and wraps BatchMatMul once so that
 * transposed forms run at plain-matmul speed (and _FusedMatMul, so that they are right). Returns the
 * kernel names it added or replaced.
 */
export function registerWasmKernels(): ReadonlyArray<string> {
  const added: Array<string> = []
  for (const config of wasmKernelConfigs) {
    // getKernel returns undefined for a missing kernel, whatever its declared type says
    const existing: tf.KernelConfig | undefined = tf.getKernel(config.kernelName, "wasm")
    if (existing !== undefined) continue
    tf.registerKernel(config)
    added.push(config.kernelName)
  }
  if (wrapTransposed(tf.BatchMatMul)) added.push(`${tf.BatchMatMul} (transposed operands)`)
  if (wrapTransposed(tf._FusedMatMul)) added.push(`${tf._FusedMatMul} (transposed operands)`)
  return added
}
