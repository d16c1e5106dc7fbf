/**
 * Paper claims: Zero-CFG gives a strong alignment–FD balance at the lowest cost (no second pass of any
 * network); Anti-CFG (negative CFG in the fake score network) improves diversity. K = 4, uniform-step.
 * Anti-CFG's κ_neg and κ1 are unknown (method.md §4.3); reading (a), κ1 = κ_neg, is used.
 */
import { antiCfg, axis, experiment, longCfg, lsg, noGuidance, zeroCfg } from "../dsl/index.ts"
import { ablationBase } from "./_ablation.ts"

export default experiment({
  name: "guidance-strategies",
  description: "No guidance, long CFG (teacher only), LSG, Zero-CFG and Anti-CFG at K = 4",
  base: ablationBase,
  sweep: axis("guidance", [noGuidance(), longCfg(1.5), lsg(1.5), zeroCfg(), antiCfg(-0.5), antiCfg(-1)]),
  seeds: 3,
  tables: [
    { name: "fd-alignment", rows: ["guidance"], columns: [], metrics: ["fd", "alignment", "precision", "recall"] },
    { name: "cost", rows: ["guidance"], columns: [], metrics: ["passes_per_iter", "peak_tensor_mb", "sec_per_iter"] }
  ],
  checks: [
    { name: "Zero-CFG 4-step FD", metric: "fd", cells: { guidance: "Zero-CFG" }, k: 4, tolerance: { sigma: 3 } },
    { name: "Zero-CFG 4-step alignment", metric: "alignment", cells: { guidance: "Zero-CFG" }, k: 4, tolerance: { abs: 0.05 } }
  ]
})
