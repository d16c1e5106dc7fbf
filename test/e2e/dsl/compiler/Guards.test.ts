/**
 * The compiler's guards that wait out a limit (fixtures in test/fixtures/compiler/guards/): an endless
 * loop is stopped at the evaluation time limit and a runaway allocation at the worker's heap limit; each
 * becomes a diagnostic and the next file still compiles. The fast guards are in
 * test/dsl/compiler/Guards.test.ts.
 */
import assert from "node:assert/strict"
import { describe, it } from "node:test"
import { formatDiagnostic } from "../../../../dsl/compiler/Diagnostics.ts"
import { compile } from "../../../../dsl/compiler/main.ts"
import { repoRoot } from "../../../dsl/compiler/tempProject.ts"

const dir = "test/fixtures/compiler/guards"
const lines = (r: { diagnostics: ReadonlyArray<Parameters<typeof formatDiagnostic>[0]> }) => r.diagnostics.map(formatDiagnostic)

describe("evaluation guards that wait out a limit", () => {
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

})
