/**
 * Paper claim (2505.12674, §2.4 of method.md): uniform-step matching keeps every step's output
 * on the data distribution and preserves alignment; final-step matching helps only the last step's FD
 * and loses alignment at the earlier steps. K = 4, evaluated at k = 1..4; at the suite's budget (1500
 * iterations) and at 4× that, to tell a slower convergence from a different end point.
 */
import { axis, experiment, grid } from "../dsl/index.ts"
import { ablationBase } from "./_ablation.ts"

export default experiment({
  name: "uniform-vs-final",
  description: "Uniform- vs final-step matching (and the legacy backprop-through-all-steps), K = 4",
  base: ablationBase,
  sweep: grid(axis("generator.stepMatching", ["uniform", "final", "backpropAll"]), axis("budget.iterations", [1500, 6000])),
  seeds: 3,
  tables: [{ name: "fd-alignment-by-k", rows: ["iterations", "stepMatching"], columns: ["k"], metrics: ["fd", "alignment"] }],
  checks: [
    { name: "uniform 1-step FD", metric: "fd", cells: { stepMatching: "uniform", iterations: 1500 }, k: 1, tolerance: { sigma: 3 } },
    { name: "final 4-step FD", metric: "fd", cells: { stepMatching: "final", iterations: 1500 }, k: 4, tolerance: { sigma: 3 } },
    { name: "uniform 1-step alignment", metric: "alignment", cells: { stepMatching: "uniform", iterations: 1500 }, k: 1, tolerance: { abs: 0.05 } }
  ]
})
