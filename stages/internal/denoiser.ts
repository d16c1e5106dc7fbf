/**
 * One interface for every network or analytic model that denoises: the teacher φ, the fake score ψ and
 * the generator θ. CFG (method.md §1.1) is written once here, for all of them; so is the SiDa
 * discriminator view of f_ψ (§5.1).
 */
import { tf } from "./tf.ts"
import { VP } from "./schedule.ts"
import { gmmX0, type MixtureTensors } from "./gmm.ts"
import { mlpEps, mlpEpsAndFeatures, mlpFeatures, type Mlp } from "./mlp.ts"
import { fusedGuided } from "./nativeDenoise.ts"

/** Rows of a noisy batch: x_t, the integer timesteps and their a_t, s_t, and the prompts (C = ∅). */
export interface NoisyBatch {
  readonly xT: tf.Tensor2D
  readonly t: tf.Tensor1D
  readonly a: tf.Tensor1D
  readonly s: tf.Tensor1D
  readonly c: tf.Tensor1D
}

export interface Denoiser {
  readonly dim: number
  /** C; class id C is the null prompt ∅. */
  readonly classes: number
  /** ε̂(x_t, t, c). Borrows inputs; caller disposes the result. */
  eps(b: NoisyBatch): tf.Tensor2D
  /** x0-prediction f(x_t, t, c). Borrows inputs; caller disposes the result. */
  x0(b: NoisyBatch): tf.Tensor2D
  /** `cfg` as one fused op, when the backend has one (native); undefined means run the composition. */
  fusedCfg?(b: NoisyBatch, kappa: number, which: "eps" | "x0"): tf.Tensor2D | undefined
}

/** §1.1: f = (x_t − s_t·ε̂)/a_t. */
export const epsToX0 = (b: NoisyBatch, eps: tf.Tensor2D): tf.Tensor2D =>
  tf.tidy(() => tf.div(tf.sub(b.xT, tf.mul(tf.expandDims(b.s, 1), eps)), tf.expandDims(b.a, 1)) as tf.Tensor2D)

/** Appendix C: ε̂ = (x_t − a_t·f)/s_t. */
export const x0ToEps = (b: NoisyBatch, x0: tf.Tensor2D): tf.Tensor2D =>
  tf.tidy(() => tf.div(tf.sub(b.xT, tf.mul(tf.expandDims(b.a, 1), x0)), tf.expandDims(b.s, 1)) as tf.Tensor2D)

/** An ε-prediction network read as a denoiser. */
export const mlpDenoiser = (net: Mlp): Denoiser => {
  const parts = { ...net.shape, classEmbedding: net.classEmbedding, weights: net.weights, biases: net.biases }
  return {
    dim: net.shape.dim,
    classes: net.shape.classes,
    eps: (b) => mlpEps(net, b.xT, b.t, b.c),
    x0: (b) => tf.tidy(() => fusedGuided(parts, net.shape.classes, b, 1, "x0") ?? epsToX0(b, mlpEps(net, b.xT, b.t, b.c))),
    fusedCfg: (b, kappa, which) => fusedGuided(parts, net.shape.classes, b, kappa, which)
  }
}

/**
 * §5.1: f_ψ that is also the discriminator D, with no new parameters. The logit ℓ(x_t, t, c) is the mean
 * over hidden units of the post-SiLU features of hidden layer `layer` (the MLP's stand-in for SiDA's
 * channel-mean of the UNet encoder output); it is prompt-conditional because c is an input of ψ.
 */
export interface Discriminator extends Denoiser {
  /** ε̂ and ℓ [B] from ONE forward pass ("encoder_decoder"). Borrows inputs; caller disposes both. */
  epsAndLogit(b: NoisyBatch): { eps: tf.Tensor2D; logit: tf.Tensor1D }
  /** ℓ [B] alone, the pass stopped at the feature layer ("encoder"). Borrows inputs; caller disposes. */
  logit(b: NoisyBatch): tf.Tensor1D
}

/** An ε-prediction network read as denoiser and discriminator (§5.1); `layer` is 1-based. */
export const mlpDiscriminator = (net: Mlp, layer: number): Discriminator => ({
  ...mlpDenoiser(net),
  epsAndLogit: (b) => {
    const { eps, features } = mlpEpsAndFeatures(net, b.xT, b.t, b.c, layer)
    const logit = tf.tidy(() => tf.mean(features, 1) as tf.Tensor1D)
    features.dispose()
    return { eps, logit }
  },
  logit: (b) => tf.tidy(() => tf.mean(mlpFeatures(net, b.xT, b.t, b.c, layer), 1) as tf.Tensor1D)
})

export const isDiscriminator = (den: Denoiser): den is Discriminator => "epsAndLogit" in den

/** The exact mixture teacher read as a denoiser. */
export const gmmDenoiser = (g: MixtureTensors): Denoiser => ({
  dim: g.mixture.dim,
  classes: g.mixture.classes,
  eps: (b) => tf.tidy(() => x0ToEps(b, gmmX0(g, b.xT, b.a, b.s, b.c))),
  x0: (b) => gmmX0(g, b.xT, b.a, b.s, b.c)
})

/**
 * §1.1 CFG: out(∅) + κ·(out(c) − out(∅)), the two passes batched as [uncond; cond]. κ = 1 is one
 * conditional pass and κ = 0 one unconditional pass. `which` picks ε- or x0-space (identical up to
 * round-off, since the conversion is affine in the same x_t). Borrows inputs; caller disposes result.
 */
export const cfg = (den: Denoiser, b: NoisyBatch, kappa: number, which: "eps" | "x0"): tf.Tensor2D =>
  tf.tidy("cfg", () => {
    const fused = den.fusedCfg?.(b, kappa, which)
    if (fused !== undefined) return fused // native: the whole guided pass in one addon call each way
    const run = (batch: NoisyBatch) => (which === "eps" ? den.eps(batch) : den.x0(batch))
    const nullPrompt = tf.fill([b.c.shape[0]], den.classes, "int32") as tf.Tensor1D
    if (kappa === 1) return run(b)
    if (kappa === 0) return run({ ...b, c: nullPrompt })
    const both = run({
      xT: tf.concat([b.xT, b.xT], 0),
      t: tf.concat([b.t, b.t], 0),
      a: tf.concat([b.a, b.a], 0),
      s: tf.concat([b.s, b.s], 0),
      c: tf.concat([nullPrompt, tf.cast(b.c, "int32")], 0)
    })
    const [uncond, cond] = tf.split(both, 2, 0) as [tf.Tensor2D, tf.Tensor2D]
    return tf.add(uncond, tf.mul(kappa, tf.sub(cond, uncond))) as tf.Tensor2D
  })

/**
 * §1.1 CFG + §5.1: the CFG output of `cfg` together with the CONDITIONAL logits ℓ(x_t, t, c) of the same
 * pass. κ = 1 is one conditional pass; any other κ, κ = 0 included, is the [∅; c] batch of which only the
 * conditional half's logits are kept, so D stays text-conditional (S2 `sid_dit_denoise`, which takes the
 * batched path for every κ ≠ 1 when it needs logits). CFG is combined in ε-space, then converted.
 * Borrows inputs; caller disposes both results.
 */
export const cfgWithLogit = (
  den: Discriminator,
  b: NoisyBatch,
  kappa: number,
  which: "eps" | "x0"
): { out: tf.Tensor2D; logit: tf.Tensor1D } =>
  tf.tidy("cfgWithLogit", () => {
    const convert = (eps: tf.Tensor2D) => (which === "eps" ? eps : epsToX0(b, eps))
    if (kappa === 1) {
      const { eps, logit } = den.epsAndLogit(b)
      return { out: convert(eps), logit }
    }
    const nullPrompt = tf.fill([b.c.shape[0]], den.classes, "int32") as tf.Tensor1D
    const both = den.epsAndLogit({
      xT: tf.concat([b.xT, b.xT], 0),
      t: tf.concat([b.t, b.t], 0),
      a: tf.concat([b.a, b.a], 0),
      s: tf.concat([b.s, b.s], 0),
      c: tf.concat([nullPrompt, tf.cast(b.c, "int32")], 0)
    })
    const [uncond, cond] = tf.split(both.eps, 2, 0) as [tf.Tensor2D, tf.Tensor2D]
    const [, logitCond] = tf.split(both.logit, 2, 0) as [tf.Tensor1D, tf.Tensor1D]
    return { out: convert(tf.add(uncond, tf.mul(kappa, tf.sub(cond, uncond))) as tf.Tensor2D), logit: logitCond }
  })

/** Per-row a_t, s_t tensors for integer timesteps (§1.1 table lookup, done on the host). */
export const scheduleTensors = (t: Int32Array): { t: tf.Tensor1D; a: tf.Tensor1D; s: tf.Tensor1D } => ({
  t: tf.tensor1d(t, "int32"),
  a: tf.tensor1d(Float32Array.from(t, (x) => VP.a[x]!)),
  s: tf.tensor1d(Float32Array.from(t, (x) => VP.s[x]!))
})
