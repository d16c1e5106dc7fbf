/**
 * Per-k normalisation of the generator's gradient (method.md §2.5; a sidlab extension, not from the
 * paper). With `loss.stepNormalisation: "perStep"` the gradient of a draw at step k is divided by n_k,
 * the bias-corrected running RMS of ‖∇_θ L_θ‖ over that k's draws (this one included), so that every k
 * puts E‖g‖² = 1 into Adam's shared second moment instead of k = 1 setting it alone.
 *
 * The running statistics are plain host numbers in the training state, saved with every checkpoint, so
 * a resumed run scales exactly as an uninterrupted one.
 */
import { tf } from "./internal/tf.ts"
import { nanToNum } from "./Update.ts"

/** EMA factor per draw of one k: a memory of ~100 draws of that k (~400 iterations at K = 4). */
export const STEP_NORM_BETA = 0.99
/** n_k below this is treated as this: a zero gradient stays zero instead of becoming NaN. */
export const STEP_NORM_FLOOR = 1e-12

/** Per-k running statistics, index k − 1: the (biased) EMA of ‖g‖² and the number of draws seen. */
export interface StepNormState {
  readonly meanSquare: Array<number>
  readonly draws: Array<number>
}

export const initStepNorm = (numSteps: number): StepNormState => ({
  meanSquare: new Array<number>(numSteps).fill(0),
  draws: new Array<number>(numSteps).fill(0)
})

/** ‖g‖ over all of θ's gradient tensors, after nan_to_num when the optimiser applies it (§3). */
export const gradientNorm = (grads: ReadonlyArray<tf.Tensor>, nanToNumOn: boolean): number =>
  tf.tidy("stepNorm.norm", () => {
    const squares = grads.map((g) => tf.sum(tf.square(nanToNumOn ? nanToNum(g) : g)))
    return tf.sqrt(tf.addN(squares)).dataSync()[0]!
  })

/**
 * §2.5: records ‖g‖ for step k and returns n_k = √(EMA_k(‖g‖²) / (1 − β^draws_k)). A non-finite norm
 * is not recorded (the optimiser's nan_to_num deals with that gradient); before any record n_k = 1.
 */
export const observeStep = (s: StepNormState, k: number, norm: number): number => {
  const i = k - 1
  if (i < 0 || i >= s.draws.length) throw new Error(`step normalisation: k = ${k} is outside 1..${s.draws.length}`)
  if (Number.isFinite(norm)) {
    s.meanSquare[i] = STEP_NORM_BETA * s.meanSquare[i]! + (1 - STEP_NORM_BETA) * norm * norm
    s.draws[i]! += 1
  }
  const draws = s.draws[i]!
  return draws === 0 ? 1 : Math.sqrt(s.meanSquare[i]! / (1 - STEP_NORM_BETA ** draws))
}

/**
 * §2.5: θ's gradient of a draw at step k scaled by 1/n_k, updating k's statistics. Borrows `grads`;
 * the caller disposes the returned tensors.
 */
export const normaliseStepGradients = (
  s: StepNormState,
  k: number,
  grads: ReadonlyArray<tf.Tensor>,
  nanToNumOn: boolean
): Array<tf.Tensor> => {
  const scale = 1 / Math.max(observeStep(s, k, gradientNorm(grads, nanToNumOn)), STEP_NORM_FLOOR)
  return tf.tidy("stepNorm.scale", () => grads.map((g) => tf.mul(g, scale)))
}
