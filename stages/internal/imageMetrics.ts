/**
 * The image-path metrics of method.md §7.1 at small scale, on the evaluator network
 * (`classifier.ts`, the Inception/CLIP stand-in): FID = Fréchet distance between evaluator features of
 * generated and test images, alignment = mean evaluator probability of the prompted class (the CLIP-score
 * analogue), and precision/recall (Kynkäänniemi et al. 2019) in the same feature space (Appendix C).
 */
import { type Classifier, CLASSIFIER_CLASSES, argmaxRows, featureDim, featureMatrix, probabilityMatrix } from "./classifier.ts"
import { meanAndCovariance, type SampleMatrix } from "./linalg.ts"
import { frechetDistanceFromMoments, precisionRecall } from "./metrics.ts"

/** Evaluator features of the reference (test) images and their moments, computed once per evaluation run. */
export interface ImageReference {
  readonly features: SampleMatrix
  readonly mean: Float64Array
  readonly cov: Float64Array
}

export interface ImageMetrics {
  readonly fid: number
  readonly alignment: number
  /** Share of samples whose most probable class is the prompted one. */
  readonly promptAccuracy: number
  readonly precision: number
  readonly recall: number
  /** Each sample's most probable class (the class coverage reads it). */
  readonly predicted: Int32Array
}

export const IMAGE_METRIC_NAMES = ["fid", "alignment", "promptAccuracy", "precision", "recall"] as const

/** Features and moments of n reference images (n × 784, pixels in [0, 1]). */
export const imageReference = (clf: Classifier, images: Float32Array, n: number): ImageReference => {
  const features: SampleMatrix = { data: featureMatrix(clf, images, n), n, d: featureDim(clf) }
  return { features, ...meanAndCovariance(features) }
}

export interface ImageMetricOptions {
  /** k of the k-NN radii (Appendix C: 3). */
  readonly nearestK?: number
  /**
   * Rows of each side used for precision/recall (the first rows of each set; O(m²·H) work). Default
   * min(2000, n generated): the reference side is cut to the same size, as Kynkäänniemi et al. compare equal sets.
   */
  readonly prSamples?: number
}

/**
 * All image metrics of n generated images (n × 784, pixels in [0, 1]) with their prompts (class ids 0..9)
 * against a reference. FID uses every row of both sets.
 */
export const imageMetrics = (
  clf: Classifier,
  generated: Float32Array,
  prompts: Int32Array,
  reference: ImageReference,
  opts?: ImageMetricOptions
): ImageMetrics => {
  const n = prompts.length
  const d = featureDim(clf)
  const feats: SampleMatrix = { data: featureMatrix(clf, generated, n), n, d }
  const gen = meanAndCovariance(feats)
  const fid = frechetDistanceFromMoments(gen.mean, gen.cov, reference.mean, reference.cov, d)

  const probs = probabilityMatrix(clf, generated, n)
  const predicted = argmaxRows(probs, n)
  let alignment = 0
  let right = 0
  for (let i = 0; i < n; i++) {
    const c = prompts[i]!
    if (!(c >= 0 && c < CLASSIFIER_CLASSES)) throw new RangeError(`imageMetrics: prompt ${c} of row ${i} is not a class (0..${CLASSIFIER_CLASSES - 1})`)
    alignment += probs[i * CLASSIFIER_CLASSES + c]!
    if (predicted[i] === c) right++
  }

  const m = Math.min(opts?.prSamples ?? 2000, n, reference.features.n)
  const { precision, recall } = precisionRecall(firstRows(reference.features, m), firstRows(feats, m), opts?.nearestK ?? 3)
  return { fid, alignment: alignment / n, promptAccuracy: right / n, precision, recall, predicted }
}

const firstRows = (x: SampleMatrix, m: number): SampleMatrix => ({ data: x.data.subarray(0, m * x.d), n: m, d: x.d })
