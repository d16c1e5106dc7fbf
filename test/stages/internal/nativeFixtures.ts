/**
 * What the native kernel tests share: the addon (or why it is missing), a backend switch, seeded inputs
 * that need no tfjs RNG (so every backend sees the same values), and a tensor's values or float bits.
 */
import { Effect } from "effect"
import { type BackendName, initBackend } from "../../../stages/TensorBackend.ts"
import { loadNativeAddon } from "../../../stages/internal/nativeAddon.ts"
import { tf } from "../../../stages/internal/tf.ts"

export const native = loadNativeAddon()

export const use = (name: BackendName): Promise<unknown> => Effect.runPromise(initBackend({ name, reason: "test" }))

/** n deterministic pseudo-random values in [-scale, scale) (a linear congruential stream from `seed`). */
export const values = (n: number, seed: number, scale = 1): Float32Array => {
  let s = (seed * 2654435761 + 12345) >>> 0
  return Float32Array.from({ length: n }, () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0
    return (s / 2 ** 31 - 1) * scale
  })
}

export const floats = (t: tf.Tensor): Array<number> => Array.from(t.dataSync() as Float32Array)

/** The float32 bit patterns, for bit-for-bit comparisons. */
export const bits = (t: tf.Tensor): Array<number> => Array.from(new Uint32Array((t.dataSync() as Float32Array).slice().buffer))
