/**
 * SiDa's losses (method.md §5.2), with f_ψ's own features as the discriminator (§5.1): the discriminator
 * loss L_D, the adversarial loss L_adv, and the two GAN-on objectives that take ε̂ or y_ψ and the logits
 * from one ψ pass. L_D is taken w.r.t. ψ alone (x_g detached), L_adv w.r.t. θ alone (through x_g), as
 * L_ψ and L_θ are (`Loss.ts`).
 */
import type { BceReduction, DWeight } from "../dsl/Hyperparams.ts"
import { tf } from "./internal/tf.ts"
import { cfg, cfgWithLogit, type Denoiser, type Discriminator, type NoisyBatch } from "./internal/denoiser.ts"
import { epsRegression, finiteRows, type GeneratorLossOptions, type GeneratorLossTerms, meanOverKept, sidGeneratorTerms } from "./Loss.ts"


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
