/** Adam with β1 = 0, nan_to_num and EMA (method.md §6.2, §3). */
import { before, test } from "node:test"
import assert from "node:assert/strict"
import { tf } from "../../stages/internal/tf.ts"
import { adamStep, emaBeta, initAdam, nanToNum } from "../../stages/Update.ts"
import { useWasm } from "../support.ts"

before(useWasm)

const opts = { lr: 0.1, beta1: 0, beta2: 0.999, eps: 1e-8, weightDecay: 0, nanToNum: true }

test("Adam with β1 = 0 steps by lr·g/√(v̂) and keeps no first moment", () => {
  const x = tf.variable(tf.tensor1d([1, -2, 3]))
  const state = initAdam([x], 0)
  assert.equal(state.m, undefined)
  const g1 = [0.5, -0.25, 2]
  adamStep([x], [tf.tensor1d(g1)], state, opts)
  // first step: v̂ = g², so the step is lr·sign(g) (up to ε)
  Array.from(x.dataSync()).forEach((v, i) => assert.ok(Math.abs(v - ([1, -2, 3][i]! - 0.1 * Math.sign(g1[i]!))) < 1e-6))
  const g2 = [1, 1, 1]
  adamStep([x], [tf.tensor1d(g2)], state, opts)
  const vHat = g1.map((g, i) => (0.999 * 0.001 * g * g + 0.001 * g2[i]! ** 2) / (1 - 0.999 ** 2))
  const expected = [0.9, -1.9, 2.9].map((v, i) => v - (0.1 * g2[i]!) / (Math.sqrt(vHat[i]!) + 1e-8))
  Array.from(x.dataSync()).forEach((v, i) => assert.ok(Math.abs(v - expected[i]!) < 1e-5, `${v} vs ${expected[i]}`))
  assert.equal(state.step, 2)
})

test("β1 > 0 keeps a first moment; AdamW decays weights", () => {
  const x = tf.variable(tf.tensor1d([1]))
  const state = initAdam([x], 0.9)
  assert.equal(state.m?.length, 1)
  adamStep([x], [tf.tensor1d([0])], state, { ...opts, beta1: 0.9, weightDecay: 0.5 })
  assert.ok(Math.abs(x.dataSync()[0]! - (1 - 0.1 * 0.5)) < 1e-6)
})

test("nan_to_num maps NaN to 0 and ±inf to ±1e5 before the step", () => {
  assert.deepEqual(Array.from(nanToNum(tf.tensor1d([NaN, Infinity, -Infinity, 2])).dataSync()), [0, 1e5, -1e5, 2])
  const x = tf.variable(tf.tensor1d([1, 1]))
  adamStep([x], [tf.tensor1d([NaN, 1])], initAdam([x], 0), opts)
  assert.ok(Array.from(x.dataSync()).every(Number.isFinite))
  assert.equal(x.dataSync()[0], 1) // a NaN gradient becomes 0: no move
})

test("EMA β follows the half-life with ramp-up (§6.2)", () => {
  assert.ok(Math.abs(emaBeta(512, 1e9, 50_000, 0.05) - 0.5 ** (512 / 50_000)) < 1e-12)
  assert.ok(Math.abs(emaBeta(512, 10_000, 50_000, 0.05) - 0.5 ** (512 / 500)) < 1e-12)
})
