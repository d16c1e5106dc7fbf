/**
 * The compiler's guards against experiment files that misbehave when evaluated (fixtures in
 * test/fixtures/compiler/guards/): an endless loop and a runaway allocation become diagnostics and the
 * next file still compiles; a throw inside a helper import cycle is located in the helper; a helper's
 * non-determinism is reported in the helper; a reused experiment name is reported in the new file;
 * the compile-wide sweep-size limit.
 */
import assert from "node:assert/strict"
import { readFileSync, writeFileSync } from "node:fs"
import * as path from "node:path"
import { describe, it } from "node:test"
import { formatDiagnostic } from "../../../dsl/compiler/Diagnostics.ts"
import { compile } from "../../../dsl/compiler/main.ts"
import { repoRoot, tempProject } from "./tempProject.ts"

const dir = "test/fixtures/compiler/guards"
const lines = (r: { diagnostics: ReadonlyArray<Parameters<typeof formatDiagnostic>[0]> }) => r.diagnostics.map(formatDiagnostic)

describe("evaluation guards", () => {
  it("an endless loop is stopped after the time limit, and the next file still compiles", async () => {
    const started = Date.now()
    const r = await compile(repoRoot, { files: [`${dir}/endless-loop.ts`, "test/fixtures/compiler/valid.ts"], write: false, evaluationTimeoutMs: 3000 })
    assert.deepEqual(lines(r), [`${dir}/endless-loop.ts:1:1: evaluation did not finish within 3 s (an endless loop?)`])
    assert.deepEqual(r.plans.map((p) => p.experiment), ["fixture-valid"])
    assert.ok(Date.now() - started < 60_000)
  })

  it("a runaway allocation hits the heap limit and becomes a diagnostic", async () => {
    const r = await compile(repoRoot, { files: [`${dir}/memory.ts`, "test/fixtures/compiler/valid.ts"], write: false, evaluationMemoryMb: 64 })
    assert.deepEqual(lines(r), [`${dir}/memory.ts:1:1: evaluation ran out of memory (the limit is 64 MB)`])
    assert.deepEqual(r.plans.map((p) => p.experiment), ["fixture-valid"])
  })

  it("a temporal-dead-zone error in a helper import cycle is located in the helper, not at 1:1", async () => {
    const r = await compile(repoRoot, { files: [`${dir}/tdz-cycle.ts`], write: false })
    assert.deepEqual(lines(r), [
      `${dir}/_tdz-defaults.ts:4:39: evaluating the file failed: Cannot access 'teacher' before initialization (while evaluating ${dir}/tdz-cycle.ts)`
    ])
  })

  it("Math.random in a helper file is reported in the helper, and the experiment gets no plan", async () => {
    const r = await compile(repoRoot, { files: [`${dir}/helper-random.ts`], write: false })
    assert.deepEqual(lines(r), [
      `${dir}/_random-base.ts:4:37: Math.random is not deterministic: an experiment must evaluate to the same plan on every compile and machine`
    ])
    assert.deepEqual(r.plans, [])
  })

  it("the compile-wide limit on sweep size (CompileOptions.maxCells)", async () => {
    const r = await compile(repoRoot, { files: ["test/fixtures/compiler/valid.ts"], write: false, maxCells: 4 })
    assert.deepEqual(lines(r), [
      "test/fixtures/compiler/valid.ts:7:3: the sweep has 8 cells, more than the limit of 4; set maxCells in experiment({...}) to allow more"
    ])
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
