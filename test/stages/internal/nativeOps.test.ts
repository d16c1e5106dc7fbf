/**
 * The native backend's fused ops against the tfjs compositions they replace: SiLU and its gradient
 * (within float32 rounding), Adam and EMA over parameter sets (the same bits as the composition on wasm);
 * odd shapes, special values, no tensor leaks, the same bits for 1 and 3 threads.
 */
import assert from "node:assert/strict"
import { after, before, describe, it } from "node:test"
import { setNativeThreads } from "../../../stages/internal/nativeAddon.ts"
import { silu } from "../../../stages/internal/nativeOps.ts"
import { tf } from "../../../stages/internal/tf.ts"
import { bits, native, use, values } from "./nativeFixtures.ts"
import { adamStep, emaUpdate, initAdam, disposeAdam } from "../../../stages/Update.ts"


const shapes: ReadonlyArray<[number, number]> = [[1, 1], [1, 7], [3, 517], [129, 300], [257, 513]]

describe("native fused ops", { skip: native.ok ? false : `native backend unavailable: ${native.ok ? "" : native.reason}` }, () => {
  before(() => use("native"))
  after(() => use("wasm"))

  it("SiLU and its gradient match z·σ(z) and its autodiff within float32 rounding, without leaks", async () => {
    for (const [r, c] of shapes) {
      const z = tf.tensor2d(values(r * c, r + c, 10), [r, c])
      const dy = tf.tensor2d(values(r * c, 7 * r + c), [r, c])
      const run = (f: (x: tf.Tensor) => tf.Tensor) => {
        const y = f(z)
        const g = tf.grad((x: tf.Tensor) => tf.sum(tf.mul(f(x), dy)))(z)
        const out = { y: Array.from(y.dataSync()), g: Array.from(g.dataSync()) }
        tf.dispose([y, g])
        return out
      }
      await use("native")
      const before = tf.memory().numTensors
      const fused = run(silu)
      assert.equal(tf.memory().numTensors, before, "no tensor left behind")
      await use("wasm")
      const composed = run(silu) // on wasm silu is the composition
      await use("native")
      fused.y.forEach((v, i) => assert.ok(Math.abs(v - composed.y[i]!) <= 1e-6 * (1 + Math.abs(composed.y[i]!)), `[${r},${c}] y[${i}]: ${v} vs ${composed.y[i]}`))
      fused.g.forEach((v, i) => assert.ok(Math.abs(v - composed.g[i]!) <= 2e-6 * (1 + Math.abs(composed.g[i]!)), `[${r},${c}] grad[${i}]: ${v} vs ${composed.g[i]}`))
      tf.dispose([z, dy])
    }
  })

  /** A parameter set of odd shapes, gradients with NaN and ±inf, and one Adam + EMA sequence on it. */
  const optimise = (beta1: number, weightDecay: number) => {
    const vars = shapes.map(([r, c], i) => tf.variable(tf.tensor2d(values(r * c, 40 + i), [r, c]), true, `fusedOps/${beta1}/${weightDecay}/${i}#${Math.random()}`))
    const ema = vars.map((v, i) => tf.variable(tf.mul(v, 0.5), false, `fusedOps/ema/${i}#${Math.random()}`))
    const state = initAdam(vars, beta1)
    const before = tf.memory().numTensors
    for (let step = 0; step < 3; step++) {
      const grads = vars.map((v, i) => {
        const g = values(v.size, 100 * step + i, 3)
        if (g.length > 5) g.set([NaN, Infinity, -Infinity, 2e5, -0], 0)
        return tf.tensor(g, v.shape)
      })
      adamStep(vars, grads, state, { lr: 1e-2, beta1, beta2: 0.999, eps: 1e-8, weightDecay, nanToNum: true })
      emaUpdate(ema, vars, 0.9)
      tf.dispose(grads)
    }
    const leaked = tf.memory().numTensors - before
    const out = [...vars, ...ema, ...state.v, ...(state.m ?? [])].map(bits)
    disposeAdam(state)
    tf.dispose([...vars, ...ema])
    return { out, leaked }
  }

  for (const [beta1, weightDecay] of [[0, 0], [0.9, 0.01]] as const) {
    it(`Adam (β1 = ${beta1}, decay ${weightDecay}) and EMA over a set: the bits of the composition on wasm, for 1 and 3 threads`, async () => {
      await use("wasm")
      const composed = optimise(beta1, weightDecay)
      await use("native")
      try {
        setNativeThreads(1)
        const one = optimise(beta1, weightDecay)
        assert.equal(one.leaked, 0, "no tensor left behind")
        assert.deepEqual(one.out, composed.out, "fused on native = composition on wasm, bit for bit")
        setNativeThreads(3)
        const chunks = () => (native.ok ? native.addon.info().helperChunks : 0)
        // on a busy machine a helper can miss a whole run: repeat (comparing every time) until one took part
        let helpers = 0
        for (let attempt = 0; attempt < 5 && helpers === 0; attempt++) {
          const start = chunks()
          const three = optimise(beta1, weightDecay)
          helpers = chunks() - start
          assert.deepEqual(three.out, one.out, "3 threads = 1 thread")
        }
        assert.ok(helpers > 0, "3 threads: the helpers did part of the work")
      } finally {
        setNativeThreads(native.ok ? native.threads : 1)
      }
    })
  }
})
