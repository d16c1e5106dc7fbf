/**
 * The learned teacher φ of the image path: a class-conditional ε-prediction `mlp` on standardised
 * autoencoder latents, trained with the DDPM objective E‖ε̂(a_t·x0 + s_t·ε, t, c) − ε‖² (method.md
 * §1.1) with t uniform over the whole VP grid {0..999} and prompt dropout to ∅ (class C) so CFG works.
 *
 * It is the SAME `mlp` architecture as ψ and θ, so its weights (in `mlpToArrays` order) initialise both,
 * exactly as the prefit weights do on the GMM path (§2.1, §3; Pipeline.ts `mlpFromArrays`).
 */
import { tf } from "./tf.ts"
import type { Streams } from "./rng.ts"
import { disposeMlp, initMlp, mlpEps, mlpToArrays, mlpVariables, type MlpShape } from "./mlp.ts"
import { scheduleTensors } from "./denoiser.ts"
import { type FitProgress, fitAdam } from "./dense.ts"
import { FMNIST_CLASSES, gatherRows, minibatchIndices } from "./fmnist.ts"
import { NUM_TRAIN_TIMESTEPS } from "./schedule.ts"

export interface LatentTeacherConfig {
  readonly hidden: number
  readonly depth: number
  readonly embedding: number
  readonly iterations: number
  readonly batch: number
  readonly lr: number
  /** Share of rows whose prompt is replaced by ∅ (0.1 as SD's own training and f_ψ's, §3); enables CFG. */
  readonly promptDropout: number
  /** C; default the 10 Fashion-MNIST classes. */
  readonly classes?: number
}

export interface LatentTeacherWeights {
  readonly shape: MlpShape
  /** `mlpToArrays` order; load with `mlpFromArrays(shape, weights, name)`. */
  readonly weights: ReadonlyArray<Float32Array>
  /** Final training loss: mean squared ε error per latent dimension (1 for ε̂ ≡ 0). */
  readonly loss: number
}

/** The teacher's network shape for latents of dimension `latentDim`. */
export const latentTeacherShape = (
  latentDim: number,
  cfg: Pick<LatentTeacherConfig, "hidden" | "depth" | "embedding" | "classes">
): MlpShape => ({
  dim: latentDim,
  classes: cfg.classes ?? FMNIST_CLASSES.length,
  hidden: cfg.hidden,
  depth: cfg.depth,
  embedding: cfg.embedding
})

/**
 * §1.1 ε-prediction training on n standardised latents (row-major n × D) with their labels. Each
 * iteration's batch, timesteps, noise and dropout come from streams keyed by the iteration.
 */
export const trainLatentTeacher = (
  latents: Float32Array,
  labels: Int32Array,
  n: number,
  cfg: LatentTeacherConfig,
  streams: Streams,
  onProgress?: (p: FitProgress) => void
): LatentTeacherWeights => {
  const D = latents.length / n
  if (!Number.isInteger(D) || D < 1) throw new RangeError(`trainLatentTeacher: ${latents.length} values are not n = ${n} rows`)
  const shape = latentTeacherShape(D, cfg)
  const C = shape.classes
  const net = initMlp(shape, streams, "latent-teacher")
  const B = cfg.batch
  const loss = fitAdam(
    mlpVariables(net),
    cfg,
    (i) => {
      const s = streams.child("latent-teacher", i)
      const idx = minibatchIndices(streams, "latent-teacher", i, n, B)
      const drop = s.stream("null").uniforms(B)
      const x0 = tf.tensor2d(gatherRows(latents, D, idx), [B, D])
      const c = tf.tensor1d(Int32Array.from(idx, (j, r) => (drop[r]! < cfg.promptDropout ? C : labels[j]!)), "int32")
      const eps = tf.tensor2d(s.stream("eps").normals(B * D), [B, D])
      const sched = scheduleTensors(s.stream("t").ints(B, 0, NUM_TRAIN_TIMESTEPS))
      // x_t = a_t·x0 + s_t·ε; the loss is the ε regression of §1.1
      const xT = tf.add(tf.mul(tf.expandDims(sched.a, 1), x0), tf.mul(tf.expandDims(sched.s, 1), eps)) as tf.Tensor2D
      return tf.mean(tf.square(tf.sub(mlpEps(net, xT, sched.t, c), eps))) as tf.Scalar
    },
    onProgress
  )
  const weights = mlpToArrays(net)
  disposeMlp(net)
  return { shape, weights, loss }
}
