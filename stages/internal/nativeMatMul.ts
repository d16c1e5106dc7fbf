/**
 * The native backend's matMul kernels (BatchMatMul and _FusedMatMul): tiled serial sgemm with the bias
 * and activation fused (native/src/gemm.h). Other dtypes, prelu and unusual broadcasts go to wasm.
 */
import { tf } from "./tf.ts"
import type { NativeAddon } from "./nativeAddon.ts"
import { type Fallback, heapOf, type Info, offsetOf, size, type WasmBackend } from "./nativeHeap.ts"

// Must match the enums in native/src/gemm.h.
const Bias = { None: 0, Row: 1, Scalar: 2 } as const
const Act: Readonly<Record<string, number>> = { linear: 0, relu: 1, relu6: 2, sigmoid: 3, leakyrelu: 4, elu: 5 }

/** The matMul kernels, given the addon; `fallback(name)` is the wasm kernel. */
export const matMulKernels = (addon: NativeAddon, fallback: Fallback): ReadonlyArray<[string, tf.KernelFunc]> => {
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

  return [matMul(tf.BatchMatMul), matMul(tf._FusedMatMul)]
}
