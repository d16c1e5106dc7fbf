/**
 * Stage "teacher load": builds the teacher φ of a cell (architecture.md, stage 1) together with what the
 * distill loop needs around it: how to score a generator, the teacher's own error, paired real data for
 * SiDa (§5.4) and, for images, how to draw samples.
 *
 * - `gmm`: the exact mixture of method.md Appendix C, optionally imperfect on purpose; metrics
 *   always use the TRUE mixture, so the teacher's own error stays measurable.
 * - `fmnist` (README, "Real data"): a learned latent teacher loaded from its cell's weights, with the autoencoder that
 *   decodes its latents and the evaluator network that scores them.
 */
import { tf } from "./internal/tf.ts"
import { Effect } from "effect"
import { ConfigError, gmmTeacher, type CellConfig, type Evaluation, type FmnistTeacher, type Generator, type Teacher } from "../dsl/Hyperparams.ts"
import { asIncompatible, type Checkpoint, describeCheckpoint, type IncompatibleState } from "./CheckpointStore.ts"
import type { GreyImage } from "./internal/artefact.ts"
import type { FmnistCorrupt, FmnistMissing } from "./internal/fmnist.ts"
import { decodeLatents, disposeAutoencoder, encodeImages, loadAutoencoder } from "./internal/autoencoder.ts"
import { disposeClassifier, loadClassifier } from "./internal/classifier.ts"
import { gmmDenoiser, mlpDenoiser, type Denoiser } from "./internal/denoiser.ts"
import { gatherRows, minibatchIndices } from "./internal/fmnist.ts"
import { disposeMixtureTensors, mixtureTensors, sampleMixture, teacherMixture, trueMixture, type Mixture } from "./internal/gmm.ts"
import { autoencoderFromCheckpoint, classifierFromCheckpoint, teacherWeightsFromCheckpoint } from "./internal/imageArtefacts.ts"
import { firstPerClass, loadSplit } from "./internal/imageData.ts"
import { imageGrid } from "./internal/imageGrid.ts"
import { imageMetrics, imageReference } from "./internal/imageMetrics.ts"
import { disposeMlp, mlpFromArrays, type MlpShape } from "./internal/mlp.ts"
import type { Streams } from "./internal/rng.ts"
import { TEACHER_SAMPLER_STEPS, teacherSamples } from "./internal/teacherSampler.ts"
import { evaluateGenerator, evaluateImageGenerator, evaluationPrompts, imageSampleMetrics, teacherOwnError, type ImageScorer, type SampleMetrics, type StepMetrics } from "./Evaluate.ts"
import type { RealData } from "./Train.ts"

type Keep = (k: number, samples: Float32Array) => void

/** What distillation needs of any teacher. The handle owns its tensors. */
export interface LoadedTeacher {
  readonly kind: Teacher["kind"]
  readonly denoiser: Denoiser
  /** Rows k = 0..K for a generator (k = 0: the data floor; `floor` false leaves it out), from the evaluation's streams. */
  readonly evaluate: (gen: Denoiser, generator: Generator, cfg: Evaluation, streams: Streams, keep?: Keep, floor?: boolean) => ReadonlyArray<StepMetrics>
  /** The teacher's own samples scored like a generator's (its own error against the truth). */
  readonly ownError: (cfg: Evaluation, streams: Streams) => SampleMetrics
  /** SiDa's paired real data (§5.4). */
  readonly realData: RealData
  /** Image teachers: the first 8 samples of each class (class-major, `perClass` per class) as a grid. */
  readonly grid?: (samples: Float32Array, perClass: number) => GreyImage
  readonly dispose: () => void
}

export interface LoadedGmmTeacher extends LoadedTeacher {
  readonly kind: "gmm"
  /** The distribution the teacher was made to model (what metrics compare against). */
  readonly truth: Mixture
  /** The distribution the teacher actually denoises (differs when imperfect on purpose). */
  readonly modelled: Mixture
}

/**
 * §5.4 for the GMM teacher: paired real data are exact samples of the TRUE mixture (Appendix C), c ~ π
 * and x_real ~ p(x0 | c), both drawn from the given streams.
 */
export const mixtureRealData = (truth: Mixture): RealData => (batch, streams) => {
  const pick = (u: number): number => {
    let acc = 0
    for (let cls = 0; cls < truth.classes; cls++) if (u < (acc += truth.classPrior[cls]!)) return cls
    return truth.classes - 1
  }
  const c = Int32Array.from(streams.stream("c").uniforms(batch), pick)
  return { x: tf.tensor2d(sampleMixture(truth, c, streams, "x"), [batch, truth.dim]), c }
}

/** Loads an analytic teacher; the returned handle owns its tensors. */
export const loadTeacher = (cfg: Teacher): LoadedGmmTeacher => {
  const truth = trueMixture(gmmTeacher(cfg))
  const modelled = teacherMixture(gmmTeacher(cfg))
  const tensors = mixtureTensors(modelled)
  return {
    kind: "gmm",
    denoiser: gmmDenoiser(tensors),
    truth,
    modelled,
    evaluate: (gen, generator, evaluation, streams, keep, floor) => evaluateGenerator(gen, truth, generator, evaluation, streams, keep, floor),
    ownError: (evaluation, streams) => teacherOwnError(truth, modelled, evaluation, streams),
    realData: mixtureRealData(truth),
    dispose: () => disposeMixtureTensors(tensors)
  }
}

/** The stored networks an image teacher is made of (the weights of its dependency cells). */
export interface ImageArtefacts {
  readonly teacher: Checkpoint
  readonly autoencoder: Checkpoint
  readonly evaluator: Checkpoint
}


/**
 * Loads a learned latent teacher: φ from its weights, the autoencoder (decoding, real latents for SiDa)
 * and the evaluator with the test split's features as the FID reference.
 */
export const loadImageTeacher = (cfg: FmnistTeacher, shape: MlpShape, artefacts: ImageArtefacts) =>
  Effect.gen(function*() {
    const train = yield* loadSplit("train", cfg.trainImages)
    const test = yield* loadSplit("test", cfg.testImages)
    const net = yield* Effect.try({
      try: () => mlpFromArrays(shape, teacherWeightsFromCheckpoint(artefacts.teacher), "teacher", false),
      catch: asIncompatible(describeCheckpoint("learned teacher weights", artefacts.teacher))
    })
    const ae = yield* Effect.try({ try: () => loadAutoencoder(autoencoderFromCheckpoint(artefacts.autoencoder)), catch: asIncompatible(describeCheckpoint("autoencoder weights", artefacts.autoencoder)) })
    const clf = yield* Effect.try({ try: () => loadClassifier(classifierFromCheckpoint(artefacts.evaluator)), catch: asIncompatible(describeCheckpoint("evaluator weights", artefacts.evaluator)) })
    const reference = imageReference(clf, test.images, test.n)
    // the real latents SiDa's discriminator sees, encoded once
    const realLatents = encodeImages(ae, train.images, train.n)
    const D = cfg.dim
    const scorer: ImageScorer = {
      classes: cfg.classes,
      decode: (latents, n) => decodeLatents(ae, latents, n),
      score: (pixels, prompts) => imageMetrics(clf, pixels, prompts, reference),
      realImages: (perClass) => firstPerClass(train, perClass)
    }
    const denoiser = mlpDenoiser(net)
    const teacher: LoadedTeacher = {
      kind: "fmnist",
      denoiser,
      evaluate: (gen, generator, evaluation, streams, keep, floor) => evaluateImageGenerator(gen, scorer, D, generator, evaluation, streams, keep, floor),
      ownError: (evaluation, streams) => {
        const prompts = evaluationPrompts(cfg.classes, evaluation.samplesPerClass)
        const latents = teacherSamples(denoiser, prompts, streams, { steps: TEACHER_SAMPLER_STEPS, key: "teacher-own" })
        return imageSampleMetrics(scorer, scorer.decode(latents, prompts.length), prompts, evaluation)
      },
      realData: (batch, streams) => {
        const idx = minibatchIndices(streams, "real", 0, train.n, batch)
        return { x: tf.tensor2d(gatherRows(realLatents, D, idx), [batch, D]), c: Int32Array.from(idx, (j) => train.labels[j]!) }
      },
      grid: (samples, perClass) => {
        const cols = Math.min(8, perClass)
        const picked = new Float32Array(cfg.classes * cols * D)
        for (let c = 0; c < cfg.classes; c++) picked.set(samples.subarray(c * perClass * D, (c * perClass + cols) * D), c * cols * D)
        return imageGrid(scorer.decode(picked, cfg.classes * cols), { rows: cfg.classes, cols })
      },
      dispose: () => {
        disposeMlp(net)
        disposeAutoencoder(ae)
        disposeClassifier(clf)
      }
    }
    return teacher
  })

/** A config's teacher for a prefit cell: only the analytic teacher has one. */
export const acquireGmmTeacher = (cfg: CellConfig) =>
  Effect.acquireRelease(Effect.sync(() => loadTeacher(cfg.teacher)), (t) => Effect.sync(() => t.dispose()))

/**
 * Teacher load as an Effect, scoped: the teacher's tensors are freed when the scope closes. An image
 * teacher needs the weights of its dependency cells.
 */
export const acquireTeacher = (cfg: CellConfig, artefacts?: ImageArtefacts) => {
  const t = cfg.teacher
  const load: Effect.Effect<LoadedTeacher, FmnistMissing | FmnistCorrupt | ConfigError | IncompatibleState> = t.kind === "gmm"
    ? Effect.sync((): LoadedTeacher => loadTeacher(t))
    : artefacts === undefined
      ? Effect.fail(new ConfigError({ field: "teacher.kind", detail: "a learned fmnist teacher needs its teacher, autoencoder and evaluator cells' weights" }))
      : loadImageTeacher(t, { dim: t.dim, classes: t.classes, hidden: cfg.network.hidden, depth: cfg.network.depth, embedding: cfg.network.embedding }, artefacts)
  return Effect.acquireRelease(load, (x) => Effect.sync(() => x.dispose()))
}

/** Live tensor count, for leak checks around a stage. */
export const liveTensors = (): number => tf.memory().numTensors

