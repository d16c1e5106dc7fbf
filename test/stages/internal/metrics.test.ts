import assert from "node:assert/strict"
import { describe, it } from "node:test"
import { symmetricEigen, type SampleMatrix } from "../../../stages/internal/linalg.ts"
import { frechetDistance, frechetDistanceFromMoments, kthNearestRadii, precisionRecall } from "../../../stages/internal/metrics.ts"
import { randomSymmetric, gaussianSamples } from "./randomMatrices.ts"

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
