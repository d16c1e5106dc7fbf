import assert from "node:assert/strict"
import { describe, it } from "node:test"
import { meanAndCovariance, sqrtPsd, symmetricEigen, symmetricEigenvalues } from "../../../stages/internal/linalg.ts"
import { randomSymmetric, randomPsd, matMul, maxAbsDiff } from "./randomMatrices.ts"

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
