/** The teacher's DDIM sampler, checked on the exact GMM teacher (Appendix C "Reference samplers"), independent of any learning. */
import { before, test } from "node:test"
import assert from "node:assert/strict"
import { tf } from "../../../stages/internal/tf.ts"
import { gmmDenoiser } from "../../../stages/internal/denoiser.ts"
import { classPosterior, disposeMixtureTensors, mixtureTensors, sampleMixture, type Mixture } from "../../../stages/internal/gmm.ts"
import { frechetDistance } from "../../../stages/internal/metrics.ts"
import { Streams } from "../../../stages/internal/rng.ts"
import { sampleDdim, teacherSamples } from "../../../stages/internal/teacherSampler.ts"
import { useWasm } from "../../support.ts"

before(useWasm)

/** 3 classes × 2 components in D = 4, means spread ≈ 2, σ = 0.3. */
const mixture = (): Mixture => {
  const D = 4
  const J = 6
  const s = new Streams(11).stream("means")
  return {
    dim: D,
    classes: 3,
    componentClass: Int32Array.from({ length: J }, (_, j) => Math.floor(j / 2)),
    means: Float64Array.from({ length: J * D }, () => 2 * s.normal()),
    scales: new Float64Array(J).fill(0.3),
    weights: Float64Array.from({ length: J }, (_, j) => (j % 2 === 0 ? 0.4 : 0.6)),
    classPrior: new Float64Array(3).fill(1 / 3)
  }
}

const prompts = Int32Array.from({ length: 600 }, (_, i) => i % 3)

test("many-step DDIM on the exact teacher reproduces the mixture (FD near the data-vs-data floor)", () => {
  const m = mixture()
  const g = mixtureTensors(m)
  const den = gmmDenoiser(g)
  const live = tf.memory().numTensors
  const x = (steps: number) => teacherSamples(den, prompts, new Streams(5), { steps, batch: 256 })
  const reference = { data: sampleMixture(m, prompts, new Streams(6), "reference"), n: 600, d: 4 }
  const floor = frechetDistance({ data: sampleMixture(m, prompts, new Streams(6), "held-out"), n: 600, d: 4 }, reference)
  const many = x(100)
  const one = x(1)
  assert.equal(tf.memory().numTensors, live)
  const fdMany = frechetDistance({ data: many, n: 600, d: 4 }, reference)
  const fdOne = frechetDistance({ data: one, n: 600, d: 4 }, reference)
  assert.ok(fdMany < 3 * floor + 0.02, `FD ${fdMany} after 100 steps, data floor ${floor}`)
  assert.ok(fdOne > 10 * fdMany, `1 step ${fdOne} should be far worse than 100 steps ${fdMany}`)
  const align = classPosterior(m, many, prompts).reduce((p, v) => p + v, 0) / 600
  assert.ok(align > 0.97, `alignment ${align}`)
  disposeMixtureTensors(g)
})

test("DDIM is deterministic, independent of the batch size, and CFG κ = 0 ignores the prompt", () => {
  const g = mixtureTensors(mixture())
  const den = gmmDenoiser(g)
  const a = teacherSamples(den, prompts.subarray(0, 50), new Streams(5), { steps: 10, batch: 50 })
  const b = teacherSamples(den, prompts.subarray(0, 50), new Streams(5), { steps: 10, batch: 7 })
  assert.ok(a.every((v, i) => Math.abs(v - b[i]!) < 1e-5))
  const z = tf.randomNormal([20, 4], 0, 1, "float32", 3) as tf.Tensor2D
  const c0 = tf.zeros([20], "int32") as tf.Tensor1D
  const c1 = tf.fill([20], 2, "int32") as tf.Tensor1D
  const u0 = sampleDdim(den, z, c0, { steps: 8, kappa: 0 })
  const u1 = sampleDdim(den, z, c1, { steps: 8, kappa: 0 })
  const k0 = sampleDdim(den, z, c0, { steps: 8, kappa: 2 })
  const k1 = sampleDdim(den, z, c1, { steps: 8, kappa: 2 })
  assert.deepEqual(Array.from(u0.dataSync()), Array.from(u1.dataSync()))
  assert.notDeepEqual(Array.from(k0.dataSync()), Array.from(k1.dataSync()))
  tf.dispose([z, c0, c1, u0, u1, k0, k1])
  disposeMixtureTensors(g)
})
