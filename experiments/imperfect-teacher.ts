/**
 * Robustness (a question the paper leaves open): teachers with growing, controlled errors — every
 * component mean moved by meanShift and every scale multiplied by scaleFactor — distilled with uniform-
 * and final-step matching; FD is always measured against the TRUE mixture.
 */
import { axis, experiment, grid, zip } from "../dsl/index.ts"
import { ablationBase } from "./_ablation.ts"

export default experiment({
  name: "imperfect-teacher",
  description: "Teacher error (mean shift, scale factor) × uniform/final matching; FD against the true mixture",
  base: ablationBase,
  sweep: grid(
    zip(axis("teacher.imperfection.meanShift", [0, 0.1, 0.2, 0.4]), axis("teacher.imperfection.scaleFactor", [1, 1.1, 1.2, 1.4])),
    axis("generator.stepMatching", ["uniform", "final"])
  ),
  seeds: 3,
  tables: [
    { name: "fd-vs-teacher-error", rows: ["meanShift"], columns: ["stepMatching"], metrics: ["fd", "alignment"] },
    { name: "fd-by-k", rows: ["meanShift", "stepMatching"], columns: ["k"], metrics: ["fd"] },
    { name: "teacher-own-error", rows: ["meanShift"], columns: [], metrics: ["teacher_fd", "teacher_alignment"] }
  ],
  checks: [{ name: "final FD, shift 0.2", metric: "fd", cells: { meanShift: 0.2, stepMatching: "final" }, k: 4, tolerance: { sigma: 3 } }]
})
