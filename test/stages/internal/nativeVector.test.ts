/**
 * The addon's elementwise loops are compiled to vector code (native/build.mjs: -fno-trapping-math lets
 * GCC vectorise the selects of sigmoid, SiLU, clip and the NaN checks). A value must get the same bits
 * whether it falls in a vector body, a peeled head or the scalar tail of a loop: otherwise a result
 * would depend on where the pool's chunks start, that is on the thread count. Each value computed alone
 * (a one-element call, the scalar path) is compared bit for bit with the same value inside long calls
 * at every alignment.
 */
import assert from "node:assert/strict"
import { describe, it } from "node:test"
import { native, values } from "./nativeFixtures.ts"

const skip = native.ok ? false : `native backend unavailable: ${native.reason}`

// wide values with the special cases the selects exist for: signs of zero, infinities, NaN, the exp
// underflow bound, subnormals, and sigmoid's saturation on both sides
const inputs = (): Float32Array => {
  const special = [0, -0, 1, -1, Infinity, -Infinity, NaN, -87.33654, -87.4, -87.3, 88.8, 1e-40, -1e-40, 20, -20, 3.4e38]
  const wide = Array.from(values(509, 90, 30))
  const small = Array.from(values(251, 91, 1e-3))
  return Float32Array.from([...special, ...wide, ...small])
}

const bitsOf = (f: Float32Array): Array<number> => Array.from(new Uint32Array(f.slice().buffer))

// op, p1, p2 (stages/internal/nativeAddonApi.ts `unary`: 0 sigmoid … 13 SiLU; 9 is clip to [p1, p2])
const unaryOps: ReadonlyArray<readonly [number, number, number]> = [
  [0, 0, 0], [1, 0, 0], [2, 0, 0], [3, 0, 0], [4, 0, 0], [5, 0, 0], [6, 0, 0], [7, 0, 0], [8, 0, 0],
  [9, -2.5, 4], [10, 0, 0], [11, 0, 0], [12, 0, 0], [13, 0, 0]
]

describe("native elementwise loops: vector body, head and tail give the same bits", { skip }, () => {
  it("unary ops, one value at a time against long calls at 16 alignments", () => {
    if (!native.ok) return
    const x = inputs()
    const n = x.length
    const heap = new ArrayBuffer(4 * (2 * n + 64))
    const f = new Float32Array(heap)
    for (const [op, p1, p2] of unaryOps) {
      const alone = new Float32Array(n)
      for (let i = 0; i < n; i++) {
        f[0] = x[i]!
        native.addon.unary(heap, op, 4, 0, 1, p1, p2)
        alone[i] = f[1]!
      }
      for (let shift = 0; shift < 16; shift++) {
        const xAt = shift, outAt = n + 32 + ((shift * 5) % 16)
        f.set(x, xAt)
        native.addon.unary(heap, op, 4 * outAt, 4 * xAt, n, p1, p2)
        assert.deepEqual(bitsOf(f.subarray(outAt, outAt + n)), bitsOf(alone), `op ${op}, shift ${shift}`)
      }
    }
  })

  it("SiLU's gradient, one value at a time against long calls at 16 alignments", () => {
    if (!native.ok) return
    const x = inputs()
    const n = x.length
    const dy = values(n, 92, 3)
    const heap = new ArrayBuffer(4 * (3 * n + 96))
    const f = new Float32Array(heap)
    const alone = new Float32Array(n)
    for (let i = 0; i < n; i++) {
      f[0] = dy[i]!
      f[1] = x[i]!
      native.addon.siluGrad(heap, 8, 0, 4, 1)
      alone[i] = f[2]!
    }
    for (let shift = 0; shift < 16; shift++) {
      const dyAt = shift, xAt = n + 32 + ((shift * 3) % 16), outAt = 2 * n + 64 + ((shift * 7) % 16)
      f.set(dy, dyAt)
      f.set(x, xAt)
      native.addon.siluGrad(heap, 4 * outAt, 4 * dyAt, 4 * xAt, n)
      assert.deepEqual(bitsOf(f.subarray(outAt, outAt + n)), bitsOf(alone), `shift ${shift}`)
    }
  })
})
