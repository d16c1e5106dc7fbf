/**
 * Stage "train": one SiD iteration (method.md §6.1): update the fake score f_ψ on detached
 * generator samples, then update the generator G_θ through its last chain step (or all steps for
 * `backpropAll`), with the frozen teacher and fake networks differentiated w.r.t. their inputs.
 *
 * SiDa (§5), when `adversarial.enabled`: f_ψ's own features are the discriminator; the f_ψ update adds
 * L_D on a paired real batch, the generator update adds L_adv after `ganStartImages`, and the generator's
 * optimiser step waits for `gFreezeImages` (§5.3). Real data comes in only through `realData` (§5.4).
 *
 * All randomness is keyed by (seed, iteration, purpose), so the iteration is a pure function of the
 * state it starts from (and of `realData`'s draws): a resumed run repeats an uninterrupted one exactly.
 */
import { tf } from "./internal/tf.ts"
import { resolveAdversarial, resolvePromptDropout, type CellConfig } from "../dsl/Hyperparams.ts"
import { isDiscriminator, mlpDenoiser, mlpDiscriminator, type Denoiser } from "./internal/denoiser.ts"
import { cloneMlp, disposeMlp, mlpVariables, type Mlp } from "./internal/mlp.ts"
import type { Streams } from "./internal/rng.ts"
import { diffuse, disposeNoisy, normalTensor, sampleTimesteps } from "./Diffuse.ts"
import { type ChainNoise, disposeChainNoise, drawChainNoise, drawSteps, generatorStep, lastStepInput, runChain, timeGrid } from "./Generate.ts"
import { fakeScoreLoss, generatorLoss } from "./Loss.ts"
import { adversarialLoss, fakeScoreDiscriminatorLoss, generatorLossWithLogit } from "./SidaLoss.ts"
import { type AdamOptions, descend, disposeAdam, emaBeta, emaUpdate, initAdam, type AdamState } from "./Update.ts"
import { initStepNorm, normaliseStepGradients, type StepNormState } from "./StepNormalisation.ts"

/** Everything that changes during training; a checkpoint saves exactly this. */
export interface TrainState {
  iteration: number
  imagesSeen: number
  /** Running cost counters: network passes summed over iterations, peak tensor bytes seen. */
  readonly cost: { passes: number; peakBytes: number }
  readonly fake: Mlp
  readonly gen: Mlp
  readonly genEma: Mlp | undefined
  readonly adamFake: AdamState
  readonly adamGen: AdamState
  /** §2.5 per-k gradient statistics; present only with loss.stepNormalisation "perStep". */
  readonly stepNorm: StepNormState | undefined
}

/** ψ ← copy(φ), θ ← copy(φ), optional θ_ema ← copy(θ) (§6.1 init). Borrows `init`. */
export const initTrainState = (init: Mlp, cfg: CellConfig): TrainState => {
  const fake = cloneMlp(init, "psi")
  const gen = cloneMlp(init, "theta")
  return {
    iteration: 0,
    imagesSeen: 0,
    cost: { passes: 0, peakBytes: 0 },
    fake,
    gen,
    genEma: cfg.optimizer.emaHalfLifeImages > 0 ? cloneMlp(init, "thetaEma", false) : undefined,
    adamFake: initAdam(mlpVariables(fake), cfg.optimizer.beta1),
    adamGen: initAdam(mlpVariables(gen), cfg.optimizer.beta1),
    stepNorm: cfg.loss.stepNormalisation === "perStep" ? initStepNorm(cfg.generator.numSteps) : undefined
  }
}

export const disposeTrainState = (s: TrainState): void => {
  disposeMlp(s.fake)
  disposeMlp(s.gen)
  if (s.genEma) disposeMlp(s.genEma)
  disposeAdam(s.adamFake)
  disposeAdam(s.adamGen)
}

/** The generator used for sampling: θ_ema when EMA is on, else θ. */
export const samplingGenerator = (s: TrainState): Mlp => s.genEma ?? s.gen

export interface IterationLog {
  readonly k: number
  /** L_ψ (§3). */
  readonly lossFake: number
  /** L_θ (§4.1), the SiD term alone also when SiDa mixes in L_adv. */
  readonly lossGen: number
  /** L_D (§5.2); 0 without the GAN. */
  readonly lossD: number
  /** L_adv (§5.2), computed (and logged) from the start even before it enters the objective; 0 without the GAN. */
  readonly lossAdv: number
}

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

const adamOptions = (cfg: CellConfig, lr: number): AdamOptions => ({
  lr,
  beta1: cfg.optimizer.beta1,
  beta2: cfg.optimizer.beta2,
  eps: cfg.optimizer.eps,
  weightDecay: cfg.optimizer.kind === "adamw" ? cfg.optimizer.weightDecay : 0,
  nanToNum: cfg.optimizer.gradNanToNum
})

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

/** §6.1 (A): update the fake score f_psi (and, with SiDa, the discriminator D = ψ). Returns L_ψ and L_D. */
export const fakeScoreUpdate = (
  state: TrainState,
  cfg: CellConfig,
  streams: Streams,
  classes: number,
  k: number,
  realData?: RealData
): { readonly lossFake: number; readonly lossD: number } => {
  const fakeVars = mlpVariables(state.fake)
  const f = fakeScoreObjective(state.fake, state.gen, cfg, streams, classes, k, realData)
  descend(fakeVars, f.objective, state.adamFake, adamOptions(cfg, cfg.optimizer.lrPsi))
  const terms = f.terms()
  f.dispose()
  return terms
}

/**
 * §6.1 (B): update the generator G_theta; ψ and φ frozen but differentiated w.r.t. their inputs. With
 * SiDa the prompts are a paired real batch's captions (its images are not used, §5.4), L_adv joins after
 * `ganStartImages`, and the optimiser step is skipped while imagesSeen ≤ `gFreezeImages` (§5.3).
 * With `loss.stepNormalisation: "perStep"` θ's gradient is divided by n_k first (§2.5).
 * Returns L_θ and L_adv (0 without the GAN).
 */
export const generatorUpdate = (
  teacher: Denoiser,
  state: TrainState,
  cfg: CellConfig,
  streams: Streams,
  k: number,
  realData?: RealData
): { readonly lossGen: number; readonly lossAdv: number } => {
  const sida = resolveAdversarial(cfg)
  const genVars = mlpVariables(state.gen)
  const prompts = sida ? realPrompts(realData, cfg.optimizer.batch, teacher.dim, streams.child("real")) : undefined
  const draw = drawGeneratorInputs(streams, cfg, teacher.dim, teacher.classes, k, prompts)
  const fake = sida ? mlpDiscriminator(state.fake, sida.discLayer) : mlpDenoiser(state.fake)
  const g = generatorObjective(teacher, fake, mlpDenoiser(state.gen), draw, k, cfg, state.imagesSeen)
  if (sida && state.imagesSeen <= sida.gFreezeImages) {
    // §5.3 warm-up: only f_ψ and D train; the losses are still evaluated for the log
    tf.tidy(() => void g.objective())
  } else {
    // §2.5: "none" hands Adam the very same tensors, so its path is unchanged
    const stepNorm = state.stepNorm
    const scale = stepNorm ? (grads: Array<tf.Tensor>) => normaliseStepGradients(stepNorm, k, grads, cfg.optimizer.gradNanToNum) : undefined
    descend(genVars, g.objective, state.adamGen, adamOptions(cfg, cfg.optimizer.lrTheta), scale)
  }
  const { lossTheta, lossAdv } = g.terms()
  g.dispose()
  disposeGeneratorDraw(draw)
  return { lossGen: lossTheta, lossAdv }
}

/** The captions of a paired real batch (§5.4); its x_real is dropped unused. */
const realPrompts = (realData: RealData | undefined, B: number, D: number, streams: Streams): Int32Array => {
  const real = drawReal(realData, B, D, streams)
  real.x.dispose()
  return real.c
}

/**
 * Forward passes of B rows in one iteration with k steps: chain steps plus every CFG branch (§1.1, §6.1).
 * SiDa: a ψ pass that also yields logits is the [∅; c] batch for every κ ≠ 1 (κ = 0 included, §5.1), and
 * the real batch's encoder-only pass in the f_ψ update counts as one pass.
 */
export const networkPasses = (cfg: CellConfig, k: number): number => {
  const branches = (kappa: number) => (kappa === 0 || kappa === 1 ? 1 : 2)
  const withLogit = (kappa: number) => (kappa === 1 ? 1 : 2)
  const sida = resolveAdversarial(cfg) !== undefined
  const { kappa1, kappa2, kappa3, kappa4 } = cfg.guidance
  const fake = k + (sida ? withLogit(kappa1) + 1 : branches(kappa1))
  const gen = k + branches(kappa4) + (sida ? withLogit(kappa2) : branches(kappa2)) + (kappa3 === kappa2 ? 0 : branches(kappa3))
  return fake + gen
}

/**
 * §6.1: one iteration (fake score first, then generator, then EMA); mutates `state`. `realData` is the
 * paired real data SiDa needs (§5.4); without the GAN it is never called.
 */
export const sidIteration = (
  teacher: Denoiser,
  state: TrainState,
  cfg: CellConfig,
  streams: Streams,
  realData?: RealData
): IterationLog => {
  const it = streams.child("train", state.iteration)
  // one k per iteration, shared by both updates (§2.4)
  const k = drawSteps(it.stream("k"), cfg.generator.numSteps, cfg.generator.stepMatching, cfg.generator.stepWeights)
  const { lossFake, lossD } = fakeScoreUpdate(state, cfg, it.child("fake"), teacher.classes, k, realData)
  const { lossGen, lossAdv } = generatorUpdate(teacher, state, cfg, it.child("gen"), k, realData)
  state.imagesSeen += cfg.optimizer.batch
  if (state.genEma) {
    const beta = emaBeta(cfg.optimizer.batch, state.imagesSeen, cfg.optimizer.emaHalfLifeImages, cfg.optimizer.emaRampup)
    emaUpdate(mlpVariables(state.genEma), mlpVariables(state.gen), beta)
  }
  state.cost.passes += networkPasses(cfg, k)
  state.iteration += 1
  return { k, lossFake, lossGen, lossD, lossAdv }
}
