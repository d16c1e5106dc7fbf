/**
 * Why uniform-step matching lags final-step matching at k = K (issue 15, item 3). Hypotheses, each an axis:
 * t_init 625 (the one-step SD1.5 code) vs 999 (the multistep DiT code); Adam's β2 (0.999 vs 0.99: k = 1's
 * gradients at τ = 999 are ~20× larger through 1/a_t and dominate β2's second moment, and a shorter memory
 * lets the other k's updates recover faster); per-k normalisation of the generator's gradient
 * (loss.stepNormalisation, method.md §2.5), which removes that imbalance directly; and k drawn with more
 * weight on the last steps (generator.stepWeights, §2.5). The longer budget is uniform-vs-final's
 * 6000-iteration axis. Final-step matching runs beside each setting as the reference.
 *
 * Not a full grid: the t_init × β2 grid of both matchings, plus one-factor variations against the default
 * (normalisation at both β2, also under final-step matching as a control for "normalised gradients help
 * anyway"; two weightings of k). 14 settings × 3 seeds = 42 cells.
 */
import { axis, experiment, grid, union } from "../dsl/index.ts"
import { ablationBase } from "./_ablation.ts"

const stepNorm = (values: ReadonlyArray<"none" | "perStep">) => axis("loss.stepNormalisation", values, { name: "stepNorm" })
const uniformK = axis("generator.stepWeights", ["uniform"], { labels: ["uniform"] })

export default experiment({
  name: "uniform-lag",
  description: "Uniform- vs final-step matching at k = K against t_init, Adam β2, per-k normalisation and the law of k, K = 4",
  base: ablationBase,
  sweep: union(
    grid(
      axis("generator.stepMatching", ["uniform", "final"]),
      axis("generator.tInit", [999, 625]),
      axis("optimizer.beta2", [0.999, 0.99]),
      stepNorm(["none"]),
      uniformK
    ),
    grid(
      axis("generator.stepMatching", ["uniform", "final"]),
      axis("generator.tInit", [999]),
      axis("optimizer.beta2", [0.999, 0.99]),
      stepNorm(["perStep"]),
      uniformK
    ),
    grid(
      axis("generator.stepMatching", ["uniform"]),
      axis("generator.tInit", [999]),
      axis("optimizer.beta2", [0.999]),
      stepNorm(["none"]),
      // P(k = K) = 0.4 and 0.625 instead of 0.25
      axis("generator.stepWeights", [[1, 2, 3, 4], [1, 1, 1, 5]], { labels: ["1:2:3:4", "1:1:1:5"] })
    )
  ),
  seeds: 3,
  tables: [
    { name: "fd-by-k", rows: ["stepMatching", "tInit", "beta2", "stepNorm", "stepWeights"], columns: ["k"], metrics: ["fd"] },
    { name: "last-step", rows: ["tInit", "beta2", "stepNorm", "stepWeights"], columns: ["stepMatching"], metrics: ["fd", "recall", "alignment"] }
  ]
})
