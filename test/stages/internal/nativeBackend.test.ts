/**
 * The `native` backend (OpenBLAS addon over the wasm heap) against wasm: every kernel it replaces, on
 * random shapes including odd sizes, batches, broadcasts, transposes and special values; the gradients of
 * a small network; a short distillation; bit-identical results for any thread count; no memory growth.
 *
 * Skipped, with the reason, when the addon is not built (no compiler or no OpenBLAS): sidlab then runs
 * on wasm. CI installs OpenBLAS and checks that the addon was built (.ci/run), so there these tests run.
 */
import assert from "node:assert/strict"
import { spawnSync } from "node:child_process"
import { createHash } from "node:crypto"
import { mkdtempSync } from "node:fs"
import { tmpdir } from "node:os"
import * as path from "node:path"
import { after, before, describe, it } from "node:test"
import { Effect, Layer } from "effect"
import { CheckpointStore } from "../../../stages/CheckpointStore.ts"
import { MetricsSink } from "../../../stages/MetricsSink.ts"
import { distill } from "../../../stages/Pipeline.ts"
import { prefit } from "../../../stages/Prefit.ts"
import { Progress } from "../../../stages/Progress.ts"
import { Rng } from "../../../stages/Rng.ts"
import { acquireGmmTeacher } from "../../../stages/TeacherLoad.ts"
import { type BackendName, initBackend, TensorBackend } from "../../../stages/TensorBackend.ts"
import { mlpDenoiser } from "../../../stages/internal/denoiser.ts"
import { disposeMlp, initMlp, mlpEps, mlpVariables } from "../../../stages/internal/mlp.ts"
import { loadNativeAddon, setNativeThreads } from "../../../stages/internal/nativeAddon.ts"
import { broadcastPlan, nativeKernelNames } from "../../../stages/internal/nativeBackend.ts"
import { silu } from "../../../stages/internal/nativeOps.ts"
import { Streams } from "../../../stages/internal/rng.ts"
import { tf } from "../../../stages/internal/tf.ts"
import { native, use, values } from "./nativeFixtures.ts"
import { disposeTrainState, initTrainState, sidIteration } from "../../../stages/Train.ts"
import { smallConfig } from "../../support.ts"

const skip = native.ok ? false : `native backend unavailable: ${native.reason}`

const tensor = (shape: ReadonlyArray<number>, seed: number, dtype: "float32" | "int32" = "float32") => {
  const n = shape.reduce((a, b) => a * b, 1)
  const v = values(n, seed)
  return dtype === "int32" ? tf.tensor(Int32Array.from(v, (x) => Math.round(x * 100)), [...shape], "int32") : tf.tensor(v, [...shape])
}

/** Runs `f` on wasm and on native with the same input tensors; returns both results as plain arrays. */
const onBoth = async <T>(f: () => T): Promise<{ wasm: T; native: T }> => {
  await use("wasm")
  const wasm = f()
  await use("native")
  return { wasm, native: f() }
}
const read = (t: tf.Tensor) => {
  const out = { shape: t.shape, dtype: t.dtype, data: Array.from(t.dataSync() as ArrayLike<number>) }
  t.dispose()
  return out
}
type Read = ReturnType<typeof read>

/** Same shape and dtype, and values within atol + rtol·|expected| (NaN matches NaN, ±inf must be equal). */
const assertClose = (actual: Read, expected: Read, label: string, atol = 1e-6, rtol = 1e-6) => {
  assert.deepEqual(actual.shape, expected.shape, `${label}: shape`)
  assert.equal(actual.dtype, expected.dtype, `${label}: dtype`)
  actual.data.forEach((v, i) => {
    const e = expected.data[i]!
    if (Number.isNaN(e) || !Number.isFinite(e)) return assert.ok(Object.is(v, e) || (Number.isNaN(v) && Number.isNaN(e)), `${label}[${i}]: ${v} vs ${e}`)
    assert.ok(Math.abs(v - e) <= atol + rtol * Math.abs(e), `${label}[${i}]: ${v} vs ${e} (diff ${Math.abs(v - e)})`)
  })
}

describe("native backend", { skip }, () => {
  before(() => use("native"))
  after(() => use("wasm"))

  it("replaces the hot kernels and keeps every other wasm kernel", () => {
    for (const k of [tf.BatchMatMul, tf._FusedMatMul, tf.Add, tf.Multiply, tf.Sigmoid, tf.Sum, tf.Concat, tf.SplitV]) {
      assert.ok(nativeKernelNames.includes(k), k)
    }
    const wasm = new Set(tf.getKernelsForBackend("wasm").map((k) => k.kernelName))
    const ours = new Set(tf.getKernelsForBackend("native").map((k) => k.kernelName))
    for (const k of wasm) assert.ok(ours.has(k), `native has ${k}`)
  })

  it("matMul: every transpose form, odd and degenerate sizes, batches and broadcast batches", async () => {
    const cases: Array<[number[], number[], boolean, boolean]> = []
    for (const [m, k, n] of [[1, 1, 1], [7, 5, 3], [17, 33, 9], [64, 129, 31], [255, 64, 130], [3, 0, 4]] as const) {
      for (const ta of [false, true]) {
        for (const tb of [false, true]) cases.push([ta ? [k, m] : [m, k], tb ? [n, k] : [k, n], ta, tb])
      }
    }
    cases.push([[3, 7, 5], [3, 5, 4], false, false], [[2, 5, 7], [2, 4, 5], true, true], [[4, 6, 5], [5, 3], false, false],
      [[1, 6, 5], [3, 5, 2], false, false], [[2, 3, 4, 5], [2, 3, 5, 2], false, false], [[6, 5], [2, 3, 6, 4], true, false])
    const inputs = cases.map(([sa, sb], i) => [tensor(sa, i), tensor(sb, 100 + i)] as const)
    const { wasm, native } = await onBoth(() => cases.map(([, , ta, tb], i) => read(tf.matMul(inputs[i]![0], inputs[i]![1], ta, tb))))
    cases.forEach(([sa, sb, ta, tb], i) => {
      const k = ta ? sa[sa.length - 2]! : sa[sa.length - 1]!
      // an empty inner dimension gives zeros (wasm's XNNPACK leaves the output uninitialised there)
      const expected = k === 0 ? { ...wasm[i]!, data: wasm[i]!.data.map(() => 0) } : wasm[i]!
      assertClose(native[i]!, expected, `matMul ${sa}×${sb} ${ta}/${tb}`, 2e-6 * Math.max(1, k), 1e-5)
    })
    tf.dispose(inputs.flat())
  })

  it("matMul against float64 sums (512-wide, the bench size)", () => {
    const a = tensor([33, 512], 1)
    const b = tensor([512, 45], 2)
    const got = tf.matMul(a, b).dataSync()
    const av = a.dataSync()
    const bv = b.dataSync()
    let worst = 0
    for (let i = 0; i < 33; i++) {
      for (let j = 0; j < 45; j++) {
        let s = 0
        for (let p = 0; p < 512; p++) s += av[i * 512 + p]! * bv[p * 45 + j]!
        worst = Math.max(worst, Math.abs(s - got[i * 45 + j]!))
      }
    }
    assert.ok(worst < 1e-4, `max error ${worst}`)
    tf.dispose([a, b])
  })

  it("fused matMul: bias (row and scalar), activations and batches; prelu falls back to wasm", async () => {
    // (compared with cpu: wasm's own fused kernel misreads a size-1 bias as a row)
    const a = tensor([9, 13], 3)
    const b = tensor([11, 13], 4)
    const bias = tensor([11], 5)
    const scalarBias = tensor([1], 6)
    const alpha = tensor([11], 8)
    const a3 = tensor([2, 9, 13], 9)
    const acts = ["linear", "relu", "relu6", "sigmoid", "elu", "leakyrelu"] as const
    const run = () => [
      ...acts.map((activation) => read(tf.fused.matMul({ a, b, transposeB: true, bias, activation, leakyreluAlpha: 0.3 }))),
      read(tf.fused.matMul({ a, b, transposeB: true, bias: scalarBias, activation: "relu" })),
      read(tf.fused.matMul({ a: a3, b, transposeB: true, bias, activation: "sigmoid" })),
      read(tf.fused.matMul({ a, b, transposeB: true, bias, activation: "prelu", preluActivationWeights: alpha }))
    ]
    await use("cpu")
    const cpu = run()
    await use("native")
    run().forEach((r, i) => assertClose(r, cpu[i]!, `fused case ${i}`, 1e-5, 1e-5))
    tf.dispose([a, b, bias, scalarBias, alpha, a3])
  })

  it("the addon's SiLU and SiLU gradient (for a fused op) match float64, serial and threaded sizes", () => {
    if (!native.ok) return
    for (const n of [1000, 100_003]) {
      const x = Float32Array.from(values(n, 80), (v) => v * 12)
      const dy = values(n, 81)
      const heap = new ArrayBuffer(16 * n)
      new Float32Array(heap, 0, n).set(x)
      new Float32Array(heap, 4 * n, n).set(dy)
      native.addon.unary(heap, 13, 8 * n, 0, n, 0, 0)
      native.addon.siluGrad(heap, 12 * n, 4 * n, 0, n)
      const silu = new Float32Array(heap, 8 * n, n)
      const grad = new Float32Array(heap, 12 * n, n)
      for (let i = 0; i < n; i++) {
        const s = 1 / (1 + Math.exp(-x[i]!))
        assert.ok(Math.abs(silu[i]! - x[i]! * s) <= 2e-6 * (1 + Math.abs(x[i]!)), `silu(${x[i]})`)
        assert.ok(Math.abs(grad[i]! - dy[i]! * s * (1 + x[i]! * (1 - s))) <= 2e-6, `siluGrad(${x[i]})`)
      }
    }
  })

  it("broadcastPlan maps operands onto [rows, cols] or declines", () => {
    assert.deepEqual(broadcastPlan([4, 5], [4, 5], [4, 5]), { rows: 1, cols: 20, aMode: 0, bMode: 0 })
    assert.deepEqual(broadcastPlan([4, 5], [5], [4, 5]), { rows: 4, cols: 5, aMode: 0, bMode: 2 })
    assert.deepEqual(broadcastPlan([4, 1], [4, 5], [4, 5]), { rows: 4, cols: 5, aMode: 3, bMode: 0 })
    assert.deepEqual(broadcastPlan([], [4, 5], [4, 5]), { rows: 1, cols: 20, aMode: 1, bMode: 0 })
    assert.deepEqual(broadcastPlan([4, 1], [1, 5], [4, 5]), { rows: 4, cols: 5, aMode: 3, bMode: 2 })
    assert.equal(broadcastPlan([2, 1, 3], [4, 1], [2, 4, 3]), undefined)
  })

  it("binary ops with every broadcast, general broadcasts, int32 and NaN (max/min propagate NaN, as on cpu)", async () => {
    const pairs: Array<[number[], number[]]> = [[[37, 29], [37, 29]], [[37, 29], [29]], [[37, 29], [37, 1]], [[], [37, 29]],
      [[37, 1], [1, 29]], [[1, 1000], [1000]], [[2, 1, 3], [4, 1]], [[3, 70000], [3, 1]], [[300, 300], [300, 300]]]
    const ops = [tf.add, tf.sub, tf.mul, tf.div, tf.maximum, tf.minimum, tf.squaredDifference] as const
    const inputs = pairs.map(([sa, sb], i) => [tensor(sa, 10 + i), tensor(sb, 50 + i)] as const)
    const ints = [tensor([5, 6], 90, "int32"), tensor([6], 91, "int32")] as const
    const special = tf.tensor1d([NaN, 1, -Infinity, 0, -0, 3, Infinity, NaN])
    const other = tf.tensor1d([1, NaN, 2, -0, 0, Infinity, Infinity, NaN])
    const run = () => [
      ...inputs.flatMap(([a, b]) => ops.map((op) => read(op(a, b)))),
      ...ops.map((op) => read(op(ints[0], ints[1]))),
      ...ops.map((op) => read(op(special, other))),
      ...ops.map((op) => read(op(other, special)))
    ]
    const { wasm, native } = await onBoth(run)
    await use("cpu")
    const cpu = run()
    await use("native")
    // wasm's Maximum/Minimum drop a NaN in one argument position (std::max); cpu and native propagate it
    const nanCases = new Set([4, 5, 11, 12].map((i) => inputs.length * ops.length + ops.length + i))
    native.forEach((r, i) => assertClose(r, (nanCases.has(i) ? cpu : wasm)[i]!, `binary case ${i}`, 1e-6, 1e-6))
    tf.dispose([...inputs.flat(), ...ints, special, other])
  })

  it("unary ops on random and special values (libm functions against float64)", async () => {
    const x = tf.concat([tf.mul(tensor([5000], 20), 30), tf.tensor1d([NaN, Infinity, -Infinity, 0, -0, 1e-30, -1e-30, 88, -88, 100, -100, 1e20])])
    const pos = tf.abs(x)
    const run = () => [
      read(tf.sigmoid(x)), read(tf.square(x)), read(tf.neg(x)), read(tf.abs(x)), read(tf.reciprocal(x)),
      read(tf.sqrt(pos)), read(tf.rsqrt(pos)), read(tf.sqrt(x)), read(tf.log(x))
    ]
    const { wasm, native } = await onBoth(run)
    native.forEach((r, i) => assertClose(r, wasm[i]!, `unary case ${i}`, 2e-7, 3e-6))
    // clipByValue keeps NaN, as on cpu (wasm's clamp turns it into the lower bound)
    const clipped = read(tf.clipByValue(x, -2.5, 7))
    await use("cpu")
    const clippedCpu = read(tf.clipByValue(x, -2.5, 7))
    await use("native")
    assertClose(clipped, clippedCpu, "clipByValue", 0, 0)

    // sin, cos, tanh, exp, log are glibc's (wasm's differ by a few ulp): compare with float64 Math
    const xs = Array.from(x.dataSync())
    const f64: Array<[(t: tf.Tensor) => tf.Tensor, (v: number) => number]> = [
      [tf.sin, Math.sin], [tf.cos, Math.cos], [tf.tanh, Math.tanh], [tf.exp, Math.exp], [tf.log, Math.log]
    ]
    for (const [op, ref] of f64) {
      const got = read(op(x))
      assertClose(got, { ...got, data: xs.map((v) => Math.fround(ref(v))) }, `${ref.name}`, 1e-7, 2e-7)
    }
    tf.dispose([x, pos])
  })

  it("sum over contiguous and scattered axes, keepDims, int32", async () => {
    const x = tensor([6, 70, 9], 30)
    const big = tensor([512, 512], 31)
    const ints = tensor([4, 5], 32, "int32")
    const run = () => [
      read(tf.sum(x)), read(tf.sum(x, 0)), read(tf.sum(x, 1)), read(tf.sum(x, 2)), read(tf.sum(x, [0, 1])),
      read(tf.sum(x, [1, 2], true)), read(tf.sum(x, [0, 2])), read(tf.sum(big, 0)), read(tf.sum(big, 1)), read(tf.sum(ints, 1))
    ]
    const { wasm, native } = await onBoth(run)
    native.forEach((r, i) => assertClose(r, wasm[i]!, `sum case ${i}`, 1e-4, 1e-5))
    tf.dispose([x, big, ints])
  })

  it("select, isNaN, cast and identity (a shared buffer outlives its source)", async () => {
    const x = tf.tensor1d([1, NaN, -2, NaN, 5, 0])
    const y = tensor([6], 40)
    const big = tensor([300, 300], 41)
    const rowCond = tf.tensor2d([[true], [false], [true]], [3, 1], "bool")
    const m = tensor([3, 4], 42)
    const run = () => [
      read(tf.isNaN(x)), read(tf.where(tf.isNaN(x), y, x)), read(tf.where(tf.greater(big, 0), big, tf.neg(big))),
      read(tf.where(rowCond, m, tf.neg(m))), read(tf.cast(x, "int32")), read(tf.cast(tf.cast(x, "float32"), "float32"))
    ]
    const { wasm, native } = await onBoth(run)
    native.forEach((r, i) => assertClose(r, wasm[i]!, `case ${i}`))

    const source = tensor([4], 43)
    const copy = tf.clone(source)
    const expected = Array.from(source.dataSync())
    source.dispose()
    assert.deepEqual(Array.from(copy.dataSync()), expected)
    copy.dispose()
    tf.dispose([x, y, big, rowCond, m])
  })

  it("slice, split and concat for float32, int32 and bool; multi-axis slices fall back", async () => {
    const x = tensor([7, 10, 6], 50)
    const i = tensor([9, 5], 51, "int32")
    const b = tf.greater(tensor([4, 9], 52), 0)
    const run = () => [
      read(tf.slice(x, [0, 2, 0], [-1, 5, -1])), read(tf.slice(x, [3, 0, 0], [2, -1, -1])), read(tf.slice(x, [0, 0, 1], [-1, -1, 4])),
      read(tf.slice(x, [1, 2, 3], [2, 3, 2])), read(tf.slice(x, [0, 0, 0], [-1, -1, -1])), read(tf.slice(i, [2, 1], [3, 3])),
      read(tf.slice(b, [0, 4], [-1, 5])),
      ...tf.split(x, [1, 6, 3], 1).map(read), ...tf.split(x, 2, 2).map(read), ...tf.split(i, [4, 5], 0).map(read),
      read(tf.concat([x, x, tf.slice(x, [0, 0, 0], [-1, -1, 2])], 2)), read(tf.concat([x, x], 0)), read(tf.concat([i, i], 1)),
      read(tf.concat([b, b], 1)), read(tf.concat([x, tf.zeros([7, 0, 6])], 1))
    ]
    const { wasm, native } = await onBoth(run)
    native.forEach((r, k) => assertClose(r, wasm[k]!, `case ${k}`, 0, 0))
    tf.dispose([x, i, b])
  })

  it("tensors move freely between wasm and native (one shared heap)", async () => {
    await use("wasm")
    const onWasm = tensor([5, 5], 60)
    await use("native")
    const onNative = tf.matMul(onWasm, onWasm)
    await use("wasm")
    const back = tf.add(onNative, onWasm)
    await use("native")
    const expected = tf.add(tf.matMul(onWasm, onWasm), onWasm)
    assertClose(read(back), read(expected), "round trip", 1e-5, 1e-5)
    tf.dispose([onWasm, onNative])
  })

  it("network gradients equal wasm's, and nothing is left behind", async () => {
    const shape = { dim: 6, classes: 4, hidden: 48, depth: 3, embedding: 16 }
    const net = initMlp(shape, new Streams(3), "nativeGrad")
    const x = tensor([37, 6], 70) as tf.Tensor2D
    const t = tf.tensor1d(Int32Array.from({ length: 37 }, (_, i) => (i * 97) % 1000), "int32")
    const c = tf.tensor1d(Int32Array.from({ length: 37 }, (_, i) => i % 5), "int32")
    const grads = () => {
      const { value, grads } = tf.variableGrads(() => tf.mean(tf.square(mlpEps(net, x, t, c))) as tf.Scalar, [...mlpVariables(net)])
      return [read(value), ...mlpVariables(net).map((v) => read(grads[v.name]!))]
    }
    await use("wasm")
    const onWasm = grads()
    await use("native")
    const tensors = tf.memory().numTensors
    const dataIds = tf.engine().backend.numDataIds()
    const onNative = grads()
    assert.equal(tf.memory().numTensors, tensors, "no live tensor added")
    assert.equal(tf.engine().backend.numDataIds(), dataIds, "no backend buffer added")
    onNative.forEach((g, i) => assertClose(g, onWasm[i]!, `gradient ${i}`, 1e-6, 1e-4))
    tf.dispose([x, t, c])
    disposeMlp(net)
  })

  /** Bit patterns (so that -0 and NaN payloads count too) of a matmul's output. */
  const bits = (t: tf.Tensor) => {
    const out = Array.from(new Uint32Array((t.dataSync() as Float32Array).slice().buffer))
    t.dispose()
    return out
  }
  const helperChunks = () => (native.ok ? native.addon.info().helperChunks : 0)

  it("matmuls, sums and elementwise kernels are bit-identical for 1, 2 and 3 threads (odd shapes, transposes, batches, fused epilogue)", async () => {
    await use("native")
    const cases: Array<[number[], number[], boolean, boolean]> = [
      [[517, 301], [301, 263], false, false], [[301, 517], [263, 301], true, true], [[3, 700], [700, 1001], false, false],
      [[1, 999], [999, 517], false, false], [[333, 1], [1, 333], false, false], [[5, 129, 97], [5, 97, 130], false, true]
    ]
    const inputs = cases.map(([sa, sb], i) => [tensor(sa, 200 + i), tensor(sb, 300 + i)] as const)
    const bias = tensor([263], 400)
    // sums split by rows and by columns, and elementwise kernels split into chunks (sizes not multiples of 16)
    const wide = tf.mul(tensor([41, 5003], 401), 20)
    const run = () => [
      ...cases.map(([, , ta, tb], i) => bits(tf.matMul(inputs[i]![0], inputs[i]![1], ta, tb))),
      bits(tf.fused.matMul({ a: inputs[0]![0], b: inputs[0]![1], bias, activation: "sigmoid" })),
      bits(tf.sum(wide, 0)), bits(tf.sum(wide, 1)), bits(tf.sum(inputs[0]![0], 0)), bits(tf.sigmoid(wide)),
      bits(tf.exp(wide)), bits(tf.div(wide, tf.add(wide, 3))), bits(silu(wide))
    ]
    try {
      setNativeThreads(1)
      const before = helperChunks()
      const serial = run()
      assert.equal(helperChunks(), before, "one thread: no helper ran")
      for (const threads of [2, 3]) {
        setNativeThreads(threads)
        assert.equal(native.ok && native.addon.info().poolThreads, threads)
        // on a busy machine a helper can miss a whole run: repeat (comparing every time) until one took part
        let helpers = 0
        for (let attempt = 0; attempt < 5 && helpers === 0; attempt++) {
          const start = helperChunks()
          const r = run()
          helpers = helperChunks() - start
          r.forEach((x, i) => assert.ok(x.length > 0 && x.every((v, j) => v === serial[i]![j]), `case ${i}: ${threads} threads = 1 thread, bit for bit`))
        }
        assert.ok(helpers > 0, `${threads} threads: the helpers ran some of the work`)
      }
    } finally {
      setNativeThreads(native.ok ? native.threads : 1)
      tf.dispose([...inputs.flat(), bias, wide])
    }
  })

  it("SIDLAB_THREADS=3 in a fresh process gives the same bits as this one", async () => {
    await use("native")
    const [m, k, n] = [411, 257, 389]
    const a = tensor([m, k], 500)
    const b = tensor([k, n], 501)
    const here = createHash("sha256").update(tf.matMul(a, b).dataSync() as Float32Array).digest("hex")
    tf.dispose([a, b])
    const script = `
      import { createHash } from "node:crypto"
      import { Effect } from "effect"
      import { initBackend } from "./stages/TensorBackend.ts"
      import { loadNativeAddon } from "./stages/internal/nativeAddon.ts"
      import { tf } from "./stages/internal/tf.ts"
      const values = ${values.toString()}
      await Effect.runPromise(initBackend({ name: "native", reason: "test" }))
      const t = (shape, seed) => tf.tensor(values(shape[0] * shape[1], seed), shape)
      const out = tf.matMul(t([${m}, ${k}], 500), t([${k}, ${n}], 501)).dataSync()
      const load = loadNativeAddon()
      console.log(JSON.stringify({ threads: load.ok && load.addon.info().poolThreads, hash: createHash("sha256").update(out).digest("hex") }))
    `
    const root = path.resolve(import.meta.dirname, "../../..")
    const r = spawnSync(process.execPath, ["--import", "tsx", "--input-type=module", "-e", script], {
      cwd: root, encoding: "utf8", env: { ...process.env, SIDLAB_THREADS: "3" }
    })
    assert.equal(r.status, 0, `${r.signal ?? ""} ${r.stderr}`)
    const child = JSON.parse(r.stdout.trim().split("\n").at(-1)!) as { threads: number; hash: string }
    assert.equal(child.threads, 3)
    assert.equal(child.hash, here, "same bits")
  })

  it("the level-3 driver and its packed weights give cblas_sgemm's bits (SIDLAB_GEMM=cblas in a fresh process): products and four training iterations", async () => {
    await use("native")
    tf.tidy(() => { tf.matMul(tensor([256, 512], 900), tensor([512, 512], 901)) }) // decides the product path
    const info = native.ok ? native.addon.info() : undefined
    // Debian's OpenBLAS is the one the driver knows: there it must be in use, or this test proves nothing
    if (info && /^OpenBLAS 0\.3\.21 .*DYNAMIC_ARCH/.test(info.blas) && !process.env.SIDLAB_GEMM) assert.match(info.gemm, /^OpenBLAS level-3 driver/)
    // bench-mlp's forward (NN), input-gradient (NT) and weight-gradient (TN) products, TT, rows not a
    // multiple of the 64-row chunk, K in several blocks, a fused bias and SiLU; and one SiD iteration
    const script = (gemm: string) => `
      import { createHash } from "node:crypto"
      import { Effect } from "effect"
      import { initBackend } from "./stages/TensorBackend.ts"
      import { loadNativeAddon } from "./stages/internal/nativeAddon.ts"
      import { tf } from "./stages/internal/tf.ts"
      import { mlpDenoiser } from "./stages/internal/denoiser.ts"
      import { initMlp } from "./stages/internal/mlp.ts"
      import { Streams } from "./stages/internal/rng.ts"
      import { initTrainState, sidIteration } from "./stages/Train.ts"
      import { smallConfig } from "./test/support.ts"
      ${gemm === "cblas" ? "" : "delete process.env.SIDLAB_GEMM"}
      const values = ${values.toString()}
      await Effect.runPromise(initBackend({ name: "native", reason: "test" }))
      const hash = (t) => createHash("sha256").update(t.dataSync()).digest("hex")
      const t = (shape, seed) => tf.tensor(values(shape[0] * shape[1], seed), shape)
      const cases = [[256, 320, 512, false, false], [512, 512, 512, false, false], [256, 512, 512, false, true], [512, 512, 256, true, false],
        [300, 200, 1000, true, true], [129, 257, 2000, false, true], [70, 200, 600, false, false], [1000, 96, 130, true, false]]
      const out = cases.map(([m, n, k, ta, tb], i) => hash(tf.matMul(t(ta ? [k, m] : [m, k], 600 + i), t(tb ? [n, k] : [k, n], 700 + i), ta, tb)))
      out.push(hash(tf.fused.matMul({ a: t([333, 512], 800), b: t([512, 384], 801), bias: t([1, 384], 802).reshape([384]), activation: "elu" })))
      // 256 rows × 512 wide: the forward products go through the driver, so packed weights are used
      const cfg = smallConfig({ network: { hidden: 512, depth: 2, embedding: 16 }, optimizer: { batch: 256 } })
      const phi = initMlp({ dim: cfg.teacher.dim, classes: cfg.teacher.classes, ...cfg.network }, new Streams(1), "det")
      const state = initTrainState(phi, cfg)
      const streams = new Streams(cfg.seed)
      for (let i = 0; i < 4; i++) sidIteration(mlpDenoiser(phi), state, cfg, streams)
      out.push(...state.gen.weights.map(hash), ...state.fake.weights.map(hash))
      const load = loadNativeAddon()
      console.log(JSON.stringify({ gemm: load.ok && load.addon.info().gemm, hits: load.ok && load.addon.info().packedWeights.hits, out }))
    `
    const root = path.resolve(import.meta.dirname, "../../..")
    // SIDLAB_PACK_VERIFY=1: the addon packs every cached weight again at each use and aborts on a difference
    const runWith = (gemm: string) => {
      const r = spawnSync(process.execPath, ["--import", "tsx", "--input-type=module", "-e", script(gemm)], {
        cwd: root, encoding: "utf8", env: { ...process.env, SIDLAB_GEMM: gemm, SIDLAB_PACK_VERIFY: "1" }
      })
      assert.equal(r.status, 0, `${r.signal ?? ""} ${r.stderr}`)
      return JSON.parse(r.stdout.trim().split("\n").at(-1)!) as { gemm: string; hits: number; out: Array<string> }
    }
    const tiles = runWith("cblas")
    assert.match(tiles.gemm, /^cblas_sgemm tiles \(SIDLAB_GEMM=cblas\)/)
    const driver = runWith("")
    assert.equal(driver.gemm, info?.gemm)
    if (driver.gemm.startsWith("OpenBLAS level-3 driver")) assert.ok(driver.hits > 0, "four iterations reuse packed weights (the frozen teacher's at least)")
    assert.equal(driver.out.length, tiles.out.length)
    driver.out.forEach((h, i) => assert.equal(h, tiles.out[i], `result ${i}: the same bits through both paths`))
  })

  it("training is bit-identical for 1, 2 and 3 threads (and repeatable), also with an odd batch", async () => {
    await use("native")
    const run = (threads: number, batch: number, hidden: number) => {
      setNativeThreads(threads)
      const helpersBefore = helperChunks()
      const cfg = smallConfig({ network: { hidden, depth: 2, embedding: 16 }, optimizer: { batch } })
      const phi = initMlp({ dim: cfg.teacher.dim, classes: cfg.teacher.classes, ...cfg.network }, new Streams(1), "det")
      const state = initTrainState(phi, cfg)
      const streams = new Streams(cfg.seed)
      const teacher = mlpDenoiser(phi)
      sidIteration(teacher, state, cfg, streams)
      const tensors = tf.memory().numTensors
      const dataIds = tf.engine().backend.numDataIds()
      const logs = [1, 2, 3].map(() => sidIteration(teacher, state, cfg, streams))
      assert.equal(tf.memory().numTensors, tensors, "live tensors do not grow across iterations")
      assert.equal(tf.engine().backend.numDataIds(), dataIds, "backend buffers do not grow across iterations")
      const weights = mlpVariables(state.gen).map((v) => Array.from(new Uint32Array((v.dataSync() as Float32Array).slice().buffer)))
      disposeTrainState(state)
      disposeMlp(phi)
      return { result: { logs, weights }, helpers: helperChunks() - helpersBefore }
    }
    try {
      // 256 × 256 and 301 × 200 layers: products big enough to be cut into tiles
      for (const [batch, hidden] of [[256, 256], [301, 200]] as const) {
        const one = run(1, batch, hidden)
        assert.equal(one.helpers, 0)
        assert.deepEqual(run(1, batch, hidden).result, one.result, `batch ${batch}: two runs with 1 thread are identical`)
        for (const threads of [2, 3]) {
          const r = run(threads, batch, hidden)
          assert.ok(r.helpers > 0, `batch ${batch}, ${threads} threads: the helpers did part of the work`)
          assert.deepEqual(r.result, one.result, `batch ${batch}: ${threads} threads give the bits of 1 thread`)
        }
      }
    } finally {
      setNativeThreads(native.ok ? native.threads : 1)
    }
  })

  it("a short distillation reaches wasm's metrics (within the seed-to-seed spread)", async () => {
    const backendLayer = (name: BackendName) => Layer.effect(TensorBackend, Effect.suspend(() => initBackend({ name, reason: "test" })))
    const cell = (name: BackendName, seed: number) => {
      const cfg = smallConfig({ seed, budget: { iterations: 12, checkpointEvery: 0 } })
      return Effect.runPromise(
        Effect.scoped(
          Effect.gen(function*() {
            const teacher = yield* acquireGmmTeacher(cfg)
            const { weights } = yield* prefit(cfg, teacher)
            return yield* distill(cfg, teacher, weights, { checkpointKey: "cell" })
          })
        ).pipe(Effect.provide(Layer.mergeAll(
          backendLayer(name),
          Rng.layer(seed, "test"),
          Progress.layerTest,
          CheckpointStore.layer(mkdtempSync(path.join(tmpdir(), "sidlab-native-"))),
          MetricsSink.layerMemory
        )))
      )
    }
    const wasm0 = await cell("wasm", 0)
    const wasm1 = await cell("wasm", 1)
    const native0 = await cell("native", 0)
    assert.equal(native0.backend, "native")
    for (const [i, row] of native0.after.entries()) {
      for (const metric of ["fd", "alignment", "precision", "recall", "coverage"] as const) {
        const w0 = wasm0.after[i]![metric]
        const spread = Math.abs(w0 - wasm1.after[i]![metric])
        const diff = Math.abs(row[metric] - w0)
        assert.ok(diff <= Math.max(spread, 1e-3 * Math.abs(w0), 1e-6), `k=${row.k} ${metric}: native ${row[metric]} vs wasm ${w0} (seed spread ${spread})`)
      }
    }
  })
})
