/**
 * Extract: each file is type-checked, purity-checked and (only when clean) evaluated in the worker; a bad
 * file never stops the others, results keep the given order, and every problem is a located diagnostic.
 */
import assert from "node:assert/strict"
import * as path from "node:path"
import { before, describe, it } from "node:test"
import { fileURLToPath } from "node:url"
import { extract, type ExtractedFile } from "../../../dsl/compiler/Extract.ts"

const root = fileURLToPath(new URL("../../../", import.meta.url))
const names = ["valid.ts", "syntax-error.ts", "wrong-type.ts", "math-random.ts", "no-default-export.ts", "kappa-infinite.ts"]

describe("extract", () => {
  const byName = new Map<string, ExtractedFile>()
  let order: ReadonlyArray<string> = []
  before(async () => {
    const files = await extract(root, names.map((n) => path.join(root, "test/fixtures/compiler", n)))
    order = files.map((f) => f.file)
    for (const [i, f] of files.entries()) byName.set(names[i]!, f)
  })
  const located = (name: string) => byName.get(name)!.diagnostics.map((d) => `${d.file}:${d.line}:${d.col}: ${d.message}`)

  it("keeps the given order and names files relative to the root", () => {
    assert.deepEqual(order, names.map((n) => `test/fixtures/compiler/${n}`))
  })

  it("evaluates a clean file into its experiment and expanded sweep", () => {
    const f = byName.get("valid.ts")!
    assert.deepEqual(f.diagnostics, [])
    assert.equal(f.experiment?.name, "fixture-valid")
    assert.equal(f.sweep?.kind, "points")
    // 2 guidance × 2 step matchings × 2 seeds
    assert.equal(f.sweep?.kind === "points" ? f.sweep.points.length : 0, 8)
  })

  it("a syntax error is reported alone and the file is not evaluated", () => {
    const f = byName.get("syntax-error.ts")!
    assert.deepEqual(located("syntax-error.ts"), ["test/fixtures/compiler/syntax-error.ts:6:3: syntax error: ',' expected"])
    assert.equal(f.experiment, undefined)
    assert.equal(f.sweep, undefined)
  })

  it("a type error names the config path and blocks evaluation", () => {
    assert.deepEqual(located("wrong-type.ts"), ["test/fixtures/compiler/wrong-type.ts:8:18: wrong type for generator.numSteps: type 'string' is not assignable to type 'number'"])
    assert.equal(byName.get("wrong-type.ts")!.experiment, undefined)
  })

  it("a non-deterministic call blocks evaluation", () => {
    assert.match(located("math-random.ts")[0]!, /^test\/fixtures\/compiler\/math-random\.ts:4:16: Math\.random is not deterministic/)
    assert.equal(byName.get("math-random.ts")!.experiment, undefined)
  })

  it("a file that evaluates to no default experiment says what it must export", () => {
    assert.deepEqual(located("no-default-export.ts"), ["test/fixtures/compiler/no-default-export.ts:4:20: the file must `export default experiment({...})`"])
  })

  it("a DSL call that throws while evaluating is reported at its line in the file, in the DSL's words", () => {
    assert.deepEqual(located("kappa-infinite.ts"), ["test/fixtures/compiler/kappa-infinite.ts:7:36: κ in lsg(κ) must be a finite number, got Infinity"])
    assert.equal(byName.get("kappa-infinite.ts")!.experiment, undefined)
  })
})
