/**
 * The glossary of the method's symbols as Effect Schemas: every block of a cell's resolved config.
 *
 * Names follow `method.md` (alpha, tInit, kappa1..kappa4, ...). Defaults are the §9 defaults
 * scaled to this machine where §9 names an SD-scale value (batch, learning rate, duration); such
 * scaled defaults say so. Decoding reports the path of a bad field, e.g. `at ["generator"]["numSteps"]`.
 *
 * This module imports neither tfjs nor `stages/`: authoring and compiling an experiment never loads
 * tensor code.
 */
import { Effect, Result, Schema } from "effect"
import { firstSchemaIssue } from "./internal/common.ts"
import { metrics, sampleMetricNames, type SampleMetric } from "./Metrics.ts"

const withDefault = <S extends Schema.Top>(value: S["Type"]) =>
  Schema.withDecodingDefaultTypeKey<S>(Effect.succeed(value))

const PositiveInt = Schema.Int.check(Schema.isGreaterThanOrEqualTo(1))
const NonNegativeInt = Schema.Int.check(Schema.isGreaterThanOrEqualTo(0))
const Positive = Schema.Finite.check(Schema.isGreaterThan(0))
const NonNegative = Schema.Finite.check(Schema.isGreaterThanOrEqualTo(0))
const Probability = Schema.Finite.check(Schema.isGreaterThanOrEqualTo(0), Schema.isLessThanOrEqualTo(1))
/** A DDPM timestep index of the 1000-step schedule (§1.1). */
const Timestep = Schema.Int.check(Schema.isGreaterThanOrEqualTo(0), Schema.isLessThanOrEqualTo(999))

// ---------------------------------------------------------------------------------------------------
// teacher

/** Deliberate teacher errors (Appendix C, "Making it imperfect on purpose"); metrics keep the true mixture. */
export const Imperfection = Schema.Struct({
  /** Every component mean moves by a random vector of this length (data units). */
  meanShift: NonNegative.pipe(withDefault(0)),
  /** Every component scale is multiplied by this factor: σ_j·(1+η) with factor = 1+η. */
  scaleFactor: Positive.pipe(withDefault(1)),
  /** Component weights are tempered: w_j^(1/T), renormalised. 1 leaves them unchanged. */
  weightTemperature: Positive.pipe(withDefault(1))
})
export type Imperfection = typeof Imperfection.Type

/** The exact class-conditional Gaussian-mixture teacher of Appendix C (the perfect teacher of Lemma 1). */
export const GmmTeacher = Schema.Struct({
  kind: Schema.Literal("gmm"),
  /** D, the data dimension. */
  dim: PositiveInt.pipe(withDefault(8)),
  /** C, the number of prompt classes (index C is the null prompt ∅). */
  classes: PositiveInt.pipe(withDefault(8)),
  /** Gaussian components of each class's mixture. */
  componentsPerClass: PositiveInt.pipe(withDefault(3)),
  /** Class centres are drawn N(0, classSpread²·I). */
  classSpread: Positive.pipe(withDefault(1.5)),
  /** Component means are drawn around their class centre with N(0, componentSpread²·I). */
  componentSpread: Positive.pipe(withDefault(0.5)),
  /** σ_j, the isotropic scale of every component. */
  componentScale: Positive.pipe(withDefault(0.15)),
  /** Seed of the mixture's structure (centres, means, weights), independent of the run seed. */
  structureSeed: NonNegativeInt.pipe(withDefault(1)),
  imperfection: Imperfection.pipe(withDefault({ meanShift: 0, scaleFactor: 1, weightTemperature: 1 }))
})
export type GmmTeacher = typeof GmmTeacher.Type

/** The autoencoder that plays the VAE of a latent teacher: 784 → hidden → dim → hidden → 784 (the image path; README, "Real data"). */
export const Autoencoder = Schema.Struct({
  /** Width of its hidden layers. */
  hidden: PositiveInt.pipe(withDefault(512)),
  /** Adam steps on the training images. */
  iterations: NonNegativeInt.pipe(withDefault(3000)),
  batch: PositiveInt.pipe(withDefault(256)),
  /** Adam learning rate. */
  lr: Positive.pipe(withDefault(1e-3)),
  /** Seed of its initialisation and batches, independent of the run seed (so cells share it). */
  seed: NonNegativeInt.pipe(withDefault(0))
})
export type Autoencoder = typeof Autoencoder.Type

/** The evaluator network (Inception and CLIP stand-in): a pixel classifier 784 → hidden → hidden/2 → 10. */
export const Evaluator = Schema.Struct({
  /** Width of its first hidden layer (the second has half). */
  hidden: PositiveInt.pipe(withDefault(512)),
  /** Adam steps on the labelled training images. */
  iterations: NonNegativeInt.pipe(withDefault(4000)),
  batch: PositiveInt.pipe(withDefault(256)),
  /** Adam learning rate. */
  lr: Positive.pipe(withDefault(1e-3)),
  /** Seed of its initialisation and batches, independent of the run seed. */
  seed: NonNegativeInt.pipe(withDefault(0))
})
export type Evaluator = typeof Evaluator.Type

/**
 * A learned latent teacher on Fashion-MNIST (README, "Real data"): class names are the prompts, an autoencoder is
 * the VAE, the teacher is an `mlp` ε-prediction denoiser trained on its standardised latents (the cell's
 * `network` and `prefit` blocks size and train it), and an evaluator network gives FID and alignment.
 */
export const FmnistTeacher = Schema.Struct({
  kind: Schema.Literal("fmnist"),
  /** D, the latent dimension. */
  dim: PositiveInt.pipe(withDefault(32)),
  /** C: the ten Fashion-MNIST classes (index 10 is the null prompt ∅). */
  classes: Schema.Literal(10).pipe(withDefault(10 as const)),
  /** Training images used (the first n of the training split); fewer for quick paths and CI. */
  trainImages: PositiveInt.pipe(withDefault(60000)),
  /** Test images used as the FID reference (the first n of the test split). */
  testImages: PositiveInt.pipe(withDefault(10000)),
  autoencoder: Autoencoder.pipe(withDefault(Schema.decodeUnknownSync(Autoencoder)({}))),
  evaluator: Evaluator.pipe(withDefault(Schema.decodeUnknownSync(Evaluator)({})))
})
export type FmnistTeacher = typeof FmnistTeacher.Type

export const Teacher = Schema.Union([GmmTeacher, FmnistTeacher])
export type Teacher = typeof Teacher.Type

/** The teacher block as a GMM teacher; code that only makes sense for the analytic teacher says so here. */
export const gmmTeacher = (t: Teacher): GmmTeacher => {
  if (t.kind !== "gmm") throw new ConfigError({ field: "teacher.kind", detail: `this needs the analytic "gmm" teacher, got "${t.kind}"` })
  return t
}

// ---------------------------------------------------------------------------------------------------
// networks

/** The `mlp` denoiser of benchmark.md: [x_t, sin/cos(t), class embedding] → depth × (Linear, SiLU) → Linear. */
export const Network = Schema.Struct({
  /** Input dimension; when given it must equal the teacher's D. */
  dim: Schema.optionalKey(PositiveInt),
  /** Width of every hidden layer (256 copies the quick start's teacher sharply enough). */
  hidden: PositiveInt.pipe(withDefault(256)),
  /** Hidden layers. */
  depth: PositiveInt.pipe(withDefault(3)),
  /** Width of the time embedding and of the class embedding. */
  embedding: PositiveInt.check(Schema.isMultipleOf(2)).pipe(withDefault(64)),
  /** Seed of the random initialisation. */
  initSeed: NonNegativeInt.pipe(withDefault(0))
})
export type Network = typeof Network.Type

/** Denoising regression that makes an `mlp` a copy of an analytic teacher, so ψ and θ can start as φ (§3). */
export const Prefit = Schema.Struct({
  /** Adam steps of the regression (the learned image teacher trains with this block too). */
  iterations: NonNegativeInt.pipe(withDefault(1500)),
  batch: PositiveInt.pipe(withDefault(256)),
  /** Adam learning rate. */
  lr: Positive.pipe(withDefault(2e-3)),
  /** Share of rows trained on the null prompt ∅, so the copy also answers unconditional queries. */
  nullPromptShare: Probability.pipe(withDefault(0.2)),
  /** Divergence guard: a regression loss above this (or non-finite) fails the cell; it starts near D. */
  maxLoss: Positive.pipe(withDefault(1e4))
})
export type Prefit = typeof Prefit.Type

// ---------------------------------------------------------------------------------------------------
// generator (§2)

export const StepMatching = Schema.Literals(["uniform", "final", "backpropAll"])
export type StepMatching = typeof StepMatching.Type
export const NoiseType = Schema.Literals(["fresh", "fixed", "ddim"])
export type NoiseType = typeof NoiseType.Type
/** §2.5: the law of k in uniform-step matching: U{1..K}, or P(k) ∝ weights[k−1]. */
export const StepWeights = Schema.Union([Schema.Literal("uniform"), Schema.Array(NonNegative)])
export type StepWeights = typeof StepWeights.Type

/** G_θ, the few-step generator (§2): how many steps, from where, and which step each update trains. */
export const Generator = Schema.Struct({
  /** K, the trained maximum number of steps (§2.3). */
  numSteps: PositiveInt.pipe(withDefault(4)),
  /** t_init: the first step's timestep; the chain starts from s_{tInit}·z (§2.2). */
  tInit: Timestep.pipe(withDefault(999)),
  /** §2.4: uniform-step (k ~ U{1..K}), final-step (k ≡ K), or the legacy backprop-through-all-steps. */
  stepMatching: StepMatching.pipe(withDefault("uniform")),
  /** §2.3: noise injected between steps. */
  noiseType: NoiseType.pipe(withDefault("fresh")),
  /**
   * §2.5 (sidlab extension, not from the paper): the law of k in uniform-step matching, drawn once per
   * iteration for both updates. "uniform" is U{1..K} (S2); an array of K non-negative weights with a
   * positive sum draws k with P(k) = weights[k−1]/Σ weights (e.g. [1, 1, 1, 5] favours k = K).
   * Only with stepMatching "uniform".
   */
  stepWeights: StepWeights.pipe(withDefault("uniform"))
})
export type Generator = typeof Generator.Type

// ---------------------------------------------------------------------------------------------------
// guidance (§4.2, §4.3)

/** Classifier-free guidance scales κ1..κ4 (§4.2); write them through a preset of dsl/Guidance.ts. */
export const Guidance = Schema.Struct({
  /** κ1: CFG scale of f_ψ inside L_ψ. */
  kappa1: Schema.Finite.pipe(withDefault(1)),
  /** κ2: CFG scale of the f_ψ inside (y_φ − y_ψ) in L_θ. */
  kappa2: Schema.Finite.pipe(withDefault(1)),
  /** κ3: CFG scale of the f_ψ inside (y_ψ − x_g) in L_θ; tied to κ2 in the authors' code. */
  kappa3: Schema.Finite.pipe(withDefault(1)),
  /** κ4: CFG scale of the teacher f_φ inside L_θ. */
  kappa4: Schema.Finite.pipe(withDefault(1)),
  /** Prompt dropout while training f_ψ; "auto" = 0.1 when κ1 ≠ 1 or κ2 ≠ 1, else 0 (S1). */
  fakePromptDropout: Schema.Union([Probability, Schema.Literal("auto")]).pipe(withDefault("auto"))
})
export type Guidance = typeof Guidance.Type

/** §3: resolves "auto" prompt dropout the way S1 does. */
export const resolvePromptDropout = (g: Guidance): number =>
  g.fakePromptDropout === "auto" ? (g.kappa1 !== 1 || g.kappa2 !== 1 ? 0.1 : 0) : g.fakePromptDropout

// ---------------------------------------------------------------------------------------------------
// loss (§3, §4.1)

/** §2.5 (sidlab extension): how the generator's gradient of a draw at step k is scaled before Adam. */
export const StepNormalisation = Schema.Literals(["none", "perStep"])
export type StepNormalisation = typeof StepNormalisation.Type

/** L_ψ and L_θ (§3, §4.1): the timestep range, α, the normaliser and the loss scalings. */
export const Loss = Schema.Struct({
  /** α of L_θ; 1.0 in the SD/DiT code (§4.1). */
  alpha: Schema.Finite.pipe(withDefault(1)),
  /** t ~ U{tMin .. tMaxExclusive−1}, one draw for L_ψ and L_θ (§1.1). */
  tMin: Timestep.pipe(withDefault(20)),
  /** The upper end of the timestep draw, exclusive. */
  tMaxExclusive: Schema.Int.check(Schema.isGreaterThanOrEqualTo(1), Schema.isLessThanOrEqualTo(1000)).pipe(
    withDefault(980)
  ),
  /** Floor of the per-sample normaliser w = 1/max(mean|x_g − y_φ|, floor) (§4.1). */
  weightFloor: Positive.pipe(withDefault(1e-5)),
  /** λ_ψ. */
  lossScalingPsi: Positive.pipe(withDefault(1)),
  /** λ_G. */
  lossScalingG: Positive.pipe(withDefault(1)),
  /** Divergence guard: |L_ψ| or |L_θ| above this (or non-finite) fails the cell with the iteration. */
  maxLoss: Positive.pipe(withDefault(1e8)),
  /**
   * §2.5 (sidlab extension, not from the paper): "none" feeds Adam the gradient of L_θ as it is; "perStep"
   * divides the gradient of a draw at step k by n_k, the bias-corrected running RMS (EMA, β = 0.99 per
   * draw of that k) of the global gradient norm ‖∇_θ L_θ‖ over that k's draws, this one included, i.e.
   * it trains on L_θ/n_k with n_k a constant. Why: k = 1 at τ = 999 has gradients ~20× those of other k
   * (through 1/a_t), and Adam's second moment, shared by all k, is then set by k = 1 alone; after
   * normalisation every k contributes E‖g‖² = 1. The gradient and not |L_θ| is measured because the SiD
   * loss is not a progress signal (it can be ~0 or negative while its gradient is large). The logged L_θ
   * stays unscaled.
   */
  stepNormalisation: StepNormalisation.pipe(withDefault("none"))
})
export type Loss = typeof Loss.Type

// ---------------------------------------------------------------------------------------------------
// adversarial: SiDa, SiD + Diffusion-GAN (§5)

export const DWeight = Schema.Literals(["one", "fourPlusSnr"])
export type DWeight = typeof DWeight.Type
export const BceReduction = Schema.Literals(["perSample", "perDeviceBatch"])
export type BceReduction = typeof BceReduction.Type

/**
 * §5 SiDa: the discriminator is f_ψ's own hidden features (no new parameters), trained by L_D inside the
 * f_ψ update on real pairs (x_real, c_real); the generator adds L_adv. Needs real data (§5.4). The block
 * is optional: a cell without it is plain SiD and decodes exactly as before the block existed.
 */
export const Adversarial = Schema.Struct({
  /** §9 `useGan`: off by default; on, the cell needs paired real data (§5.4). */
  enabled: Schema.Boolean.pipe(withDefault(false)),
  /** λ_adv, the weight of L_adv (§5.2); 1 in S2, 0.01 in SiDA-EDM. */
  lossScalingGan: Positive.pipe(withDefault(1)),
  /** λ_D, the weight of L_D inside the f_ψ objective (§5.2); 1 in S2 and SiDA-EDM. */
  lossScalingD: Positive.pipe(withDefault(1)),
  /** §5.3: the generator's optimiser step is skipped while imagesSeen ≤ this (S2: 20k; SiDA-EDM: 100k). */
  gFreezeImages: NonNegativeInt.pipe(withDefault(20000)),
  /** §5.3: L_adv enters the generator objective once imagesSeen > this (S2: 40k; SiDA-EDM: 200k). */
  ganStartImages: NonNegativeInt.pipe(withDefault(40000)),
  /** §5.2: after ganStart the generator objective is ganMix·L_θ + (1 − ganMix)·L_adv (0.5 in S2, S3). */
  ganMix: Probability.pipe(withDefault(0.5)),
  /** γ_t of L_D (§5.2): 1 (S2) or 4 + SNR_t (SiDA-EDM's λ(σ)); [UNK] for the paper. */
  dWeight: DWeight.pipe(withDefault("one")),
  /** §5.1 [INF]: 1-based hidden layer of ψ whose post-SiLU features, averaged, give the logit; default the last (network.depth). */
  discLayer: Schema.optionalKey(PositiveInt),
  /** §5.2: BCE averaged per sample (S2) or over the whole per-device batch first (SiDA-EDM, no N_lat in L_D). */
  bceReduction: BceReduction.pipe(withDefault("perSample"))
})
export type Adversarial = typeof Adversarial.Type

/** The SiDa settings of a cell when the GAN is on (discLayer resolved to a layer index), else undefined. */
export const resolveAdversarial = (c: {
  readonly adversarial?: Adversarial
  readonly network: Network
}): (Adversarial & { readonly discLayer: number }) | undefined =>
  c.adversarial?.enabled === true ? { ...c.adversarial, discLayer: c.adversarial.discLayer ?? c.network.depth } : undefined

// ---------------------------------------------------------------------------------------------------
// optimiser (§6.2)

/** Adam(W) for f_ψ and G_θ alike, and the EMA of θ (§6.2). */
export const Optimizer = Schema.Struct({
  /** Adam, or AdamW (decoupled weight decay). */
  kind: Schema.Literals(["adam", "adamw"]).pipe(withDefault("adam")),
  /** lr_ψ. §9 gives 1e-6 at SD scale with batch 512; the small MLPs here want 100× that (every shipped experiment). */
  lrPsi: Positive.pipe(withDefault(1e-4)),
  /** lr_θ, equal to lr_ψ in every SiD code base (§6.2). */
  lrTheta: Positive.pipe(withDefault(1e-4)),
  /** β1 = 0 in every SiD code base (Appendix B.7). */
  beta1: Probability.pipe(withDefault(0)),
  beta2: Probability.pipe(withDefault(0.999)),
  /** Adam ε: 1e-8 in fp32 (§6.2). */
  eps: Positive.pipe(withDefault(1e-8)),
  /** Weight decay (AdamW only). */
  weightDecay: NonNegative.pipe(withDefault(0.01)),
  /** Batch per update (§9's globalBatch is 512 at SD scale). */
  batch: PositiveInt.pipe(withDefault(256)),
  /** Gradient NaN → 0, ±∞ → ±1e5, as torch.nan_to_num in the SiD code (§3). */
  gradNanToNum: Schema.Boolean.pipe(withDefault(true)),
  /**
   * EMA half-life of θ in images; samples and metrics come from θ_ema. 50k images with ramp-up 0.05 is
   * S1's `--ema 0.05` (§6.2, §9); the few-step FD of every shipped GMM experiment depends on it
   * (averaging removes the generator's update noise). 0 disables (S2, and fp16 runs).
   */
  emaHalfLifeImages: NonNegative.pipe(withDefault(50_000)),
  /** While imagesSeen · emaRampup is below the half-life, that product is the half-life (S1). */
  emaRampup: NonNegative.pipe(withDefault(0.05))
})
export type Optimizer = typeof Optimizer.Type

// ---------------------------------------------------------------------------------------------------
// evaluation, budget

/**
 * The paper's checkpoint recipe (2505.12674: the authors stop training where CLIP, i.e. alignment, peaks
 * and keep the best-FID snapshot). At every training-curve evaluation (phase "during", iteration 0 and
 * the end included) the sampling generator (θ_ema when EMA is on, else θ) is kept when `metric` at `k`
 * is strictly better than at every earlier curve point (a tie keeps the earlier snapshot; the direction
 * is the metric's declaration in dsl/Metrics.ts). After training the kept snapshot gets the same full
 * evaluation as the last one ("after") and is reported as phase "best"; the manifest records which
 * iteration was selected and why. With `patience`, training stops once `stopMetric` (default `metric`)
 * at `k` has not improved for that many curve evaluations in a row (the stop iteration is recorded).
 * The paper's rule is `{ metric: "fd", stopMetric: "alignment", patience: n }`: stop after alignment
 * peaks, keep the best FID seen up to then. Selection reads the curve's values, measured with
 * `curveSamplesPerClass` samples per class, so it needs the curve (everyIterations ≠ 0).
 */
export const BestSnapshot = Schema.Struct({
  /** The sample metric that selects the snapshot. */
  metric: Schema.Literals(sampleMetricNames),
  /** The number of sampling steps it is read at; "K" is generator.numSteps. */
  k: Schema.Union([PositiveInt, Schema.Literal("K")]).pipe(withDefault("K")),
  /** Stop after this many curve evaluations without improvement of `stopMetric` (absent: train the whole budget). */
  patience: Schema.optionalKey(PositiveInt),
  /** The metric `patience` watches; default `metric`. */
  stopMetric: Schema.optionalKey(Schema.Literals(sampleMetricNames))
})
export type BestSnapshot = typeof BestSnapshot.Type

/** `evaluation.best` with k and the directions resolved, or undefined when the option is off. */
export interface ResolvedBest {
  readonly metric: SampleMetric
  readonly k: number
  readonly better: "lower" | "higher"
  readonly patience: number | undefined
  readonly stopMetric: SampleMetric
  readonly stopBetter: "lower" | "higher"
}

export const resolveBest = (c: { readonly evaluation: Evaluation; readonly generator: Generator }): ResolvedBest | undefined => {
  const b = c.evaluation.best
  if (b === undefined) return undefined
  const stopMetric = b.stopMetric ?? b.metric
  return {
    metric: b.metric,
    k: b.k === "K" ? c.generator.numSteps : b.k,
    better: metrics[b.metric].better,
    patience: b.patience,
    stopMetric,
    stopBetter: metrics[stopMetric].better
  }
}

/** The metrics of Appendix C at every k = 1..K, against fresh true samples (k = 0 is the data floor). */
export const Evaluation = Schema.Struct({
  /** Generated samples per prompt class and per k. */
  samplesPerClass: PositiveInt.pipe(withDefault(250)),
  /**
   * Evaluate during training every this many iterations, for the training curve (0 = only before and
   * after training). Absent: about `CURVE_POINTS` (16; 8 for image teachers) evenly spaced evaluations
   * per run (curveInterval). Curve points leave out the k = 0 data floor, which does not change.
   */
  everyIterations: Schema.optionalKey(NonNegativeInt),
  /**
   * Samples per class of the evaluations during training (the curve, including its points at iteration
   * 0 and at the end). Absent: min(50, samplesPerClass), which keeps the curve's cost near 5% of a cell.
   * Fewer samples bias FD upwards, so curve values are comparable with each other, not with "after".
   */
  curveSamplesPerClass: Schema.optionalKey(PositiveInt),
  /** Keep the best snapshot by a metric of the training curve (and optionally stop early); absent = off. */
  best: Schema.optionalKey(BestSnapshot),
  /** k-NN for precision/recall (Kynkäänniemi et al.). */
  nearestK: PositiveInt.pipe(withDefault(3)),
  /** A component is covered when it receives at least this share of its expected count. */
  coverageShare: Probability.pipe(withDefault(0.25))
})
export type Evaluation = typeof Evaluation.Type

/**
 * Evaluations per run when `evaluation.everyIterations` is absent (the curve's resolution). Image
 * teachers get fewer: their FID (an eigen-solve in 256-d evaluator features) costs about a second per k.
 */
export const CURVE_POINTS = { gmm: 16, image: 8 } as const

/** The curve's interval in iterations for a run of `iterations` (0 = no curve). */
export const curveInterval = (evaluation: Evaluation, iterations: number, teacher: Teacher["kind"] = "gmm"): number =>
  evaluation.everyIterations ?? Math.max(1, Math.ceil(iterations / (teacher === "gmm" ? CURVE_POINTS.gmm : CURVE_POINTS.image)))

/** The evaluation settings of the curve: `curveSamplesPerClass` samples per class. */
export const curveEvaluation = (evaluation: Evaluation): Evaluation => ({
  ...evaluation,
  samplesPerClass: evaluation.curveSamplesPerClass ?? Math.min(50, evaluation.samplesPerClass)
})

/** How long a distill cell trains, and how often it saves a checkpoint to resume from. */
export const Budget = Schema.Struct({
  /** Training iterations (each is one f_ψ update and one G_θ update, §6.1). */
  iterations: NonNegativeInt.pipe(withDefault(1000)),
  /** Checkpoint every this many iterations (0 = never). */
  checkpointEvery: NonNegativeInt.pipe(withDefault(100))
})
export type Budget = typeof Budget.Type

// ---------------------------------------------------------------------------------------------------
// one cell

const CellFields = Schema.Struct({
  teacher: Teacher,
  network: Network.pipe(withDefault(Schema.decodeUnknownSync(Network)({}))),
  prefit: Prefit.pipe(withDefault(Schema.decodeUnknownSync(Prefit)({}))),
  generator: Generator.pipe(withDefault(Schema.decodeUnknownSync(Generator)({}))),
  guidance: Guidance.pipe(withDefault(Schema.decodeUnknownSync(Guidance)({}))),
  loss: Loss.pipe(withDefault(Schema.decodeUnknownSync(Loss)({}))),
  /** §5 SiDa; absent = plain SiD. */
  adversarial: Schema.optionalKey(Adversarial),
  optimizer: Optimizer.pipe(withDefault(Schema.decodeUnknownSync(Optimizer)({}))),
  evaluation: Evaluation.pipe(withDefault(Schema.decodeUnknownSync(Evaluation)({}))),
  budget: Budget.pipe(withDefault(Schema.decodeUnknownSync(Budget)({}))),
  /** The run seed: every random draw of the cell derives from it (see stages/internal/rng.ts). */
  seed: NonNegativeInt.pipe(withDefault(0))
})

/** Cross-field rules that a single field's schema cannot state; each names the offending field. */
const crossFieldProblems = (c: typeof CellFields.Type): ReadonlyArray<readonly [path: string, message: string]> => {
  const problems: Array<readonly [string, string]> = []
  if (c.network.dim !== undefined && c.network.dim !== c.teacher.dim) {
    problems.push([
      "network.dim",
      `the network's input dimension ${c.network.dim} does not match the teacher's dimension D = ${c.teacher.dim} (teacher.dim)`
    ])
  }
  if (c.loss.tMin >= c.loss.tMaxExclusive) {
    problems.push(["loss.tMin", `tMin = ${c.loss.tMin} must be below tMaxExclusive = ${c.loss.tMaxExclusive}`])
  }
  const disc = c.adversarial?.discLayer
  if (disc !== undefined && disc > c.network.depth) {
    problems.push([
      "adversarial.discLayer",
      `discLayer = ${disc} names a hidden layer of f_ψ, but the network has only network.depth = ${c.network.depth} hidden layers`
    ])
  }
  const best = c.evaluation.best
  if (best !== undefined && best.k !== "K" && best.k > c.generator.numSteps) {
    problems.push(["evaluation.best.k", `k = ${best.k} is beyond the generator's K = ${c.generator.numSteps} steps (generator.numSteps); use "K" for the last`])
  }
  if (best !== undefined && (c.evaluation.everyIterations === 0 || c.budget.iterations === 0)) {
    problems.push([
      "evaluation.best",
      "selecting the best snapshot needs the training curve, but it is off (evaluation.everyIterations = 0 or budget.iterations = 0)"
    ])
  }
  const weights = c.generator.stepWeights
  if (weights !== "uniform") {
    const K = c.generator.numSteps
    if (c.generator.stepMatching !== "uniform") {
      problems.push(["generator.stepWeights", `weights for k apply only to uniform-step matching, but generator.stepMatching is "${c.generator.stepMatching}" (k ≡ K); drop the weights or use "uniform"`])
    } else if (weights.length !== K) {
      problems.push(["generator.stepWeights", `needs one weight per step k = 1..K, i.e. ${K} (generator.numSteps), got ${weights.length}`])
    } else if (!(weights.reduce((a, w) => a + w, 0) > 0)) {
      problems.push(["generator.stepWeights", "the weights sum to 0; at least one step k needs a positive weight"])
    }
  }
  if (Math.floor(c.generator.tInit * (1 - (c.generator.numSteps - 1) / c.generator.numSteps)) < 1) {
    problems.push(["generator.numSteps", `K = ${c.generator.numSteps} steps from tInit = ${c.generator.tInit} reach timestep 0`])
  }
  return problems
}

/** A fully resolved cell config: what the stages consume and what the cache key hashes. */
export const CellConfig = CellFields.check(
  Schema.makeFilter((c) => crossFieldProblems(c).map(([path, issue]) => ({ path: path.split("."), issue })))
)
export type CellConfig = typeof CellConfig.Type
export type CellConfigInput = typeof CellConfig.Encoded

/** Thrown by `decodeCellConfig`: the message names the field, e.g. `generator.numSteps: ...`. */
export class ConfigError extends Schema.TaggedError<ConfigError>()("ConfigError", {
  field: Schema.String,
  detail: Schema.String,
  source: Schema.optionalKey(Schema.String)
}) {
  override get message() {
    return `${this.source === undefined ? "" : `${this.source}: `}${this.field === "" ? "" : `${this.field}: `}${this.detail}`
  }
}

/** Decodes (and defaults) a cell config, rejecting unknown keys; throws ConfigError naming the first bad field. */
export const decodeCellConfig = (input: unknown, source?: string): CellConfig => {
  const result = Schema.decodeUnknownResult(CellConfig)(input, { onExcessProperty: "error" })
  if (Result.isSuccess(result)) return result.success
  const { fieldPath, detail } = firstSchemaIssue(result.failure.issue)
  throw new ConfigError({ field: fieldPath.join("."), detail, ...(source === undefined ? {} : { source }) })
}
