/**
 * The reduced Fashion-MNIST path CI runs: 600 training images, a few dozen iterations of every network,
 * SiD and SiDa for K = 1 and 2. It checks that the image pipeline runs end to end, not what it learns,
 * with sida-vs-sid's checkpoint recipe (best-FID snapshot, stop when alignment stops improving).
 */
import { axis, experiment, grid } from "../dsl/index.ts"

export default experiment({
  name: "fmnist-smoke",
  description: "Reduced image path for CI: tiny autoencoder, teacher, evaluator and SiD/SiDa cells",
  base: {
    teacher: {
      kind: "fmnist", dim: 8, trainImages: 600, testImages: 300,
      autoencoder: { hidden: 64, iterations: 60, batch: 64 },
      evaluator: { hidden: 64, iterations: 60, batch: 64 }
    },
    network: { hidden: 32, depth: 2, embedding: 8 },
    prefit: { iterations: 60, batch: 64, nullPromptShare: 0.1 },
    generator: { numSteps: 2 },
    optimizer: { batch: 32 },
    evaluation: { samplesPerClass: 8, best: { metric: "fd", stopMetric: "alignment", patience: 3 } },
    budget: { iterations: 12, checkpointEvery: 6 }
  },
  sweep: grid(axis("adversarial.enabled", [false, true], { name: "method", labels: ["SiD", "SiDa"] }), axis("generator.numSteps", [1, 2])),
  tables: [{ name: "fid-alignment", rows: ["method"], columns: ["numSteps"], metrics: ["fd", "alignment"] }],
  // student ÷ teacher FD, so a regression in either the student or the image path shows in one number
  checks: [{ name: "SiD 1-step fd ÷ teacher_fd", metric: "fd", relativeTo: "teacher_fd", cells: { method: "SiD", numSteps: 1 }, k: 1, tolerance: { rel: 0.25 } }]
})
