/** The evaluator network (Inception/CLIP stand-in): it learns quickly, features and probabilities have the right shape. */
import { before, test } from "node:test"
import assert from "node:assert/strict"
import { tf } from "../../../stages/internal/tf.ts"
import {
  accuracy,
  classProbabilities,
  disposeClassifier,
  featureMatrix,
  features,
  loadClassifier,
  probabilityMatrix,
  trainClassifier
} from "../../../stages/internal/classifier.ts"
import { loadFmnist } from "../../../stages/internal/fmnist.ts"
import { Streams } from "../../../stages/internal/rng.ts"
import { useWasm } from "../../support.ts"

before(useWasm)

test("beats chance clearly after a few dozen iterations on 500 images, without leaking tensors", () => {
  const train = loadFmnist("train", { limit: 500 })
  const test = loadFmnist("test", { limit: 300 })
  const live = tf.memory().numTensors
  const losses: Array<number> = []
  const w = trainClassifier(train.images, train.labels, train.n, { hidden: [64, 32], iterations: 40, batch: 50, lr: 3e-3 }, new Streams(1), (p) =>
    losses.push(p.loss)
  )
  const clf = loadClassifier(w)
  const acc = accuracy(clf, test.images, test.labels, test.n)
  assert.ok(acc > 0.5, `test accuracy ${acc}`)
  assert.ok(losses.at(-1)! < 0.6 * losses[0]!, `losses ${losses}`)
  disposeClassifier(clf)
  assert.equal(tf.memory().numTensors, live)
})

test("features are the last hidden layer; probabilities sum to 1", () => {
  const train = loadFmnist("train", { limit: 100 })
  const clf = loadClassifier(trainClassifier(train.images, train.labels, train.n, { hidden: [32, 16], iterations: 3, batch: 20, lr: 1e-3 }, new Streams(2)))
  const live = tf.memory().numTensors
  const f = featureMatrix(clf, train.images, 100, 30)
  assert.equal(f.length, 100 * 16)
  assert.ok(f.every(Number.isFinite))
  const p = probabilityMatrix(clf, train.images, 100, 30)
  for (let i = 0; i < 100; i++) {
    const s = p.subarray(i * 10, i * 10 + 10).reduce((a, b) => a + b, 0)
    assert.ok(Math.abs(s - 1) < 1e-5, `row ${i} sums to ${s}`)
  }
  const x = tf.tensor2d(train.images.subarray(0, 4 * 784), [4, 784])
  const ft = features(clf, x)
  const pt = classProbabilities(clf, x)
  assert.deepEqual(ft.shape, [4, 16])
  assert.deepEqual(pt.shape, [4, 10])
  assert.deepEqual(Array.from(ft.dataSync()), Array.from(f.subarray(0, 4 * 16)))
  tf.dispose([x, ft, pt])
  assert.equal(tf.memory().numTensors, live)
  disposeClassifier(clf)
})
