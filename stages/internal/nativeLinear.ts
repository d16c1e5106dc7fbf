/**
 * A Linear layer y = act(x·W + b) (act: identity or SiLU) as one op: on the native backend one addon
 * call forward (sgemm with the bias and activation fused) and one backward (the activation's
 * derivative, dx, and dW and db when W is trained, together), instead of three kernels forward and
 * about six backward. The same float32 operations in the same order as the tfjs composition on native,
 * so the same bits (native/src/linear.h). On any other backend `linear` IS that composition, so wasm
 * results do not change.
 *
 * Which gradients: dx always (the op cannot tell whether x needs one; in SiD it does: the class
 * embedding or the generator is upstream). dW and db when W is trained: a variable listed by the
 * innermost `withGradTargets` (Update.ts's `descend` and dense.ts's `fitAdam` declare theirs), else a
 * trainable variable, else (W not a variable) always. So a frozen teacher, and f_ψ during the generator
 * update, cost one product backward, not two.
 */
import { tf } from "./tf.ts"
import type { NativeAddon } from "./nativeAddon.ts"
import { heapOf, type Info, offsetOf, type WasmBackend } from "./nativeHeap.ts"
import { silu } from "./nativeOps.ts"

export type LinearActivation = "linear" | "silu"

const LinearKernel = "SidlabLinear"
const LinearGradKernel = "SidlabLinearGrad"
const actCode: Readonly<Record<LinearActivation, number>> = { linear: 0, silu: 1 } // LinearAct in native/src/linear.h

/** The byte offset of `t`, or −1 (the addon's "no such output") when there is none. */
const offsetOrNone = (b: WasmBackend, t: Info | undefined): number => (t === undefined ? -1 : offsetOf(b, t))

let registered = ""

/** Registers the Linear kernels for `backendName` (once). */
export function registerNativeLinear(addon: NativeAddon, backendName: string): void {
  if (registered !== "") return
  registered = backendName
  // inputs x [m, k], W [k, n], b [n]; outputs y, and z = x·W + b for SiLU (saved for the backward)
  tf.registerKernel({
    kernelName: LinearKernel, backendName, kernelFunc: ({ inputs, backend, attrs }) => {
      const be = backend as WasmBackend
      const { x, W, b } = inputs as { x: Info; W: Info; b: Info }
      const act = (attrs as unknown as { act: number }).act
      const [m, k] = x.shape as [number, number]
      const n = W.shape[1]!
      const y = be.makeOutput([m, n], "float32")
      const z = act === actCode.silu ? be.makeOutput([m, n], "float32") : undefined
      if (m * n > 0) addon.linearForward(heapOf(be), m, n, k, offsetOf(be, x), offsetOf(be, W), offsetOf(be, b), act, offsetOf(be, y), z ? offsetOf(be, z) : 0)
      return z ? [y, z] : [y]
    }
  })
  // inputs dy [m, n], x, W, z (SiLU only); outputs dx, then dW and db when `weights`
  tf.registerKernel({
    kernelName: LinearGradKernel, backendName, kernelFunc: ({ inputs, backend, attrs }) => {
      const be = backend as WasmBackend
      const { dy, x, W, z } = inputs as { dy: Info; x: Info; W: Info; z?: Info }
      const { act, weights } = attrs as unknown as { act: number; weights: boolean }
      const [m, k] = x.shape as [number, number]
      const n = W.shape[1]!
      const dx = be.makeOutput([m, k], "float32")
      const dW = weights ? be.makeOutput([k, n], "float32") : undefined
      const db = weights ? be.makeOutput([n], "float32") : undefined
      addon.linearBackward(
        heapOf(be), m, n, k, offsetOf(be, dy), z ? offsetOf(be, z) : 0, offsetOf(be, x), offsetOf(be, W), act,
        offsetOf(be, dx), offsetOrNone(be, dW), offsetOrNone(be, db)
      )
      return dW && db ? [dx, dW, db] : [dx]
    }
  })
}

const onNative = (): boolean => registered !== "" && tf.getBackend() === registered

const targets: Array<ReadonlySet<tf.Tensor>> = []

/**
 * Runs `fn` (which computes gradients with respect to `vars`, e.g. `tf.variableGrads`) telling the
 * Linear ops that only these weights need dW (see the module comment). Any backend; nests.
 */
export const withGradTargets = <T>(vars: ReadonlyArray<tf.Variable>, fn: () => T): T => {
  targets.push(new Set(vars))
  try {
    return fn()
  } finally {
    targets.pop()
  }
}

/** Whether dW is wanted for W (see the module comment). */
export const trainsWeights = (W: tf.Tensor): boolean => {
  if (!(W instanceof tf.Variable)) return true
  const innermost = targets[targets.length - 1]
  return innermost ? innermost.has(W) : W.trainable
}

/** y = act(x·W + b). Inside the caller's tidy; borrows inputs. */
export const linear = (x: tf.Tensor2D, W: tf.Tensor, b: tf.Tensor, act: LinearActivation): tf.Tensor2D => {
  const fits = x.rank === 2 && W.rank === 2 && b.rank === 1 && x.shape[1] === W.shape[0] && b.shape[0] === W.shape[1] &&
    x.dtype === "float32" && W.dtype === "float32" && b.dtype === "float32"
  if (!onNative() || !fits) {
    const z = tf.add(tf.matMul(x, W as tf.Tensor2D), b) as tf.Tensor2D
    return act === "silu" ? silu(z) : z
  }
  const weights = trainsWeights(W)
  const code = actCode[act]
  const op = tf.customGrad(((...args: Array<tf.Tensor | tf.GradSaveFunc>) => {
    const save = args[args.length - 1] as tf.GradSaveFunc
    const [y, z] = tf.engine().runKernel(LinearKernel, { x, W, b }, { act: code } as unknown as tf.NamedAttrMap) as Array<tf.Tensor2D>
    // a variable W outlives the gradient computation: only plain tensors need saving (each save is a clone)
    const keepW = !(W instanceof tf.Variable)
    save([x, ...(z ? [z] : []), ...(keepW ? [W] : [])])
    return {
      value: y!,
      gradFunc: (dy: tf.Tensor, saved: Array<tf.Tensor>) => {
        const [sx, sz, sW] = z ? saved : [saved[0], undefined, saved[1]]
        const inputs: tf.NamedTensorMap = { dy, x: sx!, W: keepW ? sW! : W, ...(sz ? { z: sz } : {}) }
        return tf.engine().runKernel(LinearGradKernel, inputs, { act: code, weights } as unknown as tf.NamedAttrMap) as Array<tf.Tensor>
      }
    }
  }) as Parameters<typeof tf.customGrad>[0])
  return (weights ? op(x, W, b) : op(x)) as tf.Tensor2D
}
