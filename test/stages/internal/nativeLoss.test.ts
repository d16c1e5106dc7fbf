/**
 * The native SiD loss ops (L_ψ's ε̂ regression and the generator's L_θ terms, one addon call each way)
 * against Loss.ts's composition on wasm: the loss, w and every input's gradient within float32 rounding,
 * for odd shapes (one row, one column) and rows with NaN or ±inf (dropped, as `finiteRows` drops them);
 * no tensor leaks; the same bits for 1 and 3 threads.
 */
import assert from "node:assert/strict"
import { after, before, describe, it } from "node:test"
import { epsRegression, sidGeneratorTerms } from "../../../stages/Loss.ts"
import { setNativeThreads } from "../../../stages/internal/nativeAddon.ts"
import { tf } from "../../../stages/internal/tf.ts"
import { floats, native, use, values } from "./nativeFixtures.ts"


const shapes: ReadonlyArray<[number, number]> = [[1, 1], [1, 7], [5, 1], [9, 13], [257, 33]]
const options = { alpha: 1.2, weightFloor: 0.05, lossScalingG: 3, kappa2: 1, kappa3: 1, kappa4: 1 }

/** Inputs with a NaN in row 1 of the first and an inf in row 3 of the last, when the rows exist. */
const inputs = (B: number, D: number, count: number) =>
  Array.from({ length: count }, (_, i) => {
    const v = values(B * D, 10 * i + B + D, 2)
    if (i === 0 && B > 1) v[D] = NaN
    if (i === count - 1 && B > 3) v[3 * D + (D - 1)] = -Infinity
    return tf.tensor2d(v, [B, D])
  })

/** Both losses and their gradients with respect to every input (the ε of L_ψ is a constant). */
const run = ([B, D]: [number, number], same: boolean) => {
  const [epsHat, eps] = inputs(B, D, 2) as [tf.Tensor2D, tf.Tensor2D]
  const gen = inputs(B, D, 4) as Array<tf.Tensor2D>
  if (same) gen[3] = gen[2]! // κ3 = κ2: one tensor as both y_fake terms
  const before = tf.memory().numTensors
  const fake = tf.valueAndGrad((h: tf.Tensor) => epsRegression(h as tf.Tensor2D, eps, 0.7))(epsHat)
  let w: tf.Tensor | undefined
  const genLoss = tf.valueAndGrads((x: tf.Tensor, r: tf.Tensor, f2: tf.Tensor, f3: tf.Tensor) => {
    const [loss, weight] = sidGeneratorTerms(x as tf.Tensor2D, r as tf.Tensor2D, f2 as tf.Tensor2D, (same ? f2 : f3) as tf.Tensor2D, options)
    w = tf.keep(weight)
    return loss
  })(gen)
  const out = [fake.value, fake.grad, genLoss.value, ...genLoss.grads, w!]
  const result = out.map(floats)
  tf.dispose(out)
  const leaked = tf.memory().numTensors - before
  tf.dispose([epsHat, eps, ...gen])
  return { result, leaked }
}

describe("native SiD loss ops", { skip: native.ok ? false : `native backend unavailable: ${native.ok ? "" : native.reason}` }, () => {
  before(() => use("native"))
  after(() => use("wasm"))

  for (const same of [false, true]) {
    it(`L_ψ and L_θ${same ? " (y_fake3 = y_fake2)" : ""}: within float32 rounding of the composition on wasm, no leaks`, async () => {
      for (const shape of shapes) {
        await use("native")
        const fused = run(shape, same)
        assert.equal(fused.leaked, 0, `[${shape}] no tensor left behind`)
        await use("wasm")
        const composed = run(shape, same)
        await use("native")
        assert.equal(fused.result.length, composed.result.length)
        fused.result.forEach((got, j) => {
          const want = composed.result[j]!
          const scale = want.reduce((s, v) => (Number.isFinite(v) ? Math.max(s, Math.abs(v)) : s), 1)
          got.forEach((v, i) => {
            if (Number.isNaN(want[i]!)) assert.ok(Number.isNaN(v), `[${shape}] output ${j}[${i}]: ${v}, NaN on wasm`)
            else assert.ok(Math.abs(v - want[i]!) <= 1e-5 * scale, `[${shape}] output ${j}[${i}]: ${v} vs ${want[i]} on wasm`)
          })
        })
      }
    })
  }

  it("the same bits for 1 and 3 threads", async () => {
    await use("native")
    const bits = (r: ReturnType<typeof run>) => r.result.map((a) => Array.from(new Uint32Array(Float32Array.from(a).buffer)))
    try {
      setNativeThreads(1)
      const one = bits(run([257, 33], false))
      setNativeThreads(3)
      assert.deepEqual(bits(run([257, 33], false)), one)
    } finally {
      setNativeThreads(native.ok ? native.threads : 1)
    }
  })
})
