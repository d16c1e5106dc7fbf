/**
 * Stage "autoencoder train" (the image path; README, "Real data"): the VAE of the Fashion-MNIST latent teacher, an MLP autoencoder
 * 784 → hidden → D → hidden → 784 trained on the first `trainImages` training images; reports its
 * reconstruction error on the test images and draws a grid of test reconstructions.
 */
import { Effect } from "effect"
import type { AutoencoderConfig } from "../dsl/Plan.ts"
import type { Artefact } from "./internal/artefact.ts"
import { disposeAutoencoder, decodeLatents, encodeImages, loadAutoencoder, reconstructionError, trainAutoencoder } from "./internal/autoencoder.ts"
import { FMNIST_PIXELS } from "./internal/fmnist.ts"
import { autoencoderArrays } from "./internal/imageArtefacts.ts"
import { imageGrid } from "./internal/imageGrid.ts"
import { firstPerClass, loadSplit } from "./internal/imageData.ts"
import { Progress } from "./Progress.ts"
import { Rng } from "./Rng.ts"

export const autoencoderTrain = Effect.fn("AutoencoderTrain.run")(function*(cfg: AutoencoderConfig) {
  const { streams } = yield* Rng
  const progress = yield* Progress
  const train = yield* loadSplit("train", cfg.trainImages)
  const test = yield* loadSplit("test", cfg.testImages)
  const bar = progress.start("autoencoder", cfg.autoencoder.iterations)
  const w = trainAutoencoder(train.images, train.n, { latentDim: cfg.dim, ...cfg.autoencoder }, streams, (p) => bar.update(p.iteration, { loss: p.loss }))
  const ae = loadAutoencoder(w)
  const mse = reconstructionError(ae, test.images, test.n)
  bar.finish(`training loss ${w.loss.toFixed(4)}, test reconstruction MSE ${mse.toFixed(4)}`)
  // grid: originals of 8 test images per class, then their reconstructions (rows 0-9 originals, 10-19 reconstructions)
  const picked = firstPerClass(test, 8)
  const recon = decodeLatents(ae, encodeImages(ae, picked, picked.length / FMNIST_PIXELS), picked.length / FMNIST_PIXELS)
  disposeAutoencoder(ae)
  const both = new Float32Array(picked.length * 2)
  both.set(picked)
  both.set(recon, picked.length)
  const { arrays, meta } = autoencoderArrays(w)
  const parameters = w.arrays.reduce((n, a) => n + a.length, 0)
  return {
    arrays,
    meta,
    report: { test_reconstruction_mse: mse, train_loss: w.loss, parameters, train_images: train.n, test_images: test.n },
    images: { reconstructions: imageGrid(both, { rows: 20, cols: 8 }) }
  } satisfies Artefact
})

