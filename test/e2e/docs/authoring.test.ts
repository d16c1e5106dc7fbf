/**
 * docs/authoring.md's worked example, run as the guide says (compile, run, table, baseline, check) on a
 * copy of the project, with the networks and budget shrunk so it takes seconds.
 */
import assert from "node:assert/strict"
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs"
import { tmpdir } from "node:os"
import * as path from "node:path"
import { test } from "node:test"
import { fileURLToPath } from "node:url"
import { tempProject } from "../../dsl/compiler/tempProject.ts"
import { sidlab } from "../bin/storedResults.ts"

const guide = readFileSync(fileURLToPath(new URL("../../../docs/authoring.md", import.meta.url)), "utf8")

/** The guide's example file: the ```ts block marked file=experiments/my-mixture.ts. */
const example = (): string => {
  const m = /```ts file=experiments\/my-mixture\.ts\n([\s\S]*?)```/.exec(guide)
  assert.ok(m, "docs/authoring.md has the example block")
  return m[1]!
}

const shrink = (text: string): string => {
  const small = text
    .replace("base: {", "base: {\n    network: { hidden: 16, depth: 2, embedding: 8 }, prefit: { iterations: 20, batch: 32 }, optimizer: { batch: 16 }, evaluation: { samplesPerClass: 20 },")
    .replace("budget: { iterations: 1500 }", "budget: { iterations: 6, checkpointEvery: 3 }")
  assert.notEqual(small, text)
  assert.match(small, /iterations: 6,/, "the example states its budget as the test expects")
  return small
}

test("the authoring guide's example compiles, runs, tabulates, baselines and checks", { timeout: 300_000 }, () => {
  const project = tempProject({})
  const store = mkdtempSync(path.join(tmpdir(), "sidlab-guide-"))
  try {
    writeFileSync(path.join(project.root, "experiments/my-mixture.ts"), shrink(example()))
    const cmd = (...args: Array<string>) => sidlab(project.root, ...args, "--root", project.root, ...(args[0] === "compile" ? [] : ["--store", store]))
    const compiled = cmd("compile")
    assert.equal(compiled.code, 0, compiled.stderr)
    assert.match(compiled.stdout, /compiled 1 experiment, 5 cells/)
    assert.ok(existsSync(path.join(project.root, "generated/my-mixture.plan.ts")))

    const run = cmd("run", "my-mixture")
    assert.equal(run.code, 0, run.stdout + run.stderr)

    const table = cmd("table", "my-mixture")
    assert.equal(table.code, 0, table.stderr)
    assert.match(table.stdout, /^\| guidance \| k=1 FD before ↓ \| k=1 FD after ↓ \| k=1 Align\. before ↑ \| k=1 Align\. after ↑ \| k=2 FD before ↓ /m)
    assert.match(table.stdout, /^\| LSG κ=1\.5 \| /m)

    const base = cmd("baseline", "my-mixture")
    assert.equal(base.code, 0, base.stderr)
    assert.match(readFileSync(path.join(project.root, "generated/baselines/my-mixture.json"), "utf8"), /^ {4}\["my-mixture\/guidance=none,seed=0","after","fd",3,[\d.e-]+\],$/m)

    const check = cmd("check", "my-mixture")
    assert.equal(check.code, 0, check.stdout + check.stderr)
    assert.match(check.stdout, /^ {2}PASS +3-step FD: fd at k=3 /m)
  } finally {
    project.dispose()
    rmSync(store, { recursive: true, force: true })
  }
})
