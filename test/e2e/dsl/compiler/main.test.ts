/**
 * compile() over several compiles of one temporary project: byte-stable output across two compiles, an
 * edited experiment file re-read in the same process, and `check` mode naming stale, missing and extra
 * files. The single-compile tests are in test/dsl/compiler/main.test.ts.
 */
import assert from "node:assert/strict"
import { existsSync, readFileSync, rmSync, writeFileSync } from "node:fs"
import * as path from "node:path"
import { after, before, describe, it } from "node:test"
import { compile } from "../../../../dsl/compiler/main.ts"
import { tempProject } from "../../../dsl/compiler/tempProject.ts"

describe("compile, again and again", () => {
  const project = tempProject({ "valid.ts": "test/fixtures/compiler/valid.ts", "example-sweep.ts": "experiments/example-sweep.ts" })
  const read = (f: string) => readFileSync(path.join(project.root, f), "utf8")
  before(async () => {
    assert.deepEqual((await compile(project.root)).diagnostics, [])
  })
  after(() => project.dispose())

  it("compiling twice gives byte-identical files", async () => {
    const files = ["generated/fixture-valid.plan.ts", "generated/fixture-valid.plan.mmd", "generated/index.ts"]
    const first = files.map(read)
    const again = await compile(project.root)
    assert.deepEqual(again.written, [])
    assert.deepEqual(files.map(read), first)
  })

  it("an edited experiment file is re-read in the same process; _helpers are not experiments", async () => {
    const file = path.join(project.root, "experiments/valid.ts")
    const original = read("experiments/valid.ts")
    writeFileSync(file, original.replace("seeds: 2", "seeds: 3"))
    writeFileSync(path.join(project.root, "experiments/_shared.ts"), "export const shared = 1\n")
    try {
      const r = await compile(project.root, { write: false })
      assert.deepEqual(r.diagnostics, [])
      assert.equal(r.plans.find((p) => p.experiment === "fixture-valid")!.cells.length, 1 + 2 * 2 * 3)
    } finally {
      writeFileSync(file, original)
      rmSync(path.join(project.root, "experiments/_shared.ts"))
    }
  })

  it("check mode: clean, then names a stale, a missing and an extra file", async () => {
    assert.deepEqual((await compile(project.root, { check: true })).problems, [])
    writeFileSync(path.join(project.root, "generated/fixture-valid.plan.ts"), `${read("generated/fixture-valid.plan.ts")}// edited\n`)
    writeFileSync(path.join(project.root, "generated/old.plan.mmd"), "")
    rmSync(path.join(project.root, "generated/example-sweep.plan.mmd"))
    const r = await compile(project.root, { check: true })
    assert.equal(r.exitCode, 1)
    assert.deepEqual(r.problems, [
      "generated/example-sweep.plan.mmd is missing (run sidlab compile)",
      "generated/fixture-valid.plan.ts is stale (run sidlab compile)",
      "generated/old.plan.mmd has no experiment any more (run sidlab compile to remove it)"
    ])
    await compile(project.root)
    assert.deepEqual((await compile(project.root, { check: true })).problems, [])
    assert.equal(existsSync(path.join(project.root, "generated/old.plan.mmd")), false)
  })
})
