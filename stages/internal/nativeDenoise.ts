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
import { heapOf, type Info, offsetOf, type WasmBackend } from "./nativeHeap.ts"
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

interface MlpAttrs {
  readonly dim: number
  readonly embedding: number
  readonly count: number
}

/** [W, b, in, out] per layer, from inputs W0, b0, W1, … */
const layerTable = (b: WasmBackend, inputs: tf.NamedTensorInfoMap, count: number): Float64Array => {
  const table = new Float64Array(4 * count)
  for (let l = 0; l < count; l++) {
    const W = inputs[`W${l}`]!
    table.set([offsetOf(b, W), offsetOf(b, inputs[`b${l}`]!), W.shape[0]!, W.shape[1]!], 4 * l)
  }
  return table
}

const tapeSize = (inputs: tf.NamedTensorInfoMap, count: number, rows: number): number => {
  let n = rows * inputs.W0!.shape[0]!
  for (let l = 0; l + 1 < count; l++) n += 2 * rows * inputs[`W${l}`]!.shape[1]!
  return n
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
      const { dim, embedding, count } = attrs as unknown as MlpAttrs
      const { xT, t, c, emb } = inputs as { xT: Info; t: Info; c: Info; emb: Info }
      const rows = xT.shape[0]!
      const out = be.makeOutput([rows, dim], "float32")
      const tape = be.makeOutput([tapeSize(inputs, count, rows)], "float32")
      const table = layerTable(be, inputs, count)
      addon.mlpForward(heapOf(be), rows, dim, embedding, emb.shape[0]!, table, offsetOf(be, xT), offsetOf(be, t), offsetOf(be, c), offsetOf(be, emb), offsetOf(be, out), offsetOf(be, tape))
      return [out, tape]
    }
  })
  // inputs dy [R, D], tape, c, emb, W0, b0, …; outputs dxT, then (weights) dEmb, dW0, db0, …
  tf.registerKernel({
    kernelName: MlpGradKernel, backendName, kernelFunc: ({ inputs, backend, attrs }) => {
      const be = backend as WasmBackend
      const { dim, embedding, count, weights } = attrs as unknown as MlpAttrs & { weights: boolean }
      const { dy, tape, c, emb } = inputs as { dy: Info; tape: Info; c: Info; emb: Info }
      const rows = dy.shape[0]!
      const dxT = be.makeOutput([rows, dim], "float32")
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
      addon.mlpBackward(heapOf(be), rows, dim, embedding, emb.shape[0]!, table, offsetOf(be, tape), offsetOf(be, c), offsetOf(be, dy), offsetOf(be, dxT), dEmb, grads)
      return outs
    }
  })
}

const onNative = (): boolean => registered !== "" && tf.getBackend() === registered

/**
 * ε̂(x_t, t, c) of the network in one op on native; undefined elsewhere (or for inputs the kernel does
 * not take), where the caller runs the composition. Inside the caller's tidy; borrows inputs.
 */
export const fusedMlpEps = (net: MlpParts, xT: tf.Tensor2D, t: tf.Tensor1D, c: tf.Tensor1D): tf.Tensor2D | undefined => {
  if (!onNative() || xT.dtype !== "float32" || net.embedding % 2 !== 0 || net.weights.length === 0) return undefined
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
  const attrs = { dim: net.dim, embedding: net.embedding, count }
  const op = tf.customGrad(((...args: Array<tf.Tensor | tf.GradSaveFunc>) => {
    const save = args[args.length - 1] as tf.GradSaveFunc
    const [out, tape] = tf.engine().runKernel(MlpKernel, { xT, t: ti, c: ci, ...named(params) }, attrs as unknown as tf.NamedAttrMap) as Array<tf.Tensor>
    save([tape!, ci, ...params])
    return {
      value: out!,
      gradFunc: (dy: tf.Tensor, saved: Array<tf.Tensor>) => {
        const [sTape, sc, ...sParams] = saved
        const inputs = { dy, tape: sTape!, c: sc!, ...named(sParams) }
        return tf.engine().runKernel(MlpGradKernel, inputs, { ...attrs, weights } as unknown as tf.NamedAttrMap) as Array<tf.Tensor>
      }
    }
  }) as Parameters<typeof tf.customGrad>[0])
  return (weights ? op(xT, ...params) : op(xT)) as tf.Tensor2D
}
