/**
 * Every diagnostics fixture in test/fixtures/compiler gets exactly its expected `file:line:col: message`,
 * compiled together in one run (a bad file never stops the others), and the "did you mean" helper.
 */
import assert from "node:assert/strict"
import { readdirSync } from "node:fs"
import * as path from "node:path"
import { before, describe, it } from "node:test"
import { fileURLToPath } from "node:url"
import { closest, editDistance, formatDiagnostic } from "../../../dsl/compiler/Diagnostics.ts"
import { compile, type CompileResult } from "../../../dsl/compiler/main.ts"

const root = fileURLToPath(new URL("../../../", import.meta.url))
const dir = "test/fixtures/compiler"

/** Fixture → its one expected diagnostic. */
const expected: Readonly<Record<string, string>> = {
  "unknown-key.ts": '8:18: unknown key "numStep" in generator; did you mean "numSteps"?',
  "unknown-key-untyped.ts": '4:34: unknown key "tInitt" in generator; did you mean "tInit"?',
  "wrong-type.ts": "8:18: wrong type for generator.numSteps: type 'string' is not assignable to type 'number'",
  "misspelt-literal.ts": '7:53: generator.stepMatching: "unifrom" is not one of "backpropAll", "final", "uniform"; did you mean "uniform"?',
  "misspelt-literal-untyped.ts": '9:41: generator.stepMatching: "unifrom" is not one of "uniform", "final", "backpropAll"; did you mean "uniform"?',
  "kappa-infinite.ts": "7:36: κ in lsg(κ) must be a finite number, got Infinity",
  "kappa-nan.ts": "8:17: guidance.kappa1: expected a finite number, got NaN",
  "k-below-one.ts": "7:41: generator.numSteps: expected a value greater than or equal to 1, got 0",
  "empty-sweep.ts": '7:51: the sweep has no cells (the axis "alpha" has no values)',
  "duplicate-cell.ts": '7:3: duplicate cell: "numSteps: 4" and "stepMatching: uniform" resolve to the same config',
  "where-removes-all.ts": "7:10: the where(...) filter removes all 4 cells of its sweep",
  "table-unknown-axis.ts": '8:33: tables[0].rows[0]: "stepMatchin" is not one of "k", "seed", "stepMatching"; did you mean "stepMatching"?',
  "table-unknown-metric.ts": '8:76: tables[0].metrics[0]: "fid" is not one of "alignment", "coverage", "curve_time_share", "fd", "passes_per_iter", "peak_tensor_mb", "precision", "recall", "sec_per_iter", "teacher_alignment", "teacher_fd"; did you mean "fd"?',
  "check-unknown-value.ts": '8:37: checks[0].cells names the value "finl" of the axis "stepMatching", which does not exist; values: "uniform", "final"; did you mean "final"?',
  "check-no-cell.ts": "8:28: checks[0].cells selects no cell (numSteps: 2, stepMatching: final)",
  "syntax-error.ts": "6:3: syntax error: ',' expected",
  "cycle.ts": "8:3: cells depend on each other in a cycle (each runs after the next): fixture-cycle/stepMatching=final → fixture-cycle/stepMatching=uniform → fixture-cycle/stepMatching=final",
  "no-default-export.ts": "4:20: the file must `export default experiment({...})`",
  "math-random.ts": "4:16: Math.random is not deterministic: an experiment must evaluate to the same plan on every compile and machine",
  "date-now.ts": "4:118: Date.now is not deterministic: an experiment must evaluate to the same plan on every compile and machine",
  "new-date.ts": "4:13: new Date() reads the clock: an experiment must evaluate to the same plan on every compile and machine",
  "performance-now.ts": "5:129: perf.now is not deterministic: an experiment must evaluate to the same plan on every compile and machine",
  "process-env.ts": "6:47: process.env reads the environment: an experiment must evaluate to the same plan on every compile and machine",
  "random-uuid.ts": "4:46: crypto.randomUUID is not deterministic: an experiment must evaluate to the same plan on every compile and machine",
  "import-stages.ts": '3:32: imports "../../../stages/internal/gmm.ts" (stages/internal/gmm.ts), but experiment files may import only dsl/ and helper files beside them',
  "import-node.ts": '2:30: imports the module "node:fs", but experiment files may import only dsl/ and helper files beside them',
  "sweep-too-large.ts": "8:3: the sweep has 1000000 cells, more than the limit of 5000; set maxCells in experiment({...}) to allow more",
  "max-cells.ts": "9:3: the sweep has 8 cells (counted before its where filters), more than its maxCells of 6",
  "unknown-axis-path.ts": '7:15: unknown config path "generator.stepMatch" in axis(...); did you mean "generator.stepMatching"? (nearest valid paths: "generator.stepMatching", "generator.stepWeights", "generator.tInit")',
  "table-unknown-phase.ts": '8:92: tables[0].phases[0]: "befor" is not one of "after", "before", "best", "data"; did you mean "before"?',
  "check-misspelt-value.ts": '8:37: checks[0].cells names the value "finall" of the axis "stepMatching", which does not exist; values: "uniform", "final"; did you mean "final"?',
  "check-unknown-value-untyped.ts": '9:28: checks[0].cells names the value "finl" of the axis "stepMatching", which does not exist; values: "uniform", "final"; did you mean "final"?'
}

describe("diagnostics fixtures", () => {
  let result: CompileResult
  before(async () => {
    const files = readdirSync(path.join(root, dir)).filter((f) => f.endsWith(".ts")).sort().map((f) => `${dir}/${f}`)
    result = await compile(root, { files, write: false })
  })

  it("every fixture file has an expectation", () => {
    const fixtures = readdirSync(path.join(root, dir)).filter((f) => f.endsWith(".ts") && f !== "valid.ts")
    assert.deepEqual(fixtures.sort(), Object.keys(expected).sort())
  })
  for (const [fixture, message] of Object.entries(expected)) {
    it(fixture, () => {
      const got = result.diagnostics.filter((d) => d.file === `${dir}/${fixture}`).map(formatDiagnostic)
      assert.deepEqual(got, [`${dir}/${fixture}:${message}`])
    })
  }
  it("the valid fixture still compiles beside the bad ones", () => {
    assert.deepEqual(result.plans.map((p) => p.experiment), ["fixture-valid"])
    assert.equal(result.exitCode, 1)
  })
})

describe("did you mean", () => {
  it("edit distance", () => {
    assert.equal(editDistance("numStep", "numSteps"), 1)
    assert.equal(editDistance("kitten", "sitting"), 3)
    assert.equal(editDistance("", "abc"), 3)
  })
  it("closest candidate within reach, none when far", () => {
    assert.equal(closest("tInitt", ["tInit", "numSteps"]), "tInit")
    assert.equal(closest("zzzzzz", ["tInit", "numSteps"]), undefined)
  })
})
