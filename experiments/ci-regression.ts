/**
 * The CI regression experiment: a small but real distillation whose FD and alignment are checked against
 * committed baselines (generated/baselines/ci-regression.json) on every CI run, so a change that moves
 * them fails CI. 1 and 4 steps × two guidance settings × 2 seeds; about 3 minutes on 2 cores.
 *
 * wasm is bit-reproducible, so on unchanged code every value equals its baseline; the tolerances allow
 * for a deliberate change of numerics (and flag themselves when below the seed-to-seed spread).
 */
import { axis, experiment, grid, lsg, noGuidance } from "../dsl/index.ts"

export default experiment({
  name: "ci-regression",
  description: "Regression guard: SiD on the quickstart GMM, K ∈ {1, 4} × {no guidance, LSG κ=1.5} × 2 seeds",
  base: {
    teacher: { kind: "gmm", classSpread: 1, componentSpread: 0.4, componentScale: 0.2 },
    network: { hidden: 128, embedding: 32 }, // smaller than the quickstart: CI time
    prefit: { iterations: 800 },
    generator: { stepMatching: "final" },
    // no EMA: the committed baselines were measured without it (re-baseline before turning it on)
    optimizer: { batch: 128, emaHalfLifeImages: 0 },
    evaluation: { samplesPerClass: 100 },
    budget: { iterations: 300 }
  },
  sweep: grid(axis("generator.numSteps", [1, 4]), axis("guidance", [noGuidance(), lsg(1.5)])),
  seeds: 2,
  tables: [{ name: "fd-alignment", rows: ["numSteps", "guidance"], columns: [], metrics: ["fd", "alignment", "recall"] }],
  checks: [
    { name: "1-step FD", metric: "fd", cells: { numSteps: 1, guidance: "no guidance" }, k: 1, tolerance: { rel: 0.25 } },
    { name: "4-step FD", metric: "fd", cells: { numSteps: 4, guidance: "no guidance" }, k: 4, tolerance: { rel: 0.5 } }, // seeds differ by ~25%
    { name: "4-step FD, LSG", metric: "fd", cells: { numSteps: 4, guidance: "LSG κ=1.5" }, k: 4, tolerance: { rel: 0.25 } },
    { name: "1-step alignment", metric: "alignment", cells: { numSteps: 1, guidance: "no guidance" }, k: 1, tolerance: { abs: 0.03 } },
    { name: "4-step alignment, LSG", metric: "alignment", cells: { numSteps: 4, guidance: "LSG κ=1.5" }, k: 4, tolerance: { abs: 0.03 } }
  ]
})
