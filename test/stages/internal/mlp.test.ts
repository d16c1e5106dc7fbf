/**
 * The `mlp` ε-prediction denoiser (`mlp.ts`): ε̂ is the dense stack over [x_t, sin/cos(t), E[c]], the
 * class (∅ included) and the time condition it, init is keyed by seed and name, clones and array
 * round-trips are exact and deep, loading is checked, nothing leaks; the native backend's fused SiLU
 * agrees with the plain composition (skipped, with the reason, when the addon is not built).
 */
import { after, before, describe, it, test } from "node:test"
import assert from "node:assert/strict"
import { Effect } from "effect"
import { type BackendName, initBackend } from "../../../stages/TensorBackend.ts"
import { denseForward } from "../../../stages/internal/dense.ts"
import {
  assignMlp,
  cloneMlp,
  disposeMlp,
  initMlp,
  layerWidths,
  type Mlp,
  mlpEps,
  mlpFromArrays,
  mlpParameterCount,
  type MlpShape,
  mlpToArrays,
  mlpVariables,
  timeEmbedding
} from "../../../stages/internal/mlp.ts"
import { loadNativeAddon } from "../../../stages/internal/nativeAddon.ts"
import { Streams } from "../../../stages/internal/rng.ts"
import { tf } from "../../../stages/internal/tf.ts"
import { maxAbsDiff, useWasm } from "../../support.ts"

before(useWasm)

const shape: MlpShape = { dim: 4, classes: 3, hidden: 16, depth: 3, embedding: 8 }
const values = (t: tf.Tensor): Array<number> => Array.from(t.dataSync())
/** The values of a tensor this caller owns, which is then freed. */
const take = (t: tf.Tensor): Array<number> => {
  const v = values(t)
  t.dispose()
  return v
}
const flat = (net: Mlp): Array<number> => mlpToArrays(net).flatMap((a) => Array.from(a))

/** B rows of (x_t, t, c), c = 0, 1, …, C (∅) repeating. */
const batch = (B: number) => {
  const s = new Streams(5)
  return {
    xT: tf.tensor2d(s.stream("x").normals(B * shape.dim), [B, shape.dim]),
    t: tf.tensor1d(s.stream("t").ints(B, 0, 1000), "int32"),
    c: tf.tensor1d(Array.from({ length: B }, (_, i) => i % (shape.classes + 1)), "int32")
  }
}
type Batch = ReturnType<typeof batch>
const eps = (net: Mlp, b: Batch) => mlpEps(net, b.xT, b.t, b.c)
const disposeBatch = (b: Batch) => tf.dispose([b.xT, b.t, b.c])

test("ε̂ is [rows, D] for one row and many; the parameter count is that of the arrays", () => {
  const net = initMlp(shape, new Streams(1), "mlp-test")
  assert.deepEqual(layerWidths(shape), [20, 16, 16, 16, 4])
  for (const B of [1, 5]) {
    const b = batch(B)
    const y = eps(net, b)
    assert.deepEqual(y.shape, [B, shape.dim])
    assert.ok(values(y).every(Number.isFinite))
    tf.dispose(y)
    disposeBatch(b)
  }
  const arrays = mlpToArrays(net)
  assert.equal(mlpParameterCount(shape), arrays.reduce((n, a) => n + a.length, 0))
  assert.equal(mlpParameterCount(shape), 4 * 8 + (20 * 16 + 16) + 2 * (16 * 16 + 16) + (16 * 4 + 4))
  disposeMlp(net)
})

test("ε̂(x_t, t, c) is the dense stack over [x_t, sin/cos(t), E[c]], ∅ = row C of E", () => {
  const net = initMlp(shape, new Streams(2), "mlp-test")
  const b = batch(8)
  const live = tf.memory().numTensors
  const y = eps(net, b)
  const expected = tf.tidy(() => {
    const rows = tf.gather(net.classEmbedding, b.c)
    return denseForward(net, tf.concat([b.xT, timeEmbedding(b.t, shape.embedding), rows], 1) as tf.Tensor2D)
  })
  assert.deepEqual(values(y), values(expected))
  tf.dispose([y, expected])
  assert.equal(tf.memory().numTensors, live)
  disposeBatch(b)
  disposeMlp(net)
})

test("the time embedding is sin(t·f_i), cos(t·f_i) with f_i = 10⁴^(−i/half)", () => {
  const t = tf.tensor1d([0, 5, 999], "int32")
  const e = timeEmbedding(t, 8)
  assert.deepEqual(e.shape, [3, 8])
  const got = values(e)
  ;[0, 5, 999].forEach((tv, r) => {
    for (let i = 0; i < 4; i++) {
      const f = Math.pow(10000, -i / 4)
      assert.ok(Math.abs(got[r * 8 + i]! - Math.sin(tv * f)) < 2e-4, `t=${tv} sin ${i}`)
      assert.ok(Math.abs(got[r * 8 + 4 + i]! - Math.cos(tv * f)) < 2e-4, `t=${tv} cos ${i}`)
    }
  })
  tf.dispose([t, e])
})

test("the class conditions ε̂: each of 0..C and ∅ gives its own output, the same class the same output", () => {
  const net = initMlp(shape, new Streams(3), "mlp-test")
  const B = 2 * (shape.classes + 1)
  const s = new Streams(6)
  const row = s.stream("x").normals(shape.dim)
  const xT = tf.tensor2d(Array.from({ length: B }, () => Array.from(row)))
  const t = tf.fill([B], 400, "int32") as tf.Tensor1D
  const c = tf.tensor1d([0, 1, 2, 3, 0, 1, 2, 3], "int32")
  const out = take(mlpEps(net, xT, t, c))
  const rowOf = (i: number) => out.slice(i * shape.dim, (i + 1) * shape.dim)
  for (let i = 0; i < 4; i++) {
    assert.deepEqual(rowOf(i + 4), rowOf(i), `class ${i} twice`)
    for (let j = 0; j < i; j++) {
      const d = Math.max(...rowOf(i).map((v, k) => Math.abs(v - rowOf(j)[k]!)))
      assert.ok(d > 1e-3, `classes ${j} and ${i} differ by only ${d}`)
    }
  }
  const t2 = tf.fill([B], 800, "int32") as tf.Tensor1D
  const [a, b2] = [mlpEps(net, xT, t, c), mlpEps(net, xT, t2, c)]
  assert.ok(maxAbsDiff(a, b2) > 1e-3, "the timestep conditions ε̂ too")
  tf.dispose([xT, t, c, t2, a, b2])
  disposeMlp(net)
})

test("init is keyed by seed and name; the embedding is N(0, 1), the layers within U(±1/√fan_in)", () => {
  const big: MlpShape = { dim: 4, classes: 9, hidden: 16, depth: 1, embedding: 64 }
  const nets = [initMlp(big, new Streams(4), "phi"), initMlp(big, new Streams(4), "phi"), initMlp(big, new Streams(4), "psi"), initMlp(big, new Streams(5), "phi")]
  const [a, same, otherName, otherSeed] = nets.map(flat)
  assert.deepEqual(same, a)
  assert.ok(otherName!.filter((v, i) => v !== a![i]).length > 0.99 * a!.length, "another name, other weights")
  assert.ok(otherSeed!.filter((v, i) => v !== a![i]).length > 0.99 * a!.length, "another seed, other weights")
  const [emb, ...layers] = mlpToArrays(nets[0]!)
  const n = emb!.length
  const mean = emb!.reduce((p, v) => p + v, 0) / n
  const variance = emb!.reduce((p, v) => p + (v - mean) ** 2, 0) / n
  assert.ok(Math.abs(mean) < 0.2 && Math.abs(variance - 1) < 0.2, `embedding mean ${mean}, variance ${variance} over ${n}`)
  layers.forEach((arr, k) => {
    const bound = 1 / Math.sqrt(layerWidths(big)[k >> 1]!)
    assert.ok(arr.every((v) => Math.abs(v) <= bound), `layer array ${k} exceeds ${bound}`)
  })
  assert.ok(mlpVariables(nets[0]!).every((v) => v.trainable))
  nets.forEach(disposeMlp)
})

test("clone and array round-trip give identical ε̂; the clone is deep; assign copies back; no leaks", () => {
  const net = initMlp(shape, new Streams(7), "mlp-test")
  const b = batch(6)
  const y0 = eps(net, b)
  const live = tf.memory().numTensors
  const copy = cloneMlp(net, "mlp-test-clone", false)
  const loaded = mlpFromArrays(shape, mlpToArrays(net), "mlp-test-load")
  assert.ok(mlpVariables(copy).every((v) => !v.trainable) && mlpVariables(loaded).every((v) => v.trainable))
  for (const other of [copy, loaded]) {
    const y = eps(other, b)
    assert.deepEqual(values(y), values(y0))
    y.dispose()
  }
  const original = flat(net)
  tf.tidy(() => mlpVariables(copy).forEach((v) => v.assign(tf.mul(v, -1))))
  assert.deepEqual(flat(net), original, "changing the clone leaves the original")
  const yCopy = eps(copy, b)
  assert.ok(maxAbsDiff(yCopy, y0) > 1e-3)
  assignMlp(copy, net)
  const yBack = eps(copy, b)
  assert.deepEqual(values(yBack), values(y0))
  tf.dispose([yCopy, yBack])
  disposeMlp(copy)
  disposeMlp(loaded)
  assert.equal(tf.memory().numTensors, live, "clone, load, forward and assign leave nothing behind")
  tf.dispose(y0)
  disposeBatch(b)
  disposeMlp(net)
})

test("loading rejects a missing array and a wrongly sized embedding with the network's name", () => {
  const net = initMlp(shape, new Streams(8), "mlp-test")
  const arrays = mlpToArrays(net)
  const live = tf.memory().numTensors
  assert.throws(() => mlpFromArrays(shape, arrays.slice(1), "phi"), { message: "phi: expected 9 weight arrays for this network shape, found 8" })
  assert.throws(() => mlpFromArrays({ ...shape, classes: 4 }, arrays, "phi"), { message: "phi: weight array 0 has 32 values, the shape [5, 8] needs 40" })
  assert.throws(() => mlpFromArrays({ ...shape, hidden: 15 }, arrays, "phi"), /phi: weight array 1 has 320 values, the shape \[20, 15\] needs 300/)
  assert.equal(tf.memory().numTensors, live)
  disposeMlp(net)
})

test("forward and gradient leave no tensor, inside and outside tf.tidy", () => {
  const net = initMlp(shape, new Streams(9), "mlp-test")
  const b = batch(5)
  const live = tf.memory().numTensors
  tf.tidy(() => void eps(net, b))
  const { value, grads } = tf.variableGrads(() => tf.sum(tf.square(eps(net, b))), [...mlpVariables(net)])
  assert.equal(Object.keys(grads).length, mlpVariables(net).length)
  assert.ok(values(grads[net.classEmbedding.name]!).some((g) => g !== 0), "the embedding gets a gradient")
  tf.dispose([value, ...Object.values(grads)])
  assert.equal(tf.memory().numTensors, live)
  disposeBatch(b)
  disposeMlp(net)
})

const native = loadNativeAddon()
const use = (name: BackendName) => Effect.runPromise(initBackend({ name, reason: "test" }))

describe("native fused ε-network", { skip: native.ok ? false : `native backend unavailable: ${native.ok ? "" : native.reason}` }, () => {
  after(() => use("wasm"))

  it("ε̂ and its gradients on native (the whole pass in one kernel each way) match wasm within float32 rounding", async () => {
    const net = initMlp({ ...shape, hidden: 33 }, new Streams(10), "mlp-test-native")
    const b = batch(7)
    const dy = tf.tensor2d(new Streams(11).stream("dy").normals(7 * shape.dim), [7, shape.dim])
    const run = async (backend: BackendName) => {
      await use(backend)
      const live = tf.memory().numTensors
      const info = await tf.profile(() => {
        const { value, grads } = tf.variableGrads(() => tf.sum(tf.mul(eps(net, b), dy)), [...mlpVariables(net)])
        const out = { y: take(eps(net, b)), g: mlpVariables(net).map((v) => values(grads[v.name]!)) }
        tf.dispose([value, ...Object.values(grads)])
        return out
      })
      assert.equal(tf.memory().numTensors, live, `${backend}: no tensor left behind`)
      return { ...(info.result as unknown as { y: Array<number>; g: Array<Array<number>> }), kernels: info.kernelNames }
    }
    const plain = await run("wasm")
    const fused = await run("native")
    assert.ok(fused.kernels.includes("SidlabMlp") && fused.kernels.includes("SidlabMlpGrad"), `native kernels: ${fused.kernels}`)
    assert.ok(!fused.kernels.includes("BatchMatMul"), "no per-layer matmul on native")
    assert.ok(!plain.kernels.some((k) => k.startsWith("Sidlab")), "wasm runs the composition")
    const close = (a: number, e: number) => Math.abs(a - e) <= 1e-5 * (1 + Math.abs(e))
    fused.y.forEach((v, i) => assert.ok(close(v, plain.y[i]!), `ε̂[${i}]: ${v} vs ${plain.y[i]}`))
    fused.g.forEach((g, k) => g.forEach((v, i) => assert.ok(close(v, plain.g[k]![i]!), `grad ${k}[${i}]: ${v} vs ${plain.g[k]![i]}`)))
    await use("wasm")
    tf.dispose(dy)
    disposeBatch(b)
    disposeMlp(net)
  })
})
