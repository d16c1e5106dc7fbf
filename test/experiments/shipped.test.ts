/**
 * The shipped experiments state only what differs from the defaults (dsl/Hyperparams.ts): a value equal
 * to its default would hide which defaults are the recipe, and a new author copies files, not Schemas.
 */
import { test } from "node:test"
import assert from "node:assert/strict"
import { readdirSync } from "node:fs"
import * as path from "node:path"
import { fileURLToPath } from "node:url"
import { decodeCellConfig } from "../../dsl/Hyperparams.ts"
import { isExperiment } from "../../dsl/Experiment.ts"

const dir = fileURLToPath(new URL("../../experiments/", import.meta.url))

/** Every leaf of `base` as [dotted path, value]. */
const leaves = (value: unknown, prefix = ""): Array<[string, unknown]> =>
  typeof value === "object" && value !== null && !Array.isArray(value)
    ? Object.entries(value).flatMap(([k, v]) => leaves(v, prefix === "" ? k : `${prefix}.${k}`))
    : [[prefix, value]]

const at = (value: unknown, dotted: string): unknown =>
  dotted.split(".").reduce<unknown>((v, k) => (typeof v === "object" && v !== null ? (v as Record<string, unknown>)[k] : undefined), value)

test("no shipped experiment (or shared base) sets a field to its default value", async () => {
  const restated: Array<string> = []
  for (const file of readdirSync(dir).filter((f) => f.endsWith(".ts")).sort()) {
    const mod = (await import(path.join(dir, file))) as Record<string, unknown>
    for (const [name, value] of Object.entries(mod)) {
      const base = isExperiment(value) ? value.base : name.endsWith("Base") ? value : undefined
      if (base === undefined || base === null || typeof base !== "object") continue
      const kind = at(base, "teacher.kind")
      const defaults = decodeCellConfig({ teacher: { kind } })
      for (const [p, v] of leaves(base)) {
        // the budget is always stated (it is the experiment's cost, not part of the recipe)
        if (p === "teacher.kind" || p === "budget.iterations") continue
        if (JSON.stringify(at(defaults, p)) === JSON.stringify(v)) restated.push(`${file} ${name}: ${p} = ${JSON.stringify(v)}`)
      }
    }
  }
  assert.deepEqual(restated, [])
})
