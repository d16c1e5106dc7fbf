/**
 * wasm gap kernels: UnsortedSegmentSum (the gradient of gather) on wasm matches the cpu backend,
 * leaves no intermediate behind, and registers only once.
 */
import assert from "node:assert/strict"
import { before, describe, it } from "node:test"
import { Effect } from "effect"
import { tf } from "../../../stages/internal/tf.ts"
import { registerWasmKernels } from "../../../stages/internal/wasmKernels.ts"
import { type BackendName, initBackend } from "../../../stages/TensorBackend.ts"

const use = (name: BackendName) => Effect.runPromise(initBackend({ name, reason: "test" }))

/** d/dtable of Σ w ⊙ gather(table, ids)², with repeated ids; returns plain numbers. */
function gatherGrad(table: number[][], ids: number[][], w: number[][][]): number[][] {
  return tf.tidy(() => {
    const loss = (t: tf.Tensor) => tf.sum(tf.mul(tf.tensor3d(w), tf.square(tf.gather(t, tf.tensor2d(ids, undefined, "int32")))))
    return tf.grad(loss)(tf.tensor2d(table)).arraySync() as number[][]
  })
}

const assertClose = (actual: number[][], expected: number[][], tol = 1e-5) => {
  assert.equal(actual.length, expected.length)
  actual.forEach((row, i) =>
    row.forEach((v, j) => assert.ok(Math.abs(v - expected[i]![j]!) <= tol, `[${i}][${j}]: ${v} vs ${expected[i]![j]}`))
  )
}

describe("wasm UnsortedSegmentSum", () => {
  before(() => use("wasm"))

  it("is registered once (a second call adds nothing)", () => {
    assert.deepEqual(registerWasmKernels(), [])
    assert.ok(tf.getKernel(tf.UnsortedSegmentSum, "wasm"))
  })

  it("sums rows by segment id (worked example, int32 and float32)", () => {
    const x = [[1, 2], [3, 4], [5, 6], [7, 8]]
    const ids = [2, 0, 2, 5] // id 5 is out of range and dropped, like the cpu backend
    for (const dtype of ["float32", "int32"] as const) {
      const out = tf.tidy(() => tf.unsortedSegmentSum(tf.tensor2d(x, undefined, dtype), tf.tensor1d(ids, "int32"), 3))
      assert.equal(out.dtype, dtype)
      assert.deepEqual(out.arraySync(), [[3, 4], [0, 0], [6, 8]])
      out.dispose()
    }
  })

  it("grad through gather with repeated ids equals the cpu backend, without leaks", async () => {
    const table = Array.from({ length: 6 }, (_, i) => [0.5 * i - 1, Math.sin(i), 1 / (i + 1)])
    const ids = [[0, 3, 3], [5, 0, 3]] // 3 three times, 0 twice, 1, 2, 4 never
    const w = ids.map((row, b) => row.map((_, k) => [1 + b, 0.5 * k - 0.25, 2]))

    const tensorsBefore = tf.memory().numTensors
    const dataIdsBefore = tf.engine().backend.numDataIds()
    const onWasm = gatherGrad(table, ids, w)
    assert.equal(tf.memory().numTensors, tensorsBefore)
    assert.equal(tf.engine().backend.numDataIds(), dataIdsBefore)

    await use("cpu")
    const onCpu = gatherGrad(table, ids, w)
    await use("wasm")

    assertClose(onWasm, onCpu)
    assert.deepEqual(onWasm[1], [0, 0, 0])
    assert.notDeepEqual(onWasm[3], [0, 0, 0])
  })

  it("handles higher-rank data and ids (gather of a 3-d table along axis 0 with 2-d ids)", async () => {
    const run = () =>
      tf.tidy(() => {
        const table = tf.reshape(tf.range(0, 5 * 2 * 3, 1, "float32"), [5, 2, 3])
        const ids = tf.tensor2d([[4, 1], [1, 1]], undefined, "int32")
        const f = (t: tf.Tensor) => tf.sum(tf.mul(tf.gather(t, ids), tf.gather(t, ids)))
        return tf.grad(f)(table).arraySync() as number[][][]
      })
    const onWasm = run()
    await use("cpu")
    const onCpu = run()
    await use("wasm")
    assert.deepEqual(onWasm, onCpu)
  })
})

describe("wasm BatchMatMul with transposed operands", () => {
  before(() => use("wasm"))

  it("gives the cpu backend's results for every transpose form and odd shapes, without leaks", async () => {
    const cases: Array<[number[], number[], boolean, boolean]> = [
      [[7, 5], [5, 3], false, false],
      [[5, 7], [5, 3], true, false],
      [[7, 5], [3, 5], false, true],
      [[5, 7], [3, 5], true, true],
      [[2, 4, 3], [2, 4, 6], true, false],
      [[1, 9], [4, 9], false, true]
    ]
    const values = (shape: number[], seed: number) =>
      Array.from({ length: shape.reduce((a, b) => a * b, 1) }, (_, i) => Math.sin(seed * 31 + i * 1.7))
    const run = () =>
      cases.map(([sa, sb, ta, tb], n) =>
        tf.tidy(() => Array.from(tf.matMul(tf.tensor(values(sa, n), sa), tf.tensor(values(sb, n + 7), sb), ta, tb).dataSync()))
      )
    const dataIdsBefore = tf.engine().backend.numDataIds()
    const onWasm = run()
    assert.equal(tf.engine().backend.numDataIds(), dataIdsBefore)
    await use("cpu")
    const onCpu = run()
    await use("wasm")
    onWasm.forEach((r, i) => r.forEach((v, j) => assert.ok(Math.abs(v - onCpu[i]![j]!) < 1e-5, `case ${i}[${j}]: ${v} vs ${onCpu[i]![j]}`)))
  })
})

describe("wasm _FusedMatMul with transposed operands", () => {
  before(() => use("wasm"))

  it("gives the cpu backend's results with a bias and an activation (tfjs-backend-wasm 4.22 alone does not)", async () => {
    const run = () =>
      tf.tidy(() => {
        const a = tf.tensor2d([[1, 2], [3, 4], [5, 6]])
        const b = tf.tensor2d([[1, 0], [0, 1], [1, -1]])
        const bias = tf.tensor1d([10, 20, -30])
        return [
          tf.fused.matMul({ a, b, transposeB: true, bias }),
          tf.fused.matMul({ a: tf.transpose(a), b, transposeA: true, transposeB: true, bias, activation: "relu" }),
          tf.fused.matMul({ a: tf.transpose(a), b: tf.transpose(b), transposeA: true, bias, activation: "sigmoid" })
        ].map((t) => Array.from(t.dataSync()))
      })
    const onWasm = run()
    await use("cpu")
    const onCpu = run()
    await use("wasm")
    assert.deepEqual(onWasm[0], [11, 22, -31, 13, 24, -31, 15, 26, -31])
    onWasm.forEach((r, i) => r.forEach((v, j) => assert.ok(Math.abs(v - onCpu[i]![j]!) < 1e-6, `case ${i}[${j}]: ${v} vs ${onCpu[i]![j]}`)))
  })
})
