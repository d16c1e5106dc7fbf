/**
 * Stage "generate": the K-step generator chain of method.md §2.3 and the per-iteration step
 * index of §2.4 (uniform: one k ~ U{1..K} per iteration; final: k ≡ K).
 *
 * The generator is always queried with the plain conditional prompt, no CFG (§2.1). Where gradients
 * flow is decided by the caller: `lastStepInput` runs outside any gradient tape (stop-gradient on the
 * chain prefix), `generatorStep` runs inside it.
 */
import { tf } from "./internal/tf.ts"
import type { NoiseType, StepMatching, StepWeights } from "../dsl/Hyperparams.ts"
import type { Denoiser } from "./internal/denoiser.ts"
import { VP } from "./internal/schedule.ts"
import type { RandomStream } from "./internal/rng.ts"

export { timeGrid } from "./internal/schedule.ts"

/**
 * §2.4: the step count of one iteration, shared by every sample and by both updates. §2.5: with
 * weights, k is the first step whose cumulative weight exceeds u·Σ weights (zero weights never drawn);
 * "uniform" keeps the plain U{1..K} draw, so its k sequence is unchanged.
 */
export const drawSteps = (stream: RandomStream, numSteps: number, matching: StepMatching, weights: StepWeights = "uniform"): number => {
  if (matching !== "uniform") return numSteps
  if (weights === "uniform") return stream.int(1, numSteps + 1)
  if (weights.length !== numSteps) throw new Error(`generator.stepWeights: ${weights.length} weights for K = ${numSteps} steps`)
  const cumulative = weights.reduce<Array<number>>((acc, w) => [...acc, (acc.at(-1) ?? 0) + w], [])
  const target = stream.uniform() * cumulative.at(-1)!
  const k = cumulative.findIndex((c) => target < c) + 1
  // u·Σ < Σ always, but guard float round-off with the last positive weight
  return k > 0 ? k : weights.findLastIndex((w) => w > 0) + 1
}

/** The noise a chain consumes: z for step 0 and, in "fresh" mode, a new draw per later step. */
export interface ChainNoise {
  readonly z: tf.Tensor2D
  /** fresh[i−1] is the noise of step i ≥ 1 ("fresh" mode only). */
  readonly fresh: ReadonlyArray<tf.Tensor2D>
}

export const drawChainNoise = (stream: RandomStream, rows: number, dim: number, steps: number, noiseType: NoiseType): ChainNoise => ({
  z: tf.tensor2d(stream.normals(rows * dim), [rows, dim]),
  fresh: noiseType === "fresh"
    ? Array.from({ length: Math.max(0, steps - 1) }, () => tf.tensor2d(stream.normals(rows * dim), [rows, dim]))
    : []
})

export const disposeChainNoise = (n: ChainNoise): void => {
  tf.dispose([n.z, ...n.fresh])
}

/** §2.1: one generator step x̂ = f_θ(x_in, τ, c). Borrows inputs; caller disposes the result. */
export const generatorStep = (gen: Denoiser, xIn: tf.Tensor2D, tau: number, c: tf.Tensor1D): tf.Tensor2D =>
  tf.tidy("generate.step", () => {
    const n = xIn.shape[0]
    return gen.x0({
      xT: xIn,
      t: tf.fill([n], tau, "int32") as tf.Tensor1D,
      a: tf.fill([n], VP.a[tau]!) as tf.Tensor1D,
      s: tf.fill([n], VP.s[tau]!) as tf.Tensor1D,
      c
    })
  })

/** §2.3 RUN_CHAIN's re-noising: the input of step i from the previous output x̂ (and previous input). */
const stepInput = (
  i: number,
  grid: ReadonlyArray<number>,
  noise: ChainNoise,
  noiseType: NoiseType,
  xhat: tf.Tensor2D | undefined,
  prevIn: tf.Tensor2D | undefined
): tf.Tensor2D =>
  tf.tidy(() => {
    const tau = grid[i]!
    if (i === 0) return tf.mul(VP.s[tau]!, noise.z) // "adds noise to zero": s_{t_init}·z (§2.2)
    const prevTau = grid[i - 1]!
    const e =
      noiseType === "fresh" ? noise.fresh[i - 1]!
      : noiseType === "fixed" ? noise.z
      : tf.div(tf.sub(prevIn!, tf.mul(VP.a[prevTau]!, xhat!)), VP.s[prevTau]!) // noise implied by the last step
    return tf.add(tf.mul(VP.a[tau]!, xhat!), tf.mul(VP.s[tau]!, e)) as tf.Tensor2D
  })

/**
 * §2.3 RUN_CHAIN for k steps, returning x^(k) and the input of its last step. Runs wherever it is
 * called: inside a gradient closure every step carries gradient (the legacy `backpropAll`).
 * Borrows inputs; caller disposes both results.
 */
export const runChain = (
  gen: Denoiser,
  noise: ChainNoise,
  c: tf.Tensor1D,
  k: number,
  grid: ReadonlyArray<number>,
  noiseType: NoiseType
): { xhat: tf.Tensor2D; lastInput: tf.Tensor2D } => {
  let xhat: tf.Tensor2D | undefined
  let xIn: tf.Tensor2D | undefined
  for (let i = 0; i < k; i++) {
    const next = stepInput(i, grid, noise, noiseType, xhat, xIn)
    const out = generatorStep(gen, next, grid[i]!, c)
    if (xhat) xhat.dispose()
    if (xIn) xIn.dispose()
    xIn = next
    xhat = out
  }
  return { xhat: xhat!, lastInput: xIn! }
}

/**
 * §2.4: steps 0..k−2 of the chain, returning the input of step k−1. Call it outside the gradient
 * closure so that the prefix is a constant (uniform- and final-step matching). Caller disposes.
 */
export const lastStepInput = (
  gen: Denoiser,
  noise: ChainNoise,
  c: tf.Tensor1D,
  k: number,
  grid: ReadonlyArray<number>,
  noiseType: NoiseType
): tf.Tensor2D => {
  if (k === 1) return stepInput(0, grid, noise, noiseType, undefined, undefined)
  const prefix = runChain(gen, noise, c, k - 1, grid, noiseType)
  const input = stepInput(k - 1, grid, noise, noiseType, prefix.xhat, prefix.lastInput)
  tf.dispose([prefix.xhat, prefix.lastInput])
  return input
}
