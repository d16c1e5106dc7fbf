/**
 * The native Linear op (one addon call each way) against the tfjs composition it replaces: the same
 * bits as matMul + add + SiLU on native, within float32 rounding of the composition on wasm; odd shapes
 * (one row, widths that are no multiple of any block); dW and db only for trained weights; no tensor
 * leaks; the same bits for 1 and 3 threads.
 */
import assert from "node:assert/strict"
import { after, before, describe, it } from "node:test"
import { setNativeThreads } from "../../../stages/internal/nativeAddon.ts"
import { type LinearActivation, linear, withGradTargets } from "../../../stages/internal/nativeLinear.ts"
import { silu } from "../../../stages/internal/nativeOps.ts"
import { tf } from "../../../stages/internal/tf.ts"
import { bits, native, use, values } from "./nativeFixtures.ts"


/** [m, k, n]: x [m, k], W [k, n] */
const shapes: ReadonlyArray<[number, number, number]> = [[1, 1, 1], [1, 7, 3], [3, 517, 5], [129, 300, 33], [257, 513, 130]]
const acts: ReadonlyArray<LinearActivation> = ["linear", "silu"]

const composed = (x: tf.Tensor2D, W: tf.Tensor, b: tf.Tensor, act: LinearActivation): tf.Tensor2D => {
  const z = tf.add(tf.matMul(x, W as tf.Tensor2D), b) as tf.Tensor2D
  return act === "silu" ? silu(z) : z
}

/** y and the gradients of Σ y·dy with respect to x, W and b, as bit patterns. */
const run = (f: typeof linear, [m, k, n]: [number, number, number], act: LinearActivation) => {
  const x = tf.tensor2d(values(m * k, m + k, 3), [m, k])
  const W = tf.tensor2d(values(k * n, k + n), [k, n])
  const b = tf.tensor1d(values(n, n + 1))
  const dy = tf.tensor2d(values(m * n, 7 * m + n), [m, n])
  const before = tf.memory().numTensors
  const y = tf.tidy(() => f(x, W, b, act))
  const g = tf.grads((xx: tf.Tensor, ww: tf.Tensor, bb: tf.Tensor) => tf.sum(tf.mul(f(xx as tf.Tensor2D, ww, bb, act), dy)))([x, W, b])
  const out = [y, ...g].map(bits)
  tf.dispose([y, ...g])
  const leaked = tf.memory().numTensors - before
  tf.dispose([x, W, b, dy])
  return { out, leaked }
}

describe("native Linear op", { skip: native.ok ? false : `native backend unavailable: ${native.ok ? "" : native.reason}` }, () => {
  before(() => use("native"))
  after(() => use("wasm"))

  for (const act of acts) {
    it(`${act}: the bits of the composition on native, within float32 rounding of wasm, no leaks`, async () => {
      for (const shape of shapes) {
        await use("native")
        const fused = run(linear, shape, act)
        assert.equal(fused.leaked, 0, `[${shape}] no tensor left behind`)
        const native = run(composed, shape, act)
        assert.deepEqual(fused.out, native.out, `[${shape}] fused = matMul + add (+ SiLU) on native, bit for bit`)
        await use("wasm")
        const wasm = run(linear, shape, act) // on wasm `linear` is the composition
        await use("native")
        const float = (b: Array<number>) => Array.from(new Float32Array(Uint32Array.from(b).buffer))
        fused.out.forEach((o, j) => {
          const got = float(o)
          const want = float(wasm.out[j]!)
          const scale = want.reduce((s, v) => Math.max(s, Math.abs(v)), 1)
          got.forEach((v, i) => assert.ok(Math.abs(v - want[i]!) <= 1e-5 * scale, `[${shape}] output ${j}[${i}]: ${v} vs ${want[i]} on wasm`))
        })
      }
    })
  }

  it("a frozen weight (or one not among the gradient targets) gets no dW, and dx is unchanged", async () => {
    await use("native")
    const [m, k, n] = [9, 17, 5]
    const x = tf.tensor2d(values(m * k, 1), [m, k])
    const W = tf.variable(tf.tensor2d(values(k * n, 2), [k, n]), true, `linearTest/W#${Math.random()}`)
    const b = tf.variable(tf.tensor1d(values(n, 3)), true, `linearTest/b#${Math.random()}`)
    const other = tf.variable(tf.scalar(2), true, `linearTest/other#${Math.random()}`)
    const loss = (xx: tf.Tensor) => tf.sum(tf.mul(linear(xx as tf.Tensor2D, W, b, "silu"), other)) as tf.Scalar
    const dx = bits(tf.grad(loss)(x))
    const before = tf.memory().numTensors
    const { grads, value } = withGradTargets([other], () => tf.variableGrads(() => loss(x), [other]))
    assert.deepEqual(Object.keys(grads), [other.name])
    tf.dispose([value, ...Object.values(grads)])
    assert.equal(tf.memory().numTensors, before, "no tensor left behind")
    const dxTargets = withGradTargets([other], () => tf.grad(loss)(x))
    assert.deepEqual(bits(dxTargets), dx, "dx does not depend on whether dW is computed")
    tf.dispose([x, W, b, other, dxTargets])
  })

  it("the same bits for 1 and 3 threads", async () => {
    await use("native")
    try {
      for (const act of acts) {
        setNativeThreads(1)
        const one = run(linear, [257, 513, 130], act)
        setNativeThreads(3)
        const chunks = () => (native.ok ? native.addon.info().helperChunks : 0)
        let helpers = 0
        for (let attempt = 0; attempt < 5 && helpers === 0; attempt++) {
          const start = chunks()
          const three = run(linear, [257, 513, 130], act)
          helpers = chunks() - start
          assert.deepEqual(three.out, one.out, `${act}: 3 threads = 1 thread`)
        }
        assert.ok(helpers > 0, "3 threads: the helpers did part of the work")
      }
    } finally {
      setNativeThreads(native.ok ? native.threads : 1)
    }
  })
})
