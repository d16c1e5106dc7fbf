/**
 * Stage "update": Adam with β1 = 0 (method.md §6.2), nan_to_num on gradients (§3), optional
 * decoupled weight decay (AdamW) and the generator EMA of §6.2.
 *
 * The optimiser is written out rather than taken from `tf.train` so that its moments and step count are
 * plain state a checkpoint can save and restore exactly.
 */
import { type AdamOptions, fusedAdam, fusedEma } from "./internal/nativeOps.ts"
import { withGradTargets } from "./internal/nativeLinear.ts"
import { tf } from "./internal/tf.ts"

export type { AdamOptions } from "./internal/nativeOps.ts"

export interface AdamState {
  step: number
  /** First moments (absent when β1 = 0: m_t = g_t). */
  readonly m: ReadonlyArray<tf.Variable> | undefined
  readonly v: ReadonlyArray<tf.Variable>
}

/** Zeroed moments; tidy frees the zero tensors the variables were made from. */
export const initAdam = (vars: ReadonlyArray<tf.Variable>, beta1: number): AdamState =>
  tf.tidy(() => ({
    step: 0,
    m: beta1 === 0 ? undefined : vars.map((x) => tf.variable(tf.zerosLike(x), false)),
    v: vars.map((x) => tf.variable(tf.zerosLike(x), false))
  }))

export const disposeAdam = (s: AdamState): void => {
  tf.dispose([...(s.m ?? []), ...s.v])
}

/** §3: NaN → 0, ±inf → ±1e5 (torch.nan_to_num with posinf 1e5). */
export const nanToNum = (g: tf.Tensor): tf.Tensor =>
  tf.tidy(() => tf.where(tf.isNaN(g), tf.zerosLike(g), tf.clipByValue(g, -1e5, 1e5)))

/** One Adam(W) step on `vars` with `grads` (same order). Borrows grads; updates vars and state in place. */
export const adamStep = (
  vars: ReadonlyArray<tf.Variable>,
  grads: ReadonlyArray<tf.Tensor>,
  state: AdamState,
  o: AdamOptions
): void => {
  state.step += 1
  const bc1 = 1 - o.beta1 ** state.step
  const bc2 = 1 - o.beta2 ** state.step
  // on native: the same arithmetic in one pass over the whole set
  if (tf.tidy(() => fusedAdam(vars, grads, state.v, state.m, { ...o, bc1, bc2 }))) return
  tf.tidy("update.adam", () => {
    vars.forEach((x, i) => {
      const g = o.nanToNum ? nanToNum(grads[i]!) : grads[i]!
      const v = state.v[i]!
      v.assign(tf.add(tf.mul(o.beta2, v), tf.mul(1 - o.beta2, tf.square(g))))
      let m: tf.Tensor = g
      if (state.m) {
        const mi = state.m[i]!
        mi.assign(tf.add(tf.mul(o.beta1, mi), tf.mul(1 - o.beta1, g)))
        m = mi
      }
      const stepDir = tf.div(tf.div(m, bc1), tf.add(tf.sqrt(tf.div(v, bc2)), o.eps))
      const decayed = o.weightDecay > 0 ? tf.mul(x, 1 - o.lr * o.weightDecay) : x
      x.assign(tf.sub(decayed, tf.mul(o.lr, stepDir)))
    })
  })
}

/**
 * One optimiser step on `vars` down `objective`'s gradient; `scale` may replace the gradients (returning
 * new tensors, freed here, or the same ones).
 */
export const descend = (
  vars: ReadonlyArray<tf.Variable>,
  objective: () => tf.Scalar,
  adam: AdamState,
  options: AdamOptions,
  scale: (grads: Array<tf.Tensor>) => Array<tf.Tensor> = (grads) => grads
): void => {
  const step = withGradTargets(vars, () => tf.variableGrads(objective, [...vars]))
  const grads = vars.map((v) => step.grads[v.name]!)
  const scaled = scale(grads)
  adamStep(vars, scaled, adam, options)
  tf.dispose([step.value, ...Object.values(step.grads), ...(scaled === grads ? [] : scaled)])
}

/** §6.2: β = 0.5^(batch / max(h, 1e-8)), h = min(halfLife, imagesSeen·rampup); θ_ema ← β·θ_ema + (1−β)·θ. */
export const emaBeta = (batch: number, imagesSeen: number, halfLifeImages: number, rampup: number): number => {
  const h = rampup > 0 ? Math.min(halfLifeImages, imagesSeen * rampup) : halfLifeImages
  return 0.5 ** (batch / Math.max(h, 1e-8))
}

export const emaUpdate = (ema: ReadonlyArray<tf.Variable>, vars: ReadonlyArray<tf.Variable>, beta: number): void => {
  if (tf.tidy(() => fusedEma(ema, vars, beta))) return
  tf.tidy("update.ema", () => {
    ema.forEach((e, i) => e.assign(tf.add(tf.mul(beta, e), tf.mul(1 - beta, vars[i]!))))
  })
}
