import { test } from "node:test"
import assert from "node:assert/strict"
import { timeGrid, VP } from "../../../stages/internal/schedule.ts"

// method.md §1.1, reference values table
const table: ReadonlyArray<readonly [t: number, alphaBar: number, a: number, s: number, snr: number]> = [
  [20, 0.9813, 0.9906, 0.1367, 52.5],
  [156, 0.8193, 0.9051, 0.4251, 4.53],
  [249, 0.6754, 0.8218, 0.5697, 2.08],
  [499, 0.2777, 0.5269, 0.8499, 0.384],
  [625, 0.1378, 0.3712, 0.9286, 0.16],
  [749, 0.0566, 0.238, 0.9713, 0.06],
  [979, 0.0059, 0.0769, 0.997, 0.0059],
  [999, 0.00466, 0.0683, 0.9977, 0.0047]
]

test("the scaled-linear VP schedule matches the reference table of §1.1", () => {
  for (const [t, alphaBar, a, s, snr] of table) {
    const close = (got: number, want: number, what: string) =>
      assert.ok(Math.abs(got - want) <= 0.5 * 10 ** -(String(want).split(".")[1]?.length ?? 0) + 1e-12 || Math.abs(got / want - 1) < 5e-3,
        `${what}_${t}: got ${got}, table says ${want}`)
    close(VP.alphaBar[t]!, alphaBar, "alphaBar")
    close(VP.a[t]!, a, "a")
    close(VP.s[t]!, s, "s")
    close(VP.snr[t]!, snr, "snr")
  }
})

test("a_t² + s_t² = 1 and SNR decreases monotonically", () => {
  for (let t = 0; t < 1000; t++) {
    assert.ok(Math.abs(VP.a[t]! ** 2 + VP.s[t]! ** 2 - 1) < 1e-12)
    if (t > 0) assert.ok(VP.snr[t]! < VP.snr[t - 1]!)
  }
})

test("the K-step time grid is floor(tInit·(1 − i/K)) (§2.3)", () => {
  assert.deepEqual(timeGrid(999, 4), [999, 749, 499, 249])
  assert.deepEqual(timeGrid(625, 4), [625, 468, 312, 156])
  assert.deepEqual(timeGrid(625, 1), [625])
  assert.deepEqual(timeGrid(999, 2), [999, 499])
})
