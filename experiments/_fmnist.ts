/**
 * The shared setting of the Fashion-MNIST experiments (README, "Real data"): a 32-d autoencoder latent space, a
 * learned latent teacher (384×3 `mlp`, prompt dropout 0.1), an evaluator network for FID and alignment,
 * and distillation cells sized to run in a few minutes each on 2 cores.
 */
import type { CellConfigInput } from "../dsl/index.ts"

export const fmnistBase = {
  // D = 32, all 60 000 training and 10 000 test images (the defaults)
  teacher: { kind: "fmnist", autoencoder: { iterations: 4000 } },
  network: { hidden: 384 },
  prefit: { iterations: 8000, lr: 1e-3, nullPromptShare: 0.1 },
  // shorter runs than the GMM experiments: a shorter EMA half-life
  optimizer: { batch: 128, emaHalfLifeImages: 20_000 },
  evaluation: { samplesPerClass: 100 },
  budget: { iterations: 1000, checkpointEvery: 250 }
} satisfies Partial<CellConfigInput>
