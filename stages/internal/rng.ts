/**
 * Counter-based random numbers: every draw is a pure function of (seed, stream path).
 *
 * A stream path names where a draw happens, e.g. `["train", iteration, "fake", "z"]` under the run seed
 * (stages/Rng.ts: the seed and, for dependency cells, a purpose such as "prefit"; never the cell id, so
 * identical cells of two experiments draw the same numbers). A resumed run draws exactly what an
 * uninterrupted run draws, and the order in which stages ask for numbers never matters. Plain
 * JavaScript, no tfjs.
 */

export type StreamKey = ReadonlyArray<string | number>

/** xoshiro128** over a state derived from the key by a 128-bit string hash (cyrb128). */
export class RandomStream {
  private readonly s = new Int32Array(4)
  private spareNormal: number | undefined = undefined

  constructor(seed: number, key: StreamKey) {
    const [a, b, c, d] = cyrb128(`${seed}\u0000${key.map(String).join("\u0000")}`)
    this.s.set([(a | b | c | d) === 0 ? 1 : a, b, c, d])
    for (let i = 0; i < 8; i++) next(this.s)
  }

  /** A uniform 32-bit unsigned integer. */
  nextUint32(): number {
    return next(this.s) >>> 0
  }

  /** Uniform on [0, 1) with 53 random bits. */
  uniform(): number {
    return uniform53(this.s)
  }

  /** Uniform integer in [lo, hiExclusive). */
  int(lo: number, hiExclusive: number): number {
    return lo + Math.floor(this.uniform() * (hiExclusive - lo))
  }

  /** Standard normal (Box–Muller, both values used). */
  normal(): number {
    if (this.spareNormal !== undefined) {
      const v = this.spareNormal
      this.spareNormal = undefined
      return v
    }
    let u = 0
    while (u === 0) u = this.uniform()
    const r = Math.sqrt(-2 * Math.log(u))
    const theta = 2 * Math.PI * this.uniform()
    this.spareNormal = r * Math.sin(theta)
    return r * Math.cos(theta)
  }

  /**
   * n draws of `normal()`, the same bits: a whole Box–Muller pair per step, without the spare's
   * bookkeeping (the generator's noise draws were a tenth of a native SiD iteration through `normal()`).
   */
  normals(n: number): Float32Array {
    const out = new Float32Array(n)
    const s = this.s
    let i = 0
    if (n > 0 && this.spareNormal !== undefined) out[i++] = this.normal()
    const pairs = (n - i) >> 1
    if (fastPairs !== undefined && pairs >= minFastPairs && fastPairs(s, out, i, pairs)) i += 2 * pairs
    for (; i + 1 < n; i += 2) {
      let u = 0
      while (u === 0) u = uniform53(s)
      const r = Math.sqrt(-2 * Math.log(u))
      const theta = 2 * Math.PI * uniform53(s)
      out[i] = r * Math.cos(theta)
      out[i + 1] = r * Math.sin(theta)
    }
    if (i < n) out[i] = this.normal()
    return out
  }

  ints(n: number, lo: number, hiExclusive: number): Int32Array {
    const out = new Int32Array(n)
    for (let i = 0; i < n; i++) out[i] = this.int(lo, hiExclusive)
    return out
  }

  uniforms(n: number): Float32Array {
    const out = new Float32Array(n)
    for (let i = 0; i < n; i++) out[i] = this.uniform()
    return out
  }
}

/** A seeded family of streams: `streams.stream("train", 12, "z")`. */
export class Streams {
  constructor(readonly seed: number, readonly prefix: StreamKey = []) {}
  stream(...key: StreamKey): RandomStream {
    return new RandomStream(this.seed, [...this.prefix, ...key])
  }
  /** A sub-family whose streams all start with `key`. */
  child(...key: StreamKey): Streams {
    return new Streams(this.seed, [...this.prefix, ...key])
  }
}

/**
 * Fills out[from .. from + 2·pairs) with the Box–Muller pairs `normals()` would draw from state s and
 * advances s as it would; false (nothing drawn) when it cannot. The native addon's `normalPairs` is one.
 */
export type NormalPairs = (s: Int32Array, out: Float32Array, from: number, pairs: number) => boolean

let fastPairs: NormalPairs | undefined
// below this a native call costs more than the loop
const minFastPairs = 256

/**
 * Lets `normals()` hand whole pairs to `fill` if it agrees with the loop here bit for bit on a few
 * thousand draws of several streams (else, or with undefined, the loop stays). True when it is used.
 */
export const useNormalPairs = (fill: NormalPairs | undefined): boolean => {
  fastPairs = undefined
  if (fill === undefined || !normalPairsAgree(fill)) return false
  fastPairs = fill
  return true
}

/** Whether `fill` draws (it may decline) what `normals()`'s own loop draws, spare handling included, on a few streams. */
export const normalPairsAgree = (fill: NormalPairs): boolean => {
  if (!fill(new Int32Array([1, 2, 3, 4]), new Float32Array(2), 0, 1)) return false
  const saved = fastPairs
  try {
    for (const [seed, n] of [[0, 4097], [1, 2048], [2026, 1001]] as const) {
      const key = ["normalPairsAgree", seed]
      const draw = (f: NormalPairs | undefined) => {
        fastPairs = f
        const stream = new RandomStream(seed, key)
        stream.normal() // leaves a spare, which `normals()` hands out first
        return [...stream.normals(n), ...stream.normals(n), stream.nextUint32()]
      }
      const [want, got] = [draw(undefined), draw(fill)]
      if (want.some((v, i) => !Object.is(v, got[i]))) return false
    }
    return true
  } finally {
    fastPairs = saved
  }
}

/**
 * xoshiro128**'s next output (its 32 bits as an int32) from state s, advanced in place. The state lives in
 * an Int32Array and every step stays in int32 arithmetic: V8 then inlines this into the loops above,
 * where mixed int32/uint32 locals fell back to doubles (normals() ran ~25% faster this way).
 */
const next = (s: Int32Array): number => {
  const s0 = s[0]!, s1 = s[1]!
  const x = Math.imul(s1, 5)
  const result = Math.imul((x << 7) | (x >>> 25), 9)
  const s2 = s[2]! ^ s0, s3 = s[3]! ^ s1
  s[0] = s0 ^ s3
  s[1] = s1 ^ s2
  s[2] = s2 ^ (s1 << 9)
  s[3] = (s3 << 11) | (s3 >>> 21)
  return result
}

/** Uniform on [0, 1) from two outputs: the high 27 bits of the first, then 26 of the second. */
const uniform53 = (s: Int32Array): number => ((next(s) >>> 5) * 67108864 + (next(s) >>> 6)) / 9007199254740992

/** cyrb128: a fast, well-mixed 128-bit hash of a string (public domain, bryc). */
const cyrb128 = (str: string): [number, number, number, number] => {
  let h1 = 1779033703
  let h2 = 3144134277
  let h3 = 1013904242
  let h4 = 2773480762
  for (let i = 0; i < str.length; i++) {
    const k = str.charCodeAt(i)
    h1 = h2 ^ Math.imul(h1 ^ k, 597399067)
    h2 = h3 ^ Math.imul(h2 ^ k, 2869860233)
    h3 = h4 ^ Math.imul(h3 ^ k, 951274213)
    h4 = h1 ^ Math.imul(h4 ^ k, 2716044179)
  }
  h1 = Math.imul(h3 ^ (h1 >>> 18), 597399067)
  h2 = Math.imul(h4 ^ (h2 >>> 22), 2869860233)
  h3 = Math.imul(h1 ^ (h3 >>> 17), 951274213)
  h4 = Math.imul(h2 ^ (h4 >>> 19), 2716044179)
  h1 ^= h2 ^ h3 ^ h4
  h2 ^= h1
  h3 ^= h1
  h4 ^= h1
  return [h1 >>> 0, h2 >>> 0, h3 >>> 0, h4 >>> 0]
}
