/** The MLP autoencoder (the VAE analogue): it learns, its latents are standardised, it leaks no tensors. */
import { before, test } from "node:test"
import assert from "node:assert/strict"
import { tf } from "../../../stages/internal/tf.ts"
import {
  decode,
  decodeLatents,
  disposeAutoencoder,
  encode,
  encodeImages,
  loadAutoencoder,
  reconstructionError,
  trainAutoencoder
} from "../../../stages/internal/autoencoder.ts"
import { loadFmnist } from "../../../stages/internal/fmnist.ts"
import { Streams } from "../../../stages/internal/rng.ts"
import { useWasm } from "../../support.ts"

before(useWasm)

const small = { latentDim: 8, hidden: 64, batch: 64, lr: 3e-3 }

test("reconstruction error drops within a few dozen iterations on 256 images, without leaking tensors", () => {
  const { images } = loadFmnist("train", { limit: 256 })
  const test = loadFmnist("test", { limit: 128 })
  const live = tf.memory().numTensors
  const before = loadAutoencoder(trainAutoencoder(images, 256, { ...small, iterations: 1 }, new Streams(1)))
  const losses: Array<number> = []
  const weights = trainAutoencoder(images, 256, { ...small, iterations: 60 }, new Streams(1), (p) => losses.push(p.loss))
  const after = loadAutoencoder(weights)
  const e0 = reconstructionError(before, test.images, test.n)
  const e1 = reconstructionError(after, test.images, test.n)
  assert.ok(e1 < 0.6 * e0, `test reconstruction error ${e0} → ${e1}`)
  assert.ok(losses.at(-1)! < losses[0]!, `losses ${losses}`)
  disposeAutoencoder(before)
  disposeAutoencoder(after)
  assert.equal(tf.memory().numTensors, live)
})

test("encode/decode shapes; latents of the training set are standardised; same seed, same weights", () => {
  const { images } = loadFmnist("train", { limit: 256 })
  const w = trainAutoencoder(images, 256, { ...small, iterations: 5 }, new Streams(2))
  assert.deepEqual(w.shapes, [[784, 64], [64], [64, 8], [8], [8, 64], [64], [64, 784], [784]])
  assert.deepEqual(trainAutoencoder(images, 256, { ...small, iterations: 5 }, new Streams(2)).arrays, w.arrays)
  const ae = loadAutoencoder(w)
  const live = tf.memory().numTensors
  const z = encodeImages(ae, images, 256, 100) // batches of 100: the last one is partial
  assert.equal(z.length, 256 * 8)
  for (let j = 0; j < 8; j++) {
    let m = 0
    let v = 0
    for (let i = 0; i < 256; i++) m += z[i * 8 + j]! / 256
    for (let i = 0; i < 256; i++) v += (z[i * 8 + j]! - m) ** 2 / 256
    assert.ok(Math.abs(m) < 1e-4 && Math.abs(v - 1) < 1e-3, `latent ${j}: mean ${m}, variance ${v}`)
  }
  const x = decodeLatents(ae, z, 256, 100)
  assert.equal(x.length, 256 * 784)
  assert.ok(x.every((p) => p > 0 && p < 1))
  const xt = tf.tensor2d(images.subarray(0, 3 * 784), [3, 784])
  const zt = encode(ae, xt)
  const yt = decode(ae, zt)
  assert.deepEqual(zt.shape, [3, 8])
  assert.deepEqual(yt.shape, [3, 784])
  tf.dispose([xt, zt, yt])
  assert.equal(tf.memory().numTensors, live)
  disposeAutoencoder(ae)
})
