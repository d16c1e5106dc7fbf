/**
 * The report reads baselines as `sidlab check` does: the committed text (.json) first; a baseline file
 * named on the command line may be text or Arrow. Every committed baseline's two files hold the same values.
 */
import assert from "node:assert/strict"
import { readdirSync } from "node:fs"
import * as path from "node:path"
import { test } from "node:test"
import { fileURLToPath } from "node:url"
import { baselineValues } from "../../runner/Baselines.ts"
import { committedBaseline, readBaseline } from "../../report/storeAccess.ts"
import type { Plan } from "../../dsl/Plan.ts"

const root = fileURLToPath(new URL("../../", import.meta.url))
const dir = path.join(root, "generated", "baselines")
const experiments = readdirSync(dir).filter((f) => f.endsWith(".json")).map((f) => f.replace(/\.json$/, ""))

test("the committed baseline is the .json text, as sidlab check reads it", () => {
  assert.ok(experiments.length >= 5, `baselines: ${experiments.join(", ")}`)
  for (const e of experiments) {
    const b = committedBaseline(root, { experiment: e } as Plan)
    assert.equal(b?.file, path.join(dir, `${e}.json`))
    assert.ok(b!.rows.length > 0, e)
  }
  assert.equal(committedBaseline(root, { experiment: "no-such-experiment" } as Plan), undefined)
})

test("each committed baseline's .json and .arrow hold the same values, so --against FILE agrees with check", () => {
  for (const e of experiments) {
    const text = baselineValues(readBaseline(path.join(dir, `${e}.json`)))
    const arrow = baselineValues(readBaseline(path.join(dir, `${e}.arrow`)))
    assert.deepEqual(arrow, text, e)
  }
})
