/**
 * The shared setting of the paper-ablation experiments (issue: reproduce the ablations at small scale):
 * the quickstart's 8-class GMM in D = 8, a 128×3 MLP for ψ and θ, 1500 iterations of batch 128.
 * Every experiment starts from this block and changes only its axes, so identical cells are computed
 * once and shared through the cache.
 */
import type { CellConfigInput } from "../dsl/index.ts"

export const ablationBase = {
  teacher: { kind: "gmm", dim: 8, classes: 8, componentsPerClass: 3, classSpread: 1, componentSpread: 0.4, componentScale: 0.2 },
  network: { hidden: 128, depth: 3, embedding: 32 },
  prefit: { iterations: 1500, batch: 256 },
  generator: { numSteps: 4, tInit: 999, stepMatching: "uniform" },
  optimizer: { batch: 128, lrPsi: 1e-4, lrTheta: 1e-4, emaHalfLifeImages: 50_000 },
  evaluation: { samplesPerClass: 150 },
  budget: { iterations: 1500, checkpointEvery: 250 }
} satisfies Partial<CellConfigInput>
