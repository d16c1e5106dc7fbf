/**
 * The native ε-network op (mlp.ts's whole pass in one addon call each way, and denoiser.ts's guided
 * `cfg` pass: κ = 1, κ = 0, CFG; ε- and x0-space) against the tfjs composition on wasm: the output, dx_t
 * and every weight's gradient within float32 rounding, for odd shapes (one row, widths
 * that are no multiple of any block, out-of-range class ids); a frozen network gets dx_t only; no
 * tensor leaks; the same bits for 1 and 3 threads.
 */
import assert from "node:assert/strict"
import { after, before, describe, it } from "node:test"
import { setNativeThreads } from "../../../stages/internal/nativeAddon.ts"
import { disposeMlp, initMlp, type MlpShape, mlpEps, mlpVariables } from "../../../stages/internal/mlp.ts"
import { withGradTargets } from "../../../stages/internal/nativeLinear.ts"
import { cfg, mlpDenoiser, scheduleTensors } from "../../../stages/internal/denoiser.ts"
import { Streams } from "../../../stages/internal/rng.ts"
import { tf } from "../../../stages/internal/tf.ts"
import { bits, floats, native, use, values } from "./nativeFixtures.ts"



/** [shape, rows] */
const cases: ReadonlyArray<[MlpShape, number]> = [
  [{ dim: 1, classes: 1, hidden: 1, depth: 1, embedding: 2 }, 1],
  [{ dim: 5, classes: 3, hidden: 37, depth: 2, embedding: 6 }, 7],
  [{ dim: 8, classes: 10, hidden: 130, depth: 3, embedding: 64 }, 257]
]

type Pass = { kappa: number; which: "eps" | "x0" } | undefined

/** ε̂ (or the guided output), then the gradients of Σ out·dy for x_t and (when `train`) every variable. */
const run = (shape: MlpShape, rows: number, train: boolean, pass?: Pass) => {
  const net = initMlp(shape, new Streams(3), "denoiseTest", train)
  const xT = tf.tensor2d(values(rows * shape.dim, rows, 2), [rows, shape.dim])
  const t = tf.tensor1d(Int32Array.from({ length: rows }, (_, i) => (i * 37) % 1000), "int32")
  // class ids 0..C (C is ∅) and one out of range (a zero embedding row, as oneHot gives)
  const c = tf.tensor1d(Int32Array.from({ length: rows }, (_, i) => (i === 2 ? shape.classes + 5 : i % (shape.classes + 1))), "int32")
  const dy = tf.tensor2d(values(rows * shape.dim, 5 * rows + 1), [rows, shape.dim])
  const sched = scheduleTensors(Int32Array.from({ length: rows }, (_, i) => 1 + ((i * 37) % 999)))
  const before = tf.memory().numTensors
  const forward = (x: tf.Tensor2D) =>
    pass ? cfg(mlpDenoiser(net), { xT: x, t: sched.t, a: sched.a, s: sched.s, c }, pass.kappa, pass.which) : mlpEps(net, x, t, c)
  const loss = (x: tf.Tensor) => tf.sum(tf.mul(forward(x as tf.Tensor2D), dy)) as tf.Scalar
  const eps = forward(xT)
  const dx = tf.grad(loss)(xT)
  const vars = mlpVariables(net)
  const out = [eps, dx]
  if (train) {
    const { value, grads } = withGradTargets(vars, () => tf.variableGrads(() => loss(xT), [...vars]))
    value.dispose()
    out.push(...vars.map((v) => grads[v.name]!))
  }
  const result = { floats: out.map(floats), bits: out.map(bits) }
  tf.dispose(out)
  const leaked = tf.memory().numTensors - before
  tf.dispose([xT, t, c, dy, sched.t, sched.a, sched.s])
  disposeMlp(net)
  return { ...result, leaked }
}

describe("native ε-network op", { skip: native.ok ? false : `native backend unavailable: ${native.ok ? "" : native.reason}` }, () => {
  before(() => use("native"))
  after(() => use("wasm"))

  for (const train of [true, false]) {
    it(`${train ? "trained" : "frozen"}: ε̂ and its gradients within float32 rounding of the composition on wasm, no leaks`, async () => {
      for (const [shape, rows] of cases) {
        await use("native")
        const fused = run(shape, rows, train)
        assert.equal(fused.leaked, 0, `[${rows} rows, hidden ${shape.hidden}] no tensor left behind`)
        await use("wasm")
        const composed = run(shape, rows, train)
        await use("native")
        assert.equal(fused.floats.length, composed.floats.length)
        fused.floats.forEach((got, j) => {
          const want = composed.floats[j]!
          const scale = want.reduce((s, v) => Math.max(s, Math.abs(v)), 1)
          got.forEach((v, i) => assert.ok(Math.abs(v - want[i]!) <= 2e-5 * scale, `[${rows} rows] output ${j}[${i}]: ${v} vs ${want[i]} on wasm`))
        })
      }
    })
  }

  for (const pass of [{ kappa: 1, which: "x0" }, { kappa: 0, which: "eps" }, { kappa: 1.5, which: "eps" }, { kappa: 2.5, which: "x0" }] as const) {
    it(`guided pass κ = ${pass.kappa} in ${pass.which}-space: within float32 rounding of the composition on wasm, no leaks`, async () => {
      for (const train of [true, false]) {
        for (const [shape, rows] of cases) {
          await use("native")
          const fused = run(shape, rows, train, pass)
          assert.equal(fused.leaked, 0, `[${rows} rows] no tensor left behind`)
          await use("wasm")
          const composed = run(shape, rows, train, pass)
          await use("native")
          fused.floats.forEach((got, j) => {
            const want = composed.floats[j]!
            const scale = want.reduce((s, v) => Math.max(s, Math.abs(v)), 1)
            got.forEach((v, i) => assert.ok(Math.abs(v - want[i]!) <= 5e-5 * scale, `[${rows} rows, train ${train}] output ${j}[${i}]: ${v} vs ${want[i]} on wasm`))
          })
        }
      }
    })
  }

  it("the same bits for 1 and 3 threads", async () => {
    await use("native")
    const [shape, rows] = cases[2]!
    try {
      setNativeThreads(1)
      const pass: Pass = { kappa: 1.5, which: "x0" }
      const one = run(shape, rows, true, pass)
      setNativeThreads(3)
      const chunks = () => (native.ok ? native.addon.info().helperChunks : 0)
      let helpers = 0
      for (let attempt = 0; attempt < 5 && helpers === 0; attempt++) {
        const start = chunks()
        const three = run(shape, rows, true, pass)
        helpers = chunks() - start
        assert.deepEqual(three.bits, one.bits, "3 threads = 1 thread")
      }
      assert.ok(helpers > 0, "3 threads: the helpers did part of the work")
    } finally {
      setNativeThreads(native.ok ? native.threads : 1)
    }
  })

  it("packed weights: an entry at the third pass, the same bits as unpacked, a freed network's entries dropped and its reused memory never served stale", async () => {
    await use("native")
    const info = () => (native.ok ? native.addon.info() : undefined)
    if (!info()?.gemm.startsWith("OpenBLAS level-3 driver")) return // products on CBLAS tiles: no cache to test
    // 256 rows × 256 wide: products large enough for the level-3 driver
    const shape: MlpShape = { dim: 8, classes: 10, hidden: 256, depth: 3, embedding: 16 }
    const rows = 256
    const xT = tf.tensor2d(values(rows * shape.dim, 11), [rows, shape.dim])
    const t = tf.tensor1d(Int32Array.from({ length: rows }, (_, i) => (i * 37) % 1000), "int32")
    const c = tf.tensor1d(Int32Array.from({ length: rows }, (_, i) => i % (shape.classes + 1)), "int32")
    const passes = (seed: number) => {
      const net = initMlp(shape, new Streams(seed), `packTest${seed}`, false)
      const before = info()!.packedWeights
      const out = Array.from({ length: 5 }, () => {
        const eps = mlpEps(net, xT, t, c)
        const b = bits(eps)
        eps.dispose()
        return b
      })
      const after = info()!.packedWeights
      const offsets = net.weights.map((w) => (tf.backend() as unknown as { dataIdMap: { get(d: object): { memoryOffset: number } } }).dataIdMap.get(w.dataId)!.memoryOffset)
      disposeMlp(net)
      return { out, hits: after.hits - before.hits, entries: after.entries - before.entries, offsets, afterDispose: info()!.packedWeights.entries }
    }
    const base = info()!.packedWeights.entries
    const first = passes(21)
    // the 40-wide input layer and the 8-wide output layer are below the driver's sizes; the two 256 × 256 layers are packed
    assert.equal(first.entries, 2, "one entry per large layer, made at the third pass")
    assert.equal(first.hits, 2 * 2, "passes four and five read them")
    first.out.forEach((b, i) => assert.deepEqual(b, first.out[0], `pass ${i + 1}: the bits of the unpacked first pass`))
    assert.equal(first.afterDispose, base, "freeing a network drops its entries")
    const second = passes(22) // new weights, allocated where the freed ones were (when the allocator reuses them)
    assert.equal(second.entries, 2)
    second.out.forEach((b, i) => assert.deepEqual(b, second.out[0], `second network, pass ${i + 1}: its own weights, not the freed network's`))
    assert.notDeepEqual(second.out[0], first.out[0])
    assert.ok(second.offsets.some((o, i) => o === first.offsets[i]), "the second network's weights reuse the first's heap memory (else this test shows less)")
    assert.equal(second.afterDispose, base)
    tf.dispose([xT, t, c])
  })
})
