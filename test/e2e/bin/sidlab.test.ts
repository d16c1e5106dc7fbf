/**
 * The `sidlab` command as a user runs it (a child process): help, exit codes 0/1/2, "did you mean",
 * `compile --check` naming a stale file, and `plan --explain` naming the edited stage file.
 */
import assert from "node:assert/strict"
import { spawnSync } from "node:child_process"
import { appendFileSync, mkdtempSync, rmSync } from "node:fs"
import { tmpdir } from "node:os"
import * as path from "node:path"
import { after, describe, it } from "node:test"
import { compile } from "../../../dsl/compiler/main.ts"
import { manifestFor, publishCell } from "../../../runner/Store.ts"
import { repoRoot, tempProject } from "../../dsl/compiler/tempProject.ts"

const sidlab = (...args: Array<string>) => {
  const r = spawnSync(process.execPath, ["--import", "tsx", path.join(repoRoot, "bin/sidlab.ts"), ...args], { encoding: "utf8", cwd: repoRoot })
  return { code: r.status, stdout: r.stdout, stderr: r.stderr }
}

describe("sidlab dispatcher", () => {
  it("--help lists the commands and exits 0", () => {
    const r = sidlab("--help")
    assert.equal(r.code, 0)
    assert.match(r.stdout, /^Usage: sidlab <command> \[options\]$/m)
    assert.match(r.stdout, /^ {2}compile +Compile/m)
    assert.match(r.stdout, /^ {2}plan +Dry run/m)
  })
  it("no command is a usage error (2)", () => assert.equal(sidlab().code, 2))
  it("an unknown command suggests the closest one", () => {
    const r = sidlab("compil")
    assert.equal(r.code, 2)
    assert.match(r.stderr, /^sidlab: unknown command "compil"; did you mean "compile"\?$/m)
  })
  it("help <command> and <command> --help print the command's usage", () => {
    for (const r of [sidlab("help", "plan"), sidlab("plan", "--help")]) {
      assert.equal(r.code, 0)
      assert.match(r.stdout, /^Usage: sidlab plan \[experiment\]/)
    }
  })
  it("an unknown option is a usage error naming it", () => {
    const r = sidlab("compile", "--chek")
    assert.equal(r.code, 2)
    assert.match(r.stderr, /^sidlab compile: Unknown option '--chek'$/m)
  })
})

describe("sidlab compile and plan on a project copy", () => {
  const project = tempProject({ "example-sweep.ts": "experiments/example-sweep.ts" })
  const store = mkdtempSync(path.join(tmpdir(), "sidlab-store-"))
  after(() => (project.dispose(), rmSync(store, { recursive: true, force: true })))

  it("compile writes, compile --check passes, then names a stale plan", () => {
    const first = sidlab("compile", "--root", project.root)
    assert.equal(first.code, 0, first.stderr)
    assert.match(first.stdout, /^wrote generated\/example-sweep\.plan\.ts$/m)
    assert.equal(sidlab("compile", "--check", "--root", project.root).code, 0)
    appendFileSync(path.join(project.root, "generated/example-sweep.plan.mmd"), "%% hand edit\n")
    const check = sidlab("compile", "--check", "--root", project.root)
    assert.equal(check.code, 1)
    assert.match(check.stderr, /^generated\/example-sweep\.plan\.mmd is stale \(run sidlab compile\)$/m)
  })

  it("plan --explain: prefit cached, distill cells stale because stages/Loss.ts changed", async () => {
    const { plans } = await compile(project.root, { write: false })
    for (const cell of plans[0]!.cells) publishCell(store, manifestFor(cell, "wasm"), {})
    const before = sidlab("plan", "example-sweep", "--store", store, "--backend", "wasm", "--root", project.root)
    assert.equal(before.code, 0, before.stderr)
    assert.match(before.stdout, /^9 cached, 0 stale, 0 new$/m)
    appendFileSync(path.join(project.root, "stages/Loss.ts"), "\n// edited\n")
    const r = sidlab("plan", "example-sweep", "--explain", "--store", store, "--backend", "wasm", "--root", project.root)
    assert.equal(r.code, 0, r.stderr)
    assert.match(r.stdout, /^1 cached, 8 stale, 0 new$/m)
    assert.match(r.stdout, /^ {2}cached +prefit /m)
    assert.match(r.stdout, /↳ code changed: stages\/Loss\.ts$/m)
  })

  it("plan names an unknown experiment with a suggestion (exit 2)", () => {
    const r = sidlab("plan", "example-swep", "--root", project.root, "--backend", "wasm")
    assert.equal(r.code, 2)
    assert.match(r.stderr, /no experiment named "example-swep"; did you mean "example-sweep"\?/)
  })
})
