/**
 * runner/BackendChoice.ts repeats stages/TensorBackend.ts's choice so that commands choose without tfjs:
 * over every availability and SIDLAB_BACKEND value it agrees with `chooseBackend` wherever that succeeds
 * and leaves every failure to it, and its probes and tables equal TensorBackend's.
 */
import assert from "node:assert/strict"
import { describe, it } from "node:test"
import { Result } from "effect"
import { backendNpm, backendOrder, quickAvailability, quickChoice, quickDetails } from "../../runner/BackendChoice.ts"
import { backendPackages, BackendNames, chooseBackend, probeAvailability, probeDetails } from "../../stages/TensorBackend.ts"

describe("quickChoice", () => {
  it("has TensorBackend's order and packages", () => {
    assert.deepEqual([...backendOrder], [...BackendNames])
    for (const name of BackendNames) assert.equal(backendNpm[name], backendPackages[name].npm)
  })

  it("equals chooseBackend's success for every availability, SIDLAB_BACKEND value and native detail", () => {
    const envs = [undefined, "", " ", "wasm", " native ", "cpu", "tensorflow", "tensorflow-gpu", "gpu", "WASM"]
    let compared = 0
    for (let mask = 0; mask < 1 << BackendNames.length; mask++) {
      const available = Object.fromEntries(BackendNames.map((n, i) => [n, (mask & (1 << i)) !== 0])) as Record<(typeof BackendNames)[number], boolean>
      for (const value of envs) {
        for (const details of [{}, { native: "the native addon is not built" }]) {
          const env = value === undefined ? {} : { SIDLAB_BACKEND: value }
          const full = chooseBackend(env, available, details)
          const quick = quickChoice(env, available, details)
          if (Result.isSuccess(full)) assert.deepEqual(quick, full.success, `${JSON.stringify(env)} ${mask}`)
          else assert.equal(quick, undefined, `${JSON.stringify(env)} ${mask}: failures are TensorBackend's to word`)
          compared++
        }
      }
    }
    assert.equal(compared, 32 * 10 * 2)
  })

  it("probes what TensorBackend probes on this machine", () => {
    assert.deepEqual(quickAvailability(), probeAvailability())
    assert.deepEqual(quickDetails(), probeDetails())
  })
})
