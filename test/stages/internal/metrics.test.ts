import assert from "node:assert/strict"
import { describe, it } from "node:test"
import {
  frechetDistance,
  frechetDistanceFromMoments,
  kthNearestRadii,
  meanAndCovariance,
  precisionRecall,
  type SampleMatrix,
  sqrtPsd,
  symmetricEigen,
  symmetricEigenvalues
} from "../../../stages/internal/metrics.ts"

// ---------------------------------------------------------------------------------------------------
// seeded helpers (no deps)

/** mulberry32: a 32-bit seeded PRNG, uniform on [0, 1). */
const mulberry32 = (seed: number) => () => {
  seed = (seed + 0x6d2b79f5) | 0
  let t = seed
  t = Math.imul(t ^ (t >>> 15), t | 1)
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296
}

/** Standard normals by Box–Muller. */
const gaussian = (seed: number) => {
  const u = mulberry32(seed)
  return () => Math.sqrt(-2 * Math.log(1 - u())) * Math.cos(2 * Math.PI * u())
}

const randomSymmetric = (d: number, seed: number): Float64Array => {
  const g = gaussian(seed)
  const a = new Float64Array(d * d)
  for (let i = 0; i < d; i++) for (let j = i; j < d; j++) {
    const v = g()
    a[i * d + j] = v
    a[j * d + i] = v
  }
  return a
}

/** B·Bᵀ with B d×r: PSD, singular when r < d. */
const randomPsd = (d: number, r: number, seed: number): Float64Array => {
  const g = gaussian(seed)
  const b = Float64Array.from({ length: d * r }, () => g())
  const out = new Float64Array(d * d)
  for (let i = 0; i < d; i++) for (let j = 0; j < d; j++) {
    let s = 0
    for (let k = 0; k < r; k++) s += b[i * r + k]! * b[j * r + k]!
    out[i * d + j] = s
  }
  return out
}

const matMul = (a: Float64Array, b: Float64Array, d: number): Float64Array => {
  const out = new Float64Array(d * d)
  for (let i = 0; i < d; i++) for (let j = 0; j < d; j++) {
    let s = 0
    for (let k = 0; k < d; k++) s += a[i * d + k]! * b[k * d + j]!
    out[i * d + j] = s
  }
  return out
}

const maxAbsDiff = (a: ArrayLike<number>, b: ArrayLike<number>): number => {
  assert.equal(a.length, b.length)
  let m = 0
  for (let i = 0; i < a.length; i++) m = Math.max(m, Math.abs(a[i]! - b[i]!))
  return m
}

/** n samples of N(mean, diag(std²)). */
const gaussianSamples = (n: number, mean: ArrayLike<number>, std: ArrayLike<number>, seed: number): SampleMatrix => {
  const d = mean.length
  const g = gaussian(seed)
  const data = new Float64Array(n * d)
  for (let i = 0; i < n; i++) for (let a = 0; a < d; a++) data[i * d + a] = mean[a]! + std[a]! * g()
  return { data, n, d }
}

// ---------------------------------------------------------------------------------------------------
// eigen-solver

describe("symmetricEigen", () => {
  for (const d of [1, 2, 7, 40]) {
    it(`reconstructs A = V Λ Vᵀ with orthonormal V (random symmetric, d=${d})`, () => {
      const a = randomSymmetric(d, 100 + d)
      const { values, vectors, converged } = symmetricEigen(a, d)
      assert.ok(converged)
      // vectors is row-major with eigenvectors in columns: V[i][k] = vectors[i*d + k]
      const rebuilt = new Float64Array(d * d)
      const gram = new Float64Array(d * d)
      for (let i = 0; i < d; i++) for (let j = 0; j < d; j++) {
        let s = 0
        let g = 0
        for (let k = 0; k < d; k++) {
          s += vectors[i * d + k]! * values[k]! * vectors[j * d + k]!
          g += vectors[k * d + i]! * vectors[k * d + j]!
        }
        rebuilt[i * d + j] = s
        gram[i * d + j] = g
      }
      assert.ok(maxAbsDiff(rebuilt, a) < 1e-9, `‖A − VΛVᵀ‖∞ = ${maxAbsDiff(rebuilt, a)}`)
      const identity = new Float64Array(d * d)
      for (let i = 0; i < d; i++) identity[i * d + i] = 1
      assert.ok(maxAbsDiff(gram, identity) < 1e-9, `‖VᵀV − I‖∞ = ${maxAbsDiff(gram, identity)}`)
      for (let k = 1; k < d; k++) assert.ok(values[k - 1]! <= values[k]!, "eigenvalues ascend")
    })
  }

  it("returns the entries of a diagonal matrix, sorted, with unit-vector columns", () => {
    const diag = [3, -1, 7, 0.5]
    const d = diag.length
    const a = new Float64Array(d * d)
    diag.forEach((v, i) => (a[i * d + i] = v))
    const { values, vectors, sweeps } = symmetricEigen(a, d)
    assert.deepEqual(Array.from(values), [-1, 0.5, 3, 7])
    assert.equal(sweeps, 0)
    // column j is e_{index of values[j]}: value -1 sat at position 1
    assert.equal(Math.abs(vectors[1 * d + 0]!), 1)
    assert.equal(Math.abs(vectors[2 * d + 3]!), 1)
  })

  it("solves [[2,1],[1,2]]: eigenvalues 1 and 3, eigenvectors (1,−1)/√2 and (1,1)/√2", () => {
    const { values, vectors } = symmetricEigen(Float64Array.of(2, 1, 1, 2), 2)
    assert.ok(maxAbsDiff(values, [1, 3]) < 1e-14)
    const h = Math.SQRT1_2
    // up to sign: column 0 ∝ (1, −1), column 1 ∝ (1, 1)
    assert.ok(Math.abs(Math.abs(vectors[0]!) - h) < 1e-14 && Math.abs(vectors[0]! + vectors[2]!) < 1e-14)
    assert.ok(Math.abs(Math.abs(vectors[1]!) - h) < 1e-14 && Math.abs(vectors[1]! - vectors[3]!) < 1e-14)
  })

  it("symmetrises a slightly asymmetric input and matches the eigenvalues-only path", () => {
    const d = 12
    const a = randomSymmetric(d, 7)
    a[1] = a[1]! + 1e-13 // round-off asymmetry as in S·C2·S
    const full = symmetricEigen(a, d).values
    const only = symmetricEigenvalues(a, d)
    assert.ok(maxAbsDiff(full, only) < 1e-12)
    let trace = 0
    for (let i = 0; i < d; i++) trace += a[i * d + i]!
    assert.ok(Math.abs(full.reduce((s, v) => s + v, 0) - trace) < 1e-10, "Σλ = Tr A")
  })

  it("reports non-convergence when the sweep cap is hit", () => {
    const r = symmetricEigen(randomSymmetric(20, 3), 20, { maxSweeps: 1 })
    assert.equal(r.sweeps, 1)
    assert.equal(r.converged, false)
  })

  it("rejects a buffer of the wrong size", () => {
    assert.throws(() => symmetricEigen(new Float64Array(5), 2), RangeError)
  })
})

describe("sqrtPsd", () => {
  for (const [d, r] of [[1, 1], [6, 6], [30, 30], [10, 4]] as const) {
    it(`squares back to A (d=${d}, rank ${r})`, () => {
      const a = randomPsd(d, r, 200 + d + r)
      const s = sqrtPsd(a, d)
      const scale = Math.max(...Array.from(a, Math.abs))
      assert.ok(maxAbsDiff(matMul(s, s, d), a) < 1e-9 * scale, `‖S² − A‖∞ = ${maxAbsDiff(matMul(s, s, d), a)}`)
      assert.ok(maxAbsDiff(s, Array.from({ length: d * d }, (_, k) => s[(k % d) * d + Math.floor(k / d)]!)) === 0, "S symmetric")
      assert.ok(symmetricEigenvalues(s, d).every((v) => v > -1e-7), "S is PSD")
    })
  }

  it("clamps tiny negative eigenvalues instead of producing NaN", () => {
    // diag(4, −1e-15): round-off negative ⇒ sqrt is diag(2, 0)
    const s = sqrtPsd(Float64Array.of(4, 0, 0, -1e-15), 2)
    assert.deepEqual(Array.from(s), [2, 0, 0, 0])
  })
})

// ---------------------------------------------------------------------------------------------------
// moments and Fréchet distance

describe("meanAndCovariance", () => {
  it("matches a worked example (unbiased n−1)", () => {
    // rows (1,2), (3,6), (5,7): mean (3,5); centred (−2,−3),(0,1),(2,2)
    const { mean, cov } = meanAndCovariance({ data: Float64Array.of(1, 2, 3, 6, 5, 7), n: 3, d: 2 })
    assert.deepEqual(Array.from(mean), [3, 5])
    assert.deepEqual(Array.from(cov), [4, 5, 5, 7])
  })

  it("accepts Float32Array samples", () => {
    const { mean, cov } = meanAndCovariance({ data: Float32Array.of(1, 2, 3, 6, 5, 7), n: 3, d: 2 })
    assert.deepEqual(Array.from(mean), [3, 5])
    assert.deepEqual(Array.from(cov), [4, 5, 5, 7])
  })

  it("rejects a shape that does not match the data", () => {
    assert.throws(() => meanAndCovariance({ data: new Float64Array(5), n: 3, d: 2 }), RangeError)
    assert.throws(() => meanAndCovariance({ data: new Float64Array(2), n: 1, d: 2 }), RangeError)
  })
})

describe("frechetDistance", () => {
  it("equals Σ(√a−√b)² + ‖m1−m2‖² for diagonal covariances", () => {
    const d = 5
    const m1 = Float64Array.of(0, 1, -2, 0.5, 3)
    const m2 = Float64Array.of(1, 1, 0, -0.5, 3)
    const va = [1, 4, 0.25, 9, 2]
    const vb = [4, 1, 0.25, 0.01, 0]
    const c1 = new Float64Array(d * d)
    const c2 = new Float64Array(d * d)
    let expected = 0
    for (let i = 0; i < d; i++) {
      c1[i * d + i] = va[i]!
      c2[i * d + i] = vb[i]!
      expected += (Math.sqrt(va[i]!) - Math.sqrt(vb[i]!)) ** 2 + (m1[i]! - m2[i]!) ** 2
    }
    const fd = frechetDistanceFromMoments(m1, c1, m2, c2, d)
    assert.ok(Math.abs(fd - expected) < 1e-12, `fd ${fd} vs ${expected}`)
  })

  it("is invariant under a common rotation of both Gaussians (non-diagonal covariances)", () => {
    // Rotate the diagonal case by an orthogonal Q (eigenvectors of a random symmetric matrix).
    const d = 4
    const q = symmetricEigen(randomSymmetric(d, 11), d).vectors
    const rotate = (diag: Array<number>): Float64Array => {
      const c = new Float64Array(d * d)
      for (let i = 0; i < d; i++) for (let j = 0; j < d; j++) {
        let s = 0
        for (let k = 0; k < d; k++) s += q[i * d + k]! * diag[k]! * q[j * d + k]!
        c[i * d + j] = s
      }
      return c
    }
    const va = [1, 2, 3, 4]
    const vb = [4, 0.5, 3, 1]
    const m = new Float64Array(d)
    const expected = va.reduce((s, a, i) => s + (Math.sqrt(a) - Math.sqrt(vb[i]!)) ** 2, 0)
    const fd = frechetDistanceFromMoments(m, rotate(va), m, rotate(vb), d)
    assert.ok(Math.abs(fd - expected) < 1e-10, `fd ${fd} vs ${expected}`)
  })

  it("is ~0 between a sample set and itself", () => {
    const x = gaussianSamples(500, [0, 1, 2, 3, 4, 5, 6, 7], [1, 2, 0.5, 1, 1, 3, 1, 0.1], 5)
    const fd = frechetDistance(x, x)
    assert.ok(fd >= 0 && fd < 1e-9, `fd(x, x) = ${fd}`)
  })

  it("approaches ‖μ‖² between large samples of N(0, I) and N(μ, I)", () => {
    const mu = [1, -1, 0.5, 1.5]
    const muNorm2 = mu.reduce((s, v) => s + v * v, 0) // 4.5
    const ones = [1, 1, 1, 1]
    const x = gaussianSamples(20000, [0, 0, 0, 0], ones, 21)
    const y = gaussianSamples(20000, mu, ones, 22)
    const fd = frechetDistance(x, y)
    assert.ok(Math.abs(fd - muNorm2) < 0.1, `fd ${fd} vs ‖μ‖² ${muNorm2}`)
    // Same distribution ⇒ only the O(d²/n) estimator bias remains.
    const z = gaussianSamples(20000, [0, 0, 0, 0], ones, 23)
    assert.ok(frechetDistance(x, z) < 0.01)
  })

  it("rejects mismatched dimensions", () => {
    const x = gaussianSamples(10, [0, 0], [1, 1], 1)
    const y = gaussianSamples(10, [0, 0, 0], [1, 1, 1], 2)
    assert.throws(() => frechetDistance(x, y), RangeError)
  })
})

// ---------------------------------------------------------------------------------------------------
// precision / recall

describe("kthNearestRadii", () => {
  it("matches a 1-D worked example", () => {
    // points 0, 1, 3, 7
    const x: SampleMatrix = { data: Float64Array.of(0, 1, 3, 7), n: 4, d: 1 }
    assert.deepEqual(Array.from(kthNearestRadii(x, 1)), [1, 1, 2, 4])
    assert.deepEqual(Array.from(kthNearestRadii(x, 2)), [3, 2, 3, 6])
    assert.deepEqual(Array.from(kthNearestRadii(x, 3)), [7, 6, 4, 7])
  })

  it("matches a brute-force sort in 3-D", () => {
    const x = gaussianSamples(60, [0, 0, 0], [1, 1, 1], 9)
    const k = 3
    const radii = kthNearestRadii(x, k)
    for (let i = 0; i < x.n; i++) {
      const dists: Array<number> = []
      for (let j = 0; j < x.n; j++) {
        if (j === i) continue
        let s = 0
        for (let a = 0; a < x.d; a++) s += (x.data[i * x.d + a]! - x.data[j * x.d + a]!) ** 2
        dists.push(Math.sqrt(s))
      }
      dists.sort((p, q) => p - q)
      assert.ok(Math.abs(radii[i]! - dists[k - 1]!) < 1e-12)
    }
  })

  it("needs more than k samples", () => {
    assert.throws(() => kthNearestRadii({ data: new Float64Array(3), n: 3, d: 1 }, 3), RangeError)
  })
})

describe("precisionRecall", () => {
  it("is 1 / 1 for identical sets", () => {
    const x = gaussianSamples(300, [0, 0, 0], [1, 1, 1], 31)
    assert.deepEqual(precisionRecall(x, x), { precision: 1, recall: 1 })
  })

  it("gives precision ≈ 0 when the fake set is far away", () => {
    const real = gaussianSamples(300, [0, 0], [1, 1], 41)
    const fake = gaussianSamples(300, [50, 0], [1, 1], 42)
    const { precision, recall } = precisionRecall(real, fake)
    assert.equal(precision, 0)
    assert.equal(recall, 0)
  })

  it("detects mode dropping: fake covers one of two clusters ⇒ precision high, recall ≈ 0.5", () => {
    const half = 400
    const left = gaussianSamples(half, [-10, 0], [1, 1], 51)
    const right = gaussianSamples(half, [10, 0], [1, 1], 52)
    const real: SampleMatrix = { data: Float64Array.from([...left.data, ...right.data]), n: 2 * half, d: 2 }
    const fake = gaussianSamples(2 * half, [10, 0], [1, 1], 53) // same count, only the right mode
    const { precision, recall } = precisionRecall(real, fake, 3)
    assert.ok(precision > 0.95, `precision ${precision}`)
    assert.ok(recall > 0.4 && recall <= 0.5, `recall ${recall}`)
    // Nothing of the dropped mode can be recalled.
    assert.equal(precisionRecall(left, fake).recall, 0)
  })

  it("agrees between Float32Array and Float64Array inputs", () => {
    const real = gaussianSamples(200, [0, 0, 0, 0, 0], [1, 1, 1, 1, 1], 61)
    const fake = gaussianSamples(200, [0.5, 0, 0, 0, 0], [1, 1, 1, 1, 1], 62)
    const r32: SampleMatrix = { data: Float32Array.from(real.data), n: real.n, d: real.d }
    const f32: SampleMatrix = { data: Float32Array.from(fake.data), n: fake.n, d: fake.d }
    const a = precisionRecall(real, fake)
    const b = precisionRecall(r32, f32)
    assert.ok(Math.abs(a.precision - b.precision) <= 0.01 && Math.abs(a.recall - b.recall) <= 0.01)
    assert.ok(a.precision > 0.5 && a.precision < 1 && a.recall > 0.5 && a.recall < 1)
  })
})
