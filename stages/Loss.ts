/**
 * Stage "loss": the fake-score loss L_ψ (method.md §3) and the generator loss L_θ (§4.1) with
 * α, the per-sample normaliser w computed without gradient, and κ1..κ4 (§4.2); SiDa's discriminator
 * loss L_D and adversarial loss L_adv (§5.2), with f_ψ's own features as the discriminator (§5.1).
 *
 * Gradient flow (§4.1): θ gets gradient through x_g directly and through x_t into the frozen teacher
 * y_φ and fake y_ψ; only w is stop-gradient. Callers compute L_θ inside `tf.variableGrads` with θ's
 * variables alone, so φ and ψ are differentiated w.r.t. their inputs but never updated. L_D is taken
 * w.r.t. ψ alone (x_g detached), L_adv w.r.t. θ alone (through x_g), as L_ψ and L_θ are.
 */
import type { BceReduction, DWeight } from "../dsl/Hyperparams.ts"
import { tf } from "./internal/tf.ts"
import { cfg, cfgWithLogit, type Denoiser, type Discriminator, type NoisyBatch } from "./internal/denoiser.ts"

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
const meanOverKept = (perRow: tf.Tensor1D, keep: tf.Tensor1D): tf.Scalar =>
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
const epsRegression = (epsHat: tf.Tensor2D, eps: tf.Tensor2D, lossScalingPsi: number): tf.Scalar => {
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
const sidGeneratorTerms = (
  xG: tf.Tensor2D,
  yReal: tf.Tensor2D,
  yFake2: tf.Tensor2D,
  yFake3: tf.Tensor2D,
  o: GeneratorLossOptions
): [tf.Scalar, tf.Tensor1D] => {
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

/** The authors' code form for κ2 = κ3 (S1 `sid_training_loop.py`): w·Σ (y_φ − y_ψ) ⊙ [(y_φ − x_g) − α(y_φ − y_ψ)]. */
export const generatorLossCodeForm = (
  yReal: tf.Tensor2D,
  yFake: tf.Tensor2D,
  xG: tf.Tensor2D,
  w: tf.Tensor1D,
  alpha: number
): tf.Tensor1D =>
  tf.tidy(() => {
    const diff = tf.sub(yReal, yFake)
    return tf.mul(w, tf.sum(tf.mul(diff, tf.sub(tf.sub(yReal, xG), tf.mul(alpha, diff))), 1)) as tf.Tensor1D
  })

/** The α = 1 short form w·(y_φ − y_ψ)ᵀ(y_ψ − x_g) that the code switches to at α = 1. */
export const generatorLossShortForm = (
  yReal: tf.Tensor2D,
  yFake: tf.Tensor2D,
  xG: tf.Tensor2D,
  w: tf.Tensor1D
): tf.Tensor1D =>
  tf.tidy(() => tf.mul(w, tf.sum(tf.mul(tf.sub(yReal, yFake), tf.sub(yFake, xG)), 1)) as tf.Tensor1D)

// ---------------------------------------------------------------------------------------------------
// SiDa (§5)

/** §5.2: logits are clamped to [−LOGIT_CLAMP, LOGIT_CLAMP] before every BCE (S2, S3). */
export const LOGIT_CLAMP = 10

/**
 * §5.2: BCE(ℓ, y) with logits, per element, on ℓ clamped to [−10, 10]: max(ℓ, 0) − ℓ·y + log(1 + e^{−|ℓ|})
 * (torch's BCEWithLogitsLoss; clamping zeroes the gradient outside the range, as torch.clamp does).
 * Borrows inputs; caller disposes the result.
 */
export const bceWithLogits = (logit: tf.Tensor1D, label: 0 | 1): tf.Tensor1D =>
  tf.tidy("loss.bce", () => {
    const l = tf.clipByValue(logit, -LOGIT_CLAMP, LOGIT_CLAMP)
    const linear = label === 1 ? tf.neg(l) : tf.zerosLike(l)
    return tf.add(tf.add(tf.relu(l), linear), tf.log1p(tf.exp(tf.neg(tf.abs(l))))) as tf.Tensor1D
  })

/** §5.2 γ_t per row: 1, or 4 + SNR_t with SNR_t = a_t²/s_t² (SiDA-EDM's λ(σ)). Caller disposes. */
export const discriminatorWeight = (noisy: NoisyBatch, dWeight: DWeight): tf.Tensor1D =>
  tf.tidy(() =>
    dWeight === "one"
      ? tf.onesLike(noisy.a)
      : (tf.add(4, tf.div(tf.square(noisy.a), tf.square(noisy.s))) as tf.Tensor1D)
  )

/**
 * §5.2 reduction of per-sample BCE values (one logit per sample here, so "mean over the logit elements"
 * of S2 is the value itself): `perSample` keeps them; `perDeviceBatch` replaces every sample's value by
 * the mean over the kept rows of the batch (SiDA-EDM). Runs inside the caller's tidy.
 */
const reduceBce = (bce: tf.Tensor1D, keep: tf.Tensor1D, reduction: BceReduction): tf.Tensor1D =>
  reduction === "perSample" ? bce : (tf.mul(tf.onesLike(bce), meanOverKept(bce, keep)) as tf.Tensor1D)

export interface DiscriminatorLossOptions {
  /** λ_D. */
  readonly lossScalingD: number
  readonly dWeight: DWeight
  readonly bceReduction: BceReduction
}

/**
 * §5.2: L_D = (λ_D/B)·Σ_b γ_b·N_lat·½[BCE(ℓ_real,b, 1) + BCE(ℓ_fake,b, 0)] with `perSample` (S2);
 * `perDeviceBatch` (SiDA-EDM) averages each BCE over the batch first and has no N_lat factor. N_lat is
 * the data dimension D, read from `nLat`. Rows whose logits are not finite are dropped (the /B is over
 * kept rows, as in L_ψ). `gamma` carries no gradient. Borrows inputs; caller disposes the scalar.
 */
export const discriminatorLoss = (
  logitReal: tf.Tensor1D,
  logitFake: tf.Tensor1D,
  gamma: tf.Tensor1D,
  nLat: number,
  o: DiscriminatorLossOptions
): tf.Scalar =>
  tf.tidy("loss.discriminator", () => {
    const keep = finiteRows(tf.expandDims(logitReal, 1) as tf.Tensor2D, tf.expandDims(logitFake, 1) as tf.Tensor2D)
    const real = reduceBce(bceWithLogits(logitReal, 1), keep, o.bceReduction)
    const fake = reduceBce(bceWithLogits(logitFake, 0), keep, o.bceReduction)
    const scale = o.bceReduction === "perSample" ? nLat : 1
    const perRow = tf.mul(tf.mul(gamma, scale), tf.mul(0.5, tf.add(real, fake))) as tf.Tensor1D
    return tf.mul(o.lossScalingD, meanOverKept(perRow, keep)) as tf.Scalar
  })

export interface AdversarialLossOptions {
  /** λ_adv. */
  readonly lossScalingGan: number
  readonly bceReduction: BceReduction
}

/**
 * §5.2: L_adv = (λ_adv/B)·Σ_b w_b·N_lat·BCE(ℓ_gen,b, 1), w_b the SiD per-sample weight of §4.1 (already
 * stop-gradient); `perDeviceBatch` averages the BCE over the batch first (SiDA-EDM keeps N_lat here).
 * Borrows inputs; caller disposes the scalar.
 */
export const adversarialLoss = (
  logitGen: tf.Tensor1D,
  w: tf.Tensor1D,
  nLat: number,
  o: AdversarialLossOptions
): tf.Scalar =>
  tf.tidy("loss.adversarial", () => {
    const keep = finiteRows(tf.expandDims(logitGen, 1) as tf.Tensor2D, tf.expandDims(w, 1) as tf.Tensor2D)
    const bce = reduceBce(bceWithLogits(logitGen, 1), keep, o.bceReduction)
    const perRow = tf.mul(tf.mul(w, nLat), bce) as tf.Tensor1D
    return tf.mul(o.lossScalingGan, meanOverKept(perRow, keep)) as tf.Scalar
  })

/** L_ψ and L_D of one f_ψ update (§5.2); the update's objective is their sum. */
export interface FakeScoreDiscriminatorTerms {
  readonly lossPsi: tf.Scalar
  readonly lossD: tf.Scalar
}

/**
 * §5.2, the f_ψ-update objective with the GAN on: L_ψ (§3) on `noisy` (x_t^fake = a_t·sg(x_g) + s_t·ε),
 * with ℓ_fake from the SAME ψ pass (scale κ1, conditional logits) that gives ε̂; ℓ_real from an encoder
 * pass on `noisyReal` (x_t^real = a_t·x_real + s_t·ε, same t and ε). x_real enters L_D only.
 * Borrows inputs; caller disposes both scalars.
 */
export const fakeScoreDiscriminatorLoss = (
  fake: Discriminator,
  noisy: NoisyBatch,
  noisyReal: NoisyBatch,
  eps: tf.Tensor2D,
  kappa1: number,
  lossScalingPsi: number,
  o: DiscriminatorLossOptions
): FakeScoreDiscriminatorTerms => {
  const [lossPsi, lossD] = tf.tidy("loss.fakeScoreDiscriminator", () => {
    const { out: epsHat, logit: logitFake } = cfgWithLogit(fake, noisy, kappa1, "eps")
    const logitReal = fake.logit(noisyReal)
    const gamma = discriminatorWeight(noisy, o.dWeight)
    return [epsRegression(epsHat, eps, lossScalingPsi), discriminatorLoss(logitReal, logitFake, gamma, eps.shape[1], o)]
  })
  return { lossPsi, lossD }
}

export interface GeneratorAdversarialTerms extends GeneratorLossTerms {
  /** ℓ_gen [B], the conditional logits of the ψ pass (scale κ2) that gave y_ψ in L_θ. */
  readonly logit: tf.Tensor1D
}

/**
 * §4.1 + §5.2: L_θ exactly as `generatorLoss`, with y_ψ (scale κ2) and ℓ_gen taken from one ψ pass.
 * Borrows inputs; caller disposes every result.
 */
export const generatorLossWithLogit = (
  teacher: Denoiser,
  fake: Discriminator,
  xG: tf.Tensor2D,
  noisy: NoisyBatch,
  o: GeneratorLossOptions
): GeneratorAdversarialTerms => {
  const [loss, weight, logit] = tf.tidy("loss.generatorWithLogit", () => {
    const yReal = cfg(teacher, noisy, o.kappa4, "x0")
    const { out: yFake2, logit } = cfgWithLogit(fake, noisy, o.kappa2, "x0")
    const yFake3 = o.kappa3 === o.kappa2 ? yFake2 : cfg(fake, noisy, o.kappa3, "x0")
    return [...sidGeneratorTerms(xG, yReal, yFake2, yFake3, o), logit] as const
  })
  return { loss, weight, logit }
}
