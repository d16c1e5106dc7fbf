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
 * The objectives themselves (and their random inputs) are in `Objectives.ts`; this file steps on them.
 */
import { tf } from "./internal/tf.ts"
import { resolveAdversarial, type CellConfig } from "../dsl/Hyperparams.ts"
import { mlpDenoiser, mlpDiscriminator, type Denoiser } from "./internal/denoiser.ts"
import { cloneMlp, disposeMlp, mlpVariables, type Mlp } from "./internal/mlp.ts"
import type { Streams } from "./internal/rng.ts"
import { drawSteps } from "./Generate.ts"
import { disposeGeneratorDraw, drawGeneratorInputs, fakeScoreObjective, generatorObjective, type RealData, realPrompts } from "./Objectives.ts"
import { type AdamOptions, descend, disposeAdam, emaBeta, emaUpdate, initAdam, type AdamState } from "./Update.ts"
import { initStepNorm, normaliseStepGradients, type StepNormState } from "./StepNormalisation.ts"

export {
  disposeGeneratorDraw,
  drawGeneratorInputs,
  fakeScoreObjective,
  type FakeScoreObjective,
  type GeneratorDraw,
  generatorObjective,
  type GeneratorObjective,
  type RealBatch,
  type RealData
} from "./Objectives.ts"

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

const adamOptions = (cfg: CellConfig, lr: number): AdamOptions => ({
  lr,
  beta1: cfg.optimizer.beta1,
  beta2: cfg.optimizer.beta2,
  eps: cfg.optimizer.eps,
  weightDecay: cfg.optimizer.kind === "adamw" ? cfg.optimizer.weightDecay : 0,
  nanToNum: cfg.optimizer.gradNanToNum
})

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
