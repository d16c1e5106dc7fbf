import { before, test } from "node:test"
import assert from "node:assert/strict"
import { tf } from "../../../stages/internal/tf.ts"
import { classPosterior, disposeMixtureTensors, gmmX0, mixtureTensors, sampleMixture, teacherMixture, trueMixture } from "../../../stages/internal/gmm.ts"
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
