/** `sidlab table` in a child process: declared tables printed and written, from metrics published without training. */
import assert from "node:assert/strict"
import { readFileSync } from "node:fs"
import * as path from "node:path"
import { test } from "node:test"
import type { DistillCell } from "../../../dsl/Plan.ts"
import { publishMetrics, storedProject } from "./storedResults.ts"

test("sidlab table quickstart prints its declared before/after table with the data floor", async () => {
  const p = await storedProject({ "quickstart.ts": "experiments/quickstart.ts" })
  try {
    const plan = p.plan("quickstart")
    const cell = plan.cells.find((c): c is DistillCell => c.kind === "distill")!
    // FD falls from 1/k before to 0.01/k after; the floor (k = 0) is 0.004
    publishMetrics(p.store, plan, cell, [["before", 0], ["after", 1500]], (phase, k, metric) =>
      metric === "fd" ? (k === 0 ? 0.004 : (phase === "before" ? 1 : 0.01) / k) : k === 0 ? 1 : (phase === "before" ? 0.5 : 0.9) - k / 100)
    const r = p.cmd("table", "quickstart")
    assert.equal(r.code, 0, r.stderr)
    assert.match(r.stdout, /wrote generated\/tables\/quickstart\.before-after\.md/)
    assert.match(r.stdout, /^\| k \| FD before ↓ \| FD after ↓ \| Align\. before ↑ \| Align\. after ↑ \| Prec\. before ↑ \| Prec\. after ↑ \| Rec\. before ↑ \| Rec\. after ↑ \| Cov\. before ↑ \| Cov\. after ↑ \|$/m)
    assert.match(r.stdout, /^\| k=4 \| \*\*0\.2500\*\* \| \*\*0\.0025\*\* \| 0\.460 \| 0\.860 \| /m)
    assert.match(r.stdout, /^\| data \| 0\.0040 \|  \| 1\.000 \|  \| /m)
    assert.equal(readFileSync(path.join(p.root, "generated/tables/quickstart.before-after.md"), "utf8"), r.stdout.slice(r.stdout.indexOf("<!--")).trimEnd() + "\n")
    assert.doesNotMatch(p.cmd("table", "quickstart", "--quiet").stdout, /\| k=4 \|/, "--quiet prints only the files")
  } finally {
    p.dispose()
  }
})
