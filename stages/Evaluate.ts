/**
 * Stage "evaluate" on the GMM (method.md Appendix C "Metrics"; architecture.md stage 6): for every
 * k in 1..K, generate C × n samples and compare them with fresh exact data samples:
 * Fréchet distance in data space, alignment (true posterior of the prompted class, the CLIP-score
 * analogue), precision and recall (k-NN manifolds) and mode coverage.
 */
import { tf } from "./internal/tf.ts"
import type { Evaluation, Generator } from "../dsl/Hyperparams.ts"
import type { Denoiser } from "./internal/denoiser.ts"
import { assignComponents, classPosterior, componentCount, sampleMixture, type Mixture } from "./internal/gmm.ts"
import type { SampleMatrix } from "./internal/linalg.ts"
import { frechetDistance, precisionRecall } from "./internal/metrics.ts"
import type { Streams } from "./internal/rng.ts"
import { disposeChainNoise, drawChainNoise, runChain, timeGrid } from "./Generate.ts"

/** The metrics of one sample set, as named in results (lower FD is better; the rest higher). */
export interface SampleMetrics {
  readonly fd: number
  readonly alignment: number
  readonly precision: number
  readonly recall: number
  readonly coverage: number
}

export const METRIC_NAMES = ["fd", "alignment", "precision", "recall", "coverage"] as const

/** Prompts of an evaluation set: n per class, class-major. */
export const evaluationPrompts = (classes: number, perClass: number): Int32Array =>
  Int32Array.from({ length: classes * perClass }, (_, i) => Math.floor(i / perClass))

/** All metrics of `samples` (generated with `prompts`) against the reference data set. */
export const sampleMetrics = (
  truth: Mixture,
  samples: Float32Array,
  prompts: Int32Array,
  reference: Float32Array,
  cfg: Evaluation
): SampleMetrics => {
  const n = prompts.length
  const d = truth.dim
  const x: SampleMatrix = { data: samples, n, d }
  const y: SampleMatrix = { data: reference, n: reference.length / d, d }
  const posterior = classPosterior(truth, samples, prompts)
  const { precision, recall } = precisionRecall(y, x, cfg.nearestK)
  return {
    fd: frechetDistance(x, y),
    alignment: posterior.reduce((p, v) => p + v, 0) / n,
    precision,
    recall,
    coverage: modeCoverage(truth, samples, prompts, cfg.coverageShare)
  }
}

/** Share of components that receive at least `share` of their expected count (Appendix C). */
export const modeCoverage = (m: Mixture, samples: Float32Array, prompts: Int32Array, share: number): number => {
  const J = componentCount(m)
  const counts = new Float64Array(J)
  for (const j of assignComponents(m, samples, prompts.length)) counts[j]! += 1
  const perClass = new Float64Array(m.classes)
  for (const c of prompts) perClass[c]! += 1
  let covered = 0
  for (let j = 0; j < J; j++) {
    const expected = perClass[m.componentClass[j]!]! * m.weights[j]!
    if (counts[j]! >= share * expected) covered += 1
  }
  return covered / J
}

export interface StepMetrics extends SampleMetrics {
  /** Number of generator steps k. */
  readonly k: number
}

/**
 * Generates with k = 1..K steps from the same z (paired across k and across evaluations) and scores each set. The data
 * reference comes from `streams` key "reference", so every evaluation of a cell compares with the same
 * data. Returns one row per k plus the data-vs-data row (k = 0) that shows the metric floor (unless
 * `floor` is false: the training curve repeats evaluations whose floor does not change); `keep`
 * receives every sample set (k = 0: the reference data) for plots.
 */
export const evaluateGenerator = (
  gen: Denoiser,
  truth: Mixture,
  generator: Generator,
  cfg: Evaluation,
  streams: Streams,
  keep?: (k: number, samples: Float32Array) => void,
  floor = true
): ReadonlyArray<StepMetrics> => {
  const prompts = evaluationPrompts(truth.classes, cfg.samplesPerClass)
  const n = prompts.length
  const reference = sampleMixture(truth, prompts, streams, "reference")
  const rows: Array<StepMetrics> = []
  if (floor) {
    const heldOut = sampleMixture(truth, prompts, streams, "held-out")
    rows.push({ k: 0, ...sampleMetrics(truth, heldOut, prompts, reference, cfg) })
    keep?.(0, reference)
  }
  forEachStepCount(gen, prompts, truth.dim, generator, streams, (k, samples) => {
    rows.push({ k, ...sampleMetrics(truth, samples, prompts, reference, cfg) })
    keep?.(k, samples)
  })
  return rows
}

/**
 * The generator's k-step outputs for k = 1..K (§2.3), all from the same z (stream "generator-noise"), handed
 * to `each` as host arrays (n × dim, one row per prompt); every tensor is freed before the next k.
 */
const forEachStepCount = (
  gen: Denoiser,
  prompts: Int32Array,
  dim: number,
  generator: Generator,
  streams: Streams,
  each: (k: number, samples: Float32Array) => void
): void => {
  const grid = timeGrid(generator.tInit, generator.numSteps)
  const c = tf.tensor1d(prompts, "int32")
  try {
    for (let k = 1; k <= generator.numSteps; k++) {
      const noise = drawChainNoise(streams.stream("generator-noise"), prompts.length, dim, k, generator.noiseType)
      const { xhat, lastInput } = runChain(gen, noise, c, k, grid, generator.noiseType)
      const samples = xhat.dataSync() as Float32Array
      tf.dispose([xhat, lastInput])
      disposeChainNoise(noise)
      each(k, samples)
    }
  } finally {
    c.dispose()
  }
}

/**
 * The teacher's own error (issue "imperfect teacher"): exact samples of the mixture the teacher actually
 * denoises, scored against the same true reference as the generator (same prompts and reference stream).
 */
export const teacherOwnError = (truth: Mixture, modelled: Mixture, cfg: Evaluation, streams: Streams): SampleMetrics => {
  const prompts = evaluationPrompts(truth.classes, cfg.samplesPerClass)
  const reference = sampleMixture(truth, prompts, streams, "reference")
  return sampleMetrics(truth, sampleMixture(modelled, prompts, streams, "teacher-samples"), prompts, reference, cfg)
}

// ---------------------------------------------------------------------------------------------------
// the image path (a learned latent teacher): samples are latents, decoded and scored by the evaluator network

/** What scoring latents as images needs: the decoder, the evaluator, the test reference and real images. */
export interface ImageScorer {
  readonly classes: number
  /** Standardised latents (n × D) → pixels (n × 784) in [0, 1]. */
  readonly decode: (latents: Float32Array, n: number) => Float32Array
  /** §7.1 metrics of pixel images with their prompts against the test reference. */
  readonly score: (pixels: Float32Array, prompts: Int32Array) => { fid: number; alignment: number; promptAccuracy: number; precision: number; recall: number; predicted: Int32Array }
  /** `perClass` real training images of each class, class-major (the data floor of k = 0). */
  readonly realImages: (perClass: number) => Float32Array
}

/** Share of classes whose evaluator-predicted count reaches `share` of the expected count (mode coverage for images). */
export const classCoverage = (predicted: Int32Array, classes: number, share: number): number => {
  const counts = new Int32Array(classes)
  for (const c of predicted) if (c >= 0 && c < classes) counts[c]! += 1
  const expected = predicted.length / classes
  return counts.filter((n) => n >= share * expected).length / classes
}

/** Image metrics in the common row shape: fd is the evaluator-feature FID. */
export const imageSampleMetrics = (scorer: ImageScorer, pixels: Float32Array, prompts: Int32Array, cfg: Evaluation): SampleMetrics => {
  const m = scorer.score(pixels, prompts)
  return { fd: m.fid, alignment: m.alignment, precision: m.precision, recall: m.recall, coverage: classCoverage(m.predicted, scorer.classes, cfg.coverageShare) }
}

/**
 * `evaluateGenerator` for an image teacher: k = 1..K from the same z, decoded to pixels and scored with
 * the evaluator against the test split; k = 0 scores real training images (the floor, unless `floor` is
 * false). `keep` receives the latents (k ≥ 1).
 */
export const evaluateImageGenerator = (
  gen: Denoiser,
  scorer: ImageScorer,
  dim: number,
  generator: Generator,
  cfg: Evaluation,
  streams: Streams,
  keep?: (k: number, samples: Float32Array) => void,
  floor = true
): ReadonlyArray<StepMetrics> => {
  const prompts = evaluationPrompts(scorer.classes, cfg.samplesPerClass)
  const n = prompts.length
  const rows: Array<StepMetrics> = floor ? [{ k: 0, ...imageSampleMetrics(scorer, scorer.realImages(cfg.samplesPerClass), prompts, cfg) }] : []
  forEachStepCount(gen, prompts, dim, generator, streams, (k, latents) => {
    rows.push({ k, ...imageSampleMetrics(scorer, scorer.decode(latents, n), prompts, cfg) })
    keep?.(k, latents)
  })
  return rows
}
