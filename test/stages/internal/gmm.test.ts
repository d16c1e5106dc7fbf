import { before, test } from "node:test"
import assert from "node:assert/strict"
import { tf } from "../../../stages/internal/tf.ts"
import { classPosterior, disposeMixtureTensors, gmmPosterior, gmmX0, type Mixture, mixtureTensors, sampleMixture, teacherMixture, trueMixture } from "../../../stages/internal/gmm.ts"
import { Streams } from "../../../stages/internal/rng.ts"
import { VP } from "../../../stages/internal/schedule.ts"
import { smallConfig, useWasm } from "../../support.ts"
import { gmmTeacher } from "../../../dsl/Hyperparams.ts"

before(useWasm)

const cfg = gmmTeacher(smallConfig().teacher)

/** E[x0 | x_t, c] by self-normalised importance sampling over exact data samples: independent of Appendix C's formula. */
const monteCarloX0 = (x: ReadonlyArray<number>, t: number, c: number, n: number): Array<number> => {
  const m = trueMixture(cfg)
  const D = m.dim
  const classes = new Int32Array(n).fill(c)
  const x0 = sampleMixture(m, classes, new Streams(7), "mc", t, c)
  const a = VP.a[t]!
  const s2 = VP.s[t]! ** 2
  const logw = new Float64Array(n)
  for (let i = 0; i < n; i++) {
    let sq = 0
    for (let d = 0; d < D; d++) sq += (x[d]! - a * x0[i * D + d]!) ** 2
    logw[i] = -sq / (2 * s2)
  }
  const max = logw.reduce((p, v) => Math.max(p, v), -Infinity)
  const out = new Array<number>(D).fill(0)
  let total = 0
  for (let i = 0; i < n; i++) {
    const w = Math.exp(logw[i]! - max)
    total += w
    for (let d = 0; d < D; d++) out[d]! += w * x0[i * D + d]!
  }
  return out.map((v) => v / total)
}

test("the exact x0-prediction agrees with an importance-sampling estimate (Appendix C)", () => {
  const m = trueMixture(cfg)
  const g = mixtureTensors(m)
  for (const t of [749, 499, 249]) {
    for (const c of [0, 2]) {
      const x = Array.from({ length: m.dim }, (_, d) => 0.3 * Math.sin(d + t) + 0.2 * c)
      const mc = monteCarloX0(x, t, c, 200_000)
      const got = tf.tidy(() =>
        gmmX0(g, tf.tensor2d([x]), tf.tensor1d([VP.a[t]!]), tf.tensor1d([VP.s[t]!]), tf.tensor1d([c], "int32")).arraySync()[0]!
      )
      got.forEach((v, d) => assert.ok(Math.abs(v - mc[d]!) < 0.02, `t=${t} c=${c} dim ${d}: exact ${v}, Monte Carlo ${mc[d]}`))
    }
  }
  disposeMixtureTensors(g)
})

test("with a single class the null prompt and the class prompt give the same prediction", () => {
  // With one class the null prompt and the class prompt are the same mixture.
  const one = trueMixture({ ...cfg, classes: 1 })
  const g = mixtureTensors(one)
  const [cond, uncond] = tf.tidy(() => {
    const x = tf.tensor2d([[0.1, -0.2, 0.3, 0.05]])
    const a = tf.tensor1d([VP.a[300]!])
    const s = tf.tensor1d([VP.s[300]!])
    return [gmmX0(g, x, a, s, tf.tensor1d([0], "int32")).arraySync(), gmmX0(g, x, a, s, tf.tensor1d([1], "int32")).arraySync()]
  })
  cond![0]!.forEach((v, d) => assert.ok(Math.abs(v - uncond![0]![d]!) < 1e-5))
  disposeMixtureTensors(g)
})

test("at t ≈ 0 the prediction returns x itself near a component mean; at t = 999 it returns the prompt's mean", () => {
  const m = trueMixture(cfg)
  const g = mixtureTensors(m)
  const mu = Array.from(m.means.slice(0, m.dim))
  const [near, far] = tf.tidy(() => [
    gmmX0(g, tf.tensor2d([mu.map((v) => VP.a[0]! * v)]), tf.tensor1d([VP.a[0]!]), tf.tensor1d([VP.s[0]!]), tf.tensor1d([0], "int32")).arraySync()[0]!,
    gmmX0(g, tf.tensor2d([mu.map(() => 0)]), tf.tensor1d([1e-4]), tf.tensor1d([1]), tf.tensor1d([0], "int32")).arraySync()[0]!
  ])
  near!.forEach((v, d) => assert.ok(Math.abs(v - mu[d]!) < 1e-2))
  // the class mean Σ_j w_j μ_j
  for (let d = 0; d < m.dim; d++) {
    let mean = 0
    for (let j = 0; j < m.componentClass.length; j++) if (m.componentClass[j] === 0) mean += m.weights[j]! * m.means[j * m.dim + d]!
    assert.ok(Math.abs(far![d]! - mean) < 1e-3)
  }
  disposeMixtureTensors(g)
})

test("the class posterior is a probability and is high on a class's own samples", () => {
  const m = trueMixture(cfg)
  const prompts = new Int32Array(300).map((_, i) => i % m.classes)
  const x = sampleMixture(m, prompts, new Streams(3), "x")
  const own = classPosterior(m, x, prompts)
  const total = new Float64Array(prompts.length)
  for (let c = 0; c < m.classes; c++) {
    const p = classPosterior(m, x, new Int32Array(prompts.length).fill(c))
    p.forEach((v, i) => (total[i]! += v))
  }
  total.forEach((v) => assert.ok(Math.abs(v - 1) < 1e-9))
  assert.ok(own.reduce((p, v) => p + v, 0) / own.length > 0.6)
})

test("an imperfect teacher moves means by exactly meanShift and scales by scaleFactor", () => {
  const truth = trueMixture(cfg)
  const bad = teacherMixture({ ...cfg, imperfection: { meanShift: 0.5, scaleFactor: 1.3, weightTemperature: 2 } })
  for (let j = 0; j < truth.componentClass.length; j++) {
    let sq = 0
    for (let d = 0; d < truth.dim; d++) sq += (bad.means[j * truth.dim + d]! - truth.means[j * truth.dim + d]!) ** 2
    assert.ok(Math.abs(Math.sqrt(sq) - 0.5) < 1e-9)
    assert.ok(Math.abs(bad.scales[j]! - 1.3 * truth.scales[j]!) < 1e-12)
  }
  for (let c = 0; c < truth.classes; c++) {
    let total = 0
    for (let j = 0; j < truth.componentClass.length; j++) if (bad.componentClass[j] === c) total += bad.weights[j]!
    assert.ok(Math.abs(total - 1) < 1e-12)
  }
})

// ---------------------------------------------------------------------------------------------------
// float32 precision: the teacher against a float64 reference in plain JS, at D = 64 and 128 and small t,
// on points halfway between two components of a class (where the posterior splits and the expanded
// ‖x‖² − 2a·x·μ + a²‖μ‖² lost three digits): posterior and x0-prediction within 1e-5 relative.

const f = Math.fround

/** r_j and x0 = Σ_j r_j (μ_j + aσ_j²/v_j (x − aμ_j)) in float64, from the float32 inputs the tensors see. */
const reference = (m: Mixture, x: ArrayLike<number>, a: number, s: number, c: number): { r: Float64Array; x0: Float64Array } => {
  const D = m.dim
  const J = m.componentClass.length
  const logp = new Float64Array(J).fill(-Infinity)
  const v = new Float64Array(J)
  for (let j = 0; j < J; j++) {
    const s2 = f(m.scales[j]! ** 2)
    v[j] = a * a * s2 + s * s
    if (c < m.classes && m.componentClass[j] !== c) continue
    const logw = c < m.classes ? f(Math.log(m.weights[j]!)) : f(Math.log(m.classPrior[m.componentClass[j]!]! * m.weights[j]!))
    let sq = 0
    for (let d = 0; d < D; d++) sq += (x[d]! - a * f(m.means[j * D + d]!)) ** 2
    logp[j] = logw - (0.5 * sq) / v[j]! - 0.5 * D * Math.log(v[j]!)
  }
  const max = Math.max(...logp)
  const r = logp.map((l) => Math.exp(l - max))
  const total = r.reduce((p, q) => p + q, 0)
  r.forEach((_, j) => (r[j]! /= total))
  const x0 = new Float64Array(D)
  for (let j = 0; j < J; j++) {
    const k = (a * f(m.scales[j]! ** 2)) / v[j]!
    for (let d = 0; d < D; d++) x0[d]! += r[j]! * (f(m.means[j * D + d]!) + k * (x[d]! - a * f(m.means[j * D + d]!)))
  }
  return { r, x0 }
}

const norm = (xs: ArrayLike<number>): number => Math.sqrt(Array.from(xs).reduce((p, v) => p + v * v, 0))

for (const D of [64, 128]) {
  test(`D = ${D}, t = 20: posterior and x0 halfway between two components agree with float64 to 1e-5`, () => {
    const m = trueMixture({ ...gmmTeacher(smallConfig().teacher), dim: D, classes: 4, componentsPerClass: 4 })
    const g = mixtureTensors(m)
    const t = 20
    const a = f(VP.a[t]!)
    const s = f(VP.s[t]!)
    let worstR = 0
    let worstX0 = 0
    // every pair of components of class 0 and of class 2, prompted with the class and with ∅
    for (const [i, j, c] of [[0, 1, 0], [1, 3, 0], [0, 2, 4], [8, 9, 2], [9, 11, 4]] as const) {
      const x = Float32Array.from({ length: D }, (_, d) => a * 0.5 * (m.means[i * D + d]! + m.means[j * D + d]!) + 0.01 * Math.sin(3 * d + i))
      const ref = reference(m, x, a, s, c)
      const [r, x0] = tf.tidy(() => {
        const args = [tf.tensor2d(x, [1, D]), tf.tensor1d([a]), tf.tensor1d([s]), tf.tensor1d([c], "int32")] as const
        return [gmmPosterior(g, ...args).dataSync(), gmmX0(g, ...args).dataSync()]
      })
      assert.ok(ref.r[i]! > 0.01 && ref.r[j]! > 0.01, `the point splits the posterior (r_i ${ref.r[i]}, r_j ${ref.r[j]})`)
      for (let q = 0; q < ref.r.length; q++) worstR = Math.max(worstR, Math.abs(r![q]! - ref.r[q]!) / Math.max(ref.r[q]!, 1e-2))
      worstX0 = Math.max(worstX0, norm(ref.x0.map((v, d) => x0![d]! - v)) / norm(ref.x0))
    }
    disposeMixtureTensors(g)
    assert.ok(worstR < 1e-5, `posterior relative error ${worstR.toExponential(2)}`)
    assert.ok(worstX0 < 1e-5, `x0 relative error ${worstX0.toExponential(2)}`)
  })
}
