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
  private s0: number
  private s1: number
  private s2: number
  private s3: number
  private spareNormal: number | undefined = undefined

  constructor(seed: number, key: StreamKey) {
    const [a, b, c, d] = cyrb128(`${seed}\u0000${key.map(String).join("\u0000")}`)
    this.s0 = a
    this.s1 = b
    this.s2 = c
    this.s3 = d
    if ((a | b | c | d) === 0) this.s0 = 1
    for (let i = 0; i < 8; i++) this.nextUint32()
  }

  /** A uniform 32-bit unsigned integer. */
  nextUint32(): number {
    const result = Math.imul(rotl(Math.imul(this.s1, 5), 7), 9) >>> 0
    const t = this.s1 << 9
    this.s2 ^= this.s0
    this.s3 ^= this.s1
    this.s1 ^= this.s2
    this.s0 ^= this.s3
    this.s2 ^= t
    this.s3 = rotl(this.s3, 11)
    return result
  }

  /** Uniform on [0, 1) with 53 random bits. */
  uniform(): number {
    const hi = this.nextUint32() >>> 5
    const lo = this.nextUint32() >>> 6
    return (hi * 67108864 + lo) / 9007199254740992
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
   * n draws of `normal()`, the same bits: a whole Box–Muller pair per step with the generator state in
   * locals (a noise draw of the generator's steps was a tenth of a native SiD iteration through `normal()`).
   */
  normals(n: number): Float32Array {
    const out = new Float32Array(n)
    let i = 0
    if (n > 0 && this.spareNormal !== undefined) out[i++] = this.normal()
    let s0 = this.s0, s1 = this.s1, s2 = this.s2, s3 = this.s3
    // nextUint32 and uniform, inlined
    const uniform = (): number => {
      let t = s1 << 9
      const hi = Math.imul(rotl(Math.imul(s1, 5), 7), 9) >>> 5
      s2 ^= s0, s3 ^= s1, s1 ^= s2, s0 ^= s3, s2 ^= t, s3 = rotl(s3, 11)
      t = s1 << 9
      const lo = Math.imul(rotl(Math.imul(s1, 5), 7), 9) >>> 6
      s2 ^= s0, s3 ^= s1, s1 ^= s2, s0 ^= s3, s2 ^= t, s3 = rotl(s3, 11)
      return (hi * 67108864 + lo) / 9007199254740992
    }
    for (; i + 1 < n; i += 2) {
      let u = 0
      while (u === 0) u = uniform()
      const r = Math.sqrt(-2 * Math.log(u))
      const theta = 2 * Math.PI * uniform()
      out[i] = r * Math.cos(theta)
      out[i + 1] = r * Math.sin(theta)
    }
    this.s0 = s0, this.s1 = s1, this.s2 = s2, this.s3 = s3
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

const rotl = (x: number, k: number): number => ((x << k) | (x >>> (32 - k))) >>> 0

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
