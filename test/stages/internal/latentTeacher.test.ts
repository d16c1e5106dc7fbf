/** The latent ε-prediction teacher: it learns, and its weights load into the ψ/θ network of the same shape. */
import { before, test } from "node:test"
import assert from "node:assert/strict"
import { tf } from "../../../stages/internal/tf.ts"
import { disposeMlp, mlpArrayShapes, mlpEps, mlpFromArrays, mlpParameterCount } from "../../../stages/internal/mlp.ts"
import { Streams } from "../../../stages/internal/rng.ts"
import { latentTeacherShape, trainLatentTeacher } from "../../../stages/internal/latentTeacher.ts"
import { useWasm } from "../../support.ts"

before(useWasm)

/** 400 "latents" in D = 6: class c sits near its own centre (clearly learnable), labels 0..9. */
const data = () => {
  const s = new Streams(4).stream("latents")
  const centres = Array.from({ length: 10 }, () => Array.from({ length: 6 }, () => 1.5 * s.normal()))
  const labels = Int32Array.from({ length: 400 }, (_, i) => i % 10)
  const latents = Float32Array.from({ length: 400 * 6 }, (_, k) => centres[labels[Math.floor(k / 6)]!]![k % 6]! + 0.3 * s.normal())
  return { latents, labels }
}

const cfg = { hidden: 32, depth: 2, embedding: 16, batch: 64, lr: 3e-3, promptDropout: 0.1 }

test("the ε-regression loss decreases, without leaking tensors; the same seed gives the same weights", () => {
  const { latents, labels } = data()
  const live = tf.memory().numTensors
  const losses: Array<number> = []
  const w = trainLatentTeacher(latents, labels, 400, { ...cfg, iterations: 120 }, new Streams(1), (p) => losses.push(p.loss))
  assert.equal(tf.memory().numTensors, live)
  assert.ok(losses.length >= 3)
  assert.ok(w.loss < 0.7 * losses[0]!, `loss ${losses[0]} → ${w.loss}`)
  const again = trainLatentTeacher(latents, labels, 400, { ...cfg, iterations: 5 }, new Streams(1))
  const same = trainLatentTeacher(latents, labels, 400, { ...cfg, iterations: 5 }, new Streams(1))
  assert.deepEqual(again.weights, same.weights)
})

test("weights load into an mlp of the teacher's shape (the ψ/θ architecture) and reproduce its ε̂", () => {
  const { latents, labels } = data()
  const w = trainLatentTeacher(latents, labels, 400, { ...cfg, iterations: 3 }, new Streams(2))
  const shape = latentTeacherShape(6, cfg)
  assert.deepEqual(w.shape, { dim: 6, classes: 10, hidden: 32, depth: 2, embedding: 16 })
  assert.deepEqual(w.weights.map((a) => a.length), mlpArrayShapes(shape).map((s) => s.reduce((p, x) => p * x, 1)))
  assert.equal(w.weights.reduce((p, a) => p + a.length, 0), mlpParameterCount(shape))
  const a = mlpFromArrays(shape, w.weights, "psi", true)
  const b = mlpFromArrays(shape, w.weights, "theta", true)
  const x = tf.tensor2d(latents.subarray(0, 5 * 6), [5, 6])
  const t = tf.tensor1d([0, 250, 500, 750, 999], "int32")
  const c = tf.tensor1d([0, 3, 9, 10, 10], "int32") // 10 = ∅
  const ea = mlpEps(a, x, t, c)
  const eb = mlpEps(b, x, t, c)
  assert.deepEqual(ea.shape, [5, 6])
  assert.deepEqual(Array.from(ea.dataSync()), Array.from(eb.dataSync()))
  tf.dispose([x, t, c, ea, eb])
  disposeMlp(a)
  disposeMlp(b)
  assert.throws(() => mlpFromArrays({ ...shape, hidden: 16 }, w.weights, "wrong"), /weight array/)
})
