/**
 * The two objectives of one SiD iteration (method.md §6.1) as closures for `tf.variableGrads`: f_ψ's
 * (A: L_ψ, plus L_D with SiDa) on detached generator samples, and G_θ's (B: L_θ through the last chain
 * step, plus L_adv with SiDa), with their random inputs and the paired real data SiDa reads (§5.4).
 * `Train.ts` takes the optimiser steps.
 */
import { tf } from "./internal/tf.ts"
import { resolveAdversarial, resolvePromptDropout, type CellConfig } from "../dsl/Hyperparams.ts"
import { isDiscriminator, mlpDenoiser, mlpDiscriminator, type Denoiser } from "./internal/denoiser.ts"
import type { Mlp } from "./internal/mlp.ts"
import type { Streams } from "./internal/rng.ts"
import { diffuse, disposeNoisy, normalTensor, sampleTimesteps } from "./Diffuse.ts"
import { type ChainNoise, disposeChainNoise, drawChainNoise, generatorStep, lastStepInput, runChain, timeGrid } from "./Generate.ts"
import { fakeScoreLoss, generatorLoss } from "./Loss.ts"
import { adversarialLoss, fakeScoreDiscriminatorLoss, generatorLossWithLogit } from "./SidaLoss.ts"

/** A paired real batch (§5.4): x_real [B, D] and its prompts c_real (class ids in 0..C−1). */
export interface RealBatch {
  readonly x: tf.Tensor2D
  readonly c: Int32Array
}

/**
 * §5.4: the source of paired real data, the only way real data enters training (through L_D). Draws
 * `batch` pairs from `streams`; the caller disposes `x`.
 */
export type RealData = (batch: number, streams: Streams) => RealBatch

/** Draws a real batch and checks its shape against the cell. */
const drawReal = (realData: RealData | undefined, B: number, D: number, streams: Streams): RealBatch => {
  if (realData === undefined) {
    throw new Error("adversarial.enabled: SiDa needs paired real data (§5.4), but none was given (the `realData` argument of sidIteration)")
  }
  const real = realData(B, streams)
  if (real.x.shape[0] !== B || real.x.shape[1] !== D || real.c.length !== B) {
    real.x.dispose()
    throw new Error(`real data: expected x [${B}, ${D}] and ${B} prompts, got x [${real.x.shape.join(", ")}] and ${real.c.length} prompts`)
  }
  return real
}

/**
 * The loss terms of an objective's last evaluation, kept past the gradient tape for the log: `keep`
 * replaces them with copies, `read(i, absent)` reads term i, `dispose` frees them.
 */
const lastTerms = () => {
  let kept: ReadonlyArray<tf.Scalar> = []
  return {
    keep: (...terms: ReadonlyArray<tf.Scalar>): void => {
      tf.dispose(kept as Array<tf.Scalar>)
      kept = terms.map((x) => tf.keep(tf.clone(x)))
    },
    read: (i: number, absent: number): number => kept[i]?.dataSync()[0] ?? absent,
    dispose: (): void => tf.dispose(kept as Array<tf.Scalar>)
  }
}

/** The random inputs of one generator update (§6.1 B): prompts, chain noise, t and ε. */
export interface GeneratorDraw {
  readonly c: tf.Tensor1D
  readonly noise: ChainNoise
  readonly t: Int32Array
  readonly eps: tf.Tensor2D
}

/** `prompts`, when given, replace the drawn prompts (SiDa: the real pairs' captions, §5.4). */
export const drawGeneratorInputs = (
  streams: Streams,
  cfg: CellConfig,
  dim: number,
  classes: number,
  k: number,
  prompts?: Int32Array
): GeneratorDraw => {
  const B = cfg.optimizer.batch
  return {
    c: tf.tensor1d(prompts ?? streams.stream("c").ints(B, 0, classes), "int32"),
    noise: drawChainNoise(streams.stream("chain"), B, dim, k, cfg.generator.noiseType),
    t: sampleTimesteps(streams.stream("t"), B, cfg.loss.tMin, cfg.loss.tMaxExclusive),
    eps: normalTensor(streams.stream("eps"), B, dim)
  }
}

export const disposeGeneratorDraw = (d: GeneratorDraw): void => {
  tf.dispose([d.c, d.eps])
  disposeChainNoise(d.noise)
}

/** The generator objective of one update and the terms its last evaluation saw. */
export interface GeneratorObjective {
  readonly objective: () => tf.Scalar
  /** L_θ and L_adv of the last `objective()` call (L_adv 0 without the GAN). */
  readonly terms: () => { readonly lossTheta: number; readonly lossAdv: number }
  /** Frees the chain prefix and the kept terms. */
  readonly dispose: () => void
}

/**
 * §2.4 + §4.1: the generator objective as a closure for `tf.variableGrads`. The chain prefix (steps
 * 0..k−2) is computed here, OUTSIDE the closure, so it is a constant: gradient reaches θ only through
 * the last step. `backpropAll` instead runs the whole chain inside the closure. The returned `dispose`
 * frees the prefix and the kept terms.
 *
 * SiDa (§5.2): with the GAN on, `fake` must be a Discriminator; ℓ_gen comes from the ψ pass that gives
 * y_ψ, and the objective is L_θ while `imagesSeen` ≤ ganStartImages, else ganMix·L_θ + (1 − ganMix)·L_adv.
 */
export const generatorObjective = (
  teacher: Denoiser,
  fake: Denoiser,
  gen: Denoiser,
  draw: GeneratorDraw,
  k: number,
  cfg: CellConfig,
  imagesSeen = 0
): GeneratorObjective => {
  const { generator, guidance, loss } = cfg
  const sida = resolveAdversarial(cfg)
  if (sida && !isDiscriminator(fake)) throw new Error("adversarial.enabled: the fake network must be read as a Discriminator (§5.1)")
  const grid = timeGrid(generator.tInit, generator.numSteps)
  const xIn = generator.stepMatching === "backpropAll"
    ? undefined
    : lastStepInput(gen, draw.noise, draw.c, k, grid, generator.noiseType)
  const last = lastTerms()
  const objective = () => {
    const xG = xIn
      ? generatorStep(gen, xIn, grid[k - 1]!, draw.c)
      : runChain(gen, draw.noise, draw.c, k, grid, generator.noiseType).xhat
    const noisy = diffuse(xG, draw.eps, draw.t, draw.c)
    if (!sida || !isDiscriminator(fake)) {
      const lossTheta = generatorLoss(teacher, fake, xG, noisy, { ...guidance, ...loss }).loss
      last.keep(lossTheta)
      return lossTheta
    }
    // SiDa: L_adv from the ψ pass that produced y_ψ (§5.2)
    const terms = generatorLossWithLogit(teacher, fake, xG, noisy, { ...guidance, ...loss })
    const lossAdv = adversarialLoss(terms.logit, terms.weight, xG.shape[1], sida)
    last.keep(terms.loss, lossAdv)
    return imagesSeen > sida.ganStartImages
      ? (tf.add(tf.mul(sida.ganMix, terms.loss), tf.mul(1 - sida.ganMix, lossAdv)) as tf.Scalar)
      : terms.loss
  }
  return {
    objective,
    terms: () => ({ lossTheta: last.read(0, NaN), lossAdv: last.read(1, 0) }),
    dispose: () => {
      if (xIn) xIn.dispose()
      last.dispose()
    }
  }
}

/** The f_ψ objective of one update and the terms its last evaluation saw. */
export interface FakeScoreObjective {
  readonly objective: () => tf.Scalar
  /** L_ψ and L_D of the last `objective()` call (L_D 0 without the GAN). */
  readonly terms: () => { readonly lossFake: number; readonly lossD: number }
  /** Frees the update's inputs (detached x_g, noise, real batch) and the kept terms. */
  readonly dispose: () => void
}

/**
 * §6.1 (A) as a closure for `tf.variableGrads` over ψ's variables. x_g = sg(RUN_CHAIN(z, c, k)) is
 * computed here, OUTSIDE the closure, so neither L_ψ nor L_D can reach θ. With SiDa (§5.2) the objective
 * is L_ψ + L_D on a paired real batch whose prompts are also the generator's prompts of this update.
 */
export const fakeScoreObjective = (
  fakeNet: Mlp,
  genNet: Mlp,
  cfg: CellConfig,
  streams: Streams,
  classes: number,
  k: number,
  realData?: RealData
): FakeScoreObjective => {
  const { generator, guidance, loss, optimizer } = cfg
  const sida = resolveAdversarial(cfg)
  const B = optimizer.batch
  const D = genNet.shape.dim
  const grid = timeGrid(generator.tInit, generator.numSteps)
  const real = sida ? drawReal(realData, B, D, streams.child("real")) : undefined
  const prompts = real ? real.c : streams.stream("c").ints(B, 0, classes)
  const dropout = resolvePromptDropout(guidance)
  const dropped = streams.stream("dropout").uniforms(B)
  // with SiDa the real pass reuses these prompts, dropout mask included (S2 drops real captions alike)
  const cFake = tf.tensor1d(Int32Array.from(prompts, (c, i) => (dropped[i]! < dropout ? classes : c)), "int32")
  const cGen = tf.tensor1d(prompts, "int32")
  const noise = drawChainNoise(streams.stream("chain"), B, D, k, generator.noiseType)
  const chain = runChain(mlpDenoiser(genNet), noise, cGen, k, grid, generator.noiseType)
  const eps = normalTensor(streams.stream("eps"), B, D)
  const t = sampleTimesteps(streams.stream("t"), B, loss.tMin, loss.tMaxExclusive)
  const noisy = diffuse(chain.xhat, eps, t, cFake)
  // x_t^real = a_t·x_real + s_t·ε with the SAME t and ε as the fake sample (§5.2)
  const noisyReal = real ? diffuse(real.x, eps, t, cFake) : undefined
  const last = lastTerms()
  const objective = () => {
    if (!sida || !noisyReal) {
      const lossPsi = fakeScoreLoss(mlpDenoiser(fakeNet), noisy, eps, guidance.kappa1, loss.lossScalingPsi)
      last.keep(lossPsi)
      return lossPsi
    }
    // ψ objective = L_ψ + L_D: one backward pass, one Adam step (§5.2)
    const disc = mlpDiscriminator(fakeNet, sida.discLayer)
    const terms = fakeScoreDiscriminatorLoss(disc, noisy, noisyReal, eps, guidance.kappa1, loss.lossScalingPsi, sida)
    last.keep(terms.lossPsi, terms.lossD)
    return tf.add(terms.lossPsi, terms.lossD) as tf.Scalar
  }
  return {
    objective,
    terms: () => ({ lossFake: last.read(0, NaN), lossD: last.read(1, 0) }),
    dispose: () => {
      last.dispose()
      tf.dispose([cFake, cGen, chain.xhat, chain.lastInput, eps, ...(real ? [real.x] : [])])
      disposeNoisy(noisy)
      if (noisyReal) disposeNoisy(noisyReal)
      disposeChainNoise(noise)
    }
  }
}

/** The captions of a paired real batch (§5.4); its x_real is dropped unused. */
export const realPrompts = (realData: RealData | undefined, B: number, D: number, streams: Streams): Int32Array => {
  const real = drawReal(realData, B, D, streams)
  real.x.dispose()
  return real.c
}
