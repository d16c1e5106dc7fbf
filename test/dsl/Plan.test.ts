/**
 * The plan-file layout: code closures listed once and cells pointing at them by hash, losslessly, and the
 * committed generated/ plans consistent with it (every closure hashes to the key its cells name).
 */
import assert from "node:assert/strict"
import { readdirSync } from "node:fs"
import * as path from "node:path"
import { describe, it } from "node:test"
import { pathToFileURL } from "node:url"
import { closureHash, keyParts, planKey } from "../../dsl/compiler/CacheKey.ts"
import { fromPlanFile, type Plan, type PlanCell, type PlanFile, toPlanFile } from "../../dsl/Plan.ts"

const prefitFiles = { "stages/Prefit.ts": "a", "dsl/Hyperparams.ts": "h" }
const distillFiles = { "stages/Train.ts": "b", "dsl/Hyperparams.ts": "h" }
const cell = (id: string, files: Record<string, string>, config: unknown): PlanCell => {
  const parts = keyParts(config, files, { "@tensorflow/tfjs-core": "4.22.0" })
  return { id, name: id, kind: "distill", axes: {}, stages: ["train"], dependsOn: [], planKey: planKey(parts), keyParts: parts, config } as unknown as PlanCell
}
const plan: Plan = {
  experiment: "x", source: "experiments/x.ts", axes: {}, tables: [], checks: [],
  cells: [cell("p", prefitFiles, { a: 1 }), cell("d1", distillFiles, { b: 1 }), cell("d2", distillFiles, { b: 2 })]
}

describe("toPlanFile / fromPlanFile", () => {
  it("lists each distinct closure once, under the hash its cells name", () => {
    const file = toPlanFile(plan)
    assert.deepEqual(Object.keys(file.codeClosures).sort(), [closureHash(prefitFiles), closureHash(distillFiles)].sort())
    assert.deepEqual(file.codeClosures[closureHash(distillFiles)], distillFiles)
    for (const c of file.cells) assert.equal("codeFiles" in c.keyParts, false, c.id)
  })

  it("round-trips to the same plan, keys included", () => {
    assert.deepEqual(fromPlanFile(toPlanFile(plan)), plan)
  })

  it("names the cell whose closure a file does not list", () => {
    const file = toPlanFile(plan)
    const broken: PlanFile = { ...file, codeClosures: { [closureHash(prefitFiles)]: prefitFiles } }
    assert.throws(() => fromPlanFile(broken), /plan x: cell d1 names code closure [0-9a-f]{64}, which the plan does not list/)
  })
})

describe("generated/*.plan.ts", () => {
  const dir = path.resolve(import.meta.dirname, "../../generated")
  const files = readdirSync(dir).filter((f) => f.endsWith(".plan.ts"))
  it("has plans to check", () => assert.ok(files.length > 0))
  for (const f of files) {
    it(`${f}: every closure hashes to its name and every cell's key recomputes from its parts`, async () => {
      const { plan: file } = (await import(pathToFileURL(path.join(dir, f)).href)) as { plan: PlanFile }
      for (const [hash, files] of Object.entries(file.codeClosures)) assert.equal(closureHash(files), hash, `${f}: closure ${hash}`)
      for (const c of fromPlanFile(file).cells) assert.equal(planKey(c.keyParts), c.planKey, `${f}: ${c.id}`)
    })
  }
})
