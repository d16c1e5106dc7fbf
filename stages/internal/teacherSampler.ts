/**
 * The teacher's own many-step sampler: deterministic DDIM (Song et al. 2021, η = 0) on the VP grid of
 * method.md §1.1, with optional CFG (§1.1, `denoiser.ts` `cfg`). It shows what the teacher can
 * do without distillation (Appendix C "Reference samplers") and makes sample grids of the teacher.
 */
import { tf } from "./tf.ts"
import { cfg, type Denoiser } from "./denoiser.ts"
import type { Streams } from "./rng.ts"
import { timeGrid, VP } from "./schedule.ts"

/** DDIM steps of the learned teacher's own samples (its grids and its FID/alignment as a teacher). */
export const TEACHER_SAMPLER_STEPS = 50

export interface DdimOptions {
  /** Number of denoiser evaluations N (with CFG κ ∉ {0, 1}, each is a batched [∅; c] pass). */
  readonly steps: number
  /** CFG scale κ; 1 = plain conditional (default), 0 = unconditional. */
  readonly kappa?: number
  /** First timestep; the grid is ⌊tInit·(1 − i/N)⌋, i = 0..N−1 (§2.3's grid). Default 999. */
  readonly tInit?: number
}

/**
 * DDIM η = 0 from x_{τ0} = z: at each τ_i, ε̂ = CFG_κ(ε̂(x, τ_i, c)), x̂0 = (x − s ε̂)/a, then
 * x ← a_{τ_{i+1}}·x̂0 + s_{τ_{i+1}}·ε̂; the last step returns x̂0 (ᾱ = 1 after the grid, as diffusers'
 * `set_alpha_to_one`). Borrows inputs; caller disposes the result.
 */
export const sampleDdim = (den: Denoiser, z: tf.Tensor2D, c: tf.Tensor1D, opts: DdimOptions): tf.Tensor2D => {
  const kappa = opts.kappa ?? 1
  const grid = timeGrid(opts.tInit ?? 999, opts.steps)
  const n = z.shape[0]
  let x = tf.clone(z)
  for (let i = 0; i < grid.length; i++) {
    const tau = grid[i]!
    const next = tf.tidy("ddim.step", () => {
      const a = VP.a[tau]!
      const s = VP.s[tau]!
      const batch = {
        xT: x,
        t: tf.fill([n], tau, "int32") as tf.Tensor1D,
        a: tf.fill([n], a) as tf.Tensor1D,
        s: tf.fill([n], s) as tf.Tensor1D,
        c
      }
      const eps = cfg(den, batch, kappa, "eps")
      const x0 = tf.div(tf.sub(x, tf.mul(s, eps)), a)
      if (i === grid.length - 1) return x0 as tf.Tensor2D
      const to = grid[i + 1]!
      return tf.add(tf.mul(VP.a[to]!, x0), tf.mul(VP.s[to]!, eps)) as tf.Tensor2D
    })
    x.dispose()
    x = next
  }
  return x
}

/**
 * DDIM samples for host prompts, in batches: z ~ N(0, I) from stream `key` (drawn for all rows at once, so
 * the result does not depend on `batch`). Returns n × D, row i prompted with prompts[i] (C = ∅).
 */
export const teacherSamples = (
  den: Denoiser,
  prompts: Int32Array,
  streams: Streams,
  opts: DdimOptions & { readonly batch?: number; readonly key?: string }
): Float32Array => {
  const n = prompts.length
  const D = den.dim
  const noise = streams.stream(opts.key ?? "teacher-samples").normals(n * D)
  const out = new Float32Array(n * D)
  const batch = opts.batch ?? 1024
  for (let start = 0; start < n; start += batch) {
    const rows = Math.min(batch, n - start)
    const z = tf.tensor2d(noise.subarray(start * D, (start + rows) * D), [rows, D])
    const c = tf.tensor1d(prompts.subarray(start, start + rows), "int32")
    const x = sampleDdim(den, z, c, opts)
    out.set(x.dataSync() as Float32Array, start * D)
    tf.dispose([z, c, x])
  }
  return out
}
