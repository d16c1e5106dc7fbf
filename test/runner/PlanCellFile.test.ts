/** A worker's cell file: every committed plan's cells decode to themselves; a damaged one names the file and field. */
import assert from "node:assert/strict"
import { mkdtempSync, rmSync, writeFileSync } from "node:fs"
import { tmpdir } from "node:os"
import * as path from "node:path"
import { after, describe, it } from "node:test"
import { pathToFileURL } from "node:url"
import { Result } from "effect"
import { fromPlanFile, type PlanFile } from "../../dsl/Plan.ts"
import { readPlanCell } from "../../runner/PlanCellFile.ts"

const dir = mkdtempSync(path.join(tmpdir(), "sidlab-cellfile-"))
after(() => rmSync(dir, { recursive: true, force: true }))
const generated = path.resolve(import.meta.dirname, "../../generated")

const cellsOf = async (experiment: string) =>
  fromPlanFile(((await import(pathToFileURL(path.join(generated, `${experiment}.plan.ts`)).href)) as { plan: PlanFile }).plan).cells

describe("readPlanCell", () => {
  it("reads back every kind of cell as it was written", async () => {
    const cells = [...(await cellsOf("quickstart")), ...(await cellsOf("sida-vs-sid"))]
    assert.deepEqual(new Set(cells.map((c) => c.kind)), new Set(["prefit", "distill", "autoencoder", "teacher", "evaluator"]))
    for (const cell of cells) {
      const file = path.join(dir, "cell.json")
      writeFileSync(file, JSON.stringify(cell))
      assert.deepEqual(Result.getOrThrow(readPlanCell(file)), JSON.parse(JSON.stringify(cell)), cell.id)
    }
  })

  it("names the file and the first bad field", async () => {
    const [cell] = await cellsOf("quickstart")
    const file = path.join(dir, "bad.json")
    writeFileSync(file, JSON.stringify({ ...cell, planKey: 7 }))
    const read = readPlanCell(file)
    assert.ok(Result.isFailure(read))
    assert.match(read.failure.message, /^cell file .*bad\.json is not a plan cell: field planKey: Expected string/)
  })
})
