/** Seeded random matrices and sample sets for the linear-algebra and metric tests (no dependencies). */
import assert from "node:assert/strict"
import type { SampleMatrix } from "../../../stages/internal/linalg.ts"

/** mulberry32: a 32-bit seeded PRNG, uniform on [0, 1). */
export const mulberry32 = (seed: number) => () => {
  seed = (seed + 0x6d2b79f5) | 0
  let t = seed
  t = Math.imul(t ^ (t >>> 15), t | 1)
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296
}

/** Standard normals by Box–Muller. */
export const gaussian = (seed: number) => {
  const u = mulberry32(seed)
  return () => Math.sqrt(-2 * Math.log(1 - u())) * Math.cos(2 * Math.PI * u())
}

export const randomSymmetric = (d: number, seed: number): Float64Array => {
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
export const randomPsd = (d: number, r: number, seed: number): Float64Array => {
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

export const matMul = (a: Float64Array, b: Float64Array, d: number): Float64Array => {
  const out = new Float64Array(d * d)
  for (let i = 0; i < d; i++) for (let j = 0; j < d; j++) {
    let s = 0
    for (let k = 0; k < d; k++) s += a[i * d + k]! * b[k * d + j]!
    out[i * d + j] = s
  }
  return out
}

export const maxAbsDiff = (a: ArrayLike<number>, b: ArrayLike<number>): number => {
  assert.equal(a.length, b.length)
  let m = 0
  for (let i = 0; i < a.length; i++) m = Math.max(m, Math.abs(a[i]! - b[i]!))
  return m
}

/** n samples of N(mean, diag(std²)). */
export const gaussianSamples = (n: number, mean: ArrayLike<number>, std: ArrayLike<number>, seed: number): SampleMatrix => {
  const d = mean.length
  const g = gaussian(seed)
  const data = new Float64Array(n * d)
  for (let i = 0; i < n; i++) for (let a = 0; a < d; a++) data[i * d + a] = mean[a]! + std[a]! * g()
  return { data, n, d }
}
