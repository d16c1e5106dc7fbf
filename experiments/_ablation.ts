/**
 * The shared setting of the paper-ablation experiments (issue: reproduce the ablations at small scale):
 * the quickstart's 8-class GMM in D = 8, a 128×3 MLP for ψ and θ, 1500 iterations of batch 128,
 * otherwise the defaults (dsl/Hyperparams.ts).
 * Every experiment starts from this block and changes only its axes, so identical cells are computed
 * once and shared through the cache.
 */
import type { CellConfigInput } from "../dsl/index.ts"

export const ablationBase = {
  // D = 8, 8 classes × 3 components (the defaults), tighter than the default mixture
  teacher: { kind: "gmm", classSpread: 1, componentSpread: 0.4, componentScale: 0.2 },
  network: { hidden: 128, embedding: 32 },
  // everything else is the default recipe: K = 4 uniform-step, lr 1e-4, EMA 50k images, 1500 prefit iterations
  optimizer: { batch: 128 },
  evaluation: { samplesPerClass: 150 },
  budget: { iterations: 1500, checkpointEvery: 250 }
} satisfies Partial<CellConfigInput>
