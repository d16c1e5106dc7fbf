/**
 * Paper claim (SiD-LSG on SD1.5, one step: FID 8.71 / CLIP 0.302 at κ = 1.5 → FID 16.59 / CLIP 0.317 at
 * κ = 4.5): as the LSG scale grows, alignment rises and FD gets worse. 1-step and 4-step generators.
 */
import { axis, experiment, grid, lsg } from "../dsl/index.ts"
import { ablationBase } from "./_ablation.ts"

export default experiment({
  name: "lsg-kappa",
  description: "LSG guidance scale κ ∈ {1, 1.5, 2, 3, 4.5} for 1- and 4-step generators",
  base: ablationBase,
  sweep: grid(axis("guidance", [lsg(1), lsg(1.5), lsg(2), lsg(3), lsg(4.5)]), axis("generator.numSteps", [1, 4])),
  seeds: 3,
  tables: [{ name: "fd-alignment-by-kappa", rows: ["guidance"], columns: ["numSteps"], metrics: ["fd", "alignment", "recall"] }],
  checks: [
    { name: "1-step FD at κ=1.5", metric: "fd", cells: { guidance: "LSG κ=1.5", numSteps: 1 }, k: 1, tolerance: { sigma: 3 } },
    { name: "1-step alignment at κ=4.5", metric: "alignment", cells: { guidance: "LSG κ=4.5", numSteps: 1 }, k: 1, tolerance: { abs: 0.05 } }
  ]
})
