/**
 * The shared setting of the Fashion-MNIST experiments (issue 7): a 32-d autoencoder latent space, a
 * learned latent teacher (384×3 `mlp`, prompt dropout 0.1), an evaluator network for FID and alignment,
 * and distillation cells sized to run in a few minutes each on 2 cores.
 */
import type { CellConfigInput } from "../dsl/index.ts"

export const fmnistBase = {
  teacher: {
    kind: "fmnist", dim: 32, trainImages: 60000, testImages: 10000,
    autoencoder: { hidden: 512, iterations: 4000, batch: 256, lr: 1e-3 },
    evaluator: { hidden: 512, iterations: 4000, batch: 256, lr: 1e-3 }
  },
  network: { hidden: 384, depth: 3, embedding: 64 },
  prefit: { iterations: 8000, batch: 256, lr: 1e-3, nullPromptShare: 0.1 },
  generator: { numSteps: 4, tInit: 999, stepMatching: "uniform" },
  optimizer: { batch: 128, lrPsi: 1e-4, lrTheta: 1e-4, emaHalfLifeImages: 20_000 },
  evaluation: { samplesPerClass: 100 },
  budget: { iterations: 1000, checkpointEvery: 250 }
} satisfies Partial<CellConfigInput>
