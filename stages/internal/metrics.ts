/**
 * Small-scale sample metrics of `method.md` Appendix C ("Metrics"): the Fréchet distance and
 * Kynkäänniemi et al. (2019) precision/recall, on plain Float64Array; the linear algebra under them is
 * linalg.ts. No tfjs: evaluation loops call these on downloaded data.
 */
import { asFloat64, checkSamples, matMul, meanAndCovariance, type SampleMatrix, sqrtPsd, symmetricEigenvalues } from "./linalg.ts"

// ---------------------------------------------------------------------------------------------------
// Fréchet distance

/** Fréchet distance between two sample sets via their mean and covariance (Appendix C, "Metrics"). */
export const frechetDistance = (x: SampleMatrix, y: SampleMatrix): number => {
  if (x.d !== y.d) throw new RangeError(`frechetDistance: dimension mismatch ${x.d} vs ${y.d}`)
  const mx = meanAndCovariance(x)
  const my = meanAndCovariance(y)
  return frechetDistanceFromMoments(mx.mean, mx.cov, my.mean, my.cov, x.d)
}

/** ‖m1−m2‖² + Tr(C1 + C2 − 2(C1^{1/2} C2 C1^{1/2})^{1/2}), Appendix C; symmetric form, no complex sqrtm. */
export const frechetDistanceFromMoments = (
  m1: Float64Array,
  c1: Float64Array,
  m2: Float64Array,
  c2: Float64Array,
  d: number
): number => {
  if (m1.length !== d || m2.length !== d) throw new RangeError(`frechetDistance: means must have length ${d}`)
  if (c1.length !== d * d || c2.length !== d * d) throw new RangeError(`frechetDistance: covariances must be ${d}×${d}`)
  let meanGap = 0
  for (let i = 0; i < d; i++) meanGap += (m1[i]! - m2[i]!) ** 2
  let trace = 0
  for (let i = 0; i < d; i++) trace += c1[i * d + i]! + c2[i * d + i]!

  // Tr √M with M = S C2 S, S = C1^{1/2}: M is symmetric PSD, so Tr √M = Σ √λ(M) and only eigenvalues are needed.
  const s = sqrtPsd(c1, d)
  const m = matMul(matMul(s, c2, d), s, d)
  const lambda = symmetricEigenvalues(m, d)
  let traceSqrt = 0
  for (let i = 0; i < d; i++) if (lambda[i]! > 0) traceSqrt += Math.sqrt(lambda[i]!)

  const fd = meanGap + trace - 2 * traceSqrt
  // Only round-off may push it below zero; a clearly negative value means non-PSD inputs and is left visible.
  const slack = 1e-10 * (meanGap + trace)
  return fd < 0 && fd >= -slack ? 0 : fd
}

// ---------------------------------------------------------------------------------------------------
// precision / recall

/** Distance from each sample to its k-th nearest neighbour among the others (Kynkäänniemi et al. 2019 radii). */
export const kthNearestRadii = (x: SampleMatrix, k: number): Float64Array => {
  const r2 = kthNearestSquaredRadii(x, k)
  for (let i = 0; i < r2.length; i++) r2[i] = Math.sqrt(r2[i]!)
  return r2
}

/**
 * Improved precision and recall, Kynkäänniemi et al. (2019) / Appendix C: precision = share of fake samples
 * inside some real k-NN ball; recall = share of real samples inside some fake k-NN ball.
 */
export const precisionRecall = (
  real: SampleMatrix,
  fake: SampleMatrix,
  k = 3
): { precision: number; recall: number } => {
  if (real.d !== fake.d) throw new RangeError(`precisionRecall: dimension mismatch ${real.d} vs ${fake.d}`)
  const realR2 = kthNearestSquaredRadii(real, k)
  const fakeR2 = kthNearestSquaredRadii(fake, k)
  return {
    precision: coveredFraction(fake, real, realR2),
    recall: coveredFraction(real, fake, fakeR2)
  }
}

/** Squared k-NN radii, kept squared so membership tests never take a square root. */
const kthNearestSquaredRadii = (x: SampleMatrix, k: number): Float64Array => {
  checkSamples(x, "kthNearestRadii")
  const { n, d } = x
  if (!Number.isInteger(k) || k < 1) throw new RangeError(`kthNearestRadii: k must be a positive integer, got ${k}`)
  if (n <= k) throw new RangeError(`kthNearestRadii: need more than k=${k} samples, got ${n}`)
  const data = asFloat64(x.data)
  // best[i*k .. i*k+k): the k smallest squared distances seen for sample i, ascending.
  const best = new Float64Array(n * k).fill(Infinity)
  const last = k - 1
  // Each pair once (the distance is symmetric), feeding both ends' lists.
  for (let i = 0; i < n; i++) {
    const bi = i * k
    for (let j = i + 1; j < n; j++) {
      const dist = squaredDistance(data, i * d, data, j * d, d)
      if (dist < best[bi + last]!) insertSorted(best, bi, k, dist)
      const bj = j * k
      if (dist < best[bj + last]!) insertSorted(best, bj, k, dist)
    }
  }
  const radii = new Float64Array(n)
  for (let i = 0; i < n; i++) radii[i] = best[i * k + last]!
  return radii
}

/** Insert v into the ascending run buf[off .. off+k), dropping the largest. */
const insertSorted = (buf: Float64Array, off: number, k: number, v: number): void => {
  let pos = off + k - 1
  while (pos > off && buf[pos - 1]! > v) {
    buf[pos] = buf[pos - 1]!
    pos--
  }
  buf[pos] = v
}

/** Fraction of query rows within ‖·‖² ≤ r²_i of at least one reference row i (inclusive, as the reference code). */
const coveredFraction = (query: SampleMatrix, ref: SampleMatrix, refR2: Float64Array): number => {
  checkSamples(query, "precisionRecall")
  const { d } = query
  const nq = query.n
  const nr = ref.n
  if (nq === 0) return 0
  const q = asFloat64(query.data)
  const r = asFloat64(ref.data)
  // Largest balls first: a covered query usually stops after a few references instead of ~nr/2.
  const order = Int32Array.from(Array.from(refR2.keys()).sort((a, b) => refR2[b]! - refR2[a]!))
  let covered = 0
  for (let i = 0; i < nq; i++) {
    const qi = i * d
    for (let o = 0; o < nr; o++) {
      const j = order[o]!
      if (squaredDistance(q, qi, r, j * d, d) <= refR2[j]!) {
        covered++
        break
      }
    }
  }
  return covered / nq
}

// ---------------------------------------------------------------------------------------------------
// helpers

/** ‖a[ia..ia+d) − b[ib..ib+d)‖²; four accumulators let V8 overlap the adds (~1.5× on d = 64). */
const squaredDistance = (a: Float64Array, ia: number, b: Float64Array, ib: number, d: number): number => {
  let s0 = 0
  let s1 = 0
  let s2 = 0
  let s3 = 0
  const d4 = d - (d % 4)
  let t = 0
  for (; t < d4; t += 4) {
    const e0 = a[ia + t]! - b[ib + t]!
    const e1 = a[ia + t + 1]! - b[ib + t + 1]!
    const e2 = a[ia + t + 2]! - b[ib + t + 2]!
    const e3 = a[ia + t + 3]! - b[ib + t + 3]!
    s0 += e0 * e0
    s1 += e1 * e1
    s2 += e2 * e2
    s3 += e3 * e3
  }
  for (; t < d; t++) {
    const e = a[ia + t]! - b[ib + t]!
    s0 += e * e
  }
  return s0 + s1 + (s2 + s3)
}
