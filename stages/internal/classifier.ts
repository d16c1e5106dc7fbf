/**
 * The evaluator network of the image path, the stand-in for both Inception-v3 (FID features) and CLIP
 * (the alignment score) of method.md §7.1: an MLP 784 → H1 → H2 → 10 with SiLU, trained on
 * Fashion-MNIST with softmax cross-entropy and Adam. Features are the last hidden layer's activations.
 *
 * Inputs are pixels in [0, 1]; the network rescales them to [−1, 1] itself.
 */
import { tf } from "./tf.ts"
import type { Streams } from "./rng.ts"
import {
  type DenseArrays,
  type DenseStack,
  denseForward,
  denseFromArrays,
  denseToArrays,
  denseVariables,
  disposeDense,
  type FitProgress,
  fitAdam,
  initDense,
  mapRows
} from "./dense.ts"
import { FMNIST_CLASSES, FMNIST_PIXELS, gatherRows, minibatchIndices } from "./fmnist.ts"

export const CLASSIFIER_CLASSES = FMNIST_CLASSES.length

export interface ClassifierConfig {
  /** Hidden widths, e.g. [512, 256]; the last one is the feature dimension. */
  readonly hidden: ReadonlyArray<number>
  readonly iterations: number
  readonly batch: number
  readonly lr: number
}

export interface ClassifierWeights extends DenseArrays {
  readonly hidden: ReadonlyArray<number>
  /** Final training loss (mean cross-entropy). */
  readonly loss: number
}

/** Loaded evaluator; dispose with `disposeClassifier`. */
export interface Classifier {
  readonly hidden: ReadonlyArray<number>
  readonly layers: DenseStack
}

const widthsOf = (hidden: ReadonlyArray<number>): ReadonlyArray<number> => [FMNIST_PIXELS, ...hidden, CLASSIFIER_CLASSES]

/** Pixel rescaling [0, 1] → [−1, 1]. Runs inside the caller's tidy. */
const inputOf = (x: tf.Tensor2D): tf.Tensor2D => tf.sub(tf.mul(x, 2), 1) as tf.Tensor2D

const logitsOf = (layers: DenseStack, x: tf.Tensor2D): tf.Tensor2D => denseForward(layers, inputOf(x))

/** Mean softmax cross-entropy of logits [B, 10] against integer labels. */
const crossEntropy = (logits: tf.Tensor2D, labels: tf.Tensor1D): tf.Scalar =>
  tf.tidy("classifier.crossEntropy", () =>
    tf.neg(tf.mean(tf.sum(tf.mul(tf.oneHot(labels, CLASSIFIER_CLASSES), tf.logSoftmax(logits)), 1))) as tf.Scalar
  )

/** Trains the evaluator with Adam on shuffled mini-batches (`minibatchIndices`, key "classifier"). */
export const trainClassifier = (
  images: Float32Array,
  labels: Int32Array,
  n: number,
  cfg: ClassifierConfig,
  streams: Streams,
  onProgress?: (p: FitProgress) => void
): ClassifierWeights => {
  if (cfg.hidden.length < 1) throw new RangeError("trainClassifier: needs at least one hidden layer (its activations are the features)")
  const layers = initDense(widthsOf(cfg.hidden), streams.stream("init", "classifier"), "classifier", true)
  const loss = fitAdam(
    denseVariables(layers),
    cfg,
    (i) => {
      const idx = minibatchIndices(streams, "classifier", i, n, cfg.batch)
      const x = tf.tensor2d(gatherRows(images, FMNIST_PIXELS, idx), [cfg.batch, FMNIST_PIXELS])
      const y = tf.tensor1d(Int32Array.from(idx, (j) => labels[j]!), "int32")
      return crossEntropy(logitsOf(layers, x), y)
    },
    onProgress
  )
  const { arrays, shapes } = denseToArrays(layers)
  disposeDense(layers)
  return { hidden: [...cfg.hidden], arrays, shapes, loss }
}

export const loadClassifier = (w: ClassifierWeights): Classifier => ({
  hidden: w.hidden,
  layers: denseFromArrays(widthsOf(w.hidden), w.arrays, "classifier", false)
})

export const disposeClassifier = (clf: Classifier): void => disposeDense(clf.layers)

/** The feature dimension (width of the last hidden layer). */
export const featureDim = (clf: Classifier): number => clf.hidden[clf.hidden.length - 1]!

/** §7.1 FID features: the last hidden layer's activations [B, H]. Borrows inputs; caller disposes. */
export const features = (clf: Classifier, x: tf.Tensor2D): tf.Tensor2D =>
  tf.tidy("classifier.features", () => denseForward(clf.layers, inputOf(x), 0, clf.layers.weights.length - 1, "silu"))

/** §7.1 alignment: softmax class probabilities [B, 10]. Borrows inputs; caller disposes. */
export const classProbabilities = (clf: Classifier, x: tf.Tensor2D): tf.Tensor2D =>
  tf.tidy("classifier.probabilities", () => tf.softmax(logitsOf(clf.layers, x)) as tf.Tensor2D)

/** `features` over a host array of n images. */
export const featureMatrix = (clf: Classifier, images: Float32Array, n: number, batch = 1024): Float32Array =>
  mapRows(images, n, FMNIST_PIXELS, featureDim(clf), (x) => features(clf, x), batch)

/** `classProbabilities` over a host array of n images. */
export const probabilityMatrix = (clf: Classifier, images: Float32Array, n: number, batch = 1024): Float32Array =>
  mapRows(images, n, FMNIST_PIXELS, CLASSIFIER_CLASSES, (x) => classProbabilities(clf, x), batch)

/** Index of the largest of each row's 10 probabilities. */
export const argmaxRows = (probs: Float32Array, n: number): Int32Array =>
  Int32Array.from({ length: n }, (_, i) => {
    let best = 0
    for (let c = 1; c < CLASSIFIER_CLASSES; c++) if (probs[i * CLASSIFIER_CLASSES + c]! > probs[i * CLASSIFIER_CLASSES + best]!) best = c
    return best
  })

/** Share of the n images whose most probable class is their label. */
export const accuracy = (clf: Classifier, images: Float32Array, labels: Int32Array, n: number): number => {
  const predicted = argmaxRows(probabilityMatrix(clf, images, n), n)
  let right = 0
  for (let i = 0; i < n; i++) if (predicted[i] === labels[i]) right++
  return right / n
}
