/**
 * The exact class-conditional Gaussian-mixture teacher (method.md Appendix C).
 *
 * Mixture parameters live in plain arrays (float64) so metrics can use the TRUE mixture exactly; the
 * tensor x0-prediction E[x0 | x_t, c] under the VP forward process is differentiable w.r.t. x_t, so
 * gradients of L_θ flow through it into x_g (§4.1).
 */
import type { GmmTeacher } from "../../dsl/Hyperparams.ts"
import { tf } from "./tf.ts"
import { Streams } from "./rng.ts"

export interface Mixture {
  readonly dim: number
  readonly classes: number
  /** Components j = 0..J−1, each belonging to one class. */
  readonly componentClass: Int32Array
  /** J × D row-major means μ_j. */
  readonly means: Float64Array
  /** σ_j, isotropic scales. */
  readonly scales: Float64Array
  /** w_j within its class (Σ_{j∈J_c} w_j = 1). */
  readonly weights: Float64Array
  /** π_c (uniform here). */
  readonly classPrior: Float64Array
}

export const componentCount = (m: Mixture): number => m.componentClass.length

/** Draws the TRUE mixture of a `gmm` teacher config from its structure seed. */
export const trueMixture = (cfg: GmmTeacher): Mixture => {
  const rng = new Streams(cfg.structureSeed, ["gmm-structure"])
  const D = cfg.dim
  const J = cfg.classes * cfg.componentsPerClass
  const componentClass = new Int32Array(J)
  const means = new Float64Array(J * D)
  const scales = new Float64Array(J).fill(cfg.componentScale)
  const weights = new Float64Array(J)
  const centres = rng.stream("centres")
  const comps = rng.stream("components")
  const ws = rng.stream("weights")
  for (let c = 0; c < cfg.classes; c++) {
    const centre = Array.from({ length: D }, () => centres.normal() * cfg.classSpread)
    let total = 0
    for (let q = 0; q < cfg.componentsPerClass; q++) {
      const j = c * cfg.componentsPerClass + q
      componentClass[j] = c
      for (let d = 0; d < D; d++) means[j * D + d] = centre[d]! + comps.normal() * cfg.componentSpread
      weights[j] = 0.5 + ws.uniform() // unequal but bounded away from 0, so every mode matters
      total += weights[j]!
    }
    for (let q = 0; q < cfg.componentsPerClass; q++) weights[c * cfg.componentsPerClass + q]! /= total
  }
  const classPrior = new Float64Array(cfg.classes).fill(1 / cfg.classes)
  return { dim: D, classes: cfg.classes, componentClass, means, scales, weights, classPrior }
}

/** Appendix C: the teacher's mixture, perturbed on purpose by `cfg.imperfection`. */
export const teacherMixture = (cfg: GmmTeacher): Mixture => {
  const truth = trueMixture(cfg)
  const { meanShift, scaleFactor, weightTemperature } = cfg.imperfection
  if (meanShift === 0 && scaleFactor === 1 && weightTemperature === 1) return truth
  const D = truth.dim
  const J = componentCount(truth)
  const shift = new Streams(cfg.structureSeed, ["gmm-imperfection"]).stream("mean-shift")
  const means = Float64Array.from(truth.means)
  for (let j = 0; j < J; j++) {
    const dir = Array.from({ length: D }, () => shift.normal())
    const norm = Math.hypot(...dir) || 1
    for (let d = 0; d < D; d++) means[j * D + d]! += (meanShift * dir[d]!) / norm
  }
  const scales = truth.scales.map((s) => s * scaleFactor)
  const weights = Float64Array.from(truth.weights, (w) => w ** (1 / weightTemperature))
  for (let c = 0; c < truth.classes; c++) {
    let total = 0
    for (let j = 0; j < J; j++) if (truth.componentClass[j] === c) total += weights[j]!
    for (let j = 0; j < J; j++) if (truth.componentClass[j] === c) weights[j]! /= total
  }
  return { ...truth, means, scales, weights }
}

/** Exact samples x0 ~ p(x0 | c) for the given classes (plain arrays; row-major n × D). */
export const sampleMixture = (m: Mixture, classes: Int32Array, rng: Streams, ...key: Array<string | number>): Float32Array => {
  const D = m.dim
  const J = componentCount(m)
  const pick = rng.stream(...key, "component")
  const noise = rng.stream(...key, "noise")
  const out = new Float32Array(classes.length * D)
  for (let i = 0; i < classes.length; i++) {
    const c = classes[i]!
    let u = pick.uniform()
    let j = -1
    for (let q = 0; q < J; q++) {
      if (m.componentClass[q] !== c) continue
      j = q
      u -= m.weights[q]!
      if (u < 0) break
    }
    for (let d = 0; d < D; d++) out[i * D + d] = m.means[j * D + d]! + m.scales[j]! * noise.normal()
  }
  return out
}

/** Tensors of a mixture for the x0-prediction; created once, owned by the teacher. */
export interface MixtureTensors {
  readonly mixture: Mixture
  /** J × D. */
  readonly means: tf.Tensor2D
  /** J: σ_j². */
  readonly scales2: tf.Tensor1D
  /** (C+1) × J: log(w_j) for j ∈ J_c, −1e30 elsewhere; the last row (∅) holds log(π_c·w_j). */
  readonly logWeightsByPrompt: tf.Tensor2D
}

export const mixtureTensors = (m: Mixture): MixtureTensors => {
  const J = componentCount(m)
  const C = m.classes
  const logw = new Float32Array((C + 1) * J).fill(-1e30)
  for (let j = 0; j < J; j++) {
    const c = m.componentClass[j]!
    logw[c * J + j] = Math.log(m.weights[j]!)
    logw[C * J + j] = Math.log(m.classPrior[c]! * m.weights[j]!)
  }
  return {
    mixture: m,
    means: tf.tensor2d(Float32Array.from(m.means), [J, m.dim]),
    scales2: tf.tensor1d(Float32Array.from(m.scales, (s) => s * s)),
    logWeightsByPrompt: tf.tensor2d(logw, [C + 1, J])
  }
}

export const disposeMixtureTensors = (t: MixtureTensors): void => {
  tf.dispose([t.means, t.scales2, t.logWeightsByPrompt])
}

/**
 * The posterior r_j(x_t) over the prompt's components (all components for ∅) and v_j = a_t²σ_j² + s_t²,
 * B×J each. Float32 loses the posterior in two places, both avoided here:
 * - ‖x − aμ_j‖² expanded as ‖x‖² − 2a·xμ_jᵀ + a²‖μ_j‖² cancels when x is near aμ_j; it is summed from
 *   the differences e_j = x − aμ_j (a B×J×D intermediate: 16 MB at B = 1000, J = 32, D = 128).
 * - the logits −½‖e_j‖²/v_j are large (hundreds at D = 128, small t), so their rounding alone moves r by
 *   1e-4; they are taken relative to a reference component k (the rough mode), with
 *   ‖e_j‖² − ‖e_k‖² = Σ (e_j − e_k)(e_j + e_k), which is small and exact-ish where r_j and r_k compete,
 *   and 1/v_j − 1/v_k, log v_j − log v_k written without cancellation.
 * Call inside a tidy.
 */
const posterior = (g: MixtureTensors, xT: tf.Tensor2D, a: tf.Tensor1D, s: tf.Tensor1D, c: tf.Tensor1D): { r: tf.Tensor2D; v: tf.Tensor2D } => {
  const D = g.mixture.dim
  const J = componentCount(g.mixture)
  const aa = tf.square(tf.expandDims(a, 1)) // B×1: a²
  const sigma2 = tf.expandDims(g.scales2, 0) // 1×J
  const v = tf.add(tf.mul(aa, sigma2), tf.square(tf.expandDims(s, 1))) as tf.Tensor2D // B×J
  const e = tf.sub(tf.expandDims(xT, 1), tf.mul(tf.expandDims(tf.expandDims(a, 1), 2), tf.expandDims(g.means, 0))) // B×J×D
  const logPrior = tf.matMul(tf.oneHot(tf.cast(c, "int32"), g.mixture.classes + 1), g.logWeightsByPrompt)
  const rough = tf.sub(logPrior, tf.add(tf.div(tf.mul(0.5, tf.sum(tf.square(e), 2)), v), tf.mul(0.5 * D, tf.log(v))))
  const pick = tf.oneHot(tf.argMax(rough, 1), J) // B×J, the reference k
  const ek = tf.sum(tf.mul(e, tf.expandDims(pick, 2)), 1, true) // B×1×D (exact: one nonzero term)
  const delta = tf.sum(tf.mul(tf.sub(e, ek), tf.add(e, ek)), 2) // ‖e_j‖² − ‖e_k‖²
  const sqk = tf.sum(tf.square(ek), 2) // B×1
  const sigma2k = tf.sum(tf.mul(sigma2, pick), 1, true) // B×1
  const vk = tf.sum(tf.mul(v, pick), 1, true)
  const dInv = tf.div(tf.mul(aa, tf.sub(sigma2k, sigma2)), tf.mul(v, vk)) // 1/v_j − 1/v_k
  const dLog = tf.log1p(tf.div(tf.mul(aa, tf.sub(sigma2, sigma2k)), vk)) // log v_j − log v_k
  const logits = tf.sub(logPrior, tf.add(tf.mul(0.5, tf.add(tf.div(delta, v), tf.mul(sqk, dInv))), tf.mul(0.5 * D, dLog)))
  return { r: tf.softmax(logits) as tf.Tensor2D, v }
}

/** The posterior r_j(x_t) over components, B×J (see `posterior`). Borrows inputs; caller disposes result. */
export const gmmPosterior = (g: MixtureTensors, xT: tf.Tensor2D, a: tf.Tensor1D, s: tf.Tensor1D, c: tf.Tensor1D): tf.Tensor2D =>
  tf.tidy("gmm.posterior", () => posterior(g, xT, a, s, c).r)

/**
 * Appendix C: f(x_t, t, c) = Σ_j r_j(x_t)·(μ_j + a_t σ_j²/v_j·(x_t − a_t μ_j)), v_j = a_t²σ_j² + s_t²,
 * with r_j the posterior over the prompt's components (all components for ∅), in log space.
 * `a`, `s` are per-row [B]; `c` holds class ids with C meaning ∅. Borrows inputs; caller disposes result.
 */
export const gmmX0 = (
  g: MixtureTensors,
  xT: tf.Tensor2D,
  a: tf.Tensor1D,
  s: tf.Tensor1D,
  c: tf.Tensor1D
): tf.Tensor2D =>
  tf.tidy("gmm.x0", () => {
    const { r, v } = posterior(g, xT, a, s, c)
    const a2 = tf.expandDims(a, 1)
    // μ_j + aσ_j²/v_j·(x − aμ_j) = (s²/v_j)·μ_j + (aσ_j²/v_j)·x, since 1 − a²σ_j²/v_j = s²/v_j: two
    // positive weights, where Σ r_j μ_j − a·Σ gain_j μ_j cancelled at small t
    const meanWeight = tf.div(tf.mul(r, tf.square(tf.expandDims(s, 1))), v) // r_j·s²/v_j
    const gain = tf.div(tf.mul(r, tf.mul(a2, tf.expandDims(g.scales2, 0))), v) // r_j·aσ_j²/v_j
    return tf.add(tf.matMul(meanWeight, g.means), tf.mul(xT, tf.sum(gain, 1, true))) as tf.Tensor2D
  })

/** log p(x0 | component j) + log(π_c w_j) for every j, in float64 (t = 0, the data space). */
const logJoint = (m: Mixture, x: ArrayLike<number>, offset: number, out: Float64Array): void => {
  const D = m.dim
  for (let j = 0; j < out.length; j++) {
    const s2 = m.scales[j]! ** 2
    let sq = 0
    for (let d = 0; d < D; d++) sq += (x[offset + d]! - m.means[j * D + d]!) ** 2
    out[j] = Math.log(m.classPrior[m.componentClass[j]!]! * m.weights[j]!) - (0.5 * sq) / s2 - 0.5 * D * Math.log(2 * Math.PI * s2)
  }
}

/** The true posterior P(c | x0) of the prompted class for each sample: the alignment metric (Appendix C). */
export const classPosterior = (m: Mixture, x: ArrayLike<number>, prompts: Int32Array): Float64Array => {
  const J = componentCount(m)
  const lj = new Float64Array(J)
  const out = new Float64Array(prompts.length)
  for (let i = 0; i < prompts.length; i++) {
    logJoint(m, x, i * m.dim, lj)
    const max = lj.reduce((p, v) => Math.max(p, v), -Infinity)
    let total = 0
    let own = 0
    for (let j = 0; j < J; j++) {
      const p = Math.exp(lj[j]! - max)
      total += p
      if (m.componentClass[j] === prompts[i]) own += p
    }
    out[i] = own / total
  }
  return out
}

/** The most probable component of each sample under the true mixture (mode coverage). */
export const assignComponents = (m: Mixture, x: ArrayLike<number>, n: number): Int32Array => {
  const J = componentCount(m)
  const lj = new Float64Array(J)
  const out = new Int32Array(n)
  for (let i = 0; i < n; i++) {
    logJoint(m, x, i * m.dim, lj)
    let best = 0
    for (let j = 1; j < J; j++) if (lj[j]! > lj[best]!) best = j
    out[i] = best
  }
  return out
}
