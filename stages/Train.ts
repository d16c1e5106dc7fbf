/**
 * Stage "train": one SiD iteration (sid-algorithm.md §6.1): update the fake score f_ψ on detached
 * generator samples, then update the generator G_θ through its last chain step (or all steps for
 * `backpropAll`), with the frozen teacher and fake networks differentiated w.r.t. their inputs.
 *
 * All randomness is keyed by (seed, iteration, purpose), so the iteration is a pure function of the
 * state it starts from: a resumed run repeats an uninterrupted one exactly.
 */
import { tf } from "./internal/tf.ts"
import { resolvePromptDropout, type CellConfig } from "../dsl/Hyperparams.ts"
import { mlpDenoiser, type Denoiser } from "./internal/denoiser.ts"
import { cloneMlp, disposeMlp, mlpVariables, type Mlp } from "./internal/mlp.ts"
import type { Streams } from "./internal/rng.ts"
import { diffuse, disposeNoisy, normalTensor, sampleTimesteps } from "./Diffuse.ts"
import { type ChainNoise, disposeChainNoise, drawChainNoise, drawSteps, generatorStep, lastStepInput, runChain, timeGrid } from "./Generate.ts"
import { fakeScoreLoss, generatorLoss } from "./Loss.ts"
import { adamStep, disposeAdam, emaBeta, emaUpdate, initAdam, type AdamState } from "./Update.ts"

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
    adamGen: initAdam(mlpVariables(gen), cfg.optimizer.beta1)
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
  readonly lossFake: number
  readonly lossGen: number
}

const adamOptions = (cfg: CellConfig, lr: number) => ({
  lr,
  beta1: cfg.optimizer.beta1,
  beta2: cfg.optimizer.beta2,
  eps: cfg.optimizer.eps,
  weightDecay: cfg.optimizer.kind === "adamw" ? cfg.optimizer.weightDecay : 0,
  nanToNum: cfg.optimizer.gradNanToNum
})

/** The random inputs of one generator update (§6.1 B): prompts, chain noise, t and ε. */
export interface GeneratorDraw {
  readonly c: tf.Tensor1D
  readonly noise: ChainNoise
  readonly t: Int32Array
  readonly eps: tf.Tensor2D
}

export const drawGeneratorInputs = (streams: Streams, cfg: CellConfig, dim: number, classes: number, k: number): GeneratorDraw => {
  const B = cfg.optimizer.batch
  return {
    c: tf.tensor1d(streams.stream("c").ints(B, 0, classes), "int32"),
    noise: drawChainNoise(streams.stream("chain"), B, dim, k, cfg.generator.noiseType),
    t: sampleTimesteps(streams.stream("t"), B, cfg.loss.tMin, cfg.loss.tMaxExclusive),
    eps: normalTensor(streams.stream("eps"), B, dim)
  }
}

export const disposeGeneratorDraw = (d: GeneratorDraw): void => {
  tf.dispose([d.c, d.eps])
  disposeChainNoise(d.noise)
}

/**
 * §2.4 + §4.1: the generator objective as a closure for `tf.variableGrads`. The chain prefix (steps
 * 0..k−2) is computed here, OUTSIDE the closure, so it is a constant: gradient reaches θ only through
 * the last step. `backpropAll` instead runs the whole chain inside the closure. The returned `dispose`
 * frees the prefix.
 */
export const generatorObjective = (
  teacher: Denoiser,
  fake: Denoiser,
  gen: Denoiser,
  draw: GeneratorDraw,
  k: number,
  cfg: CellConfig
): { objective: () => tf.Scalar; dispose: () => void } => {
  const { generator, guidance, loss } = cfg
  const grid = timeGrid(generator.tInit, generator.numSteps)
  const xIn = generator.stepMatching === "backpropAll"
    ? undefined
    : lastStepInput(gen, draw.noise, draw.c, k, grid, generator.noiseType)
  const objective = () => {
    const xG = xIn
      ? generatorStep(gen, xIn, grid[k - 1]!, draw.c)
      : runChain(gen, draw.noise, draw.c, k, grid, generator.noiseType).xhat
    const noisy = diffuse(xG, draw.eps, draw.t, draw.c)
    return generatorLoss(teacher, fake, xG, noisy, { ...guidance, ...loss }).loss
  }
  return { objective, dispose: () => xIn?.dispose() }
}

/** §6.1 (A): update the fake score f_psi on x_g = sg(RUN_CHAIN(z, c, k)). Returns L_ψ. */
export const fakeScoreUpdate = (state: TrainState, cfg: CellConfig, streams: Streams, classes: number, k: number): number => {
  const { generator, guidance, loss, optimizer } = cfg
  const B = optimizer.batch
  const D = state.gen.shape.dim
  const grid = timeGrid(generator.tInit, generator.numSteps)
  const fakeVars = mlpVariables(state.fake)
  const prompts = streams.stream("c").ints(B, 0, classes)
  const dropout = resolvePromptDropout(guidance)
  const dropped = streams.stream("dropout").uniforms(B)
  const cFake = tf.tensor1d(Int32Array.from(prompts, (c, i) => (dropped[i]! < dropout ? classes : c)), "int32")
  const cGen = tf.tensor1d(prompts, "int32")
  const noise = drawChainNoise(streams.stream("chain"), B, D, k, generator.noiseType)
  const chain = runChain(mlpDenoiser(state.gen), noise, cGen, k, grid, generator.noiseType)
  const eps = normalTensor(streams.stream("eps"), B, D)
  const noisy = diffuse(chain.xhat, eps, sampleTimesteps(streams.stream("t"), B, loss.tMin, loss.tMaxExclusive), cFake)
  const fake = mlpDenoiser(state.fake)
  const step = tf.variableGrads(() => fakeScoreLoss(fake, noisy, eps, guidance.kappa1, loss.lossScalingPsi), [...fakeVars])
  adamStep(fakeVars, fakeVars.map((v) => step.grads[v.name]!), state.adamFake, adamOptions(cfg, optimizer.lrPsi))
  const value = step.value.dataSync()[0]!
  tf.dispose([step.value, ...Object.values(step.grads), cFake, cGen, chain.xhat, chain.lastInput, eps])
  disposeNoisy(noisy)
  disposeChainNoise(noise)
  return value
}

/** §6.1 (B): update the generator G_theta; ψ and φ frozen but differentiated w.r.t. their inputs. Returns L_θ. */
export const generatorUpdate = (teacher: Denoiser, state: TrainState, cfg: CellConfig, streams: Streams, k: number): number => {
  const genVars = mlpVariables(state.gen)
  const draw = drawGeneratorInputs(streams, cfg, teacher.dim, teacher.classes, k)
  const { objective, dispose } = generatorObjective(teacher, mlpDenoiser(state.fake), mlpDenoiser(state.gen), draw, k, cfg)
  const step = tf.variableGrads(objective, [...genVars])
  adamStep(genVars, genVars.map((v) => step.grads[v.name]!), state.adamGen, adamOptions(cfg, cfg.optimizer.lrTheta))
  const value = step.value.dataSync()[0]!
  tf.dispose([step.value, ...Object.values(step.grads)])
  dispose()
  disposeGeneratorDraw(draw)
  return value
}

/** Forward passes of B rows in one iteration with k steps: chain steps plus every CFG branch (§1.1, §6.1). */
export const networkPasses = (cfg: CellConfig, k: number): number => {
  const branches = (kappa: number) => (kappa === 0 || kappa === 1 ? 1 : 2)
  const { kappa1, kappa2, kappa3, kappa4 } = cfg.guidance
  const fake = k + branches(kappa1)
  const gen = k + branches(kappa4) + branches(kappa2) + (kappa3 === kappa2 ? 0 : branches(kappa3))
  return fake + gen
}

/** §6.1: one iteration (fake score first, then generator, then EMA); mutates `state`. */
export const sidIteration = (teacher: Denoiser, state: TrainState, cfg: CellConfig, streams: Streams): IterationLog => {
  const it = streams.child("train", state.iteration)
  // one k per iteration, shared by both updates (§2.4)
  const k = drawSteps(it.stream("k"), cfg.generator.numSteps, cfg.generator.stepMatching)
  const lossFake = fakeScoreUpdate(state, cfg, it.child("fake"), teacher.classes, k)
  const lossGen = generatorUpdate(teacher, state, cfg, it.child("gen"), k)
  state.imagesSeen += cfg.optimizer.batch
  if (state.genEma) {
    const beta = emaBeta(cfg.optimizer.batch, state.imagesSeen, cfg.optimizer.emaHalfLifeImages, cfg.optimizer.emaRampup)
    emaUpdate(mlpVariables(state.genEma), mlpVariables(state.gen), beta)
  }
  state.cost.passes += networkPasses(cfg, k)
  state.iteration += 1
  return { k, lossFake, lossGen }
}
