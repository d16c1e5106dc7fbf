/**
 * Stage "evaluator train" (the image path; README, "Real data"): the Inception/CLIP stand-in, a pixel classifier 784 → H → H/2 → 10
 * trained on the first `trainImages` training images. Its penultimate features give FID against the
 * test split and its probability of the prompted class gives alignment; reports its test accuracy.
 */
import { Effect } from "effect"
import type { EvaluatorConfig } from "../dsl/Plan.ts"
import type { Artefact } from "./internal/artefact.ts"
import { accuracy, disposeClassifier, loadClassifier, trainClassifier } from "./internal/classifier.ts"
import { classifierArrays } from "./internal/imageArtefacts.ts"
import { loadSplit } from "./internal/imageData.ts"
import { Progress } from "./Progress.ts"
import { Rng } from "./Rng.ts"

/** The evaluator's hidden widths from its block: [H, H/2]; the last is the FID feature dimension. */
export const evaluatorWidths = (hidden: number): ReadonlyArray<number> => [hidden, Math.max(1, hidden >> 1)]

export const evaluatorTrain = Effect.fn("EvaluatorTrain.run")(function*(cfg: EvaluatorConfig) {
  const { streams } = yield* Rng
  const progress = yield* Progress
  const train = yield* loadSplit("train", cfg.trainImages)
  const test = yield* loadSplit("test", cfg.testImages)
  const bar = progress.start("evaluator", cfg.evaluator.iterations)
  const w = trainClassifier(train.images, train.labels, train.n, { ...cfg.evaluator, hidden: evaluatorWidths(cfg.evaluator.hidden) }, streams, (p) => bar.update(p.iteration, { loss: p.loss }))
  const clf = loadClassifier(w)
  const testAccuracy = accuracy(clf, test.images, test.labels, test.n)
  const trainAccuracy = accuracy(clf, train.images.subarray(0, Math.min(train.n, 10000) * 784), train.labels, Math.min(train.n, 10000))
  disposeClassifier(clf)
  bar.finish(`training loss ${w.loss.toFixed(4)}, test accuracy ${testAccuracy.toFixed(4)}`)
  const { arrays, meta } = classifierArrays(w)
  return {
    arrays,
    meta,
    report: { test_accuracy: testAccuracy, train_accuracy: trainAccuracy, train_loss: w.loss, parameters: w.arrays.reduce((n, a) => n + a.length, 0), train_images: train.n, test_images: test.n }
  } satisfies Artefact
})
