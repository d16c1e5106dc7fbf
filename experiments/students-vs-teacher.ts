/**
 * Do few-step students reach their teacher (issue 15, item 2; the paper's headline)? The Fashion-MNIST
 * latent teacher of sida-vs-sid (the same dependency cells), its 50-step DDIM samples scored in every
 * cell as the reference, and SiD / SiDa students with 1 and 4 steps trained 6× longer than sida-vs-sid
 * (6000 iterations, 768k generated images), without guidance (κ = 1, as the teacher's own samples).
 * The FID curve every 500 iterations shows where each student flattens; the best-FID snapshot at k = K
 * is kept (no early stop) and reported next to the last one.
 */
import { axis, experiment, grid, noGuidance } from "../dsl/index.ts"
import { fmnistBase } from "./_fmnist.ts"

export default experiment({
  name: "students-vs-teacher",
  description: "SiD and SiDa students (K = 1, 4) against the Fashion-MNIST teacher's 50-step DDIM, 6000 iterations",
  base: {
    ...fmnistBase,
    guidance: noGuidance(),
    evaluation: { ...fmnistBase.evaluation, everyIterations: 500, best: { metric: "fd" } },
    budget: { iterations: 6000, checkpointEvery: 500 }
  },
  sweep: grid(
    axis("adversarial.enabled", [false, true], { name: "method", labels: ["SiD", "SiDa"] }),
    axis("generator.numSteps", [1, 4])
  ),
  seeds: 1,
  tables: [
    { name: "fid", rows: ["numSteps"], columns: ["method"], metrics: ["fd", "alignment"], phases: ["best", "after"] },
    { name: "teacher", rows: ["method"], columns: [], metrics: ["teacher_fd", "teacher_alignment"] }
  ]
})
