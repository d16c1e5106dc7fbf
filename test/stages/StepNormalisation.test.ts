/** Per-k normalisation of the generator's gradient (method.md §2.5, a sidlab extension). */
import { before, test } from "node:test"
import assert from "node:assert/strict"
import { tf } from "../../stages/internal/tf.ts"
import { Streams } from "../../stages/internal/rng.ts"
import { gradientNorm, initStepNorm, normaliseStepGradients, observeStep, STEP_NORM_BETA } from "../../stages/StepNormalisation.ts"
import { adamStep, disposeAdam, initAdam } from "../../stages/Update.ts"
import { useWasm } from "../support.ts"

before(useWasm)

test("n_k is the bias-corrected running RMS of k's gradient norms, this draw included", () => {
  const s = initStepNorm(3)
  // the first draw of a k is normalised by its own norm
  assert.equal(observeStep(s, 2, 4), 4)
  const second = observeStep(s, 2, 2)
  const expected = Math.sqrt((STEP_NORM_BETA * (1 - STEP_NORM_BETA) * 16 + (1 - STEP_NORM_BETA) * 4) / (1 - STEP_NORM_BETA ** 2))
  assert.ok(Math.abs(second - expected) < 1e-12, `${second} vs ${expected}`)
  // the other k are untouched; a non-finite norm is not recorded
  assert.deepEqual(s.draws, [0, 2, 0])
  assert.equal(observeStep(s, 1, NaN), 1)
  assert.deepEqual(s.draws, [0, 2, 0])
  assert.throws(() => observeStep(s, 4, 1), /k = 4 is outside 1\.\.3/)
})

test("the norm is global over θ's tensors and ignores NaN when nan_to_num is on", () => {
  const grads = [tf.tensor1d([3, 0]), tf.tensor2d([[0, 4]])]
  assert.ok(Math.abs(gradientNorm(grads, true) - 5) < 1e-6)
  const withNaN = [...grads, tf.tensor1d([NaN])]
  assert.ok(Math.abs(gradientNorm(withNaN, true) - 5) < 1e-6)
  assert.ok(Number.isNaN(gradientNorm(withNaN, false)))
  tf.dispose(withNaN)
})

/** A constructed run: k = 1's gradients are ~20× the others' (the τ = 999 imbalance), directions random. */
const draws = (n: number) => {
  const stream = new Streams(7).stream("draws")
  return Array.from({ length: n }, (_, i) => {
    const k = (i % 4) + 1
    const scale = (k === 1 ? 20 : 1) * (0.8 + 0.4 * stream.uniform())
    return { k, grad: Array.from({ length: 16 }, () => scale * stream.normal() / 4) }
  })
}

const meanNormByK = (norms: ReadonlyArray<{ k: number; norm: number }>) =>
  [1, 2, 3, 4].map((k) => {
    const own = norms.filter((x) => x.k === k)
    return own.reduce((a, x) => a + x.norm, 0) / own.length
  })

test("perStep makes per-k gradient scales comparable where they differ ~20×", () => {
  const s = initStepNorm(4)
  const raw: Array<{ k: number; norm: number }> = []
  const scaled: Array<{ k: number; norm: number }> = []
  for (const d of draws(400)) {
    const g = [tf.tensor1d(d.grad)]
    const out = normaliseStepGradients(s, d.k, g, true)
    raw.push({ k: d.k, norm: gradientNorm(g, true) })
    scaled.push({ k: d.k, norm: gradientNorm(out, true) })
    tf.dispose([...g, ...out])
  }
  const before = meanNormByK(raw)
  const after = meanNormByK(scaled)
  assert.ok(before[0]! / Math.max(...before.slice(1)) > 15, `raw k = 1 vs others: ${before}`)
  const spread = Math.max(...after) / Math.min(...after)
  assert.ok(spread < 1.2, `normalised per-k norms ${after} should be comparable (spread ${spread})`)
  assert.ok(after.every((n) => Math.abs(n - 1) < 0.2), `normalised norms near 1: ${after}`)
})

test("through Adam: without it k = 1 sets the second moment and the other k barely move θ; with it they move alike", () => {
  const stepSizes = (normalise: boolean) => {
    const x = tf.variable(tf.zeros([16]))
    const adam = initAdam([x], 0)
    const s = initStepNorm(4)
    const moves: Array<{ k: number; norm: number }> = []
    for (const d of draws(800)) {
      const g = [tf.tensor1d(d.grad)]
      const fed = normalise ? normaliseStepGradients(s, d.k, g, true) : g
      const before = tf.clone(x)
      adamStep([x], fed, adam, { lr: 1e-3, beta1: 0, beta2: 0.999, eps: 1e-8, weightDecay: 0, nanToNum: true })
      const delta = tf.sub(x, before)
      moves.push({ k: d.k, norm: gradientNorm([delta], false) })
      tf.dispose([...g, ...(fed === g ? [] : fed), before, delta])
    }
    disposeAdam(adam)
    x.dispose()
    // after Adam's second moment has filled (the last half)
    return meanNormByK(moves.slice(400))
  }
  const plain = stepSizes(false)
  const balanced = stepSizes(true)
  assert.ok(plain[0]! / Math.max(...plain.slice(1)) > 10, `plain Adam: k = 1 steps dwarf the others: ${plain}`)
  assert.ok(Math.max(...balanced) / Math.min(...balanced) < 1.3, `normalised: every k steps alike: ${balanced}`)
})

test("a zero gradient stays zero, and nothing leaks", () => {
  const s = initStepNorm(2)
  const zero = [tf.zeros([3])]
  const live = tf.memory().numTensors
  const out = normaliseStepGradients(s, 1, zero, true)
  assert.equal(tf.memory().numTensors, live + 1, "only the scaled gradient is new")
  assert.deepEqual(Array.from(out[0]!.dataSync()), [0, 0, 0])
  tf.dispose(out)
  assert.equal(tf.memory().numTensors, live)
  tf.dispose(zero)
})
