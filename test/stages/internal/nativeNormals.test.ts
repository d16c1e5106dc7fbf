/**
 * The addon's Box–Muller pairs (native/src/normals.h) draw what rng.ts's loop draws, bit for bit: they
 * call V8's own Math.log, sin and cos. Checked on many streams, lengths, pending spares and starting
 * offsets, for one thread and two, and against the pinned hash of rng.test.ts with the addon in use.
 */
import assert from "node:assert/strict"
import { createHash } from "node:crypto"
import { after, describe, it } from "node:test"
import { RandomStream, normalPairsAgree, useNormalPairs } from "../../../stages/internal/rng.ts"
import { nativeThreads } from "../../../stages/internal/nativeAddon.ts"
import { native } from "./nativeFixtures.ts"

const skip = native.ok ? false : `native backend unavailable: ${native.reason}`

describe("native normalPairs", { skip }, () => {
  if (!native.ok) return
  const addon = native.addon
  after(() => {
    useNormalPairs(undefined)
    const threads = nativeThreads()
    addon.setThreads(typeof threads === "number" ? threads : 1)
  })

  const draws = (seed: number, key: ReadonlyArray<string | number>, pending: number, lengths: ReadonlyArray<number>) => {
    const s = new RandomStream(seed, key)
    const out: Array<number> = []
    for (let i = 0; i < pending; i++) out.push(s.normal())
    for (const n of lengths) out.push(...s.normals(n))
    out.push(s.nextUint32())
    return out
  }

  it("is accepted by useNormalPairs and agrees with the JavaScript loop on 120 streams, 1 and 2 threads", () => {
    assert.equal(normalPairsAgree(addon.normalPairs), true)
    const cases = Array.from({ length: 120 }, (_, i) => ({
      seed: i * 7919, key: ["case", i, i % 3 === 0 ? "z" : "eps"], pending: i % 3,
      lengths: [512 + 2 * i, 16384 + (i % 5), 3, 4096 + 2 * (i % 7) + 1]
    }))
    useNormalPairs(undefined)
    const want = cases.map((c) => draws(c.seed, c.key, c.pending, c.lengths))
    for (const threads of [1, 2]) {
      addon.setThreads(threads)
      assert.equal(useNormalPairs(addon.normalPairs), true)
      cases.forEach((c, i) => {
        const got = draws(c.seed, c.key, c.pending, c.lengths)
        assert.equal(got.length, want[i]!.length)
        const bad = got.findIndex((v, j) => !Object.is(v, want[i]![j]))
        assert.equal(bad, -1, `case ${i}, ${threads} thread(s): first difference at draw ${bad}`)
      })
    }
  })

  it("keeps rng.test.ts's pinned hash with the addon in use", () => {
    assert.equal(useNormalPairs(addon.normalPairs), true)
    const s = new RandomStream(7, ["pin", 3])
    const a = s.normals(100_001), b = s.normals(2), c = new Float64Array([s.normal(), s.uniform()])
    const h = createHash("sha256").update(new Uint8Array(a.buffer)).update(new Uint8Array(b.buffer)).update(new Uint8Array(c.buffer)).digest("hex")
    assert.equal(h, "766635b3b05fb5cf43665f92dcd84c32390926f7073a88255cc0f7455a418329")
  })

  it("writes only out[from .. from + 2·pairs) and rejects arrays it would overrun or of the wrong type", () => {
    const out = new Float32Array(10).fill(7)
    assert.equal(addon.normalPairs(new Int32Array([1, 2, 3, 4]), out, 3, 2), true)
    assert.deepEqual([...out.slice(0, 3), ...out.slice(7)], [7, 7, 7, 7, 7, 7])
    assert.ok(out.slice(3, 7).every((v) => v !== 7 && Number.isFinite(v)))
    assert.throws(() => addon.normalPairs(new Int32Array(4), new Float32Array(4), 1, 2), /outside its arrays/)
    assert.throws(() => addon.normalPairs(new Int32Array(3), new Float32Array(4), 0, 1), /outside its arrays/)
    assert.throws(() => addon.normalPairs(new Uint32Array(4) as unknown as Int32Array, new Float32Array(4), 0, 1), /Int32Array/)
    assert.throws(() => addon.normalPairs(new Int32Array(4), new Float64Array(4) as unknown as Float32Array, 0, 1), /Float32Array/)
  })
})
