/**
 * `sidlab baseline` writes the reviewable text baseline (and the Arrow copy); `sidlab check` reads the
 * text: editing a number in it changes the verdict. Stored metrics are published without training.
 */
import assert from "node:assert/strict"
import { existsSync, readFileSync, rmSync, writeFileSync } from "node:fs"
import * as path from "node:path"
import { test } from "node:test"
import type { DistillCell } from "../../../dsl/Plan.ts"
import { publishMetrics, storedProject } from "./storedResults.ts"

test("sidlab check compares with the text baseline that sidlab baseline wrote", async () => {
  const p = await storedProject({ "checked.ts": "test/fixtures/run/checked.ts" })
  try {
    const plan = p.plan("checked")
    for (const [i, cell] of plan.cells.filter((c): c is DistillCell => c.kind === "distill").entries()) {
      publishMetrics(p.store, plan, cell, [["before", 0], ["after", 80]], (phase, k, metric) => (metric === "fd" ? [0.1, 0.12][i]! : 0.9))
    }
    const base = p.cmd("baseline", "checked")
    assert.equal(base.code, 0, base.stderr)
    assert.match(base.stdout, /wrote generated\/baselines\/checked\.json and \.arrow \(2 cells, 20 values, backend wasm\)/)
    const json = path.join(p.root, "generated/baselines/checked.json")
    const text = readFileSync(json, "utf8")
    assert.match(text, /^ {4}\["checked\/seed=0","after","fd",1,0\.1\],$/m)
    assert.match(text, /^ {4}\["checked\/seed=1","after","fd",1,0\.12\],$/m)

    const pass = p.cmd("check", "checked")
    assert.equal(pass.code, 0, pass.stdout + pass.stderr)
    assert.match(pass.stdout, /^checked \(baseline generated\/baselines\/checked\.json, backend wasm\)$/m)
    assert.match(pass.stdout, /^2 passed, 0 failed$/m)

    // a reviewer's view of a moved baseline: the FD lines now say 0.05; the check reads them
    writeFileSync(json, text.replace('"fd",1,0.1]', '"fd",1,0.05]').replace('"fd",1,0.12]', '"fd",1,0.05]'))
    const fail = p.cmd("check", "checked")
    assert.equal(fail.code, 1)
    assert.match(fail.stdout, /^ {2}FAIL +FD: fd at k=1 \(lower is better\): value 0\.1100 ± [\d.]+ over 2 cells, baseline 0\.0500, tolerance 0\.0100 \(rel 0\.2\)/m)
    assert.match(fail.stderr, /note: generated\/baselines\/checked\.arrow differs from generated\/baselines\/checked\.json; the checks use the \.json/)

    rmSync(json.replace(/\.json$/, ".arrow"))
    const textOnly = p.cmd("check", "checked")
    assert.equal(textOnly.code, 1, "the text file alone decides")
    assert.doesNotMatch(textOnly.stderr, /note:/)
    assert.ok(!existsSync(json.replace(/\.json$/, ".arrow")))
  } finally {
    p.dispose()
  }
})
