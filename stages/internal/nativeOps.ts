/**
 * Fused ops of the native backend: fewer, fatter kernels for what the stages run most often.
 *
 * - `silu(z)`: SiLU z·σ(z) as one kernel, and its gradient dy·σ(z)·(1 + z·(1 − σ(z))) as one kernel,
 *   instead of sigmoid and multiply forward and about six elementwise kernels backward.
 * - `fusedAdam` and `fusedEma`: one Adam step (β1 = 0 or not, nan_to_num, decoupled decay) or one EMA
 *   update over a whole parameter set in a single addon call, computing the same float32 operations in
 *   the same order as stages/Update.ts's tfjs composition (hence the same bits).
 *
 * On any backend but native, `silu` is the tfjs composition and the fused steps return false (the caller
 * then runs its composition), so wasm results and speed are unchanged.
 */
import { tf } from "./tf.ts"
import type { NativeAddon } from "./nativeAddon.ts"
import { heapOf, type Info, offsetOf, size as sizeOf, type WasmBackend } from "./nativeHeap.ts"

const SiluKernel = "SidlabSilu"
const SiluGradKernel = "SidlabSiluGrad"
const AdamKernel = "SidlabAdam"
const EmaKernel = "SidlabEma"
const siluOp = 13 // unary op in native/src/elementwise.h

const size = (t: Info): number => sizeOf(t.shape)
const float32 = (name: string, ts: ReadonlyArray<Info>) => {
  for (const t of ts) if (t.dtype !== "float32") throw new Error(`${name}: float32 tensors only, got ${t.dtype}`)
}

let registered = ""

/** Registers the fused kernels (for `backendName`, once) and SiLU's gradient. */
export function registerNativeOps(addon: NativeAddon, backendName: string): void {
  if (registered !== "") return
  registered = backendName
  tf.registerKernel({
    kernelName: SiluKernel, backendName, kernelFunc: ({ inputs, backend }) => {
      const b = backend as WasmBackend
      const { x } = inputs as { x: Info }
      float32("silu", [x])
      const out = b.makeOutput(x.shape, "float32")
      if (size(x) > 0) addon.unary(heapOf(b), siluOp, offsetOf(b, out), offsetOf(b, x), size(x), 0, 0)
      return out
    }
  })
  tf.registerKernel({
    kernelName: SiluGradKernel, backendName, kernelFunc: ({ inputs, backend }) => {
      const b = backend as WasmBackend
      const { dy, x } = inputs as { dy: Info; x: Info }
      float32("silu gradient", [dy, x])
      const out = b.makeOutput(x.shape, "float32")
      if (size(x) > 0) addon.siluGrad(heapOf(b), offsetOf(b, out), offsetOf(b, dy), offsetOf(b, x), size(x))
      return out
    }
  })
  tf.registerGradient({
    kernelName: SiluKernel,
    inputsToSave: ["x"],
    gradFunc: (dy, saved) => ({ x: () => tf.engine().runKernel(SiluGradKernel, { dy: dy as tf.Tensor, x: saved[0]! }) as tf.Tensor })
  })
  // inputs x0, g0, v0, [m0,] x1, ...; outputs x'0, v'0, [m'0,] x'1, ...
  tf.registerKernel({
    kernelName: AdamKernel, backendName, kernelFunc: ({ inputs, backend, attrs }) => {
      const b = backend as WasmBackend
      const o = attrs as unknown as { count: number; beta1: number; beta2: number; eps: number; lr: number; bc1: number; bc2: number; decay: number; hasM: boolean; nanToNum: boolean }
      const table = new Float64Array(8 * o.count)
      const outs: Array<Info> = []
      for (let i = 0; i < o.count; i++) {
        const [x, g, v, m] = ["x", "g", "v", "m"].map((k) => inputs[`${k}${i}`])
        if (x === undefined || g === undefined || v === undefined || (o.hasM && m === undefined)) throw new Error(`adam: inputs of variable ${i} missing`)
        float32("adam", [x, g, v, ...(m ? [m] : [])])
        if (size(g) !== size(x) || size(v) !== size(x) || (m !== undefined && size(m) !== size(x))) throw new Error(`adam: variable ${i}: sizes differ`)
        const xo = b.makeOutput(x.shape, "float32")
        const vo = b.makeOutput(x.shape, "float32")
        const mo = o.hasM ? b.makeOutput(x.shape, "float32") : undefined
        outs.push(xo, vo, ...(mo ? [mo] : []))
        table.set([offsetOf(b, x), offsetOf(b, g), offsetOf(b, v), m ? offsetOf(b, m) : 0, offsetOf(b, xo), offsetOf(b, vo), mo ? offsetOf(b, mo) : 0, size(x)], 8 * i)
      }
      addon.adam(heapOf(b), table, o.beta1, o.beta2, o.eps, o.lr, o.bc1, o.bc2, o.decay, o.hasM ? 1 : 0, o.nanToNum ? 1 : 0)
      return outs
    }
  })
  tf.registerKernel({
    kernelName: EmaKernel, backendName, kernelFunc: ({ inputs, backend, attrs }) => {
      const b = backend as WasmBackend
      const { count, beta } = attrs as unknown as { count: number; beta: number }
      const table = new Float64Array(4 * count)
      const outs: Array<Info> = []
      for (let i = 0; i < count; i++) {
        const e = inputs[`e${i}`]
        const x = inputs[`x${i}`]
        if (e === undefined || x === undefined) throw new Error(`ema: inputs of variable ${i} missing`)
        float32("ema", [e, x])
        if (size(e) !== size(x)) throw new Error(`ema: variable ${i}: sizes differ`)
        const out = b.makeOutput(e.shape, "float32")
        outs.push(out)
        table.set([offsetOf(b, e), offsetOf(b, x), offsetOf(b, out), size(e)], 4 * i)
      }
      addon.ema(heapOf(b), table, beta)
      return outs
    }
  })
}

const onNative = (): boolean => registered !== "" && tf.getBackend() === registered

/** SiLU z·σ(z); on native one kernel forward and one backward. Inside the caller's tidy. */
export const silu = <T extends tf.Tensor>(z: T): T =>
  onNative() ? (tf.engine().runKernel(SiluKernel, { x: z }) as T) : (tf.mul(z, tf.sigmoid(z)) as T)

/** Adam(W)'s settings, for `Update.ts`'s `adamStep` and its fused kernel here (defined here: Update.ts imports this file). */
export interface AdamOptions {
  readonly lr: number
  readonly beta1: number
  readonly beta2: number
  readonly eps: number
  /** AdamW's decoupled decay; 0 for plain Adam. */
  readonly weightDecay: number
  readonly nanToNum: boolean
}

export interface FusedAdamOptions extends AdamOptions {
  /** bias corrections 1 − β1^t and 1 − β2^t */
  readonly bc1: number
  readonly bc2: number
}

/**
 * One Adam step over `vars` in one addon call: x, v (and m when given) are assigned their new values.
 * False (nothing done) when the native backend is not the active one.
 */
export const fusedAdam = (
  vars: ReadonlyArray<tf.Variable>, grads: ReadonlyArray<tf.Tensor>, v: ReadonlyArray<tf.Variable>, m: ReadonlyArray<tf.Variable> | undefined,
  o: FusedAdamOptions
): boolean => {
  if (!onNative()) return false
  if (vars.length === 0) return true
  const inputs: tf.NamedTensorMap = {}
  vars.forEach((x, i) => {
    inputs[`x${i}`] = x
    inputs[`g${i}`] = grads[i]!
    inputs[`v${i}`] = v[i]!
    if (m) inputs[`m${i}`] = m[i]!
  })
  const decay = o.weightDecay > 0 ? 1 - o.lr * o.weightDecay : 1
  const attrs = { count: vars.length, beta1: o.beta1, beta2: o.beta2, eps: o.eps, lr: o.lr, bc1: o.bc1, bc2: o.bc2, decay, hasM: m !== undefined, nanToNum: o.nanToNum }
  const outs = tf.engine().runKernel(AdamKernel, inputs, attrs as unknown as tf.NamedAttrMap) as Array<tf.Tensor>
  const per = m ? 3 : 2
  vars.forEach((x, i) => {
    x.assign(outs[per * i]!)
    v[i]!.assign(outs[per * i + 1]!)
    if (m) m[i]!.assign(outs[per * i + 2]!)
  })
  tf.dispose(outs)
  return true
}

/** ema ← β·ema + (1 − β)·x over a parameter set in one addon call; false when native is not active. */
export const fusedEma = (ema: ReadonlyArray<tf.Variable>, vars: ReadonlyArray<tf.Variable>, beta: number): boolean => {
  if (!onNative()) return false
  if (ema.length === 0) return true
  const inputs: tf.NamedTensorMap = {}
  ema.forEach((e, i) => {
    inputs[`e${i}`] = e
    inputs[`x${i}`] = vars[i]!
  })
  const outs = tf.engine().runKernel(EmaKernel, inputs, { count: ema.length, beta } as unknown as tf.NamedAttrMap) as Array<tf.Tensor>
  ema.forEach((e, i) => e.assign(outs[i]!))
  tf.dispose(outs)
  return true
}
