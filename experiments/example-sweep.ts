/**
 * A small example of the DSL: two guidance strategies × two step-matching modes × 2 seeds on the
 * exact GMM teacher, with a budget small enough to run on a laptop in minutes.
 */
import { axis, experiment, grid, lsg, zeroCfg } from "../dsl/index.ts"

export default experiment({
  name: "example-sweep",
  description: "LSG vs Zero-CFG, uniform- vs final-step matching, on the 8-D GMM teacher",
  base: {
    teacher: { kind: "gmm" }, // the exact teacher of Appendix C: metrics against the true mixture
    network: { hidden: 64, depth: 2, embedding: 16 }, // tiny: a sweep, not a benchmark
    prefit: { iterations: 200, batch: 128 }, // enough for a rough copy of the teacher
    generator: { numSteps: 2 }, // K = 2 keeps the chain cheap
    optimizer: { batch: 64 },
    evaluation: { samplesPerClass: 50 },
    budget: { iterations: 100, checkpointEvery: 50 }
  },
  sweep: grid(
    axis("guidance", [lsg(1.5), zeroCfg()]),
    axis("generator.stepMatching", ["uniform", "final"])
  ),
  seeds: 2,
  tables: [{ name: "fd-by-guidance", rows: ["guidance", "stepMatching"], columns: ["k"], metrics: ["fd", "alignment"] }],
  checks: [
    // informational until a baseline is committed
    { metric: "fd", cells: { guidance: "LSG κ=1.5", stepMatching: "uniform" }, k: 2, tolerance: { sigma: 3 }, informational: true }
  ]
})
