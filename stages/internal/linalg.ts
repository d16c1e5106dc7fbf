/**
 * Dense linear algebra on plain Float64Array for the sample metrics (metrics.ts) and the report's
 * projections (report/pca.ts): sample moments, a cyclic Jacobi eigen-solver and the PSD square root.
 * tfjs has no eigendecomposition or matrix square root (`method.md` Appendix C: "D ≤ a few hundred is
 * fast enough"). No tfjs: everything is synchronous, allocation-light and deterministic.
 *
 * Matrices are dense, row-major, d×d Float64Array (entry (i, j) at i*d + j).
 */
/** n samples of dimension d, row-major (sample i occupies data[i*d .. i*d + d)). */
export interface SampleMatrix {
  readonly data: Float64Array | Float32Array
  readonly n: number
  readonly d: number
}

/** Options of the Jacobi eigen-solver. */
export interface EigenOptions {
  /** Stop when ‖offdiag(A)‖_F ≤ tol·‖A‖_F. Default 1e-12. */
  readonly tol?: number
  /** Hard cap on full sweeps over all (p, q) pairs; Jacobi needs ~6–12 in practice. Default 100. */
  readonly maxSweeps?: number
}

/** Eigen-decomposition A = V·diag(values)·Vᵀ. */
export interface SymmetricEigen {
  /** Eigenvalues in ascending order (as numpy.linalg.eigh). */
  readonly values: Float64Array
  /** d×d row-major; COLUMN j (entries j, d+j, 2d+j, …) is the unit eigenvector of values[j]. */
  readonly vectors: Float64Array
  /** Sweeps performed. */
  readonly sweeps: number
  /** False only if maxSweeps ran out before tol was reached (the result is then the last iterate). */
  readonly converged: boolean
}

// ---------------------------------------------------------------------------------------------------
// moments

/** Sample mean and unbiased (n−1) covariance, the moments of the Fréchet distance (Appendix C). */
export const meanAndCovariance = (x: SampleMatrix): { mean: Float64Array; cov: Float64Array } => {
  checkSamples(x, "meanAndCovariance")
  const { n, d } = x
  if (n < 2) throw new RangeError(`meanAndCovariance: need n ≥ 2 samples for an unbiased covariance, got ${n}`)
  const data = asFloat64(x.data)
  const mean = new Float64Array(d)
  for (let i = 0; i < n; i++) {
    const row = i * d
    for (let a = 0; a < d; a++) mean[a]! += data[row + a]!
  }
  for (let a = 0; a < d; a++) mean[a]! /= n

  // Two-pass (centre first) rather than E[xxᵀ] − mmᵀ: the latter cancels badly when |mean| ≫ spread.
  const cov = new Float64Array(d * d)
  const z = new Float64Array(d)
  for (let i = 0; i < n; i++) {
    const row = i * d
    for (let a = 0; a < d; a++) z[a] = data[row + a]! - mean[a]!
    for (let a = 0; a < d; a++) {
      const za = z[a]!
      const ca = a * d
      for (let b = a; b < d; b++) cov[ca + b]! += za * z[b]!
    }
  }
  const scale = 1 / (n - 1)
  for (let a = 0; a < d; a++) {
    for (let b = a; b < d; b++) {
      const v = cov[a * d + b]! * scale
      cov[a * d + b] = v
      cov[b * d + a] = v // exact symmetry: the eigen-solver reads rows only
    }
  }
  return { mean, cov }
}

// ---------------------------------------------------------------------------------------------------
// symmetric eigen-solver and PSD square root

/** Cyclic Jacobi eigen-decomposition of a symmetric d×d matrix (Appendix C: tfjs has none); uses (A+Aᵀ)/2. */
export const symmetricEigen = (a: Float64Array, d: number, opts?: EigenOptions): SymmetricEigen => {
  const r = jacobi(a, d, opts, true)
  // r.w holds eigenvectors as ROWS (contiguous for the rotations); sort and transpose to columns.
  const order = ascendingOrder(r.values)
  const values = new Float64Array(d)
  const vectors = new Float64Array(d * d)
  for (let j = 0; j < d; j++) {
    const src = order[j]!
    values[j] = r.values[src]!
    const srcRow = src * d
    for (let i = 0; i < d; i++) vectors[i * d + j] = r.w[srcRow + i]!
  }
  return { values, vectors, sweeps: r.sweeps, converged: r.converged }
}

/** Eigenvalues only (ascending) of a symmetric matrix; skips the eigenvector updates (~2× faster). */
export const symmetricEigenvalues = (a: Float64Array, d: number, opts?: EigenOptions): Float64Array => {
  const values = jacobi(a, d, opts, false).values
  return values.sort()
}

/** Symmetric PSD square root V·diag(√max(λ,0))·Vᵀ; negative λ are round-off on a PSD input (Appendix C). */
export const sqrtPsd = (a: Float64Array, d: number, opts?: EigenOptions): Float64Array => {
  const { values, w } = jacobi(a, d, opts, true)
  const out = new Float64Array(d * d)
  // Σ_k √λ_k w_k w_kᵀ over eigenvector rows w_k; fill the upper triangle, mirror once.
  for (let k = 0; k < d; k++) {
    const lambda = values[k]!
    if (!(lambda > 0)) continue
    const s = Math.sqrt(lambda)
    const wk = k * d
    for (let i = 0; i < d; i++) {
      const si = s * w[wk + i]!
      if (si === 0) continue
      const oi = i * d
      for (let j = i; j < d; j++) out[oi + j]! += si * w[wk + j]!
    }
  }
  for (let i = 0; i < d; i++) for (let j = i + 1; j < d; j++) out[j * d + i] = out[i * d + j]!
  return out
}

/**
 * Jacobi rotations on a private copy; returns unsorted eigenvalues and (if wanted) eigenvectors as rows of w.
 * Rotation formulas as in Numerical Recipes §11.1 (tau form, small-angle root for stability).
 */
const jacobi = (
  input: Float64Array,
  d: number,
  opts: EigenOptions | undefined,
  wantVectors: boolean
): { values: Float64Array; w: Float64Array; sweeps: number; converged: boolean } => {
  if (!Number.isInteger(d) || d < 0) throw new RangeError(`symmetricEigen: bad dimension d=${d}`)
  if (input.length !== d * d) throw new RangeError(`symmetricEigen: expected ${d}×${d}=${d * d} entries, got ${input.length}`)
  const tol = opts?.tol ?? 1e-12
  const maxSweeps = opts?.maxSweeps ?? 100

  // Symmetrise: products like C1^{1/2} C2 C1^{1/2} are symmetric only up to round-off.
  const a = new Float64Array(d * d)
  let frob2 = 0
  for (let i = 0; i < d; i++) {
    for (let j = i; j < d; j++) {
      const v = i === j ? input[i * d + i]! : 0.5 * (input[i * d + j]! + input[j * d + i]!)
      a[i * d + j] = v
      a[j * d + i] = v
      frob2 += i === j ? v * v : 2 * v * v
    }
  }
  if (!Number.isFinite(frob2)) throw new RangeError("symmetricEigen: matrix has non-finite entries")

  const w = new Float64Array(wantVectors ? d * d : 0)
  if (wantVectors) for (let i = 0; i < d; i++) w[i * d + i] = 1

  const target2 = tol * tol * frob2
  let sweeps = 0
  let converged = false
  for (;;) {
    let off2 = 0
    for (let i = 0; i < d; i++) for (let j = i + 1; j < d; j++) off2 += 2 * a[i * d + j]! ** 2
    if (off2 <= target2) {
      converged = true
      break
    }
    if (sweeps >= maxSweeps) break
    sweeps++

    for (let p = 0; p < d - 1; p++) {
      const rp = p * d
      for (let q = p + 1; q < d; q++) {
        const rq = q * d
        const apq = a[rp + q]!
        if (apq === 0) continue
        const app = a[rp + p]!
        const aqq = a[rq + q]!
        // Once a_pq is below the last bit of both diagonal entries, rotating cannot change them: zero it.
        const g = 100 * Math.abs(apq)
        if (Math.abs(app) + g === Math.abs(app) && Math.abs(aqq) + g === Math.abs(aqq)) {
          a[rp + q] = 0
          a[rq + p] = 0
          continue
        }
        // t = tan(θ) is the smaller root of t² + 2θt − 1 = 0, so |θ_rot| ≤ π/4 (guarantees convergence).
        const h = aqq - app
        let t: number
        if (Math.abs(h) + g === Math.abs(h)) {
          t = apq / h // θ huge: t ≈ 1/(2θ), avoids overflow of θ²
        } else {
          const theta = (0.5 * h) / apq
          t = 1 / (Math.abs(theta) + Math.sqrt(1 + theta * theta))
          if (theta < 0) t = -t
        }
        const c = 1 / Math.sqrt(1 + t * t)
        const s = t * c
        const tau = s / (1 + c)

        a[rp + p] = app - t * apq
        a[rq + q] = aqq + t * apq
        a[rp + q] = 0
        a[rq + p] = 0
        // Rows p and q are contiguous; columns p and q are written by symmetry.
        for (let k = 0; k < d; k++) {
          if (k === p || k === q) continue
          const akp = a[rp + k]!
          const akq = a[rq + k]!
          const np = akp - s * (akq + akp * tau)
          const nq = akq + s * (akp - akq * tau)
          a[rp + k] = np
          a[rq + k] = nq
          a[k * d + p] = np
          a[k * d + q] = nq
        }
        if (wantVectors) {
          // V ← V·J, i.e. rows p, q of W = Vᵀ.
          for (let k = 0; k < d; k++) {
            const wp = w[rp + k]!
            const wq = w[rq + k]!
            w[rp + k] = wp - s * (wq + wp * tau)
            w[rq + k] = wq + s * (wp - wq * tau)
          }
        }
      }
    }
  }

  const values = new Float64Array(d)
  for (let i = 0; i < d; i++) values[i] = a[i * d + i]!
  return { values, w, sweeps, converged }
}

const ascendingOrder = (values: Float64Array): Array<number> =>
  Array.from(values.keys()).sort((i, j) => values[i]! - values[j]!)

/** Dense row-major d×d product (i-k-j loop order keeps the inner loop contiguous). */
export const matMul = (a: Float64Array, b: Float64Array, d: number): Float64Array => {
  const out = new Float64Array(d * d)
  for (let i = 0; i < d; i++) {
    const oi = i * d
    for (let k = 0; k < d; k++) {
      const aik = a[oi + k]!
      if (aik === 0) continue
      const bk = k * d
      for (let j = 0; j < d; j++) out[oi + j]! += aik * b[bk + j]!
    }
  }
  return out
}

// ---------------------------------------------------------------------------------------------------
// sample checks

export const checkSamples = (x: SampleMatrix, where: string): void => {
  if (!Number.isInteger(x.n) || !Number.isInteger(x.d) || x.n < 0 || x.d < 1) {
    throw new RangeError(`${where}: bad shape n=${x.n}, d=${x.d}`)
  }
  if (x.data.length !== x.n * x.d) {
    throw new RangeError(`${where}: data has ${x.data.length} entries, expected n·d = ${x.n}·${x.d} = ${x.n * x.d}`)
  }
}

/** One element type in the hot loops keeps them monomorphic; Float32 inputs are widened once. */
export const asFloat64 = (data: Float64Array | Float32Array): Float64Array =>
  data instanceof Float64Array ? data : Float64Array.from(data)
