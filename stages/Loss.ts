/**
 * Stage "loss": the fake-score loss L_ψ (method.md §3) and the generator loss L_θ (§4.1) with
 * α, the per-sample normaliser w computed without gradient, and κ1..κ4 (§4.2). SiDa's L_D and L_adv
 * (§5) are in `SidaLoss.ts`, built from the reductions exported here.
 *
 * Gradient flow (§4.1): θ gets gradient through x_g directly and through x_t into the frozen teacher
 * y_φ and fake y_ψ; only w is stop-gradient. Callers compute L_θ inside `tf.variableGrads` with θ's
 * variables alone, so φ and ψ are differentiated w.r.t. their inputs but never updated.
 */
import { tf } from "./internal/tf.ts"
import { cfg, type Denoiser, type NoisyBatch } from "./internal/denoiser.ts"
import { fusedEpsRegression, fusedGeneratorTerms } from "./internal/nativeLoss.ts"

/** Identity whose gradient is zero: `sg(·)` of the spec, for w. */
export const stopGradient = <T extends tf.Tensor>(x: T): T => zeroGradIdentity(x) as T

const zeroGradIdentity = tf.customGrad((...args: Array<tf.Tensor | tf.GradSaveFunc>) => ({
  value: tf.clone(args[0] as tf.Tensor),
  gradFunc: (dy: tf.Tensor | Array<tf.Tensor>) => tf.zerosLike(dy as tf.Tensor)
}))

/**
 * 1 for rows whose every value is finite, else 0 ([B]); NaN samples are dropped (§3, §4.1). Read on the
 * host so the mask is a constant: it carries no gradient and puts no boolean op on the tape.
 */
export const finiteRows = (...xs: ReadonlyArray<tf.Tensor2D>): tf.Tensor1D => {
  const [rows, cols] = xs[0]!.shape
  const keep = new Float32Array(rows).fill(1)
  for (const x of xs) {
    const v = x.dataSync()
    for (let i = 0; i < rows; i++) {
      for (let j = 0; j < cols; j++) {
        if (!Number.isFinite(v[i * cols + j]!)) {
          keep[i] = 0
          break
        }
      }
    }
  }
  return tf.tensor1d(keep)
}

/** Mean over kept rows of per-row values; dropped rows contribute exactly 0 (NaN-safe via where). */
export const meanOverKept = (perRow: tf.Tensor1D, keep: tf.Tensor1D): tf.Scalar =>
  tf.tidy(() => {
    const safe = tf.where(tf.cast(keep, "bool"), perRow, tf.zerosLike(perRow))
    return tf.div(tf.sum(safe), tf.maximum(tf.sum(keep), 1)) as tf.Scalar
  })

/**
 * §3: L_ψ = (λ_ψ/B)·Σ_b Σ_el (ε̂_ψ^{κ1}(x_t, t, c) − ε)², for x_t built from detached x_g.
 * `noisy.c` already carries prompt dropout. Borrows inputs; caller disposes the scalar.
 */
export const fakeScoreLoss = (
  fake: Denoiser,
  noisy: NoisyBatch,
  eps: tf.Tensor2D,
  kappa1: number,
  lossScalingPsi: number
): tf.Scalar =>
  tf.tidy("loss.fakeScore", () => {
    const epsHat = cfg(fake, noisy, kappa1, "eps")
    return epsRegression(epsHat, eps, lossScalingPsi)
  })

/** §3's reduction: λ_ψ · mean over kept rows of Σ_el (ε̂ − ε)²; runs inside the caller's tidy. */
export const epsRegression = (epsHat: tf.Tensor2D, eps: tf.Tensor2D, lossScalingPsi: number): tf.Scalar => {
  const fused = fusedEpsRegression(epsHat, eps, lossScalingPsi)
  if (fused !== undefined) return fused // native: one addon call each way, no read-back for finiteRows
  const perRow = tf.sum(tf.square(tf.sub(epsHat, eps)), 1) as tf.Tensor1D
  return tf.mul(lossScalingPsi, meanOverKept(perRow, finiteRows(epsHat, eps))) as tf.Scalar
}

export interface GeneratorLossTerms {
  /** L_θ (scalar). */
  readonly loss: tf.Scalar
  /** Per-sample w (no gradient), for logging and for SiDa's L_adv. */
  readonly weight: tf.Tensor1D
}

export interface GeneratorLossOptions {
  readonly alpha: number
  readonly kappa2: number
  readonly kappa3: number
  readonly kappa4: number
  readonly weightFloor: number
  readonly lossScalingG: number
}

/**
 * §4.1, per sample: ℓ = w·[(1−α)‖y_φ − y_ψ²‖² + (y_φ − y_ψ²)ᵀ(y_ψ³ − x_g)], with y_ψ^κ the fake
 * network at CFG scale κ2 (inside the difference) or κ3 (beside x_g), y_φ the teacher at κ4, and
 * w = 1/max(mean|x_g − y_φ|, floor) without gradient. With κ2 = κ3 this is the code's form
 * w·Σ (y_φ − y_ψ) ⊙ [(y_φ − x_g) − α(y_φ − y_ψ)]. Borrows inputs; caller disposes both results.
 */
export const generatorLoss = (
  teacher: Denoiser,
  fake: Denoiser,
  xG: tf.Tensor2D,
  noisy: NoisyBatch,
  o: GeneratorLossOptions
): GeneratorLossTerms => {
  const [loss, weight] = tf.tidy("loss.generator", () => {
    const yReal = cfg(teacher, noisy, o.kappa4, "x0")
    const yFake2 = cfg(fake, noisy, o.kappa2, "x0")
    const yFake3 = o.kappa3 === o.kappa2 ? yFake2 : cfg(fake, noisy, o.kappa3, "x0")
    return sidGeneratorTerms(xG, yReal, yFake2, yFake3, o)
  })
  return { loss, weight }
}

/** §4.1 from the three predictions: [L_θ, w]; runs inside the caller's tidy. */
export const sidGeneratorTerms = (
  xG: tf.Tensor2D,
  yReal: tf.Tensor2D,
  yFake2: tf.Tensor2D,
  yFake3: tf.Tensor2D,
  o: GeneratorLossOptions
): [tf.Scalar, tf.Tensor1D] => {
  const fused = fusedGeneratorTerms(xG, yReal, yFake2, yFake3, o)
  if (fused !== undefined) return fused // native: one addon call each way, no read-back for finiteRows
  const w = stopGradient(
    tf.div(1, tf.maximum(tf.mean(tf.abs(tf.sub(xG, yReal)), 1), o.weightFloor)) as tf.Tensor1D
  )
  const diff = tf.sub(yReal, yFake2)
  const perRow = tf.mul(
    w,
    tf.add(tf.mul(1 - o.alpha, tf.sum(tf.square(diff), 1)), tf.sum(tf.mul(diff, tf.sub(yFake3, xG)), 1))
  ) as tf.Tensor1D
  const keep = finiteRows(xG, yReal, yFake2, yFake3)
  return [tf.mul(o.lossScalingG, meanOverKept(perRow, keep)) as tf.Scalar, w]
}
