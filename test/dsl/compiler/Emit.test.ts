/**
 * Emit: the deterministic literal printer, the plan file (each code closure once, importable and lossless),
 * the Mermaid graph and the index.
 */
import assert from "node:assert/strict"
import { mkdtempSync, rmSync, writeFileSync } from "node:fs"
import { tmpdir } from "node:os"
import * as path from "node:path"
import { describe, it } from "node:test"
import { pathToFileURL } from "node:url"
import { keyParts, planKey } from "../../../dsl/compiler/CacheKey.ts"
import { header, indexSource, planMermaid, planSource, printValue } from "../../../dsl/compiler/Emit.ts"
import { fromPlanFile, type Plan, type PlanCell, type PlanFile } from "../../../dsl/Plan.ts"

const planTs = new URL("../../../dsl/Plan.ts", import.meta.url).href
const closure = { "stages/Train.ts": "t".repeat(64), "dsl/Hyperparams.ts": "h".repeat(64) }
const cell = (id: string, kind: PlanCell["kind"], dependsOn: ReadonlyArray<string>, config: unknown): PlanCell => {
  const parts = keyParts(config, closure, { "@tensorflow/tfjs-core": "4.22.0" })
  return { id, name: `the "${id}" cell`, kind, axes: {}, stages: ["train"], dependsOn, planKey: planKey(parts), keyParts: parts, config } as unknown as PlanCell
}
const plan: Plan = {
  experiment: "emit",
  source: "experiments/emit.ts",
  axes: { seed: ["0", "1"] },
  cells: [cell("prefit/abc", "prefit", [], { p: 1 }), cell("emit/seed=0", "distill", ["prefit/abc"], { seed: 0 }), cell("emit/seed=1", "distill", ["prefit/abc"], { seed: 1 })],
  tables: [],
  checks: []
}

describe("printValue", () => {
  it("prints known record fields in reading order and any other keys sorted", () => {
    assert.equal(printValue({ zeta: 1, kind: "k", id: "i", alpha: [1, 2] }), '{\n  id: "i",\n  kind: "k",\n  alpha: [1, 2],\n  zeta: 1\n}')
    assert.equal(printValue({ b: 1, a: 2 }), "{\n  a: 2,\n  b: 1\n}")
  })

  it("quotes keys that are not identifiers, drops undefined fields and prints -0 as 0", () => {
    assert.equal(printValue({ "stages/X.ts": "h", ok: undefined, n: -0 }), '{\n  n: 0,\n  "stages/X.ts": "h"\n}')
  })

  it("puts arrays of objects one element a line, indented by depth", () => {
    assert.equal(printValue([{ a: 1 }, []], 1), "[\n    {\n      a: 1\n    },\n    []\n  ]")
  })

  it("refuses values a plan cannot hold", () => {
    assert.throws(() => printValue(Number.POSITIVE_INFINITY), /cannot print the non-finite number Infinity/)
    assert.throws(() => printValue(() => 1), /cannot print a function/)
  })
})

describe("planSource", () => {
  const text = planSource(plan, planTs)

  it("starts with the do-not-edit header and checks itself against PlanFile", () => {
    assert.equal(text.split("\n")[0], header("experiments/emit.ts"))
    assert.match(text, /^import type \{ PlanFile \} from ".*dsl\/Plan\.ts";$/m)
    assert.match(text, /\} as const satisfies PlanFile;\n$/)
  })

  it("lists the shared code closure once, not once per cell", () => {
    assert.equal(text.split('"stages/Train.ts"').length - 1, 1)
    assert.equal(text.split(`code: "${plan.cells[0]!.keyParts.code}"`).length - 1, 3)
    assert.doesNotMatch(text, /codeFiles/)
  })

  it("is a module that reads back as the same plan", async () => {
    const dir = mkdtempSync(path.join(tmpdir(), "sidlab-emit-"))
    try {
      const file = path.join(dir, "emit.plan.ts")
      writeFileSync(file, text)
      const { plan: read } = (await import(pathToFileURL(file).href)) as { plan: PlanFile }
      assert.deepEqual(fromPlanFile(read), plan)
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  })

  it("is byte-stable: the same plan prints the same text", () => {
    assert.equal(planSource(structuredClone(plan), planTs), text)
  })
})

describe("planMermaid", () => {
  it("draws dependency cells as cylinders, distill cells as boxes, edges from dependency to dependant", () => {
    assert.equal(planMermaid(plan), [
      header("experiments/emit.ts", "%%"),
      "flowchart LR",
      '  c0[("prefit/abc<br/>the #quot;prefit/abc#quot; cell")]',
      '  c1["emit/seed=0<br/>the #quot;emit/seed=0#quot; cell"]',
      '  c2["emit/seed=1<br/>the #quot;emit/seed=1#quot; cell"]',
      "  c0 --> c1",
      "  c0 --> c2",
      ""
    ].join("\n"))
  })
})

describe("indexSource", () => {
  it("imports every plan under a safe identifier, sorted by name", () => {
    const text = indexSource(["b-2", "a.1"])
    assert.match(text, /import \{ plan as plan_a_1 \} from "\.\/a\.1\.plan\.ts";\nimport \{ plan as plan_b_2 \} from "\.\/b-2\.plan\.ts";/)
    assert.match(text, /export const plans = \{\n {2}"a\.1": plan_a_1,\n {2}"b-2": plan_b_2\n\} as const;/)
    assert.match(text, /export type PlanName = keyof typeof plans;/)
  })

  it("an empty project exports an empty record", () => assert.match(indexSource([]), /export const plans = \{\} as const;/))
})
