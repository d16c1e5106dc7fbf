/**
 * Stage "diffuse": the VP forward process x_t = a_t·x0 + s_t·ε and the timestep draw t ~ U{20..979}
 * (method.md §1.1). The same draw serves L_ψ and L_θ.
 */
import { tf } from "./internal/tf.ts"
import type { NoisyBatch } from "./internal/denoiser.ts"
import { scheduleTensors } from "./internal/denoiser.ts"
import type { RandomStream } from "./internal/rng.ts"

/** §1.1: integer t ~ U{tMin .. tMaxExclusive−1}, one per row. */
export const sampleTimesteps = (stream: RandomStream, n: number, tMin: number, tMaxExclusive: number): Int32Array =>
  stream.ints(n, tMin, tMaxExclusive)

/** A [n, d] standard-normal tensor from a stream. Caller disposes. */
export const normalTensor = (stream: RandomStream, n: number, d: number): tf.Tensor2D =>
  tf.tensor2d(stream.normals(n * d), [n, d])

/**
 * §1.1: x_t = a_t·x0 + s_t·ε for per-row integer t. Borrows x0 and eps; the returned batch owns new
 * tensors (xT, t, a, s) and borrows `c`; dispose it with `disposeNoisy`.
 */
export const diffuse = (x0: tf.Tensor2D, eps: tf.Tensor2D, t: Int32Array, c: tf.Tensor1D): NoisyBatch => {
  const sched = scheduleTensors(t)
  const xT = tf.tidy("diffuse", () =>
    tf.add(tf.mul(tf.expandDims(sched.a, 1), x0), tf.mul(tf.expandDims(sched.s, 1), eps)) as tf.Tensor2D
  )
  return { xT, ...sched, c }
}

/** Frees what `diffuse` created (not the borrowed prompts). */
export const disposeNoisy = (b: NoisyBatch): void => {
  tf.dispose([b.xT, b.t, b.a, b.s])
}
