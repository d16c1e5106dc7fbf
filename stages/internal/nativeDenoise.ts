/**
 * The `mlp` ε-network's whole pass (mlp.ts: input row [x_t, sin/cos(t), class embedding], every
 * Linear + SiLU, the output layer) as one op: one addon call forward and one backward on the native
 * backend (native/src/denoiser.h), instead of some forty kernels each way. Within float32 rounding of
 * the tfjs composition (the embedding's gradient is summed in another order); `fusedMlpEps` returns
 * undefined on every other backend, and the caller runs the composition, so wasm does not change.
 *
 * Gradients: dx_t always; the weights' (embedding, every W and b) when the network is being trained
 * (`nativeLinear.ts`'s rule, asked of the class embedding).
 */
import { tf } from "./tf.ts"
import type { NativeAddon } from "./nativeAddon.ts"
import { heapOf, type Info, offsetOf, type WasmBackend, weightsToken } from "./nativeHeap.ts"
import { trainsWeights } from "./nativeLinear.ts"

const MlpKernel = "SidlabMlp"
const MlpGradKernel = "SidlabMlpGrad"

/** What the op needs of a network (mlp.ts's `Mlp`, without importing it). */
export interface MlpParts {
  readonly dim: number
  readonly embedding: number
  readonly classEmbedding: tf.Tensor
  readonly weights: ReadonlyArray<tf.Tensor>
  readonly biases: ReadonlyArray<tf.Tensor>
}

/** §1.1 guidance as the kernel runs it: mode 0 the prompts c, 1 all ∅, 2 CFG over [∅; c] with κ. */
interface MlpAttrs {
  readonly dim: number
  readonly embedding: number
  readonly count: number
  readonly mode: 0 | 1 | 2
  readonly x0: boolean
  readonly kappa: number
  readonly nullId: number
  /** no weights' gradients to come: the tape keeps only the pre-activations (native/src/denoiser.h) */
  readonly slim: boolean
}

const guideArgs = (be: WasmBackend, o: MlpAttrs, inputs: tf.NamedTensorInfoMap): [number, number, number, number, number, number] =>
  [o.mode, o.x0 ? 1 : 0, o.kappa, o.nullId, o.x0 ? offsetOf(be, inputs.a!) : 0, o.x0 ? offsetOf(be, inputs.s!) : 0]

/** The network's rows: B, or 2B under CFG. */
const networkRows = (o: MlpAttrs, batch: number): number => (o.mode === 2 ? 2 * batch : batch)

/** [W, b, in, out, W's token for the packed-weights cache] per layer, from inputs W0, b0, W1, … */
const layerTable = (b: WasmBackend, inputs: tf.NamedTensorInfoMap, count: number): Float64Array => {
  const table = new Float64Array(5 * count)
  for (let l = 0; l < count; l++) {
    const W = inputs[`W${l}`]!
    table.set([offsetOf(b, W), offsetOf(b, inputs[`b${l}`]!), W.shape[0]!, W.shape[1]!, weightsToken(W)], 5 * l)
  }
  return table
}

/** Floats of the tape (native/src/denoiser.h): the input row, z and h per hidden layer, the raw ε̂ if guided. */
const tapeSize = (inputs: tf.NamedTensorInfoMap, o: MlpAttrs, batch: number): number => {
  const rows = networkRows(o, batch)
  let n = o.slim ? 0 : rows * inputs.W0!.shape[0]!
  for (let l = 0; l + 1 < o.count; l++) n += (o.slim ? 1 : 2) * rows * inputs[`W${l}`]!.shape[1]!
  return n + (o.mode === 2 || o.x0 ? rows * o.dim : 0)
}

let registered = ""

/** Registers the ε-network kernels for `backendName` (once). */
export function registerNativeDenoise(addon: NativeAddon, backendName: string): void {
  if (registered !== "") return
  registered = backendName
  // inputs xT [R, D], t, c int32 [R], emb [C+1, E], W0, b0, …; outputs ε̂ [R, D] and the tape
  tf.registerKernel({
    kernelName: MlpKernel, backendName, kernelFunc: ({ inputs, backend, attrs }) => {
      const be = backend as WasmBackend
      const o = attrs as unknown as MlpAttrs
      const { xT, t, c, emb } = inputs as { xT: Info; t: Info; c: Info; emb: Info }
      const batch = xT.shape[0]!
      const out = be.makeOutput([batch, o.dim], "float32")
      const tape = be.makeOutput([tapeSize(inputs, o, batch)], "float32")
      const table = layerTable(be, inputs, o.count)
      addon.mlpForward(
        heapOf(be), batch, o.dim, o.embedding, emb.shape[0]!, table, offsetOf(be, xT), offsetOf(be, t), offsetOf(be, c), offsetOf(be, emb),
        offsetOf(be, out), offsetOf(be, tape), ...guideArgs(be, o, inputs), o.slim ? 1 : 0
      )
      return [out, tape]
    }
  })
  // inputs dy [R, D], tape, c, emb, W0, b0, …; outputs dxT, then (weights) dEmb, dW0, db0, …
  tf.registerKernel({
    kernelName: MlpGradKernel, backendName, kernelFunc: ({ inputs, backend, attrs }) => {
      const be = backend as WasmBackend
      const o = attrs as unknown as MlpAttrs & { weights: boolean }
      const { count, weights } = o
      const { dy, tape, c, emb } = inputs as { dy: Info; tape: Info; c: Info; emb: Info }
      const batch = dy.shape[0]!
      const dxT = be.makeOutput([batch, o.dim], "float32")
      const outs: Array<Info> = [dxT]
      const grads = new Float64Array(weights ? 2 * count : 0)
      let dEmb = -1
      if (weights) {
        const de = be.makeOutput(emb.shape, "float32")
        outs.push(de)
        dEmb = offsetOf(be, de)
        for (let l = 0; l < count; l++) {
          const dW = be.makeOutput(inputs[`W${l}`]!.shape, "float32")
          const db = be.makeOutput(inputs[`b${l}`]!.shape, "float32")
          outs.push(dW, db)
          grads.set([offsetOf(be, dW), offsetOf(be, db)], 2 * l)
        }
      }
      const table = layerTable(be, inputs, count)
      addon.mlpBackward(
        heapOf(be), batch, o.dim, o.embedding, emb.shape[0]!, table, offsetOf(be, tape), offsetOf(be, c), offsetOf(be, dy), offsetOf(be, dxT),
        dEmb, grads, ...guideArgs(be, o, inputs), o.slim ? 1 : 0
      )
      return outs
    }
  })
}

const onNative = (): boolean => registered !== "" && tf.getBackend() === registered

/** The rows of a noisy batch the op reads (denoiser.ts's `NoisyBatch`, without importing it). */
export interface GuidedBatch {
  readonly xT: tf.Tensor2D
  readonly t: tf.Tensor1D
  readonly a: tf.Tensor1D
  readonly s: tf.Tensor1D
  readonly c: tf.Tensor1D
}

/**
 * §1.1 guided output of the network in one op on native: κ = 1 the conditional pass, κ = 0 the ∅ pass,
 * else CFG over [∅; c]; in ε-space, or x0-space with each half converted first (as denoiser.ts's `cfg`
 * computes it). Undefined elsewhere (or for inputs the kernel does not take): the caller then runs the
 * composition. Inside the caller's tidy; borrows inputs.
 */
export const fusedGuided = (net: MlpParts, classes: number, b: GuidedBatch, kappa: number, which: "eps" | "x0"): tf.Tensor2D | undefined => {
  const { xT, t, c } = b
  if (!onNative() || xT.dtype !== "float32" || net.embedding % 2 !== 0 || net.weights.length === 0) return undefined
  const x0 = which === "x0"
  if (x0 && (b.a.dtype !== "float32" || b.s.dtype !== "float32")) return undefined
  const ti = t.dtype === "int32" ? t : tf.cast(t, "int32")
  const ci = c.dtype === "int32" ? c : tf.cast(c, "int32")
  const count = net.weights.length
  const params: Array<tf.Tensor> = [net.classEmbedding, ...net.weights.flatMap((W, l) => [W, net.biases[l]!])]
  const named = (ts: ReadonlyArray<tf.Tensor>): tf.NamedTensorMap => {
    const m: tf.NamedTensorMap = { emb: ts[0]! }
    for (let l = 0; l < count; l++) {
      m[`W${l}`] = ts[1 + 2 * l]!
      m[`b${l}`] = ts[2 + 2 * l]!
    }
    return m
  }
  const weights = trainsWeights(net.classEmbedding)
  const attrs: MlpAttrs = {
    dim: net.dim, embedding: net.embedding, count, mode: kappa === 1 ? 0 : kappa === 0 ? 1 : 2, x0, kappa, nullId: classes, slim: !weights
  }
  const schedule = (a: tf.Tensor | undefined, s: tf.Tensor | undefined): tf.NamedTensorMap => (x0 ? { a: a!, s: s! } : {})
  const op = tf.customGrad(((...args: Array<tf.Tensor | tf.GradSaveFunc>) => {
    const save = args[args.length - 1] as tf.GradSaveFunc
    const inputs = { xT, t: ti, c: ci, ...schedule(b.a, b.s), ...named(params) }
    const [out, tape] = tf.engine().runKernel(MlpKernel, inputs, attrs as unknown as tf.NamedAttrMap) as Array<tf.Tensor>
    // variables outlive the gradient computation: only plain tensors need saving (each save is a clone)
    const keep = !params.every((p) => p instanceof tf.Variable)
    save([tape!, ci, ...(x0 ? [b.a, b.s] : []), ...(keep ? params : [])])
    return {
      value: out!,
      gradFunc: (dy: tf.Tensor, saved: Array<tf.Tensor>) => {
        const [sTape, sc, ...rest] = saved
        const [sa, ss] = x0 ? rest.splice(0, 2) : []
        const grads = { dy, tape: sTape!, c: sc!, ...schedule(sa, ss), ...named(keep ? rest : params) }
        return tf.engine().runKernel(MlpGradKernel, grads, { ...attrs, weights } as unknown as tf.NamedAttrMap) as Array<tf.Tensor>
      }
    }
  }) as Parameters<typeof tf.customGrad>[0])
  return (weights ? op(xT, ...params) : op(xT)) as tf.Tensor2D
}

/** ε̂(x_t, t, c) in one op on native (`fusedGuided` with κ = 1 in ε-space); undefined elsewhere. */
export const fusedMlpEps = (net: MlpParts, xT: tf.Tensor2D, t: tf.Tensor1D, c: tf.Tensor1D): tf.Tensor2D | undefined =>
  fusedGuided(net, 0, { xT, t, c, a: t, s: t }, 1, "eps")
