/**
 * Validate: tables, checks and extra dependencies must name axes, values and metrics that exist and select
 * cells; they resolve to the plan's form (labels, cell ids, directions); a dependency cycle is reported.
 */
import assert from "node:assert/strict"
import { describe, it } from "node:test"
import { type CellDraft, expandCells } from "../../../dsl/compiler/Expand.ts"
import { applyDependencies, axisValues, findCycle, validateChecks, validateTables } from "../../../dsl/compiler/Validate.ts"
import { experimentValue, messages, point, reporterFor } from "./compilerUnit.ts"

// line 5: tables, line 6: checks, line 7: dependencies
const text = `import { axis, experiment } from "../dsl/index.ts"
export default experiment({
  name: "t",
  sweep: axis("generator.stepMatching", ["uniform", "final"]),
  tables: [{ name: "fd", rows: ["stepMatching"], columns: ["k"], metrics: ["fd"], cells: { numSteps: "2" }, k: [1, 2], phases: ["after"] }],
  checks: [{ metric: "fd", cells: { stepMatching: "final" }, k: 2, tolerance: { rel: 0.1 } }],
  dependencies: [{ cells: { stepMatching: "final" }, after: { stepMatching: "uniform" } }]
})
`
const base = { teacher: { kind: "gmm", dim: 2, classes: 2 } }
const points = ["uniform", "final"].flatMap((m) => [1, 2].map((k) => point({ "generator.stepMatching": m, "generator.numSteps": k })))
const setup = (decl: Record<string, unknown>) => {
  const r = reporterFor(text)
  const exp = experimentValue({ name: "t", base, ...decl } as never)
  const cells = expandCells(r, exp, points)
  assert.deepEqual(r.diagnostics, [])
  return { r, exp, cells, axes: axisValues(points) }
}
const table = { name: "fd", rows: ["stepMatching"], columns: ["k"], metrics: ["fd"] }
const check = { metric: "fd", cells: { stepMatching: "final" }, k: 1, tolerance: { rel: 0.1 } }

describe("axisValues", () => {
  it("lists each axis's labels once, in sweep order", () => {
    assert.deepEqual([...axisValues(points)], [["stepMatching", ["uniform", "final"]], ["numSteps", ["1", "2"]]])
  })
})

describe("validateTables", () => {
  it("resolves a valid table, keeping only the fields it declared", () => {
    const { r, exp, cells, axes } = setup({ tables: [{ ...table, cells: { numSteps: 2 }, k: [1, 2] }] })
    assert.deepEqual(validateTables(r, exp, cells, axes), [{ ...table, cells: { numSteps: "2" }, k: [1, 2] }])
    assert.deepEqual(r.diagnostics, [])
  })

  it("reports an unknown axis, a metric that does not exist and an axis on both sides, and drops the table", () => {
    const { r, exp, cells, axes } = setup({ tables: [{ ...table, rows: ["stepMatchin", "k"], metrics: ["fid"] }] })
    assert.deepEqual(validateTables(r, exp, cells, axes), [])
    assert.deepEqual(r.diagnostics.map((d) => d.message), [
      'tables[0].rows names the axis "stepMatchin", which does not exist; axes: "k", "stepMatching", "numSteps"; did you mean "stepMatching"?',
      'tables[0] uses the axis "k" for both rows and columns',
      'tables[0].metrics[0] names the metric "fid", which does not exist; metrics: ' +
        '"fd", "alignment", "precision", "recall", "coverage", "passes_per_iter", "peak_tensor_mb", "teacher_fd", "teacher_alignment", "sec_per_iter", "curve_time_share"; did you mean "fd"?'
    ])
  })

  it("a k above the selected cells' K, an empty phase list and a repeated name", () => {
    const { r, exp, cells, axes } = setup({ tables: [{ ...table, cells: { numSteps: 1 }, k: [2] }, { ...table, phases: [] }] })
    assert.deepEqual(validateTables(r, exp, cells, axes), [])
    assert.deepEqual(messages(r), [
      `5:${text.split("\n")[4]!.indexOf("k: [1, 2]") + 5}: tables[0].k names k = 2, but the selected cells have K = 1 steps at most`,
      // the source declares one table: the second one's problems fall back to \`tables\`
      '5:3: two tables are named "fd"',
      '5:3: tables[1].phases is empty; leave it out for ["after"]'
    ])
  })
})

describe("validateChecks", () => {
  it("resolves a check: the metric's direction, the selected cell ids sorted, a default name", () => {
    const { r, exp, cells, axes } = setup({ checks: [check] })
    assert.deepEqual(validateChecks(r, exp, cells, axes), [{
      name: "fd at k=1 (stepMatching: final)",
      metric: "fd",
      better: "lower",
      cells: { stepMatching: "final" },
      cellIds: ["t/stepMatching=final,numSteps=1", "t/stepMatching=final,numSteps=2"],
      k: 1,
      tolerance: { rel: 0.1 },
      informational: false
    }])
  })

  it("lists the selected cell ids sorted, not in sweep order", () => {
    const { r, exp, cells, axes } = setup({ checks: [{ ...check, cells: { numSteps: 1 } }] })
    assert.deepEqual(validateChecks(r, exp, cells, axes).map((c) => c.cellIds), [["t/stepMatching=final,numSteps=1", "t/stepMatching=uniform,numSteps=1"]])
  })

  it("a value that is no axis value, located at the selector", () => {
    const { r, exp, cells, axes } = setup({ checks: [{ ...check, cells: { stepMatching: "finl" } }] })
    assert.deepEqual(validateChecks(r, exp, cells, axes), [])
    assert.deepEqual(messages(r), [
      `6:${text.split("\n")[5]!.indexOf("stepMatching") + 1}: checks[0].cells names the value "finl" of the axis "stepMatching", which does not exist; values: "uniform", "final"; did you mean "final"?`
    ])
  })

  it("a k beyond the smallest K, two tolerances and a non-finite baseline", () => {
    const { r, exp, cells, axes } = setup({ checks: [{ ...check, k: 2, tolerance: { rel: 0.1, abs: 1 }, baseline: Number.NaN }] })
    assert.deepEqual(validateChecks(r, exp, cells, axes), [])
    assert.deepEqual(r.diagnostics.map((d) => d.message), [
      "checks[0].k = 2 is not a step count of the selected cells (1..1)",
      'checks[0].tolerance must be exactly one of { abs }, { rel } or { sigma } with a finite value ≥ 0, got {"rel":0.1,"abs":1}',
      "checks[0].baseline must be a finite number, got NaN"
    ])
  })
})

describe("validateChecks: relativeTo", () => {
  it("keeps a valid relativeTo and names the ratio", () => {
    const { r, exp, cells, axes } = setup({ checks: [{ ...check, relativeTo: "teacher_fd" }] })
    const [c] = validateChecks(r, exp, cells, axes)
    assert.deepEqual(r.diagnostics, [])
    assert.equal(c!.relativeTo, "teacher_fd")
    assert.equal(c!.name, "fd ÷ teacher_fd at k=1 (stepMatching: final)")
  })

  it("an unknown relativeTo metric is reported, located, and drops the check", () => {
    const { r, exp, cells, axes } = setup({ checks: [{ ...check, relativeTo: "teacher_fid" }] })
    assert.deepEqual(validateChecks(r, exp, cells, axes), [])
    // the source has no relativeTo: the location falls back to the check
    assert.deepEqual(messages(r), [
      `6:${text.split("\n")[5]!.indexOf("{ metric") + 1}: checks[0].relativeTo names the metric "teacher_fid", which does not exist; metrics: ` +
        '"fd", "alignment", "precision", "recall", "coverage", "passes_per_iter", "peak_tensor_mb", "teacher_fd", "teacher_alignment", "sec_per_iter", "curve_time_share"; did you mean "teacher_fd"?'
    ])
  })
})

describe("applyDependencies", () => {
  it("adds an edge from every selected cell to every cell it must run after, sorted", () => {
    const { r, exp, cells, axes } = setup({ dependencies: [{ cells: { numSteps: 2 }, after: { numSteps: 1 } }] })
    const updated = applyDependencies(r, exp, cells, axes)
    assert.deepEqual(r.diagnostics, [])
    const byId = new Map(updated.map((c) => [c.id, c.dependsOn]))
    const prefit = cells[0]!.id
    assert.deepEqual(byId.get("t/stepMatching=final,numSteps=2"), [prefit, "t/stepMatching=final,numSteps=1", "t/stepMatching=uniform,numSteps=1"].sort())
    assert.deepEqual(byId.get("t/stepMatching=final,numSteps=1"), [prefit])
  })

  it("a cell selected on both sides does not wait for itself", () => {
    const { r, exp, cells, axes } = setup({ dependencies: [{ cells: { stepMatching: "final", numSteps: 2 }, after: {} }] })
    const updated = applyDependencies(r, exp, cells, axes)
    assert.deepEqual(r.diagnostics, [])
    for (const c of updated) assert.ok(!c.dependsOn.includes(c.id), c.id)
    assert.equal(updated.find((c) => c.id === "t/stepMatching=final,numSteps=2")!.dependsOn.length, 1 + 3)
  })

  it("reports a cycle, naming the cells around it", () => {
    const { r, exp, cells, axes } = setup({
      dependencies: [{ cells: { stepMatching: "final" }, after: { stepMatching: "uniform" } }, { cells: { stepMatching: "uniform" }, after: { stepMatching: "final" } }]
    })
    applyDependencies(r, exp, cells, axes)
    assert.equal(r.diagnostics.length, 1)
    assert.match(r.diagnostics[0]!.message, /^cells depend on each other in a cycle \(each runs after the next\): (t\/\S+ → )+t\/\S+$/)
  })
})

describe("findCycle", () => {
  const cells = (edges: Record<string, ReadonlyArray<string>>): ReadonlyArray<Pick<CellDraft, "id" | "dependsOn">> =>
    Object.entries(edges).map(([id, dependsOn]) => ({ id, dependsOn }))
  it("finds none in a DAG", () => assert.equal(findCycle(cells({ a: ["b", "c"], b: ["c"], c: [] })), undefined))
  it("returns the cycle from the smallest id, closed", () => assert.deepEqual(findCycle(cells({ a: ["b"], b: ["c"], c: ["a"], d: [] })), ["a", "b", "c", "a"]))
  it("finds a self-loop", () => assert.deepEqual(findCycle(cells({ x: ["x"] })), ["x", "x"]))
})
