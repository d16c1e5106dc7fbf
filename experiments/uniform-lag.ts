/**
 * Why uniform-step matching lags final-step matching at k = K (issue 15, item 3), with the knobs that
 * exist today: t_init 625 (the one-step SD1.5 code) vs 999 (the multistep DiT code), and Adam's β2
 * (0.999 vs 0.99: k = 1's gradients at τ = 999 are ~20× larger through 1/a_t and dominate β2's second
 * moment; a shorter memory lets the other k's updates recover faster). The longer budget is
 * uniform-vs-final's 6000-iteration axis. Final-step matching runs beside each setting as the reference.
 */
import { axis, experiment, grid } from "../dsl/index.ts"
import { ablationBase } from "./_ablation.ts"

export default experiment({
  name: "uniform-lag",
  description: "Uniform- vs final-step matching at k = K against t_init and Adam β2, K = 4",
  base: ablationBase,
  sweep: grid(
    axis("generator.stepMatching", ["uniform", "final"]),
    axis("generator.tInit", [999, 625]),
    axis("optimizer.beta2", [0.999, 0.99])
  ),
  seeds: 3,
  tables: [
    { name: "fd-by-k", rows: ["stepMatching", "tInit", "beta2"], columns: ["k"], metrics: ["fd"] },
    { name: "last-step", rows: ["tInit", "beta2"], columns: ["stepMatching"], metrics: ["fd", "recall", "alignment"] }
  ]
})
