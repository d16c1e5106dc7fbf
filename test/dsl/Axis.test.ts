/**
 * Sweep expansion is a pure function: grid order, zip pairing, union concatenation, where filtering,
 * seeds, labels and ids, and the errors for empty, filtered-out, unequal and repeated axes.
 */
import assert from "node:assert/strict"
import { describe, it } from "node:test"
import { axis, DslError, expand, grid, lsg, seeds, SweepError, union, where, zeroCfg, zip } from "../../dsl/index.ts"
import { sweepSize } from "../../dsl/Axis.ts"

const labels = (s: Parameters<typeof expand>[0]) => expand(s).map((p) => p.labels)

describe("axis", () => {
  it("one point per value, assigning the path; the name is the last segment", () => {
    const points = expand(axis("generator.stepMatching", ["uniform", "final"]))
    assert.deepEqual(points.map((p) => p.assignments), [{ "generator.stepMatching": "uniform" }, { "generator.stepMatching": "final" }])
    assert.deepEqual(points.map((p) => p.labels), [{ stepMatching: "uniform" }, { stepMatching: "final" }])
  })
  it("whole blocks take their preset labels and slugs", () => {
    const points = expand(axis("guidance", [lsg(1.5), zeroCfg()]))
    assert.deepEqual(points.map((p) => p.labels.guidance), ["LSG κ=1.5", "Zero-CFG"])
    assert.deepEqual(points.map((p) => p.slugs.guidance), ["lsg1.5", "zero"])
  })
  it("custom names and labels", () => {
    const points = expand(axis("loss.alpha", [1, 1.2], { name: "α", labels: ["SD", "EDM"] }))
    assert.deepEqual(points.map((p) => p.labels), [{ α: "SD" }, { α: "EDM" }])
    assert.throws(() => axis("loss.alpha", [1], { labels: ["a", "b"] }), DslError)
  })
})

describe("grid, zip, union, where, seeds", () => {
  it("grid: cartesian product, first axis slowest", () => {
    assert.deepEqual(labels(grid(axis("generator.numSteps", [1, 2]), axis("generator.stepMatching", ["uniform", "final"]))), [
      { numSteps: "1", stepMatching: "uniform" },
      { numSteps: "1", stepMatching: "final" },
      { numSteps: "2", stepMatching: "uniform" },
      { numSteps: "2", stepMatching: "final" }
    ])
  })
  it("grid() is the single empty point", () => assert.deepEqual(expand(grid()).map((p) => p.assignments), [{}]))
  it("zip: pairs equal-length axes", () => {
    assert.deepEqual(labels(zip(axis("generator.numSteps", [1, 2]), axis("loss.alpha", [1, 1.2]))), [
      { numSteps: "1", alpha: "1" },
      { numSteps: "2", alpha: "1.2" }
    ])
  })
  it("zip: unequal lengths are an error", () => {
    assert.throws(
      () => expand(zip(axis("generator.numSteps", [1, 2]), axis("loss.alpha", [1]))),
      (e: unknown) => e instanceof SweepError && e.reason === "zipLengths" && /lengths 2, 1/.test(e.message)
    )
  })
  it("union: concatenation, rows may have different axes", () => {
    assert.deepEqual(labels(union(axis("generator.numSteps", [1]), axis("loss.alpha", [2, 3]))), [{ numSteps: "1" }, { alpha: "2" }, { alpha: "3" }])
  })
  it("where: keeps the points the predicate accepts, on raw values", () => {
    const s = where(grid(axis("generator.numSteps", [1, 2, 4]), axis("generator.stepMatching", ["uniform", "final"])),
      (c) => !(c.numSteps === 1 && c.stepMatching === "final"))
    assert.equal(expand(s).length, 5)
  })
  it("where that removes every point is an error", () => {
    assert.throws(() => expand(where(axis("generator.numSteps", [1, 2]), () => false)),
      (e: unknown) => e instanceof SweepError && e.reason === "whereRemovedAll")
  })
  it("seeds(n): seeds first..first+n−1 on the `seed` path", () => {
    assert.deepEqual(expand(seeds(3)).map((p) => p.assignments), [{ seed: 0 }, { seed: 1 }, { seed: 2 }])
    assert.deepEqual(expand(seeds(2, 10)).map((p) => p.labels), [{ seed: "10" }, { seed: "11" }])
    assert.throws(() => seeds(0), (e: unknown) => e instanceof DslError && e.message === "n in seeds(n) must be a whole number ≥ 1, got 0")
  })
  it("an empty sweep is an error naming the empty axis", () => {
    assert.throws(() => expand(grid(axis("generator.numSteps", [1]), axis("loss.alpha", []))),
      (e: unknown) => e instanceof SweepError && e.reason === "empty" && e.message === 'the sweep has no cells (the axis "alpha" has no values)')
    assert.throws(() => expand(union()), (e: unknown) => e instanceof SweepError && e.reason === "empty")
  })
  it("the same axis twice in a grid is an error", () => {
    assert.throws(() => expand(grid(axis("loss.alpha", [1]), axis("loss.alpha", [2]))),
      (e: unknown) => e instanceof SweepError && e.reason === "duplicateAxis")
  })
  it("records where each assignment was written", () => {
    const [p] = expand(axis("loss.alpha", [1]))
    assert.match(p!.origins["loss.alpha"]!.site ?? "", /test\/dsl\/Axis\.test\.ts:\d+:\d+$/)
  })
})

describe("sweepSize (counted without expanding)", () => {
  it("products, sums, the longest zip, and where as an upper bound; equal to the expansion when unfiltered", () => {
    const a = axis("generator.numSteps", [1, 2, 3])
    const b = axis("generator.stepMatching", ["uniform", "final"])
    const s = union(grid(a, b, seeds(2)), zip(axis("loss.alpha", [1, 2]), axis("loss.tMin", [0, 1])))
    assert.equal(sweepSize(s), 3 * 2 * 2 + 2)
    assert.equal(sweepSize(s), expand(s).length)
    assert.equal(sweepSize(where(grid(a, b), (r) => r.numSteps > 2)), 6)
    assert.equal(sweepSize(grid()), 1)
  })
  it("a 10^9-cell grid is counted instantly", () => {
    const ten = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10]
    const axes = (["loss.alpha", "loss.tMin", "generator.numSteps", "generator.tInit", "network.hidden", "network.depth", "network.embedding", "optimizer.batch", "budget.iterations"] as const).map((p) => axis(p as "loss.alpha", ten))
    assert.equal(sweepSize(grid(...axes)), 1e9)
  })
})
