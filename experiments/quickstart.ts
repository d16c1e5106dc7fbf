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
    // D = 8 and 8 classes × 3 components (the defaults)
    teacher: { kind: "gmm", classSpread: 1, componentSpread: 0.4, componentScale: 0.2 },
    prefit: { iterations: 2000 }, // ψ and θ start as this copy of the teacher, which must be sharp
    generator: { stepMatching: "final" }, // K = 4 (the default)
    evaluation: { everyIterations: 500 }, // the progress line shows the latest FD
    budget: { iterations: 1500 }
    // the rest is the default recipe (dsl/Hyperparams.ts): a 256×3 MLP, Adam at lr 1e-4, batch 256, EMA 50k images
  },
  tables: [{ name: "before-after", rows: ["k"], columns: [], metrics: ["fd", "alignment", "precision", "recall", "coverage"], phases: ["before", "after", "data"] }]
})
