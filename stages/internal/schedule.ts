/**
 * SD's scaled-linear VP schedule (method.md §1.1) and the K-step time grid (§2.3).
 *
 * Tables are computed once in float64 and handed to tensors as float32 lookups.
 */

export const NUM_TRAIN_TIMESTEPS = 1000

export interface VpSchedule {
  /** ᾱ_t. */
  readonly alphaBar: Float64Array
  /** a_t = √ᾱ_t. */
  readonly a: Float64Array
  /** s_t = √(1 − ᾱ_t). */
  readonly s: Float64Array
  /** SNR_t = a_t² / s_t². */
  readonly snr: Float64Array
}

/** §1.1: β_i = (√0.00085 + i/999·(√0.012 − √0.00085))², ᾱ_t = ∏_{i≤t}(1 − β_i). */
export const scaledLinearSchedule = (
  n: number = NUM_TRAIN_TIMESTEPS,
  betaStart = 0.00085,
  betaEnd = 0.012
): VpSchedule => {
  const alphaBar = new Float64Array(n)
  const a = new Float64Array(n)
  const s = new Float64Array(n)
  const snr = new Float64Array(n)
  const lo = Math.sqrt(betaStart)
  const hi = Math.sqrt(betaEnd)
  let prod = 1
  for (let i = 0; i < n; i++) {
    const beta = (lo + (i / (n - 1)) * (hi - lo)) ** 2
    prod *= 1 - beta
    alphaBar[i] = prod
    a[i] = Math.sqrt(prod)
    s[i] = Math.sqrt(1 - prod)
    snr[i] = prod / (1 - prod)
  }
  return { alphaBar, a, s, snr }
}

/** The schedule every stage uses (SD1.5 / SDXL). */
export const VP: VpSchedule = scaledLinearSchedule()

/** §2.3: τ_i = ⌊t_init·(1 − i/K)⌋ for i = 0..K−1; a k-step run uses the first k entries. */
export const timeGrid = (tInit: number, numSteps: number): ReadonlyArray<number> =>
  Array.from({ length: numSteps }, (_, i) => Math.floor((tInit * (numSteps - i)) / numSteps))
