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
import { copyKernels } from "./nativeCopy.ts"
import { elementwiseKernels } from "./nativeElementwise.ts"
import { type Fallback, releaseWeightsToken, type WasmBackend } from "./nativeHeap.ts"
import { registerNativeDenoise } from "./nativeDenoise.ts"
import { registerNativeLinear } from "./nativeLinear.ts"
import { registerNativeLoss } from "./nativeLoss.ts"
import { matMulKernels } from "./nativeMatMul.ts"
import { registerNativeOps } from "./nativeOps.ts"
import { useNormalPairs } from "./rng.ts"
import { registerWasmKernels } from "./wasmKernels.ts"

export { nativeBackendName }
export { broadcastPlan } from "./nativeElementwise.ts"

/** The kernels of the native backend, given the addon; `fallback(name)` is the wasm kernel. */
const nativeKernels = (addon: NativeAddon, fallback: Fallback): ReadonlyArray<[string, tf.KernelFunc]> => [
  ...copyKernels(addon, fallback),
  ...matMulKernels(addon, fallback),
  ...elementwiseKernels(addon, fallback)
]

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
  const fallback: Fallback = (name) => {
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
  registerNativeDenoise(addon, nativeBackendName)
  registerNativeLoss(addon, nativeBackendName)
  // the noise draws' Box–Muller pairs on the pool, with rng.ts's bits (checked before use)
  useNormalPairs(addon.normalPairs)

  // A view of the wasm backend: its heap, tensor table and id counter, under another name. The wasm
  // backend owns the module, so disposing the view (tf.removeBackend("native")) leaves wasm running.
  const view = Object.create(wasm, {
    dataIdNextNumber: {
      get: () => (wasm as unknown as { dataIdNextNumber: number }).dataIdNextNumber,
      set: (v: number) => {
        (wasm as unknown as { dataIdNextNumber: number }).dataIdNextNumber = v
      }
    },
    dispose: { value: () => undefined },
    // freed weights drop their packed copies in the addon (nativeHeap.ts's tokens)
    disposeData: {
      value(this: tf.KernelBackend, dataId: object, force?: boolean): boolean {
        const freed = (wasm as unknown as tf.KernelBackend).disposeData.call(this, dataId, force)
        if (freed) {
          const token = releaseWeightsToken(dataId)
          if (token !== undefined) addon.dropPacked(token)
        }
        return freed
      }
    }
  }) as tf.KernelBackend
  tf.registerBackend(nativeBackendName, () => view, 0)
}
