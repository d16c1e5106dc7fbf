/**
 * Plain dense stacks (`dense.ts`): forward shapes and layer ranges, seeded init within PyTorch's bounds,
 * deep clones and array round-trips, checked loading, `mapRows`, and `fitAdam`'s loss reading, learning
 * rate decay and divergence rule; no tensor is left behind by any of them.
 */
import { before, test } from "node:test"
import assert from "node:assert/strict"
import { tf } from "../../../stages/internal/tf.ts"
import {
  cloneDense,
  type DenseStack,
  denseFromArrays,
  denseForward,
  denseShapes,
  denseToArrays,
  denseVariables,
  disposeDense,
  fitAdam,
  initDense,
  mapRows
} from "../../../stages/internal/dense.ts"
import { Streams } from "../../../stages/internal/rng.ts"
import { useWasm } from "../../support.ts"

before(useWasm)

const init = (widths: ReadonlyArray<number>, seed = 1): DenseStack => initDense(widths, new Streams(seed).stream("init"), "dense-test")
const input = (rows: number, cols: number, seed = 9): tf.Tensor2D => tf.tensor2d(new Streams(seed).stream("x").normals(rows * cols), [rows, cols])
const values = (t: tf.Tensor): Array<number> => Array.from(t.dataSync())
const flat = (net: DenseStack): Array<number> => denseToArrays(net).arrays.flatMap((a) => Array.from(a))

test("forward maps [rows, widths[0]] to [rows, widths.at(-1)] for one row, odd widths and one layer", () => {
  for (const [widths, rows] of [[[5, 7, 3], 1], [[1, 1], 1], [[4, 16, 16, 2], 3], [[3, 11, 1], 17]] as const) {
    const net = init(widths)
    const x = input(rows, widths[0])
    const live = tf.memory().numTensors
    const y = denseForward(net, x)
    assert.deepEqual(y.shape, [rows, widths.at(-1)], `widths [${widths}], ${rows} rows`)
    assert.ok(values(y).every(Number.isFinite))
    y.dispose()
    assert.equal(tf.memory().numTensors, live, "forward leaves only its result")
    tf.tidy(() => void denseForward(net, x))
    assert.equal(tf.memory().numTensors, live, "inside tf.tidy nothing survives")
    x.dispose()
    disposeDense(net)
  }
})

test("layer ranges compose: [0, 1) with SiLU then [1, 3) is the whole forward; 'linear' leaves SiLU off", () => {
  const net = init([6, 8, 5, 2])
  const x = input(4, 6)
  const whole = denseForward(net, x)
  const h = denseForward(net, x, 0, 1, "silu")
  const rest = denseForward(net, h, 1, 3)
  assert.deepEqual(values(rest), values(whole))
  const hLinear = denseForward(net, x, 0, 1)
  const z = tf.add(tf.matMul(x, net.weights[0]!), net.biases[0]!)
  assert.deepEqual(values(hLinear), values(z), "'linear' is the plain affine map")
  const silu = tf.mul(z, tf.sigmoid(z))
  assert.deepEqual(values(h), values(silu), "'silu' is z·σ(z)")
  const hv = values(h)
  assert.ok(values(hLinear).some((v, i) => v !== hv[i]))
  tf.dispose([x, whole, h, rest, hLinear, z, silu])
  disposeDense(net)
})

test("init: the same stream gives the same weights, another seed others, all within U(±1/√fan_in)", () => {
  const widths = [20, 50, 10]
  const a = init(widths, 3)
  const b = init(widths, 3)
  const c = init(widths, 4)
  const [fa, fc] = [flat(a), flat(c)]
  assert.deepEqual(flat(b), fa)
  assert.ok(fa.filter((v, i) => v !== fc[i]).length > 0.99 * fa.length, "seed 4 differs almost everywhere")
  denseToArrays(a).arrays.forEach((arr, k) => {
    const bound = 1 / Math.sqrt(widths[k >> 1]!)
    const max = arr.reduce((m, v) => Math.max(m, Math.abs(v)), 0)
    assert.ok(max <= bound, `array ${k}: max |value| ${max} > bound ${bound}`)
    // fan_in, not fan_out: with ≥ 10 uniform draws the largest comes close to the bound
    assert.ok(max > 0.8 * bound, `array ${k}: max |value| ${max} far below bound ${bound}`)
  })
  assert.deepEqual(denseShapes(widths), [[20, 50], [50], [50, 10], [10]])
  assert.ok(denseVariables(a).every((v) => v.trainable))
  for (const n of [a, b, c]) disposeDense(n)
})

test("clone is deep: changing the clone leaves the original; it outlives the original", () => {
  const net = init([3, 4, 2])
  const original = flat(net)
  const copy = cloneDense(net, "dense-test-clone")
  assert.deepEqual(flat(copy), original)
  assert.notEqual(copy.weights[0]!.name, net.weights[0]!.name)
  const live = tf.memory().numTensors
  tf.tidy(() => denseVariables(copy).forEach((v) => v.assign(tf.add(v, 1))))
  assert.equal(tf.memory().numTensors, live)
  assert.deepEqual(flat(net), original, "the original is unchanged")
  disposeDense(net)
  assert.deepEqual(flat(copy), original.map((v) => Math.fround(v + 1)))
  disposeDense(copy)
})

test("arrays round-trip to identical outputs; loading checks the count and size of every array", () => {
  const widths = [5, 9, 3]
  const net = init(widths)
  const saved = denseToArrays(net)
  assert.deepEqual(saved.shapes, denseShapes(widths))
  const loaded = denseFromArrays(widths, saved.arrays, "dense-test-load")
  assert.ok(denseVariables(loaded).every((v) => !v.trainable), "loaded stacks are frozen by default")
  const x = input(2, 5)
  const [y0, y1] = [denseForward(net, x), denseForward(loaded, x)]
  assert.deepEqual(values(y1), values(y0))
  tf.dispose([x, y0, y1])
  const live = tf.memory().numTensors
  assert.throws(() => denseFromArrays(widths, saved.arrays.slice(0, 3), "enc"), {
    message: "enc: expected 4 weight arrays for widths [5, 9, 3], found 3"
  })
  const wrong = [...saved.arrays]
  wrong[2] = new Float32Array(26)
  assert.throws(() => denseFromArrays(widths, wrong, "enc"), { message: "enc: weight array 2 has 26 values, the shape [9, 3] needs 27" })
  assert.throws(() => denseFromArrays([5, 9, 4], saved.arrays, "enc"), /enc: weight array 2 has 27 values, the shape \[9, 4\] needs 36/)
  assert.equal(tf.memory().numTensors, live, "a rejected load creates no variable")
  disposeDense(net)
  disposeDense(loaded)
})

test("mapRows runs blocks that do not divide the rows, in order, and rejects short data", () => {
  const net = init([3, 6, 2])
  const n = 7
  const data = new Streams(5).stream("data").normals(n * 3)
  const live = tf.memory().numTensors
  const out = mapRows(data, n, 3, 2, (x) => denseForward(net, x), 3)
  assert.equal(tf.memory().numTensors, live)
  const x = tf.tensor2d(data, [n, 3])
  const y = denseForward(net, x)
  const whole = values(y)
  out.forEach((v, i) => assert.ok(Math.abs(v - whole[i]!) < 1e-6, `value ${i}: ${v} vs ${whole[i]}`))
  tf.dispose([x, y])
  assert.throws(() => mapRows(data, 8, 3, 2, (x) => denseForward(net, x)), /mapRows: 21 values cannot hold 8 rows of 3/)
  disposeDense(net)
})

test("fitAdam fits a linear regression, reads the loss every `check` steps and at the end, leaks nothing", () => {
  const net = init([3, 1], 2)
  const s = new Streams(6).stream("regression")
  const x = tf.tensor2d(s.normals(64 * 3), [64, 3])
  const y = tf.tidy(() => tf.add(tf.matMul(x, tf.tensor2d([1.5, -2, 0.5], [3, 1])), 0.25))
  const mse = () => tf.mean(tf.square(tf.sub(denseForward(net, x), y))) as tf.Scalar
  const initial = tf.tidy(() => mse().dataSync()[0]!)
  const live = tf.memory().numTensors
  const seen: Array<[number, number]> = []
  const last = fitAdam(denseVariables(net), { iterations: 200, lr: 0.05 }, mse, (p) => seen.push([p.iteration, p.total]))
  assert.equal(tf.memory().numTensors, live, "fitAdam frees its optimiser state, gradients and losses")
  assert.deepEqual(seen, [[1, 200], [51, 200], [101, 200], [151, 200], [200, 200]])
  assert.ok(last < 1e-3 * initial, `loss ${initial} → ${last}`)
  const final = tf.tidy(() => mse().dataSync()[0]!)
  assert.ok(final < 1e-3 * initial, `loss after fitting ${final}`)
  tf.dispose([x, y])
  disposeDense(net)
})

test("fitAdam decays the learning rate linearly to 0: ten unit-gradient steps of lr 0.1 move 0.55", () => {
  const w = tf.variable(tf.zeros([2]), true, `dense-test-decay#${Math.random()}`)
  // gradient 1 everywhere: Adam's bias-corrected step is lr_i, so the weights move Σ lr·(1 − i/10)
  fitAdam([w], { iterations: 10, lr: 0.1 }, () => tf.sum(w))
  for (const v of values(w)) assert.ok(Math.abs(v + 0.55) < 1e-5, `moved ${-v}, not 0.55 (1.0 without decay)`)
  w.dispose()
})

test("fitAdam throws on a non-finite loss at the first reading, freeing its own tensors", () => {
  const w = tf.variable(tf.ones([3]), true, `dense-test-nan#${Math.random()}`)
  const live = tf.memory().numTensors
  assert.throws(() => fitAdam([w], { iterations: 20, lr: 0.1 }, () => tf.mul(tf.sum(w), NaN) as tf.Scalar), {
    message: "training diverged: loss NaN at iteration 1"
  })
  assert.equal(tf.memory().numTensors, live, "no optimiser state or gradient survives the throw")
  assert.ok(!w.isDisposed, "the caller still owns the variables")
  w.dispose()
})

test("fitAdam's own divergence rule is asked only at readings: a loss past 25 is caught at iteration 31", () => {
  const w = tf.variable(tf.zeros([1]), true, `dense-test-rule#${Math.random()}`)
  const live = tf.memory().numTensors
  let calls = 0
  const asked: Array<number> = []
  const reported: Array<number> = []
  const rule = (loss: number, iteration: number) => {
    asked.push(iteration)
    return loss > 25 ? new Error(`loss ${loss} at ${iteration}`) : undefined
  }
  // loss i at iteration i + 1; it passes 25 at iteration 27 but is next read at 31
  const lossAt = (i: number) => {
    calls++
    return tf.add(tf.mul(tf.sum(w), 0), i) as tf.Scalar
  }
  assert.throws(
    () => fitAdam([w], { iterations: 100, lr: 0.1 }, lossAt, (p) => reported.push(p.iteration), { check: 10, report: 20, diverged: rule }),
    { message: "loss 30 at 31" }
  )
  assert.deepEqual(asked, [1, 11, 21, 31])
  assert.deepEqual(reported, [1, 21])
  assert.equal(calls, 31, "no step after the divergent reading")
  assert.equal(tf.memory().numTensors, live)
  w.dispose()
})
