/**
 * Guidance presets: the κ1..κ4 of each strategy in method.md §4.3, their labels, and argument
 * errors that name the argument. The labels must never reach a decoded config.
 */
import assert from "node:assert/strict"
import { describe, it } from "node:test"
import { antiCfg, DslError, labelOf, longCfg, lsg, noGuidance, shortCfg, zeroCfg } from "../../dsl/index.ts"
import { decodeCellConfig } from "../../dsl/Hyperparams.ts"
import { plainData } from "../../dsl/internal/common.ts"

const kappas = (g: { kappa1: number; kappa2: number; kappa3: number; kappa4: number }) => [g.kappa1, g.kappa2, g.kappa3, g.kappa4]

describe("guidance presets (§4.3 table)", () => {
  it("noGuidance: all 1", () => assert.deepEqual(kappas(noGuidance()), [1, 1, 1, 1]))
  it("longCfg(κ): teacher only", () => assert.deepEqual(kappas(longCfg(3)), [1, 1, 1, 3]))
  it("shortCfg(κ): κ1 only", () => assert.deepEqual(kappas(shortCfg(0.5)), [0.5, 1, 1, 1]))
  it("lsg(κ): the same κ everywhere", () => assert.deepEqual(kappas(lsg(1.5)), [1.5, 1.5, 1.5, 1.5]))
  it("zeroCfg: f_ψ unconditional, teacher unguided", () => assert.deepEqual(kappas(zeroCfg()), [0, 0, 0, 1]))
  it("antiCfg: reading (a) by default, κ1 and κ4 are knobs", () => {
    assert.deepEqual(kappas(antiCfg(-1)), [-1, -1, -1, 1])
    assert.deepEqual(kappas(antiCfg(-0.5, { kappa1: 1, kappa4: 2 })), [1, -0.5, -0.5, 2])
  })
  it("fakePromptDropout is left to the schema unless given", () => {
    assert.equal("fakePromptDropout" in lsg(2), false)
    assert.equal(lsg(2, { fakePromptDropout: 0 }).fakePromptDropout, 0)
  })
})

describe("labels", () => {
  it("each preset carries a human label", () => {
    assert.deepEqual([noGuidance(), longCfg(3), shortCfg(0.5), lsg(1.5), zeroCfg(), antiCfg(-1), antiCfg(-1, { kappa1: 1 })].map(labelOf), [
      "no guidance", "long CFG κ=3", "short CFG κ=0.5", "LSG κ=1.5", "Zero-CFG", "Anti-CFG κ=-1", "Anti-CFG κ=-1 (κ1=1)"
    ])
  })
  it("labels are invisible to spreads, JSON and the decoder", () => {
    const g = lsg(1.5)
    assert.deepEqual(Object.keys(g), ["kappa1", "kappa2", "kappa3", "kappa4"])
    assert.equal(JSON.stringify(g), '{"kappa1":1.5,"kappa2":1.5,"kappa3":1.5,"kappa4":1.5}')
    const cfg = decodeCellConfig(plainData({ teacher: { kind: "gmm" }, guidance: g }))
    assert.equal(cfg.guidance.kappa4, 1.5)
  })
})

describe("argument errors name the argument", () => {
  const cases: ReadonlyArray<readonly [string, () => unknown, string]> = [
    ["lsg(Infinity)", () => lsg(Infinity), "κ in lsg(κ) must be a finite number, got Infinity"],
    ["longCfg(NaN)", () => longCfg(NaN), "κ in longCfg(κ) must be a finite number, got NaN"],
    ["shortCfg(1)", () => shortCfg(1), "κ in shortCfg(κ) must be below 1 (short CFG trains f_ψ with κ1 < 1), got 1"],
    ["antiCfg(0.5)", () => antiCfg(0.5), "κneg in antiCfg(κneg) must be negative (anti-CFG guides f_ψ away from the prompt), got 0.5"],
    ["antiCfg(-1, { kappa4: NaN })", () => antiCfg(-1, { kappa4: NaN }), "kappa4 in antiCfg(κneg, { kappa4 }) must be a finite number, got NaN"]
  ]
  for (const [name, f, message] of cases) {
    it(name, () => assert.throws(f, (e: unknown) => e instanceof DslError && e.message === message))
  }
})
