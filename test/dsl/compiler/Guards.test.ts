/**
 * The compiler's guards against experiment files that misbehave when evaluated (fixtures in
 * test/fixtures/compiler/guards/): a throw inside a helper import cycle is located in the helper; a helper's
 * non-determinism is reported in the helper; a reused experiment name is reported in the new file;
 * the compile-wide sweep-size limit. The endless loop and the runaway allocation, which wait out a time
 * or memory limit, are in test/e2e/dsl/compiler/Guards.test.ts.
 */
import assert from "node:assert/strict"
import { readFileSync, writeFileSync } from "node:fs"
import * as path from "node:path"
import { before, describe, it } from "node:test"
import { formatDiagnostic } from "../../../dsl/compiler/Diagnostics.ts"
import { compile, type CompileResult } from "../../../dsl/compiler/main.ts"
import { repoRoot, tempProject } from "./tempProject.ts"

const dir = "test/fixtures/compiler/guards"
const lines = (r: { diagnostics: ReadonlyArray<Parameters<typeof formatDiagnostic>[0]> }) => r.diagnostics.map(formatDiagnostic)

describe("evaluation guards", () => {
  // Three files that each fail before a plan, in one compile (a compile costs seconds: ts-morph, a worker):
  // each test reads its file's line, and the last one that nothing else was reported.
  const failing = [`${dir}/helper-random.ts`, `${dir}/tdz-cycle.ts`, "test/fixtures/compiler/valid.ts"]
  let shared: CompileResult
  before(async () => {
    shared = await compile(repoRoot, { files: failing, write: false, maxCells: 4 })
  })
  const tdz = `${dir}/_tdz-defaults.ts:4:39: evaluating the file failed: Cannot access 'teacher' before initialization (while evaluating ${dir}/tdz-cycle.ts)`
  const random = `${dir}/_random-base.ts:4:37: Math.random is not deterministic: an experiment must evaluate to the same plan on every compile and machine`
  const tooMany = "test/fixtures/compiler/valid.ts:7:3: the sweep has 8 cells, more than the limit of 4; set maxCells in experiment({...}) to allow more"

  it("a temporal-dead-zone error in a helper import cycle is located in the helper, not at 1:1", () => {
    assert.deepEqual(lines(shared).filter((l) => l.includes("tdz")), [tdz])
  })

  it("Math.random in a helper file is reported in the helper, and the experiment gets no plan", () => {
    assert.deepEqual(lines(shared).filter((l) => l.includes("random")), [random])
    assert.deepEqual(shared.plans, [])
  })

  it("the compile-wide limit on sweep size (CompileOptions.maxCells)", () => {
    assert.deepEqual(lines(shared).filter((l) => l.startsWith("test/fixtures/compiler/valid.ts")), [tooMany])
  })

  it("those three files give those three lines and nothing else, in file order", () => {
    assert.deepEqual(lines(shared), [random, tdz, tooMany])
  })
})

describe("duplicate experiment names", () => {
  it("are reported in the file that declared the name second (not the one whose plan is in generated/)", async () => {
    const project = tempProject({ "dup-old.ts": `${dir}/dup-old.ts` })
    try {
      const first = await compile(project.root)
      assert.deepEqual(lines(first), [])
      assert.match(readFileSync(path.join(project.root, "generated/fixture-dup.plan.ts"), "utf8"), /generated from experiments\/dup-old\.ts/)
      // the new file sorts first, so it is compiled first
      const text = readFileSync(path.join(repoRoot, dir, "dup-a-new.ts"), "utf8")
      writeFileSync(path.join(project.root, "experiments/dup-a-new.ts"), text.replace('"../../../../dsl/', '"../dsl/'))
      const second = await compile(project.root, { write: false })
      assert.deepEqual(lines(second), ['experiments/dup-a-new.ts:5:3: the experiment name "fixture-dup" is already used by experiments/dup-old.ts'])
    } finally {
      project.dispose()
    }
  })
})
