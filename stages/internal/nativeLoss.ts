/**
 * The SiD losses (method.md §3–4; stages/Loss.ts) as one op each on the native backend: L_ψ's ε̂
 * regression and the generator's L_θ terms, forward and backward each one addon call
 * (native/src/loss.h), with the non-finite rows dropped in C++ rather than by reading the tensors back
 * to JavaScript (Loss.ts's `finiteRows`). Within float32 rounding of the composition; every function
 * returns undefined on any other backend, and Loss.ts then runs its composition, so wasm does not change.
 */
import { tf } from "./tf.ts"
import type { NativeAddon } from "./nativeAddon.ts"
import { heapOf, type Info, offsetOf, type WasmBackend } from "./nativeHeap.ts"

const FakeLossKernel = "SidlabFakeLoss"
const GenLossKernel = "SidlabGenLoss"

interface GenAttrs {
  readonly alpha: number
  readonly floor: number
  readonly scale: number
}

let registered = ""

/** Registers the loss kernels for `backendName` (once). Each kernel is its own backward when given dy. */
export function registerNativeLoss(addon: NativeAddon, backendName: string): void {
  if (registered !== "") return
  registered = backendName
  // forward: inputs epsHat, eps → loss []; backward: + dy [] → dEpsHat
  tf.registerKernel({
    kernelName: FakeLossKernel, backendName, kernelFunc: ({ inputs, backend, attrs }) => {
      const be = backend as WasmBackend
      const { epsHat, eps, dy } = inputs as { epsHat: Info; eps: Info; dy?: Info }
      const { scale } = attrs as unknown as { scale: number }
      const [B, D] = epsHat.shape as [number, number]
      const out = be.makeOutput(dy ? epsHat.shape : [], "float32")
      addon.sidFakeLoss(heapOf(be), B, D, offsetOf(be, epsHat), offsetOf(be, eps), scale, dy ? 0 : offsetOf(be, out), dy ? offsetOf(be, dy) : -1, dy ? offsetOf(be, out) : 0)
      return out
    }
  })
  // forward: inputs xG, yReal, yFake2, yFake3 → loss [], w [B]; backward: + dy [] → dxG, dReal, dFake2, dFake3
  tf.registerKernel({
    kernelName: GenLossKernel, backendName, kernelFunc: ({ inputs, backend, attrs }) => {
      const be = backend as WasmBackend
      const { xG, yReal, yFake2, yFake3, dy } = inputs as { xG: Info; yReal: Info; yFake2: Info; yFake3: Info; dy?: Info }
      const o = attrs as unknown as GenAttrs
      const [B, D] = xG.shape as [number, number]
      const off = (t: Info) => offsetOf(be, t)
      const args = [heapOf(be), B, D, off(xG), off(yReal), off(yFake2), off(yFake3), o.alpha, o.floor, o.scale] as const
      if (!dy) {
        const loss = be.makeOutput([], "float32")
        const w = be.makeOutput([B], "float32")
        addon.sidGenLoss(...args, off(loss), off(w), -1, 0, 0, 0, 0)
        return [loss, w]
      }
      const grads = [0, 1, 2, 3].map(() => be.makeOutput([B, D], "float32"))
      addon.sidGenLoss(...args, 0, 0, off(dy), off(grads[0]!), off(grads[1]!), off(grads[2]!), off(grads[3]!))
      return grads
    }
  })
}

const onNative = (): boolean => registered !== "" && tf.getBackend() === registered

const fits = (...ts: ReadonlyArray<tf.Tensor>): boolean =>
  ts.every((t) => t.dtype === "float32" && t.rank === 2 && t.shape[0] === ts[0]!.shape[0] && t.shape[1] === ts[0]!.shape[1])

/** Loss.ts's `epsRegression` in one op each way on native; undefined elsewhere. Inside the caller's tidy. */
export const fusedEpsRegression = (epsHat: tf.Tensor2D, eps: tf.Tensor2D, scale: number): tf.Scalar | undefined => {
  if (!onNative() || !fits(epsHat, eps)) return undefined
  const attrs = { scale } as unknown as tf.NamedAttrMap
  const op = tf.customGrad(((...args: Array<tf.Tensor | tf.GradSaveFunc>) => {
    const save = args[args.length - 1] as tf.GradSaveFunc
    const loss = tf.engine().runKernel(FakeLossKernel, { epsHat, eps }, attrs) as tf.Scalar
    save([epsHat, eps])
    return {
      value: loss,
      gradFunc: (dy: tf.Tensor, saved: Array<tf.Tensor>) => {
        return tf.engine().runKernel(FakeLossKernel, { epsHat: saved[0]!, eps: saved[1]!, dy }, attrs) as tf.Tensor
      }
    }
  }) as Parameters<typeof tf.customGrad>[0])
  // ε is the drawn noise: a constant, so not an input of the op (no gradient to compute for it)
  return op(epsHat) as tf.Scalar
}

/**
 * Loss.ts's `sidGeneratorTerms` (L_θ and the stop-gradient w) in one op each way on native; undefined
 * elsewhere. Inside the caller's tidy.
 */
export const fusedGeneratorTerms = (
  xG: tf.Tensor2D, yReal: tf.Tensor2D, yFake2: tf.Tensor2D, yFake3: tf.Tensor2D,
  o: { readonly alpha: number; readonly weightFloor: number; readonly lossScalingG: number }
): [tf.Scalar, tf.Tensor1D] | undefined => {
  if (!onNative() || !fits(xG, yReal, yFake2, yFake3)) return undefined
  const attrs = { alpha: o.alpha, floor: o.weightFloor, scale: o.lossScalingG } as unknown as tf.NamedAttrMap
  let w: tf.Tensor1D | undefined
  const op = tf.customGrad(((...args: Array<tf.Tensor | tf.GradSaveFunc>) => {
    const save = args[args.length - 1] as tf.GradSaveFunc
    const [loss, weight] = tf.engine().runKernel(GenLossKernel, { xG, yReal, yFake2, yFake3 }, attrs) as [tf.Scalar, tf.Tensor1D]
    w = tf.keep(weight) // the forward runs in a tidy of its own; w leaves it below
    save([xG, yReal, yFake2, yFake3])
    return {
      value: loss,
      gradFunc: (dy: tf.Tensor, saved: Array<tf.Tensor>) => {
        const [x, r, f2, f3] = saved
        return tf.engine().runKernel(GenLossKernel, { xG: x!, yReal: r!, yFake2: f2!, yFake3: f3!, dy }, attrs) as Array<tf.Tensor>
      }
    }
  }) as Parameters<typeof tf.customGrad>[0])
  const loss = op(xG, yReal, yFake2, yFake3) as tf.Scalar
  const weight = tf.clone(w!) // tracked by the caller's scope (a clone shares the data)
  w!.dispose()
  return [loss, weight]
}
