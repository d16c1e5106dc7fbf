/**
 * The metrics a distill cell reports (Appendix C; what `evaluate` reports at every k), on their own so
 * both the experiment declarations (Experiment.ts) and the config schemas (Hyperparams.ts: the metric a
 * best snapshot is selected by) read one declaration. Imports nothing: it is part of every cell's code.
 */

/**
 * Unit, the direction that is better, and scope — "sample" metrics are measured on the generated samples
 * for every k, "cell" metrics once per cell (the cost of an iteration). Results schemas and table/check
 * validation derive from this list.
 */
export const metrics = {
  /** Fréchet distance to fresh samples of the true distribution. */
  fd: { better: "lower", unit: "squared data units", scope: "sample" },
  /** The true posterior of the prompted class (the CLIP-score analogue). */
  alignment: { better: "higher", unit: "probability", scope: "sample" },
  /** Share of samples inside the real k-NN manifold (k = 3). */
  precision: { better: "higher", unit: "fraction", scope: "sample" },
  /** Share of real samples inside the generated k-NN manifold. */
  recall: { better: "higher", unit: "fraction", scope: "sample" },
  /** Share of mixture components that receive their share of samples. */
  coverage: { better: "higher", unit: "fraction", scope: "sample" },
  /** Forward passes of B rows per training iteration (chain steps and CFG branches), mean over iterations. */
  passes_per_iter: { better: "lower", unit: "passes", scope: "cell" },
  /** Peak tensor memory during profiled iterations (every 100th), including weights and optimiser state. */
  peak_tensor_mb: { better: "lower", unit: "MiB", scope: "cell" },
  /** FD of exact samples of the mixture the teacher models, against the truth (the teacher's own error). */
  teacher_fd: { better: "lower", unit: "squared data units", scope: "cell" },
  /** Alignment of exact samples of the teacher's modelled mixture under the true posterior. */
  teacher_alignment: { better: "higher", unit: "probability", scope: "cell" },
  /** Wall time per training iteration on the cell's backend (not reproducible; phase "timing"). */
  sec_per_iter: { better: "lower", unit: "s", scope: "cell" },
  /** Share of the training wall time spent on the training curve's evaluations (phase "timing"). */
  curve_time_share: { better: "lower", unit: "fraction", scope: "cell" }
} as const
export type Metric = keyof typeof metrics
export const metricNames = Object.keys(metrics) as ReadonlyArray<Metric>

type SampleMetricOf<M extends Metric> = M extends unknown ? ((typeof metrics)[M]["scope"] extends "sample" ? M : never) : never
/** The metrics measured on samples at every k (scope "sample"). */
export type SampleMetric = SampleMetricOf<Metric>
/** The sample metrics as a tuple (Schema literals need one); a test checks it lists exactly the "sample" scope. */
export const sampleMetricNames = ["fd", "alignment", "precision", "recall", "coverage"] as const satisfies ReadonlyArray<SampleMetric>
