/**
 * The quick start: distil an exact 8-class Gaussian-mixture teacher (D = 8) into a 4-step generator and
 * compare FD / alignment / precision / recall for k = 1..4 before and after training.
 *
 * Runs in a few minutes on 2 CPU cores (wasm backend). Final-step matching: at this budget the
 * uniform-step mixture spends most of its updates on the 1-step output (see docs/results.md).
 */
import { experiment } from "../dsl/index.ts"

export default experiment({
  name: "quickstart",
  description: "SiD on an exact 8-class GMM teacher in 8-D: a 4-step generator before vs after distillation",
  base: {
    // classes are well apart, components within a class overlap little: alignment of real data ≈ 1
    teacher: { kind: "gmm", dim: 8, classes: 8, componentsPerClass: 3, classSpread: 1, componentSpread: 0.4, componentScale: 0.2 },
    network: { hidden: 256, depth: 3, embedding: 64 }, // ψ and θ: a copy of the teacher must be sharp
    prefit: { iterations: 2000, batch: 256, lr: 2e-3 },
    generator: { numSteps: 4, tInit: 999, stepMatching: "final" },
    optimizer: { batch: 256, lrPsi: 1e-4, lrTheta: 1e-4, emaHalfLifeImages: 50_000 }, // §9's 1e-6 is for SD-size networks; EMA as in S1
    evaluation: { samplesPerClass: 250, everyIterations: 500 }, // the progress line shows the latest FD
    budget: { iterations: 1500, checkpointEvery: 100 }
  }
})
