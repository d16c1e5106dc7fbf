/**
 * The 2-D projection of sample scatters: the top two principal components of a reference set, from the
 * project's own Jacobi eigen-solver (stages/internal/linalg.ts). Each component's sign is fixed (largest
 * entry positive) so the same data always gives the same picture.
 */
import { meanAndCovariance, symmetricEigen } from "../stages/internal/linalg.ts"

export interface Projection {
  readonly mean: Float64Array
  readonly components: readonly [Float64Array, Float64Array]
}

/** The top two principal components of `n` rows of `dim` values (row-major); for dim = 1 the second is zero. */
export const pca2 = (data: Float32Array | Float64Array, n: number, dim: number): Projection => {
  if (n < 2 || dim < 1 || data.length < n * dim) throw new RangeError(`pca2: need at least 2 rows of ${dim} values, got ${data.length} values`)
  const { mean, cov } = meanAndCovariance({ data: data.subarray(0, n * dim), n, d: dim })
  const { vectors } = symmetricEigen(cov, dim)
  // eigenvalues ascend: the last columns are the top components
  const column = (j: number): Float64Array => {
    const v = new Float64Array(dim)
    if (j < 0) return v
    for (let i = 0; i < dim; i++) v[i] = vectors[i * dim + j]!
    let big = 0
    for (let i = 0; i < dim; i++) if (Math.abs(v[i]!) > Math.abs(v[big]!)) big = i
    if (v[big]! < 0) for (let i = 0; i < dim; i++) v[i] = -v[i]!
    return v
  }
  return { mean, components: [column(dim - 1), column(dim - 2)] }
}

/** Projects `n` rows of `dim` values onto the two components: [n, 2] row-major. */
export const project = (data: ArrayLike<number>, n: number, dim: number, p: Projection): Float64Array => {
  const out = new Float64Array(2 * n)
  const [c1, c2] = p.components
  for (let i = 0; i < n; i++) {
    let u = 0
    let w = 0
    for (let d = 0; d < dim; d++) {
      const x = data[i * dim + d]! - p.mean[d]!
      u += x * c1[d]!
      w += x * c2[d]!
    }
    out[2 * i] = u
    out[2 * i + 1] = w
  }
  return out
}
