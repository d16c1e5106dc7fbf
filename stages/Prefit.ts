/**
 * Stage "prefit": a short denoising regression that makes an `mlp` a copy of an analytic teacher, so
 * that ψ and θ can start as "copies of the teacher" (method.md §2.1, §3) when φ is the exact
 * `gmm` teacher and has no weights to copy. The regression target is the teacher's own ε̂ on noisy
 * samples of the teacher's distribution, with a share of rows on the null prompt so CFG works too.
 */
import { tf } from "./internal/tf.ts"
import { Effect, Schema } from "effect"
import { gmmTeacher, type CellConfig, type Network, type Prefit } from "../dsl/Hyperparams.ts"
import { type Denoiser, gmmDenoiser, mlpDenoiser } from "./internal/denoiser.ts"
import { disposeMlp, initMlp, mlpToArrays, mlpVariables, type Mlp } from "./internal/mlp.ts"
import { disposeMixtureTensors, mixtureTensors, sampleMixture, teacherMixture, type Mixture } from "./internal/gmm.ts"
import type { Streams } from "./internal/rng.ts"
import { fitAdam, type FitProgress } from "./internal/dense.ts"
import { diffuse, normalTensor, sampleTimesteps } from "./Diffuse.ts"
import { Progress } from "./Progress.ts"
import { Rng } from "./Rng.ts"

export type PrefitProgress = FitProgress

/**
 * Trains a fresh `mlp` to the teacher's ε̂ (ε-MSE = SNR-weighted x0 regression, §3). Linear learning-rate
 * decay to 0. Returns the trained network (caller disposes) and its final regression loss.
 */
export const prefitMlp = (
  teacher: Denoiser,
  modelled: Mixture,
  network: Network,
  cfg: Prefit,
  streams: Streams,
  onProgress?: (p: PrefitProgress) => void
): { net: Mlp; loss: number } => {
  const D = teacher.dim
  const C = teacher.classes
  const net = initMlp({ dim: D, classes: C, ...network }, streams, "phi")
  const den = mlpDenoiser(net)
  // one minibatch: the teacher's ε̂ on noisy samples (no gradient reaches it: it depends on no variable)
  const lossAt = (i: number): tf.Scalar => {
    const s = streams.child("prefit", i)
    const classes = s.stream("c").ints(cfg.batch, 0, C)
    const drop = s.stream("null").uniforms(cfg.batch)
    const x0 = tf.tensor2d(sampleMixture(modelled, classes, s, "x0"), [cfg.batch, D])
    const prompts = tf.tensor1d(Int32Array.from(classes, (c, j) => (drop[j]! < cfg.nullPromptShare ? C : c)), "int32")
    const eps = normalTensor(s.stream("eps"), cfg.batch, D)
    const noisy = diffuse(x0, eps, sampleTimesteps(s.stream("t"), cfg.batch, 1, 1000), prompts)
    const target = teacher.eps(noisy)
    return tf.mean(tf.sum(tf.square(tf.sub(den.eps(noisy), target)), 1)) as tf.Scalar
  }
  const diverged = (loss: number, iteration: number) =>
    loss <= cfg.maxLoss ? undefined : new PrefitDiverged({ iteration, loss, maxLoss: cfg.maxLoss })
  try {
    return { net, loss: fitAdam(mlpVariables(net), cfg, lossAt, onProgress, { check: 10, report: 50, diverged }) }
  } catch (e) {
    disposeMlp(net)
    throw e
  }
}

/**
 * What prefit needs of a teacher: its denoiser and the mixture it models (a LoadedGmmTeacher fits). Not
 * that type itself: importing stages/TeacherLoad.ts would put the training loop and the losses into
 * the prefit cells' code closure, so editing the loss would re-key them.
 */
export interface PrefitTeacher {
  readonly denoiser: Denoiser
  readonly modelled: Mixture
}

/**
 * The analytic teacher as prefit needs it, scoped (its tensors are freed with the scope). Built here from
 * the mixture code alone, so a prefit cell's code closure holds no evaluation or image code.
 */
export const acquirePrefitTeacher = (cfg: CellConfig) =>
  Effect.acquireRelease(
    Effect.sync(() => {
      const modelled = teacherMixture(gmmTeacher(cfg.teacher))
      const tensors = mixtureTensors(modelled)
      return { denoiser: gmmDenoiser(tensors), modelled, dispose: () => disposeMixtureTensors(tensors) }
    }),
    (t) => Effect.sync(() => t.dispose())
  )

/** Prefit stage as an Effect: the weights of an `mlp` copy of the teacher (ψ and θ start from them). */
export const prefit = Effect.fn("Prefit.run")(function*(cfg: CellConfig, teacher: PrefitTeacher) {
  const { streams } = yield* Rng
  const progress = yield* Progress
  const bar = progress.start("prefit", cfg.prefit.iterations)
  const { net, loss } = yield* Effect.suspend(() => {
    try {
      return Effect.succeed(prefitMlp(teacher.denoiser, teacher.modelled, cfg.network, cfg.prefit, streams, (p) => bar.update(p.iteration, { loss: p.loss })))
    } catch (e) {
      return e instanceof PrefitDiverged ? Effect.fail(e) : Effect.die(e)
    }
  })
  bar.finish(`denoising regression loss ${loss.toFixed(4)}`)
  const weights = mlpToArrays(net)
  disposeMlp(net)
  if (weights.some((w) => w.some((v) => !Number.isFinite(v)))) return yield* new PrefitDiverged({ iteration: cfg.prefit.iterations, loss, maxLoss: cfg.prefit.maxLoss })
  return { weights, loss }
})

/** The prefit regression diverged (non-finite, or above `prefit.maxLoss`): the cell fails, nothing is stored. */
export class PrefitDiverged extends Schema.TaggedError<PrefitDiverged>()("PrefitDiverged", {
  iteration: Schema.Number,
  loss: Schema.Number,
  maxLoss: Schema.Number
}) {
  override get message() {
    return `prefit diverged at iteration ${this.iteration}: regression loss ${this.loss} ` +
      `(${Number.isFinite(this.loss) ? `above prefit.maxLoss = ${this.maxLoss}` : "or non-finite weights"}); lower prefit.lr`
  }
}
