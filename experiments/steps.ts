/**
 * K ∈ {1, 2, 3, 4} trained separately (final-step matching: each generator trained for its own K) against
 * one uniform-step K = 4 generator sampled with 1..4 steps.
 */
import { axis, experiment, union, zip } from "../dsl/index.ts"
import { ablationBase } from "./_ablation.ts"

export default experiment({
  name: "steps",
  description: "Separately trained K-step generators vs one uniform K = 4 generator sampled at k = 1..4",
  base: ablationBase,
  sweep: union(
    zip(axis("generator.numSteps", [1, 2, 3, 4]), axis("generator.stepMatching", ["final", "final", "final", "final"])),
    zip(axis("generator.numSteps", [4]), axis("generator.stepMatching", ["uniform"]))
  ),
  seeds: 3,
  tables: [{ name: "fd-by-k", rows: ["stepMatching", "numSteps"], columns: ["k"], metrics: ["fd", "alignment"] }],
  checks: [{ name: "2-step final FD", metric: "fd", cells: { numSteps: 2, stepMatching: "final" }, k: 2, tolerance: { sigma: 3 } }]
})
