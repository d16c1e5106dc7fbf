/**
 * Paper claim (2505.12674, abstract; method.md §5): with real text–image pairs, the adversarial
 * term (SiDa: the fake score network's own features as discriminator) improves FID substantially
 * without losing alignment. Here on Fashion-MNIST: class names are the prompts, an autoencoder is the
 * VAE, a learned latent teacher, and an evaluator network gives FID and alignment.
 * SiD vs SiDa × K ∈ {1, 4} × guidance {LSG κ=1.5, Zero-CFG, Anti-CFG}, 2 seeds.
 *
 * The paper's checkpoint recipe (evaluation.best): training stops once alignment (the CLIP analogue) at
 * k = K has not improved for 3 curve evaluations (375 iterations at 8 per 1000), and the best-FID
 * snapshot at k = K up to then is kept and evaluated as phase "best", next to the last ("after").
 */
import { antiCfg, axis, experiment, grid, lsg, zeroCfg } from "../dsl/index.ts"
import { fmnistBase } from "./_fmnist.ts"

export default experiment({
  name: "sida-vs-sid",
  description: "SiD vs SiDa on the Fashion-MNIST latent teacher, K ∈ {1, 4}, three guidance strategies",
  base: { ...fmnistBase, evaluation: { ...fmnistBase.evaluation, best: { metric: "fd", stopMetric: "alignment", patience: 3 } } },
  sweep: grid(
    axis("adversarial.enabled", [false, true], { name: "method", labels: ["SiD", "SiDa"] }),
    axis("generator.numSteps", [1, 4]),
    axis("guidance", [lsg(1.5), zeroCfg(), antiCfg(-0.5)])
  ),
  seeds: 2,
  tables: [
    { name: "fid-alignment", rows: ["guidance", "numSteps"], columns: ["method"], metrics: ["fd", "alignment"], phases: ["best", "after"] },
    { name: "precision-recall", rows: ["guidance", "numSteps"], columns: ["method"], metrics: ["precision", "recall"] },
    // the teacher's own 50-step DDIM samples, scored like the generators' (the same in every cell)
    { name: "teacher", rows: ["method"], columns: [], metrics: ["teacher_fd", "teacher_alignment"] }
  ],
  checks: [
    { name: "SiDa 1-step FID, LSG", metric: "fd", cells: { method: "SiDa", numSteps: 1, guidance: "LSG κ=1.5" }, k: 1, tolerance: { rel: 0.25 } }
  ]
})
