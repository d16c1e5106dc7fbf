/**
 * Plan freshness (Freshness.ts): after a compile, the plans read back from generated/ equal the compiled
 * ones (planKeys included); editing an experiment, a stage file, a generated plan, or adding a .ts file
 * or an experiment makes them stale, and undoing the edit makes them fresh again.
 */
import assert from "node:assert/strict"
import { readFileSync, rmSync, writeFileSync } from "node:fs"
import * as path from "node:path"
import { after, before, describe, it } from "node:test"
import { freshPlans, inputsFile, parsePlanSource } from "../../../dsl/compiler/Freshness.ts"
import { compile } from "../../../dsl/compiler/main.ts"
import type { Plan } from "../../../dsl/Plan.ts"
import { tempProject } from "./tempProject.ts"

/** What a plan is once printed: the printer drops undefined fields. */
const asPrinted = (plans: ReadonlyArray<Plan>): unknown => JSON.parse(JSON.stringify(plans))

describe("freshPlans", () => {
  const project = tempProject({ "valid.ts": "test/fixtures/compiler/valid.ts", "example-sweep.ts": "experiments/example-sweep.ts" })
  const abs = (f: string) => path.join(project.root, f)
  const read = (f: string) => readFileSync(abs(f), "utf8")
  let compiled: ReadonlyArray<Plan>
  before(async () => {
    const r = await compile(project.root)
    assert.deepEqual(r.diagnostics, [])
    assert.ok(r.written.includes(inputsFile), "compile writes generated/inputs.json")
    compiled = r.plans
  })
  after(() => project.dispose())

  /** Applies an edit, expects stale plans, undoes it, expects fresh plans again. */
  const staleWhile = (edit: () => void, undo: () => void): void => {
    edit()
    try {
      assert.equal(freshPlans(project.root), undefined)
    } finally {
      undo()
    }
    assert.notEqual(freshPlans(project.root), undefined)
  }

  it("reads back exactly the compiled plans, in compile order", () => {
    const fresh = freshPlans(project.root)
    assert.ok(fresh !== undefined)
    assert.deepEqual(fresh.map((p) => p.experiment), compiled.map((p) => p.experiment))
    assert.deepEqual(asPrinted(fresh), asPrinted(compiled))
    assert.deepEqual(fresh.flatMap((p) => p.cells.map((c) => c.planKey)), compiled.flatMap((p) => p.cells.map((c) => c.planKey)))
  })

  it("an edited experiment file makes them stale", () => {
    const text = read("experiments/valid.ts")
    staleWhile(() => writeFileSync(abs("experiments/valid.ts"), text.replace("seeds: 2", "seeds: 3")), () => writeFileSync(abs("experiments/valid.ts"), text))
  })

  it("an edited stage file (the cache keys hash it) makes them stale", () => {
    const text = read("stages/Loss.ts")
    staleWhile(() => writeFileSync(abs("stages/Loss.ts"), `${text}\n// an edit\n`), () => writeFileSync(abs("stages/Loss.ts"), text))
  })

  it("a new .ts file under stages/ or a new experiment makes them stale", () => {
    staleWhile(() => writeFileSync(abs("stages/internal/newHelper.ts"), "export const x = 1\n"), () => rmSync(abs("stages/internal/newHelper.ts")))
    const text = read("experiments/example-sweep.ts").replace('name: "example-sweep"', 'name: "another"')
    staleWhile(() => writeFileSync(abs("experiments/another.ts"), text), () => rmSync(abs("experiments/another.ts")))
  })

  it("an edited generated plan or record makes them stale", () => {
    const plan = read("generated/fixture-valid.plan.ts")
    staleWhile(() => writeFileSync(abs("generated/fixture-valid.plan.ts"), plan.replace(/planKey: "[0-9a-f]/, 'planKey: "x')), () => writeFileSync(abs("generated/fixture-valid.plan.ts"), plan))
    const record = read(inputsFile)
    staleWhile(() => writeFileSync(abs(inputsFile), record.replace(/"typescript": "[^"]*"/, '"typescript": "0.0.0"')), () => writeFileSync(abs(inputsFile), record))
    staleWhile(() => rmSync(abs(inputsFile)), () => writeFileSync(abs(inputsFile), record))
  })

  it("a plan file with CRLF line endings reads the same", () => {
    const text = read("generated/example-sweep.plan.ts")
    assert.deepEqual(parsePlanSource(text.replace(/\n/g, "\r\n")), parsePlanSource(text))
    assert.equal(parsePlanSource("export const x = 1\n"), undefined)
  })
})
