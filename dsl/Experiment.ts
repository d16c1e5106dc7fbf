/**
 * `experiment({...})`: an experiment is a plain value — a base config, a sweep, and declarations of the
 * tables and checks a later stage renders and enforces. Nothing runs here; `sidlab compile` validates
 * the value (with file:line diagnostics) and expands it into cells.
 *
 * Cells: every sweep point is one "distill" cell. With the analytic GMM teacher it depends on a "prefit"
 * cell that fits an `mlp` copy of the teacher; with a learned image teacher (fmnist) on an "autoencoder",
 * a "teacher" and an "evaluator" cell. Dependency cells are shared by every cell (of every experiment)
 * with the same config.
 */
import type { CellConfigInput } from "./Hyperparams.ts"
import type { SelectorsOf, SelectorValue, Sweep } from "./Axis.ts"
import { callSite, Site, withMeta } from "./internal/common.ts"
import type { Metric } from "./Metrics.ts"

// metrics: declared in Metrics.ts (Hyperparams.ts reads them too), re-exported here for authors

export { metricNames, metrics } from "./Metrics.ts"
export type { Metric, SampleMetric } from "./Metrics.ts"

// ---------------------------------------------------------------------------------------------------
// cells and their stage chains

/** The kinds of cell and the stages each runs, in order (the runner maps stages to modules). */
export const cellKinds = {
  /** Fits an `mlp` to the analytic teacher; config {teacher, network, prefit}, seed-independent. */
  prefit: ["prefit"],
  /** Fashion-MNIST autoencoder (the VAE of the latent teacher); config {teacher}. */
  autoencoder: ["autoencoderTrain"],
  /** The latent ε-prediction teacher, trained on the autoencoder's latents; config {teacher, network, prefit}. */
  teacher: ["teacherTrain"],
  /** The evaluator network (FID features, alignment); config {teacher}. */
  evaluator: ["evaluatorTrain"],
  /** SiD distillation: train = generate + diffuse + loss + update (§6.1), then evaluate. */
  distill: ["teacherLoad", "train", "evaluate"]
} as const
export type CellKind = keyof typeof cellKinds
export type StageName = (typeof cellKinds)[CellKind][number]

// ---------------------------------------------------------------------------------------------------
// declarations

/** Every key of every member of a union of rows (a `union(...)` sweep has rows with different axes). */
type AxisName<R> = R extends unknown ? keyof R & string : never
type AxisValue<R, K extends string> = R extends { readonly [P in K]?: infer V } ? V : never

/**
 * Selects cells by axis values: axis name → value or its label (e.g. `{ guidance: "LSG κ=1.5" }`).
 * `L` is the sweep's selector map (dsl/Axis.ts `SelectorsOf`): string values are typed as the axis's
 * literals and numbers as the values or their text, so a misspelt value is a type error.
 */
export type Selector<L = Record<string, unknown>> = { readonly [K in AxisName<L>]?: AxisValue<L, K> }

/**
 * Which evaluation of a distill cell a table shows: "before" training, "after" it (the default), the
 * "best" snapshot (the training-curve point with the lowest FD at k = K; curve points use fewer samples
 * than "after", so compare "best" with "best"), and "data", the floor: fresh true samples (k = 0).
 */
export const tablePhases = ["before", "after", "best", "data"] as const
export type TablePhase = (typeof tablePhases)[number]

/** A table: rows and columns named by axes (or "k", the number of sampling steps), cells by metrics. */
export interface TableSpec<R = Record<string, unknown>, L = Record<string, unknown>> {
  readonly name: string
  readonly rows: ReadonlyArray<AxisName<R> | "k">
  readonly columns: ReadonlyArray<AxisName<R> | "k">
  /** One or more metrics in each table cell (mean ± std over seeds; best in bold). */
  readonly metrics: ReadonlyArray<Metric>
  /** Only these cells; default all. */
  readonly cells?: Selector<L>
  /** Only these k; default every evaluated k. */
  readonly k?: ReadonlyArray<number>
  /**
   * The evaluations shown, each metric once per phase (default ["after"]). With "k" as a row or column,
   * "data" is one more k entry ("data") under each metric's first phase; otherwise a column of its own.
   */
  readonly phases?: ReadonlyArray<TablePhase>
}

/** Exactly one tolerance kind: absolute, relative (fraction of the baseline) or k·σ over seeds. */
export type Tolerance = { readonly abs: number } | { readonly rel: number } | { readonly sigma: number }

/** A regression check of one metric of selected cells against a baseline; direction from `metrics`. */
export interface CheckSpec<L = Record<string, unknown>> {
  readonly name?: string
  readonly metric: Metric
  readonly cells: Selector<L>
  /** Number of sampling steps the metric is read at. */
  readonly k: number
  /**
   * Check a ratio instead of the raw value: `metric` ÷ this metric of the same cell (read at the check's
   * k, or at k = 0 for a cell-scope metric such as "teacher_fd"), both now and in the baseline. With
   * "teacher_fd", `fd` becomes student FD ÷ teacher FD. The direction stays the one of `metric`.
   */
  readonly relativeTo?: Metric
  readonly tolerance: Tolerance
  /** An explicit baseline value; default: the committed baseline. */
  readonly baseline?: number
  /** Reported but never fails the run. */
  readonly informational?: boolean
}

/** Extra ordering between cells: every cell matching `cells` runs after every cell matching `after`. */
export interface DependencySpec<L = Record<string, unknown>> {
  readonly cells: Selector<L>
  readonly after: Selector<L>
}

/** What an author writes; every block is optional except what the schema requires (the teacher). */
export interface ExperimentSpec<R, L = SelectorsOf<R>> {
  /** The plan's file name: `generated/<name>.plan.ts`; lower-case letters, digits and dashes. */
  readonly name: string
  readonly description?: string
  /** Config shared by all cells; an axis replaces the value at its path. */
  readonly base: Partial<CellConfigInput>
  readonly sweep?: Sweep<R, L>
  /** Replicates every point with run seeds 0..n−1 (same as grid(sweep, seeds(n))). */
  readonly seeds?: number
  /**
   * The most cells the sweep may have (counted before expanding, before where filters, with seeds);
   * default 5000 (`sidlab compile` refuses bigger sweeps, which would take minutes and gigabytes).
   */
  readonly maxCells?: number
  readonly tables?: ReadonlyArray<TableSpec<R & SeedRow<R>, L & SeedSel<R>>>
  readonly checks?: ReadonlyArray<CheckSpec<L & SeedSel<R>>>
  readonly dependencies?: ReadonlyArray<DependencySpec<L & SeedSel<R>>>
}

/** With `seeds: n`, "seed" is an axis too. */
type SeedRow<R> = "seed" extends keyof R ? {} : { readonly seed?: number }
type SeedSel<R> = "seed" extends keyof R ? {} : { readonly seed?: SelectorValue<number> }

/** The experiment value the compiler reads (the spec, tagged). */
export interface Experiment<R = any, L = any> extends ExperimentSpec<R, L> {
  readonly _tag: "Experiment"
}

/** Declares an experiment. Pure: returns the value; `export default` it from a file in `experiments/`. */
export const experiment = <R = {}, L = SelectorsOf<R>>(spec: ExperimentSpec<R, L>): Experiment<R, L> =>
  withMeta({ _tag: "Experiment" as const, ...spec }, Site, callSite())

/** True for a value made by `experiment(...)`. */
export const isExperiment = (u: unknown): u is Experiment =>
  typeof u === "object" && u !== null && (u as { _tag?: unknown })._tag === "Experiment"
