/**
 * Counter-based streams (`rng.ts`): a draw is a function of (seed, stream path) alone, so streams are
 * reproducible, independent of one another and of the order they are asked for; families and children
 * key by path concatenation; xoshiro128** matches the reference outputs; uniforms, integers and normals
 * have the right distribution (tolerances of 5 standard errors or more, so no accident passes them).
 */
import { test } from "node:test"
import assert from "node:assert/strict"
import { createHash } from "node:crypto"
import { type NormalPairs, RandomStream, Streams, useNormalPairs } from "../../../stages/internal/rng.ts"

const uints = (s: RandomStream, n: number): Array<number> => Array.from({ length: n }, () => s.nextUint32())

const moments = (xs: ArrayLike<number>) => {
  const n = xs.length
  let m = 0
  for (let i = 0; i < n; i++) m += xs[i]!
  m /= n
  let m2 = 0, m3 = 0, m4 = 0
  for (let i = 0; i < n; i++) {
    const d = xs[i]! - m
    m2 += d * d
    m3 += d * d * d
    m4 += d * d * d * d
  }
  m2 /= n
  return { mean: m, variance: m2, skew: m3 / n / m2 ** 1.5, kurtosis: m4 / n / (m2 * m2) }
}

const correlation = (a: ArrayLike<number>, b: ArrayLike<number>): number => {
  const [ma, mb] = [moments(a), moments(b)]
  let c = 0
  for (let i = 0; i < a.length; i++) c += (a[i]! - ma.mean) * (b[i]! - mb.mean)
  return c / a.length / Math.sqrt(ma.variance * mb.variance)
}

/** Pearson's χ² of `counts` against equal expected counts. */
const chiSquare = (counts: ReadonlyArray<number>): number => {
  const total = counts.reduce((a, b) => a + b, 0)
  const e = total / counts.length
  return counts.reduce((s, o) => s + (o - e) ** 2 / e, 0)
}

test("xoshiro128** gives the reference implementation's outputs for a given state", () => {
  // the outputs of Blackman and Vigna's xoshiro128starstar.c (v1.1) from these states, as published in
  // the test vectors of rand_xoshiro (state 1, 2, 3, 4) and of the xoshiro-6502 port (the second)
  const cases: Array<[[number, number, number, number], Array<number>]> = [
    [[1, 2, 3, 4], [11520, 0, 5927040, 70819200, 2031721883, 1637235492, 1287239034, 3734860849, 3729100597, 4258142804]],
    [[0x964d4a0c, 0xd40ab895, 0xad7fdecb, 0x3006f0f0], [0xf1391922, 0x6fe53806, 0xa5be2840, 0xf510ee70]]
  ]
  for (const [state, expected] of cases) {
    const s = new RandomStream(0, [])
    const privateState = (s as unknown as { s: Int32Array }).s
    privateState.set(state)
    assert.deepEqual(uints(s, expected.length), expected, `state ${state.map((x) => x.toString(16))}`)
  }
})

test("seeding is pinned: a change to the (seed, path) → numbers mapping does not go unnoticed", () => {
  // not an outside reference but a record of today's (seed, path) → state mapping (cyrb128, warm-up,
  // key encoding): a change to any of them changes every cell's draws and should be deliberate
  assert.deepEqual(uints(new RandomStream(0, []), 4), [1699616294, 973104528, 1856711796, 626896362])
  assert.deepEqual(uints(new Streams(1).child("train", 0).stream("fake", "z"), 4), [2078726999, 1897086621, 1115554710, 4225790477])
  // Math.log/sin/cos are not specified to the last bit, hence a tolerance
  const s = new RandomStream(1, ["train", 0, "fake", "z"])
  for (const expected of [-0.07364604589257569, 1.2024777657468577]) assert.ok(Math.abs(s.normal() - expected) < 1e-12)
})

test("the same seed and path give the same numbers; another seed or any other path element other numbers", () => {
  const a = uints(new RandomStream(7, ["train", 12, "fake", "z"]), 64)
  assert.deepEqual(uints(new RandomStream(7, ["train", 12, "fake", "z"]), 64), a)
  const others = [
    new RandomStream(8, ["train", 12, "fake", "z"]),
    new RandomStream(7, ["train", 13, "fake", "z"]),
    new RandomStream(7, ["train", 12, "gen", "z"]),
    new RandomStream(7, ["train", 12, "fake", "t"]),
    new RandomStream(7, ["train", 12, "fake"]),
    new RandomStream(7, ["train", 12, "fake", "z", 0]),
    new RandomStream(7, ["train", 1, 2, "fake", "z"]),
    new RandomStream(7, ["train", 12, "fakez"])
  ]
  for (const [k, s] of others.entries()) {
    const b = uints(s, 64)
    // two independent 32-bit draws agree with probability 2^-32
    assert.ok(b.every((v, i) => v !== a[i]), `stream ${k} shares a value with the reference stream`)
  }
})

test("families key by path: child(a).stream(b) is stream(a, b) is Streams(seed, [a]).stream(b)", () => {
  const root = new Streams(3)
  const ref = uints(root.stream("train", 5, "gen", "z"), 16)
  assert.deepEqual(uints(root.child("train", 5).child("gen").stream("z"), 16), ref)
  assert.deepEqual(uints(new Streams(3, ["train"]).stream(5, "gen", "z"), 16), ref)
  assert.deepEqual(uints(new RandomStream(3, ["train", 5, "gen", "z"]), 16), ref)
  // path elements are keyed by their text: iteration 5 and "5" are one stream
  assert.deepEqual(uints(root.stream("train", "5", "gen", "z"), 16), ref)
  assert.equal(root.child("a").seed, 3)
})

test("a resumed run draws what an uninterrupted run draws: order and earlier draws never matter", () => {
  const uninterrupted = new Streams(11).child("train")
  const seen: Array<Array<number>> = []
  for (let it = 0; it < 6; it++) {
    const s = uninterrupted.child(it)
    seen.push([...s.stream("fake", "z").normals(3), ...s.stream("gen", "t").ints(2, 20, 980)])
  }
  const resumed = new Streams(11).child("train")
  for (let it = 5; it >= 3; it--) {
    const s = resumed.child(it)
    const t = s.stream("gen", "t").ints(2, 20, 980) // asked in the other order
    assert.deepEqual([...s.stream("fake", "z").normals(3), ...t], seen[it], `iteration ${it}`)
  }
})

test("splitting a draw across calls does not change the sequence, odd normal counts included", () => {
  const key = ["split"]
  const whole = new RandomStream(1, key).normals(9)
  const s = new RandomStream(1, key)
  const parts = [...s.normals(3), s.normal(), ...s.normals(5)]
  assert.deepEqual(Float32Array.from(parts), whole)
  const u = new RandomStream(2, key)
  assert.deepEqual(Float32Array.from({ length: 5 }, () => u.uniform()), new RandomStream(2, key).uniforms(5))
  const i = new RandomStream(3, key)
  assert.deepEqual(Int32Array.from({ length: 5 }, () => i.int(-4, 9)), new RandomStream(3, key).ints(5, -4, 9))
})

test("normals(n) is n calls of normal(), bit for bit, whether or not a spare value is pending", () => {
  for (const pending of [0, 1, 2]) {
    for (const n of [0, 1, 2, 7, 64]) {
      const a = new RandomStream(4, ["pairs", pending, n])
      const b = new RandomStream(4, ["pairs", pending, n])
      for (let i = 0; i < pending; i++) assert.equal(a.normal(), b.normal())
      const one = Float32Array.from({ length: n }, () => a.normal())
      assert.deepEqual(b.normals(n), one, `pending ${pending}, n ${n}`)
      // and the stream goes on identically afterwards
      assert.equal(b.normal(), a.normal())
      assert.equal(b.uniform(), a.uniform())
    }
  }
})

test("the normals' bits are pinned: every stored result depends on them", () => {
  // the hash of this draw sequence as normal() drew it one value at a time, before normals() had its own loop
  const s = new RandomStream(7, ["pin", 3])
  const a = s.normals(100_001), b = s.normals(2), c = new Float64Array([s.normal(), s.uniform()])
  const h = createHash("sha256").update(new Uint8Array(a.buffer)).update(new Uint8Array(b.buffer)).update(new Uint8Array(c.buffer)).digest("hex")
  assert.equal(h, "766635b3b05fb5cf43665f92dcd84c32390926f7073a88255cc0f7455a418329")
})

test("useNormalPairs takes a pair filler only if it draws the loop's bits, and normals() then keeps them", () => {
  const draw = () => {
    const s = new RandomStream(11, ["fill"])
    return [s.normal(), ...s.normals(1001), ...s.normals(4096), s.nextUint32()]
  }
  const want = draw()
  // a filler that draws the right pairs (xoshiro128** and Box–Muller written out again), counting its calls
  let calls = 0
  const right: NormalPairs = (st, out, from, pairs) => {
    calls++
    const u = (new Uint32Array(st.buffer, st.byteOffset, 4))
    const next = () => {
      const x = Math.imul(u[1]!, 5)
      const r = Math.imul((x << 7) | (x >>> 25), 9) >>> 0
      const t = (u[1]! << 9) >>> 0
      u[2]! ^= u[0]!; u[3]! ^= u[1]!; u[1]! ^= u[2]!; u[0]! ^= u[3]!; u[2]! ^= t
      u[3] = (u[3]! << 11) | (u[3]! >>> 21)
      return r
    }
    const uniform = () => ((next() >>> 5) * 67108864 + (next() >>> 6)) / 9007199254740992
    for (let p = 0; p < pairs; p++) {
      let u1 = 0
      while (u1 === 0) u1 = uniform()
      const r = Math.sqrt(-2 * Math.log(u1)), theta = 2 * Math.PI * uniform()
      out[from + 2 * p] = r * Math.cos(theta)
      out[from + 2 * p + 1] = r * Math.sin(theta)
    }
    return true
  }
  const offByOne: NormalPairs = (st, out, from, pairs) => {
    right(st, out, from, pairs)
    out[from + 2 * pairs - 1] = out[from + 2 * pairs - 1]! + 1
    return true
  }
  const declines: NormalPairs = () => false
  try {
    assert.equal(useNormalPairs(offByOne), false, "a filler with one wrong value is refused")
    assert.equal(useNormalPairs(declines), false, "a filler that declines is refused (agreeing by drawing nothing proves nothing)")
    assert.deepEqual(draw(), want)
    assert.equal(useNormalPairs(right), true)
    calls = 0
    assert.deepEqual(draw(), want)
    assert.ok(calls >= 2, "normals() handed its long draws to the filler")
  } finally {
    useNormalPairs(undefined)
  }
})

test("uniforms lie in [0, 1) with 53-bit resolution, mean 1/2, variance 1/12, flat over 20 bins", () => {
  const n = 200_000
  const s = new RandomStream(5, ["uniform"])
  const xs = Array.from({ length: n }, () => s.uniform())
  assert.ok(xs.every((x) => x >= 0 && x < 1))
  // with 53 bits, almost no value is a multiple of 2^-32
  assert.ok(xs.filter((x) => (x * 2 ** 32) % 1 !== 0).length > 0.99 * n, "fewer than 53 random bits")
  const { mean, variance } = moments(xs)
  // standard errors: mean √(1/12/n) ≈ 6.5e-4, variance √(1/180/n) ≈ 1.7e-4
  assert.ok(Math.abs(mean - 0.5) < 0.004, `mean ${mean}`)
  assert.ok(Math.abs(variance - 1 / 12) < 0.001, `variance ${variance}`)
  const counts = new Array<number>(20).fill(0)
  for (const x of xs) counts[Math.floor(x * 20)]!++
  // χ² with 19 degrees of freedom: P(> 50) ≈ 1e-4
  assert.ok(chiSquare(counts) < 50, `χ² ${chiSquare(counts)} over ${counts}`)
  // standard error 1/√n ≈ 2.2e-3
  assert.ok(Math.abs(correlation(xs.slice(0, -1), xs.slice(1))) < 0.012, "successive uniforms correlate")
})

test("integers cover [lo, hi) evenly and never leave it", () => {
  const n = 60_000
  const draws = new RandomStream(6, ["ints"]).ints(n, -3, 3)
  const counts = new Array<number>(6).fill(0)
  for (const v of draws) {
    assert.ok(v >= -3 && v < 3, `draw ${v}`)
    counts[v + 3]!++
  }
  // χ² with 5 degrees of freedom: P(> 30) ≈ 1.5e-5
  assert.ok(chiSquare(counts) < 30, `χ² ${chiSquare(counts)} over ${counts}`)
  assert.deepEqual(new Set(new RandomStream(6, ["one"]).ints(100, 4, 5)), new Set([4]))
})

test("normals are standard normal: mean 0, variance 1, no skew, kurtosis 3, 5% beyond ±1.96, pairs uncorrelated", () => {
  const n = 200_000
  const xs = new RandomStream(9, ["normal"]).normals(n)
  const { mean, variance, skew, kurtosis } = moments(xs)
  // standard errors: mean 1/√n ≈ 2.2e-3, variance √(2/n) ≈ 3.2e-3, skew √(6/n) ≈ 5.5e-3, kurtosis √(24/n) ≈ 0.011
  assert.ok(Math.abs(mean) < 0.012, `mean ${mean}`)
  assert.ok(Math.abs(variance - 1) < 0.017, `variance ${variance}`)
  assert.ok(Math.abs(skew) < 0.03, `skewness ${skew}`)
  assert.ok(Math.abs(kurtosis - 3) < 0.06, `kurtosis ${kurtosis}`)
  const tail = xs.filter((x) => Math.abs(x) > 1.959964).length / n
  // standard error √(0.05·0.95/n) ≈ 4.9e-4
  assert.ok(Math.abs(tail - 0.05) < 0.0025, `P(|z| > 1.96) = ${tail}`)
  // Box–Muller's two values of one pair (even, odd) and neighbours across pairs (odd, even); n/2 pairs,
  // standard error 1/√(n/2) ≈ 3.2e-3
  const even = xs.filter((_, i) => i % 2 === 0)
  const odd = xs.filter((_, i) => i % 2 === 1)
  assert.ok(Math.abs(correlation(even, odd)) < 0.016, "the values of a pair correlate")
  assert.ok(Math.abs(correlation(odd.slice(0, -1), even.slice(1))) < 0.016, "successive pairs correlate")
  assert.ok(Math.abs(correlation(even.map((x) => x * x), odd.map((x) => x * x))) < 0.016, "a pair's squares correlate")
})

test("streams of neighbouring paths are independent: first draws across 20 000 iterations", () => {
  const n = 20_000
  const root = new Streams(13)
  const z = Array.from({ length: n }, (_, it) => root.stream("train", it, "z").normal())
  const t = Array.from({ length: n }, (_, it) => root.stream("train", it, "t").normal())
  const { mean, variance } = moments(z)
  // standard errors: mean 1/√n ≈ 7.1e-3, variance √(2/n) = 0.01, correlation 1/√n ≈ 7.1e-3
  assert.ok(Math.abs(mean) < 0.036 && Math.abs(variance - 1) < 0.05, `mean ${mean}, variance ${variance}`)
  assert.ok(Math.abs(correlation(z, t)) < 0.036, "z and t of one iteration correlate")
  assert.ok(Math.abs(correlation(z.slice(0, -1), z.slice(1))) < 0.036, "z of neighbouring iterations correlates")
  const seeds = Array.from({ length: n }, (_, k) => new RandomStream(k, ["z"]).normal())
  const m = moments(seeds)
  assert.ok(Math.abs(m.mean) < 0.036 && Math.abs(m.variance - 1) < 0.05, `across seeds: mean ${m.mean}, variance ${m.variance}`)
})
