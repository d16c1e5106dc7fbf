/**
 * Expand: sweep points laid over the base config and decoded into distill cells plus the dependency cells
 * they share; every bad config, duplicate and id clash a located one-sentence diagnostic; each unusable
 * sweep outcome reported once.
 */
import assert from "node:assert/strict"
import { describe, it } from "node:test"
import { expandCells, sweepPoints } from "../../../dsl/compiler/Expand.ts"
import type { SweepOutcome } from "../../../dsl/compiler/Evaluate.ts"
import { experimentValue, messages, point, reporterFor } from "./compilerUnit.ts"

// line 4 holds `base`, line 5 `sweep`, line 6 `seeds`
const source = (base: string) => `import { axis, experiment } from "../dsl/index.ts"
export default experiment({
  name: "t",
  base: ${base},
  sweep: axis("generator.stepMatching", ["uniform", "final"]),
  seeds: 1,
  maxCells: 3
})
`
const gmmBase = { teacher: { kind: "gmm", dim: 2, classes: 2 }, generator: { numSteps: 2 } }
const expandOne = (base: Record<string, unknown>, points = [point({ "generator.stepMatching": "uniform" })], text = source("{}")) => {
  const r = reporterFor(text)
  const cells = expandCells(r, experimentValue({ name: "t", base } as never), points)
  return { r, cells }
}

describe("expandCells", () => {
  it("one distill cell per point, every default filled in, all depending on one shared prefit cell listed once", () => {
    const { r, cells } = expandOne(gmmBase, [point({ "generator.stepMatching": "uniform" }), point({ "generator.stepMatching": "final" })])
    assert.deepEqual(r.diagnostics, [])
    assert.deepEqual(cells.map((c) => c.kind), ["prefit", "distill", "distill"])
    const [prefit, uniform, final] = cells
    assert.match(prefit!.id, /^prefit\/[0-9a-f]{12}$/)
    assert.equal(prefit!.name, "prefit mlp 256×3 on gmm D=2 C=2 (1500 iterations)")
    assert.deepEqual(Object.keys(prefit!.config).sort(), ["network", "prefit", "teacher"])
    assert.equal(uniform!.id, "t/stepMatching=uniform")
    assert.equal(uniform!.name, "stepMatching: uniform")
    assert.deepEqual(uniform!.dependsOn, [prefit!.id])
    assert.deepEqual(final!.dependsOn, [prefit!.id])
    assert.deepEqual(uniform!.stages, ["teacherLoad", "train", "evaluate"])
    if (final!.kind !== "distill") assert.fail("not a distill cell")
    assert.equal(final!.config.generator.stepMatching, "final")
    assert.equal(final!.config.generator.numSteps, 2)
    assert.equal(final!.config.generator.tInit, 999)
  })

  it("an axis value replaces the base value at its path and leaves the base untouched", () => {
    const base = { ...gmmBase, generator: { numSteps: 2, stepMatching: "final" } }
    const { cells } = expandOne(base, [point({ "generator.numSteps": 3 })])
    const cell = cells.find((c) => c.kind === "distill")!
    if (cell.kind !== "distill") assert.fail("not a distill cell")
    assert.equal(cell.config.generator.numSteps, 3)
    assert.equal(cell.config.generator.stepMatching, "final")
    assert.equal(base.generator.numSteps, 2)
  })

  it("a point without axes takes the experiment's name as id and name", () => {
    const { cells } = expandOne(gmmBase, [point({}, {})])
    assert.deepEqual(cells.filter((c) => c.kind === "distill").map((c) => [c.id, c.name]), [["t", "t"]])
  })

  it("an image teacher brings an autoencoder, a learned teacher that depends on it, and an evaluator", () => {
    const { r, cells } = expandOne({ teacher: { kind: "fmnist", dim: 8 }, generator: { numSteps: 2 } })
    assert.deepEqual(r.diagnostics, [])
    assert.deepEqual(cells.map((c) => c.kind), ["autoencoder", "teacher", "evaluator", "distill"])
    const [autoencoder, teacher, evaluator, distill] = cells
    assert.deepEqual(teacher!.dependsOn, [autoencoder!.id])
    assert.deepEqual(distill!.dependsOn, [autoencoder!.id, teacher!.id, evaluator!.id])
    assert.match(autoencoder!.name, /^autoencoder 784→\d+→8 on fashion-mnist \(\d+ training images\)/)
  })

  it("an unknown key in base: located at the key, with the nearest name", () => {
    const text = source("{ generator: { numStep: 2 } }")
    const { r, cells } = expandOne({ ...gmmBase, generator: { numStep: 2 } }, undefined, text)
    assert.deepEqual(messages(r), [`4:${text.split("\n")[3]!.indexOf("numStep") + 1}: unknown key "numStep" in generator; did you mean "numSteps"?`])
    assert.deepEqual(cells, [])
  })

  it("a missing required block: says so, at base", () => {
    const { r } = expandOne({ generator: { numSteps: 2 } })
    assert.deepEqual(messages(r), ["4:3: teacher is required but missing"])
  })

  it("a misspelt mode from an axis: names the allowed values and the nearest, at the sweep", () => {
    const { r } = expandOne(gmmBase, [point({ "generator.stepMatching": "unifrom" })])
    assert.deepEqual(messages(r), ['5:3: generator.stepMatching: "unifrom" is not one of "uniform", "final", "backpropAll"; did you mean "uniform"?'])
  })

  it("a value out of range: the field, the Schema's expectation and the value", () => {
    const { r } = expandOne(gmmBase, [point({ "generator.numSteps": 0 })])
    assert.deepEqual(messages(r), ["5:3: generator.numSteps: expected a value greater than or equal to 1, got 0"])
  })

  it("a wrong type: the expectation and the value as written", () => {
    const { r } = expandOne(gmmBase, [point({ "generator.numSteps": "two" })])
    assert.deepEqual(messages(r), ['5:3: generator.numSteps: expected number, got "two"'])
  })

  it("a cross-field check: its own sentence, not an expectation", () => {
    const { r } = expandOne({ ...gmmBase, generator: { tInit: 10 } }, [point({ "generator.numSteps": 999 })])
    assert.deepEqual(messages(r), ["5:3: generator.numSteps: K = 999 steps from tInit = 10 reach timestep 0"])
  })

  it("two points with the same config: one cell and a duplicate diagnostic naming both", () => {
    const { r, cells } = expandOne(gmmBase, [point({ "generator.stepMatching": "uniform" }), point({ "generator.stepMatching": "uniform" }, { other: "x" })])
    assert.deepEqual(messages(r), ['5:3: duplicate cell: "stepMatching: uniform" and "other: x" resolve to the same config'])
    assert.equal(cells.filter((c) => c.kind === "distill").length, 1)
  })

  it("two configs with one id: asks for distinct labels", () => {
    const same = { stepMatching: "s" }
    const { r } = expandOne(gmmBase, [point({ "generator.stepMatching": "uniform" }, same), point({ "generator.stepMatching": "final" }, same)])
    assert.deepEqual(messages(r), ['5:3: two different cells get the id "t/stepMatching=s"; give the axis values distinct labels (axis option "labels")'])
  })
})

describe("sweepPoints", () => {
  const report = (outcome: SweepOutcome) => {
    const r = reporterFor(source("{}"))
    return { points: sweepPoints(r, outcome), messages: messages(r) }
  }

  it("passes the expanded points through without a diagnostic", () => {
    const points = [point({ "generator.numSteps": 1 })]
    assert.deepEqual(report({ kind: "points", points }), { points, messages: [] })
  })

  it("reports each unusable outcome once, at the field that caused it", () => {
    const cases: ReadonlyArray<[SweepOutcome, string]> = [
      [{ kind: "badSeeds", seeds: 0 }, "6:3: seeds must be a whole number ≥ 1, got 0"],
      [{ kind: "badMaxCells", maxCells: 2.5 }, "7:3: maxCells must be a whole number ≥ 1, got 2.5"],
      [{ kind: "tooMany", count: 9, limit: 8, ownLimit: false, filtered: true, hasSweep: true },
        "5:3: the sweep has 9 cells (counted before its where filters), more than the limit of 8; set maxCells in experiment({...}) to allow more"],
      [{ kind: "tooMany", count: 9, limit: 3, ownLimit: true, filtered: false, hasSweep: false }, "6:3: the sweep has 9 cells, more than its maxCells of 3"],
      [{ kind: "sweepError", detail: "the axis is empty" }, "5:3: the axis is empty"],
      [{ kind: "expandFailed", message: "boom", hasSweep: true }, "5:3: expanding the sweep failed: boom"]
    ]
    for (const [outcome, expected] of cases) assert.deepEqual(report(outcome), { points: undefined, messages: [expected] }, outcome.kind)
  })
})
