/**
 * The image path's "VAE": a small MLP autoencoder 784 → hidden → latentDim → hidden → 784 (SiLU, sigmoid
 * output) on Fashion-MNIST, the analogue of SD's VAE (method.md §1.1 "Latents"). Its latents are
 * standardised per dimension with the training set's mean and std (stored with the weights), the
 * analogue of the VAE scaling factor: what the teacher sees has zero mean and unit variance.
 *
 * `encode` returns standardised latents and `decode` takes them, so callers never see raw codes.
 */
import { tf } from "./tf.ts"
import type { Streams } from "./rng.ts"
import {
  type DenseArrays,
  type DenseStack,
  denseForward,
  denseFromArrays,
  denseToArrays,
  denseVariables,
  disposeDense,
  type FitProgress,
  fitAdam,
  initDense,
  mapRows
} from "./dense.ts"
import { FMNIST_PIXELS, gatherRows, minibatchIndices } from "./fmnist.ts"

export interface AutoencoderConfig {
  readonly latentDim: number
  readonly hidden: number
  readonly iterations: number
  readonly batch: number
  readonly lr: number
  /** Reconstruction loss: per-pixel binary cross-entropy on the logits (default) or squared error. */
  readonly loss?: "bce" | "mse"
}

export interface AutoencoderWeights extends DenseArrays {
  readonly latentDim: number
  readonly hidden: number
  /** Per-dimension mean and std of the raw codes over the training set (the scaling factor). */
  readonly latentMean: Float32Array
  readonly latentStd: Float32Array
  /** Final training loss (mean per pixel). */
  readonly loss: number
}

/** Loaded weights: one stack of 4 layers, encoder = layers 0–1, decoder = layers 2–3. Dispose with `disposeAutoencoder`. */
export interface Autoencoder {
  readonly latentDim: number
  readonly hidden: number
  readonly layers: DenseStack
  readonly latentMean: tf.Tensor1D
  readonly latentStd: tf.Tensor1D
}

const widthsOf = (latentDim: number, hidden: number): ReadonlyArray<number> => [FMNIST_PIXELS, hidden, latentDim, hidden, FMNIST_PIXELS]

/** Raw code (before standardisation). Runs inside the caller's tidy. */
const rawCode = (layers: DenseStack, x: tf.Tensor2D): tf.Tensor2D => denseForward(layers, x, 0, 2)
/** Decoder logits from a raw code. Runs inside the caller's tidy. */
const logits = (layers: DenseStack, code: tf.Tensor2D): tf.Tensor2D => denseForward(layers, code, 2, 4)

/** Mean per-pixel reconstruction loss of a batch from the decoder logits (BCE in its stable softplus form). */
const reconstructionLoss = (z: tf.Tensor2D, x: tf.Tensor2D, kind: "bce" | "mse"): tf.Scalar =>
  tf.tidy("autoencoder.loss", () => {
    if (kind === "mse") return tf.mean(tf.square(tf.sub(tf.sigmoid(z), x))) as tf.Scalar
    // BCE(x, σ(z)) = max(z, 0) − z·x + log(1 + e^{−|z|})
    return tf.mean(tf.add(tf.sub(tf.relu(z), tf.mul(z, x)), tf.log1p(tf.exp(tf.neg(tf.abs(z)))))) as tf.Scalar
  })

/**
 * Trains the autoencoder with Adam on shuffled mini-batches (`minibatchIndices`, key "autoencoder") and
 * computes the latent standardisation over all n images. `images` is n × 784 in [0, 1].
 */
export const trainAutoencoder = (
  images: Float32Array,
  n: number,
  cfg: AutoencoderConfig,
  streams: Streams,
  onProgress?: (p: FitProgress) => void
): AutoencoderWeights => {
  const widths = widthsOf(cfg.latentDim, cfg.hidden)
  const layers = initDense(widths, streams.stream("init", "autoencoder"), "autoencoder", true)
  const kind = cfg.loss ?? "bce"
  const loss = fitAdam(
    denseVariables(layers),
    cfg,
    (i) => {
      const x = tf.tensor2d(gatherRows(images, FMNIST_PIXELS, minibatchIndices(streams, "autoencoder", i, n, cfg.batch)), [cfg.batch, FMNIST_PIXELS])
      return reconstructionLoss(logits(layers, rawCode(layers, x)), x, kind)
    },
    onProgress
  )
  // the scaling factor: per-dimension moments of the raw codes, in float64
  const codes = mapRows(images, n, FMNIST_PIXELS, cfg.latentDim, (x) => rawCode(layers, x))
  const { mean, std } = columnMoments(codes, n, cfg.latentDim)
  const { arrays, shapes } = denseToArrays(layers)
  disposeDense(layers)
  return { latentDim: cfg.latentDim, hidden: cfg.hidden, arrays, shapes, latentMean: mean, latentStd: std, loss }
}

/** Per-column mean and (population) std of a row-major n × d array; std floored at 1e-6. */
export const columnMoments = (data: Float32Array, n: number, d: number): { mean: Float32Array; std: Float32Array } => {
  const sum = new Float64Array(d)
  for (let i = 0; i < n; i++) for (let j = 0; j < d; j++) sum[j]! += data[i * d + j]!
  const mean = Float64Array.from(sum, (s) => s / n)
  const sq = new Float64Array(d)
  for (let i = 0; i < n; i++) for (let j = 0; j < d; j++) sq[j]! += (data[i * d + j]! - mean[j]!) ** 2
  return { mean: Float32Array.from(mean), std: Float32Array.from(sq, (s) => Math.max(Math.sqrt(s / n), 1e-6)) }
}

export const loadAutoencoder = (w: AutoencoderWeights): Autoencoder => ({
  latentDim: w.latentDim,
  hidden: w.hidden,
  layers: denseFromArrays(widthsOf(w.latentDim, w.hidden), w.arrays, "autoencoder", false),
  latentMean: tf.tensor1d(w.latentMean),
  latentStd: tf.tensor1d(w.latentStd)
})

export const disposeAutoencoder = (ae: Autoencoder): void => {
  disposeDense(ae.layers)
  tf.dispose([ae.latentMean, ae.latentStd])
}

/** Images [B, 784] → standardised latents [B, latentDim]. Borrows inputs; caller disposes the result. */
export const encode = (ae: Autoencoder, x: tf.Tensor2D): tf.Tensor2D =>
  tf.tidy("autoencoder.encode", () => tf.div(tf.sub(rawCode(ae.layers, x), ae.latentMean), ae.latentStd) as tf.Tensor2D)

/** Standardised latents [B, latentDim] → images [B, 784] in (0, 1). Borrows inputs; caller disposes the result. */
export const decode = (ae: Autoencoder, z: tf.Tensor2D): tf.Tensor2D =>
  tf.tidy("autoencoder.decode", () =>
    tf.sigmoid(logits(ae.layers, tf.add(tf.mul(z, ae.latentStd), ae.latentMean) as tf.Tensor2D)) as tf.Tensor2D
  )

/** `encode` over a host array of n images, in batches. */
export const encodeImages = (ae: Autoencoder, images: Float32Array, n: number, batch = 1024): Float32Array =>
  mapRows(images, n, FMNIST_PIXELS, ae.latentDim, (x) => encode(ae, x), batch)

/** `decode` over a host array of n standardised latents, in batches. */
export const decodeLatents = (ae: Autoencoder, latents: Float32Array, n: number, batch = 1024): Float32Array =>
  mapRows(latents, n, ae.latentDim, FMNIST_PIXELS, (z) => decode(ae, z), batch)

/** Mean squared per-pixel error of decode(encode(x)) over n images (pixels in [0, 1]). */
export const reconstructionError = (ae: Autoencoder, images: Float32Array, n: number, batch = 1024): number => {
  const out = mapRows(images, n, FMNIST_PIXELS, FMNIST_PIXELS, (x) => tf.tidy(() => decode(ae, encode(ae, x))), batch)
  let sum = 0
  for (let i = 0; i < n * FMNIST_PIXELS; i++) sum += (out[i]! - images[i]!) ** 2
  return sum / (n * FMNIST_PIXELS)
}
