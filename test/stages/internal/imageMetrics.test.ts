/** Image metrics on the evaluator's features: held-out real images score far better than noise. */
import { before, test } from "node:test"
import assert from "node:assert/strict"
import { disposeClassifier, loadClassifier, trainClassifier } from "../../../stages/internal/classifier.ts"
import { loadFmnist } from "../../../stages/internal/fmnist.ts"
import { imageMetrics, imageReference } from "../../../stages/internal/imageMetrics.ts"
import { Streams } from "../../../stages/internal/rng.ts"
import { useWasm } from "../../support.ts"

before(useWasm)

test("FID(test vs other test images) ≪ FID(test vs noise); alignment and precision/recall rank them the same way", () => {
  const train = loadFmnist("train", { limit: 500 })
  const clf = loadClassifier(trainClassifier(train.images, train.labels, train.n, { hidden: [64, 32], iterations: 40, batch: 50, lr: 3e-3 }, new Streams(1)))
  const test = loadFmnist("test", { limit: 600 })
  const reference = imageReference(clf, test.images.subarray(0, 300 * 784), 300)
  const heldOut = test.images.subarray(300 * 784, 600 * 784)
  const prompts = test.labels.subarray(300, 600)
  const noiseStream = new Streams(2).stream("noise")
  const noise = Float32Array.from({ length: 300 * 784 }, () => noiseStream.uniform())

  const real = imageMetrics(clf, heldOut, prompts, reference)
  const fake = imageMetrics(clf, noise, prompts, reference)
  const wrongPrompts = imageMetrics(clf, heldOut, prompts.map((c) => (c + 1) % 10), reference)

  assert.ok(real.fid < 0.1 * fake.fid, `FID real ${real.fid}, noise ${fake.fid}`)
  assert.ok(real.alignment > 0.5 && real.alignment > 3 * wrongPrompts.alignment, `alignment ${real.alignment} vs wrong prompts ${wrongPrompts.alignment}`)
  assert.ok(real.promptAccuracy > 0.5 && wrongPrompts.promptAccuracy < 0.2)
  assert.equal(wrongPrompts.fid, real.fid) // FID ignores prompts
  assert.ok(real.precision > 0.5 && real.recall > 0.5, `real precision ${real.precision}, recall ${real.recall}`)
  assert.ok(fake.precision < 0.1, `noise precision ${fake.precision}`)
  const capped = imageMetrics(clf, heldOut, prompts, reference, { prSamples: 100 })
  assert.equal(capped.fid, real.fid)
  disposeClassifier(clf)
})
