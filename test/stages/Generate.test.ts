/** The K-step chain and uniform-step matching (method.md §2.3, §2.4, Appendix A.3–A.4). */
import { before, test } from "node:test"
import assert from "node:assert/strict"
import { tf } from "../../stages/internal/tf.ts"
import { mlpDenoiser } from "../../stages/internal/denoiser.ts"
import { disposeMlp, initMlp } from "../../stages/internal/mlp.ts"
import { Streams } from "../../stages/internal/rng.ts"
import { VP } from "../../stages/internal/schedule.ts"
import { disposeChainNoise, drawChainNoise, drawSteps, lastStepInput, runChain, timeGrid } from "../../stages/Generate.ts"
import { maxAbsDiff, useWasm } from "../support.ts"

before(useWasm)

const shape = { dim: 3, classes: 2, hidden: 16, depth: 2, embedding: 8 }

test("the chain's first input is s_tInit·z = 0.9977·z at tInit = 999 (Appendix A.3)", () => {
  const noise = drawChainNoise(new Streams(1).stream("n"), 5, 3, 4, "fresh")
  const c = tf.tensor1d([0, 1, 0, 1, 0], "int32")
  const net = initMlp(shape, new Streams(1), "g")
  const first = lastStepInput(mlpDenoiser(net), noise, c, 1, timeGrid(999, 4), "fresh")
  assert.ok(Math.abs(VP.s[999]! - 0.9977) < 1e-4)
  assert.ok(maxAbsDiff(first, tf.mul(VP.s[999]!, noise.z)) < 1e-7)
  disposeMlp(net)
  disposeChainNoise(noise)
})

/** Records the timesteps and inputs a chain queries, through a fake generator that returns x_in·0.5. */
const recordingGenerator = () => {
  const seen: Array<number> = []
  return {
    seen,
    den: {
      dim: 3,
      classes: 2,
      eps: () => { throw new Error("unused") },
      x0: (b: { xT: tf.Tensor2D; t: tf.Tensor1D }) => {
        seen.push(b.t.dataSync()[0]!)
        return tf.mul(b.xT, 0.5) as tf.Tensor2D
      }
    }
  }
}

test("RUN_CHAIN with K = 4, tInit = 999 visits τ = 999, 749, 499, 249 and re-noises between steps", () => {
  const { seen, den } = recordingGenerator()
  const noise = drawChainNoise(new Streams(2).stream("n"), 4, 3, 4, "fresh")
  const c = tf.tensor1d([0, 1, 0, 1], "int32")
  const { xhat, lastInput } = runChain(den, noise, c, 4, timeGrid(999, 4), "fresh")
  assert.deepEqual(seen, [999, 749, 499, 249])
  // reproduce the last input by hand: x_in(i) = a_τ·x̂ + s_τ·e_i with x̂ = 0.5·x_in(i−1)
  let x = tf.mul(VP.s[999]!, noise.z)
  for (let i = 1; i < 4; i++) x = tf.add(tf.mul(VP.a[timeGrid(999, 4)[i]!]!, tf.mul(x, 0.5)), tf.mul(VP.s[timeGrid(999, 4)[i]!]!, noise.fresh[i - 1]!))
  assert.ok(maxAbsDiff(lastInput, x) < 1e-5)
  assert.ok(maxAbsDiff(xhat, tf.mul(x, 0.5)) < 1e-5)
})

test("noise modes: fixed reuses z, ddim reuses the noise implied by the previous step", () => {
  const grid = timeGrid(999, 3)
  const c = tf.tensor1d([0, 1], "int32")
  for (const mode of ["fixed", "ddim"] as const) {
    const { den } = recordingGenerator()
    const noise = drawChainNoise(new Streams(3).stream("n"), 2, 3, 3, mode)
    assert.equal(noise.fresh.length, 0)
    const two = runChain(den, noise, c, 2, grid, mode)
    const x0 = tf.mul(VP.s[999]!, noise.z)
    const xhat0 = tf.mul(x0, 0.5)
    const e = mode === "fixed" ? noise.z : tf.div(tf.sub(x0, tf.mul(VP.a[999]!, xhat0)), VP.s[999]!)
    const expected = tf.add(tf.mul(VP.a[grid[1]!]!, xhat0), tf.mul(VP.s[grid[1]!]!, e))
    assert.ok(maxAbsDiff(two.lastInput, expected) < 1e-5, mode)
  }
})

test("uniform-step matching draws k evenly on {1..K}; final-step always K (Appendix A.4)", () => {
  const streams = new Streams(5)
  const K = 4
  const counts = new Array<number>(K + 1).fill(0)
  const n = 8000
  for (let i = 0; i < n; i++) counts[drawSteps(streams.stream("train", i, "k"), K, "uniform")]! += 1
  assert.equal(counts[0], 0)
  // χ² with 3 degrees of freedom; 16.27 is the 0.001 quantile
  const chi2 = counts.slice(1).reduce((p, o) => p + (o - n / K) ** 2 / (n / K), 0)
  assert.ok(chi2 < 16.27, `k counts ${counts.slice(1)} are not uniform (χ² = ${chi2})`)
  for (let i = 0; i < 50; i++) {
    assert.equal(drawSteps(streams.stream("train", i, "k"), K, "final"), K)
    assert.equal(drawSteps(streams.stream("train", i, "k"), K, "backpropAll"), K)
  }
})

test("weighted k (§2.5): draw frequencies follow generator.stepWeights; zero weights are never drawn", () => {
  const streams = new Streams(6)
  const n = 20000
  // χ² 0.001 quantiles: 16.27 (3 d.o.f.), 13.82 (2 d.o.f.)
  const cases: ReadonlyArray<readonly [ReadonlyArray<number>, number]> = [[[1, 2, 3, 4], 16.27], [[1, 1, 1, 5], 16.27], [[0, 2, 0, 1], 13.82]]
  for (const [weights, critical] of cases) {
    const counts = new Array<number>(5).fill(0)
    for (let i = 0; i < n; i++) counts[drawSteps(streams.stream("train", i, "k"), 4, "uniform", weights)]! += 1
    const total = weights.reduce((a, w) => a + w, 0)
    assert.equal(counts[0], 0)
    weights.forEach((w, i) => { if (w === 0) assert.equal(counts[i + 1], 0, `k = ${i + 1} has weight 0`) })
    const chi2 = weights.reduce((p, w, i) => (w === 0 ? p : p + (counts[i + 1]! - (n * w) / total) ** 2 / ((n * w) / total)), 0)
    assert.ok(chi2 < critical, `weights ${weights}: counts ${counts.slice(1)} (χ² = ${chi2})`)
  }
  assert.throws(() => drawSteps(streams.stream("k"), 4, "uniform", [1, 1, 1]), /stepWeights: 3 weights for K = 4/)
  // final-step matching ignores the law of k
  assert.equal(drawSteps(streams.stream("k"), 4, "final", [1, 0, 0, 0]), 4)
})

test("the default law of k is the plain U{1..K} draw, so the k sequence is unchanged", () => {
  const streams = new Streams(11)
  for (let i = 0; i < 500; i++) {
    assert.equal(drawSteps(streams.stream("train", i, "k"), 4, "uniform", "uniform"), streams.stream("train", i, "k").int(1, 5))
    assert.equal(drawSteps(streams.stream("train", i, "k"), 4, "uniform"), streams.stream("train", i, "k").int(1, 5))
  }
})
