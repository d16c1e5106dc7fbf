/**
 * Stage "teacher train" (the image path, README "Real data"): the learned latent teacher φ, an `mlp` ε-prediction denoiser trained
 * on the autoencoder's standardised latents of the training images with prompt dropout (the cell's
 * `network` and `prefit` blocks size and train it; `prefit.nullPromptShare` is the dropout). Its weights
 * are φ and also the starting point of ψ and θ (§2.1, §3). Draws the teacher's many-step (DDIM) samples.
 */
import { Effect } from "effect"
import type { TeacherCell } from "../dsl/Plan.ts"
import { asIncompatible, type Checkpoint, describeCheckpoint } from "./CheckpointStore.ts"
import type { Artefact } from "./internal/artefact.ts"
import { decodeLatents, disposeAutoencoder, encodeImages, loadAutoencoder } from "./internal/autoencoder.ts"
import { mlpDenoiser } from "./internal/denoiser.ts"
import { autoencoderFromCheckpoint } from "./internal/imageArtefacts.ts"
import { loadSplit } from "./internal/imageData.ts"
import { imageGrid } from "./internal/imageGrid.ts"
import { trainLatentTeacher } from "./internal/latentTeacher.ts"
import { disposeMlp, mlpArrayShapes, mlpFromArrays, mlpParameterCount } from "./internal/mlp.ts"
import { TEACHER_SAMPLER_STEPS, teacherSamples } from "./internal/teacherSampler.ts"
import { Progress } from "./Progress.ts"
import { Rng } from "./Rng.ts"

export const teacherTrain = Effect.fn("TeacherTrain.run")(function*(cfg: TeacherCell["config"], autoencoder: Checkpoint) {
  const { streams } = yield* Rng
  const progress = yield* Progress
  const train = yield* loadSplit("train", cfg.teacher.trainImages)
  const ae = yield* Effect.try({ try: () => loadAutoencoder(autoencoderFromCheckpoint(autoencoder)), catch: asIncompatible(describeCheckpoint("autoencoder weights", autoencoder)) })
  const latents = encodeImages(ae, train.images, train.n)
  const bar = progress.start("teacher", cfg.prefit.iterations)
  const w = trainLatentTeacher(latents, train.labels, train.n, {
    ...cfg.network, iterations: cfg.prefit.iterations, batch: cfg.prefit.batch, lr: cfg.prefit.lr, promptDropout: cfg.prefit.nullPromptShare, classes: cfg.teacher.classes
  }, streams, (p) => bar.update(p.iteration, { loss: p.loss }))
  bar.finish(`ε-prediction loss ${w.loss.toFixed(4)}`)
  // the teacher's own samples, 8 per class: plain conditional and CFG κ = 2
  const prompts = Int32Array.from({ length: 80 }, (_, i) => Math.floor(i / 8))
  const net = mlpFromArrays(w.shape, w.weights, "teacher", false)
  const grid = (kappa: number) => imageGrid(decodeLatents(ae, teacherSamples(mlpDenoiser(net), prompts, streams, { steps: TEACHER_SAMPLER_STEPS, kappa, key: `grid-${kappa}` }), 80))
  const images = { "teacher-samples": grid(1), "teacher-samples-cfg2": grid(2) }
  disposeMlp(net)
  disposeAutoencoder(ae)
  const shapes = mlpArrayShapes(w.shape)
  return {
    arrays: w.weights.map((data, i) => ({ name: `phi/${i}`, shape: shapes[i]!, data })),
    meta: { shape: w.shape, loss: w.loss },
    report: { train_loss: w.loss, parameters: mlpParameterCount(w.shape), train_images: train.n },
    images
  } satisfies Artefact
})
