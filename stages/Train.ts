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
import { disposeChainNoise, drawChainNoise, drawSteps, generatorStep, lastStepInput, runChain, timeGrid } from "./Generate.ts"
import { fakeScoreLoss, generatorLoss } from "./Loss.ts"
import { adamStep, disposeAdam, emaBeta, emaUpdate, initAdam, type AdamState } from "./Update.ts"

/** Everything that changes during training; a checkpoint saves exactly this. */
export interface TrainState {
  iteration: number
  imagesSeen: number
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

/** §6.1: one iteration; mutates `state`. Returns the step count and both losses. */
export const sidIteration = (teacher: Denoiser, state: TrainState, cfg: CellConfig, streams: Streams): IterationLog => {
  const { generator, guidance, loss, optimizer } = cfg
  const B = optimizer.batch
  const D = teacher.dim
  const C = teacher.classes
  const grid = timeGrid(generator.tInit, generator.numSteps)
  const it = streams.child("train", state.iteration)
  const fake = mlpDenoiser(state.fake)
  const gen = mlpDenoiser(state.gen)
  const fakeVars = mlpVariables(state.fake)
  const genVars = mlpVariables(state.gen)
  const adam = (lr: number) => ({
    lr,
    beta1: optimizer.beta1,
    beta2: optimizer.beta2,
    eps: optimizer.eps,
    weightDecay: optimizer.kind === "adamw" ? optimizer.weightDecay : 0,
    nanToNum: optimizer.gradNanToNum
  })
  // one k per iteration, shared by both updates (§2.4)
  const k = drawSteps(it.stream("k"), generator.numSteps, generator.stepMatching)

  // ---- (A) update fake score f_psi on x_g = sg(RUN_CHAIN(z, c, k)) ----
  const a = it.child("fake")
  const classes = a.stream("c").ints(B, 0, C)
  const dropout = resolvePromptDropout(guidance)
  const dropped = a.stream("dropout").uniforms(B)
  const cFake = tf.tensor1d(Int32Array.from(classes, (c, i) => (dropped[i]! < dropout ? C : c)), "int32")
  const cGen = tf.tensor1d(classes, "int32")
  const noiseA = drawChainNoise(a.stream("chain"), B, D, k, generator.noiseType)
  const chain = runChain(gen, noiseA, cGen, k, grid, generator.noiseType)
  const epsA = normalTensor(a.stream("eps"), B, D)
  const noisyA = diffuse(chain.xhat, epsA, sampleTimesteps(a.stream("t"), B, loss.tMin, loss.tMaxExclusive), cFake)
  const fakeStep = tf.variableGrads(() => fakeScoreLoss(fake, noisyA, epsA, guidance.kappa1, loss.lossScalingPsi), [...fakeVars])
  adamStep(fakeVars, fakeVars.map((v) => fakeStep.grads[v.name]!), state.adamFake, adam(optimizer.lrPsi))
  const lossFake = fakeStep.value.dataSync()[0]!
  tf.dispose([fakeStep.value, ...Object.values(fakeStep.grads), cFake, cGen, chain.xhat, chain.lastInput, epsA])
  disposeNoisy(noisyA)
  disposeChainNoise(noiseA)

  // ---- (B) update generator G_theta; psi and phi frozen, differentiated w.r.t. their inputs ----
  const b = it.child("gen")
  const c = tf.tensor1d(b.stream("c").ints(B, 0, C), "int32")
  const noiseB = drawChainNoise(b.stream("chain"), B, D, k, generator.noiseType)
  const backpropAll = generator.stepMatching === "backpropAll"
  // stop-gradient on steps 0..k-2 unless the legacy variant back-propagates through all of them
  const xIn = backpropAll ? undefined : lastStepInput(gen, noiseB, c, k, grid, generator.noiseType)
  const epsB = normalTensor(b.stream("eps"), B, D)
  const tB = sampleTimesteps(b.stream("t"), B, loss.tMin, loss.tMaxExclusive)
  const genStep = tf.variableGrads(() => {
    const xG = xIn ? generatorStep(gen, xIn, grid[k - 1]!, c) : runChain(gen, noiseB, c, k, grid, generator.noiseType).xhat
    const noisy = diffuse(xG, epsB, tB, c)
    const terms = generatorLoss(teacher, fake, xG, noisy, { ...guidance, ...loss })
    return terms.loss
  }, [...genVars])
  adamStep(genVars, genVars.map((v) => genStep.grads[v.name]!), state.adamGen, adam(optimizer.lrTheta))
  const lossGen = genStep.value.dataSync()[0]!
  tf.dispose([genStep.value, ...Object.values(genStep.grads), c, epsB, ...(xIn ? [xIn] : [])])
  disposeChainNoise(noiseB)

  state.imagesSeen += B
  if (state.genEma) {
    const beta = emaBeta(B, state.imagesSeen, optimizer.emaHalfLifeImages, optimizer.emaRampup)
    emaUpdate(mlpVariables(state.genEma), genVars, beta)
  }
  state.iteration += 1
  return { k, lossFake, lossGen }
}
