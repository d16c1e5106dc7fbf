/**
 * The `mlp` ε-prediction denoiser of benchmark.md, used for the teacher φ (when learned), the fake
 * score ψ and the generator θ: [x_t, sin/cos(t), class embedding] → depth × (Linear, SiLU) → Linear.
 *
 * The class embedding is a one-hot matmul rather than `gather`, so it trains on every backend without
 * the `UnsortedSegmentSum` kernel (platform-notes.md). Class index C is the null prompt ∅ (§1.1).
 */
import { tf } from "./tf.ts"
import { fusedMlpEps } from "./nativeDenoise.ts"
import { linear } from "./nativeLinear.ts"
import type { Streams } from "./rng.ts"
import { checkArrays, cloneDense, type DenseStack, denseFromArrays, denseShapes, denseVariables, initDense, uniqueName } from "./dense.ts"
import type { CellConfig } from "../../dsl/Hyperparams.ts"

export interface MlpShape {
  /** D. */
  readonly dim: number
  /** C; the embedding table has C + 1 rows, the last one for ∅. */
  readonly classes: number
  readonly hidden: number
  readonly depth: number
  /** Width of the time embedding and of the class embedding. */
  readonly embedding: number
}

/** The linear layers (a `dense.ts` stack over `layerWidths`) and the class embedding. */
export interface Mlp extends DenseStack {
  readonly shape: MlpShape
  /** (C+1) × E class embedding. */
  readonly classEmbedding: tf.Variable
}

/** The network of a cell: the teacher's D and C with the config's widths. */
export const mlpShapeOf = (cfg: CellConfig): MlpShape => ({
  dim: cfg.teacher.dim,
  classes: cfg.teacher.classes,
  hidden: cfg.network.hidden,
  depth: cfg.network.depth,
  embedding: cfg.network.embedding
})

/** Every variable of the network, in a fixed order (checkpoints and optimiser slots rely on it). */
export const mlpVariables = (net: Mlp): ReadonlyArray<tf.Variable> => [net.classEmbedding, ...denseVariables(net)]

export const mlpParameterCount = (shape: MlpShape): number =>
  mlpArrayShapes(shape).reduce((n, s) => n + s.reduce((p, x) => p * x, 1), 0)

/** [D + 2E, hidden × depth..., D]. */
export const layerWidths = (shape: MlpShape): ReadonlyArray<number> => [
  shape.dim + 2 * shape.embedding,
  ...Array.from({ length: shape.depth }, () => shape.hidden),
  shape.dim
]

const embeddingVariable = (shape: MlpShape, values: Float32Array, name: string, trainable: boolean): tf.Variable =>
  // tidy frees the initial-value tensor; the variable survives it
  tf.tidy(() => tf.variable(tf.tensor2d(values, [shape.classes + 1, shape.embedding]), trainable, `${uniqueName(name)}/classEmbedding`))

/** PyTorch's default init (N(0,1) for the embedding, then `initDense`'s layers), from one seeded stream. */
export const initMlp = (shape: MlpShape, rng: Streams, name: string, trainable = true): Mlp => {
  const stream = rng.stream("init", name)
  const classEmbedding = embeddingVariable(shape, stream.normals((shape.classes + 1) * shape.embedding), name, trainable)
  return { shape, classEmbedding, ...initDense(layerWidths(shape), stream, name, trainable) }
}

/** A new network holding copies of `net`'s values ("ψ ← copy(φ)", §6.1). Caller disposes it. */
export const cloneMlp = (net: Mlp, name: string, trainable = true): Mlp => ({
  shape: net.shape,
  classEmbedding: tf.variable(net.classEmbedding, trainable, `${uniqueName(name)}/classEmbedding`),
  ...cloneDense(net, name, trainable)
})

/** Overwrites `target`'s values with `source`'s (same shape). */
export const assignMlp = (target: Mlp, source: Mlp): void => {
  const src = mlpVariables(source)
  mlpVariables(target).forEach((v, i) => v.assign(src[i]!))
}

export const disposeMlp = (net: Mlp): void => {
  for (const v of mlpVariables(net)) v.dispose()
}

/** Sinusoidal embedding of integer timesteps: 64 sin + 64 cos at frequencies exp(−ln(10⁴)·i/half). */
export const timeEmbedding = (t: tf.Tensor1D, width: number): tf.Tensor2D =>
  tf.tidy("mlp.timeEmbedding", () => {
    const half = width / 2
    const freqs = tf.exp(tf.mul(tf.range(0, half, 1, "float32"), -Math.log(10000) / half))
    const arg = tf.mul(tf.expandDims(tf.cast(t, "float32"), 1), tf.expandDims(freqs, 0)) as tf.Tensor2D
    return tf.concat([tf.sin(arg), tf.cos(arg)], 1)
  })

/** The input row [x_t, sin/cos(t), class embedding]; runs inside the caller's tidy. */
const inputRow = (net: Mlp, xT: tf.Tensor2D, t: tf.Tensor1D, c: tf.Tensor1D): tf.Tensor2D => {
  const cls = tf.matMul(tf.oneHot(tf.cast(c, "int32"), net.shape.classes + 1), net.classEmbedding)
  return tf.concat([xT, timeEmbedding(t, net.shape.embedding), cls as tf.Tensor2D], 1)
}

/** Hidden layer i (0-based): SiLU(h·W_i + b_i); runs inside the caller's tidy. */
const hiddenLayer = (net: Mlp, h: tf.Tensor2D, i: number): tf.Tensor2D => {
  return linear(h, net.weights[i]!, net.biases[i]!, "silu") // one addon call each way on native
}

/** The number of hidden (Linear, SiLU) layers: every linear layer but the output. */
const hiddenLayers = (net: Mlp): number => net.weights.length - 1

/** The output layer (linear, D outputs); runs inside the caller's tidy. */
const outputLayer = (net: Mlp, h: tf.Tensor2D): tf.Tensor2D => {
  const last = net.weights.length - 1
  return linear(h, net.weights[last]!, net.biases[last]!, "linear")
}

/** ε̂(x_t, t, c). Borrows inputs; caller disposes the result. `c` holds class ids, C meaning ∅. */
export const mlpEps = (net: Mlp, xT: tf.Tensor2D, t: tf.Tensor1D, c: tf.Tensor1D): tf.Tensor2D =>
  tf.tidy("mlp.eps", () => {
    const fused = fusedMlpEps({ ...net.shape, classEmbedding: net.classEmbedding, weights: net.weights, biases: net.biases }, xT, t, c)
    if (fused !== undefined) return fused // native: the whole pass in one addon call each way
    let h = inputRow(net, xT, t, c)
    for (let i = 0; i < hiddenLayers(net); i++) h = hiddenLayer(net, h, i)
    return outputLayer(net, h)
  })

const checkLayer = (net: Mlp, layer: number): void => {
  if (!Number.isInteger(layer) || layer < 1 || layer > hiddenLayers(net)) {
    throw new Error(`discriminator layer ${layer} is not a hidden layer of this network (1..${hiddenLayers(net)})`)
  }
}

/**
 * §5.1 "encoder_decoder": ε̂ and the post-SiLU features of hidden layer `layer` (1-based), from ONE
 * forward pass; ε̂ is computed exactly as `mlpEps` computes it. Borrows inputs; caller disposes both.
 */
export const mlpEpsAndFeatures = (
  net: Mlp,
  xT: tf.Tensor2D,
  t: tf.Tensor1D,
  c: tf.Tensor1D,
  layer: number
): { eps: tf.Tensor2D; features: tf.Tensor2D } => {
  checkLayer(net, layer)
  return tf.tidy("mlp.epsAndFeatures", () => {
    let h = inputRow(net, xT, t, c)
    let features = h
    for (let i = 0; i < hiddenLayers(net); i++) {
      h = hiddenLayer(net, h, i)
      if (i === layer - 1) features = h
    }
    return { eps: outputLayer(net, h), features }
  })
}

/** §5.1 "encoder": the forward pass stopped after hidden layer `layer` (1-based), its features. Caller disposes. */
export const mlpFeatures = (net: Mlp, xT: tf.Tensor2D, t: tf.Tensor1D, c: tf.Tensor1D, layer: number): tf.Tensor2D => {
  checkLayer(net, layer)
  return tf.tidy("mlp.features", () => {
    let h = inputRow(net, xT, t, c)
    for (let i = 0; i < layer; i++) h = hiddenLayer(net, h, i)
    return h
  })
}

/** Serialisable copy of the weights (checkpoints, caches). */
export const mlpToArrays = (net: Mlp): ReadonlyArray<Float32Array> =>
  mlpVariables(net).map((v) => v.dataSync() as Float32Array)

export const mlpFromArrays = (
  shape: MlpShape,
  arrays: ReadonlyArray<Float32Array>,
  name: string,
  trainable = true
): Mlp => {
  checkArrays(name, mlpArrayShapes(shape), arrays, "for this network shape")
  const classEmbedding = embeddingVariable(shape, arrays[0]!, name, trainable)
  return { shape, classEmbedding, ...denseFromArrays(layerWidths(shape), arrays.slice(1), name, trainable) }
}

/** Shapes of the arrays `mlpToArrays` returns, in `mlpVariables` order. */
export const mlpArrayShapes = (shape: MlpShape): Array<Array<number>> => [
  [shape.classes + 1, shape.embedding],
  ...denseShapes(layerWidths(shape))
]
