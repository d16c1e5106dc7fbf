/**
 * The `sidlab` command as a user runs it (a child process): help and completions (effect/cli's), exit
 * codes 0/1/2, "did you mean", `compile --check` naming a stale file, and `plan --explain` naming the
 * edited stage file.
 */
import assert from "node:assert/strict"
import { spawnSync } from "node:child_process"
import { appendFileSync, mkdtempSync, rmSync } from "node:fs"
import { tmpdir } from "node:os"
import * as path from "node:path"
import { after, describe, it } from "node:test"
import { compile } from "../../../dsl/compiler/main.ts"
import { manifestFor } from "../../../runner/StoreManifest.ts"
import { publishCell } from "../../../runner/StorePublish.ts"
import { repoRoot, tempProject } from "../../dsl/compiler/tempProject.ts"

const sidlab = (...args: Array<string>) => {
  const r = spawnSync(process.execPath, ["--import", "tsx", path.join(repoRoot, "bin/sidlab.ts"), ...args], { encoding: "utf8", cwd: repoRoot })
  return { code: r.status, stdout: r.stdout, stderr: r.stderr }
}

describe("sidlab dispatcher", () => {
  it("--help lists the commands and exits 0", () => {
    const r = sidlab("--help")
    assert.equal(r.code, 0)
    assert.match(r.stdout, /^USAGE\n {2}sidlab <subcommand> \[flags\]$/m)
    assert.match(r.stdout, /^ {2}compile +Compile/m)
    assert.match(r.stdout, /^ {2}plan +Dry run/m)
    assert.match(r.stdout, /^ {2}help +Show help for a command$/m)
  })
  it("no command is a usage error (2) that shows the help on stderr", () => {
    const r = sidlab()
    assert.equal(r.code, 2)
    assert.equal(r.stdout, "")
    assert.match(r.stderr, /^ {2}compile +Compile/m)
  })
  it("--version and -V print the version alone", () => {
    for (const r of [sidlab("--version"), sidlab("-V")]) {
      assert.equal(r.code, 0)
      assert.match(r.stdout, /^\d+\.\d+\.\d+\n$/)
    }
  })
  it("--completions bash prints a completion script that knows the commands and their flags", () => {
    const r = sidlab("--completions", "bash")
    assert.equal(r.code, 0, r.stderr)
    assert.match(r.stdout, /^complete -F _sidlab sidlab$/m)
    assert.match(r.stdout, /compgen -W 'compile plan run status cancel table check baseline plot image report help'/)
    assert.match(r.stdout, /--explain --no-explain/)
  })
  it("an unknown command suggests the closest one", () => {
    const r = sidlab("compil")
    assert.equal(r.code, 2)
    assert.match(r.stderr, /^sidlab: unknown command "compil"; did you mean "compile"\?$/m)
  })
  it("help <command> and <command> --help print the command's usage", () => {
    const pages = [sidlab("help", "plan"), sidlab("plan", "--help")]
    for (const r of pages) {
      assert.equal(r.code, 0)
      assert.match(r.stdout, /^DESCRIPTION\n {2}Dry run: list each cell/)
      assert.match(r.stdout, /^USAGE\n {2}sidlab plan \[flags\] \[<experiment>\]$/m)
      assert.match(r.stdout, /^ {2}--explain +Say why each cell is not cached/m)
    }
    assert.equal(pages[0]!.stdout, pages[1]!.stdout)
  })
  it("help <unknown> is a usage error with a suggestion", () => {
    const r = sidlab("help", "pln")
    assert.equal(r.code, 2)
    assert.match(r.stderr, /^sidlab: unknown command "pln"; did you mean "plan"\?$/m)
  })
  it("an unknown option is a usage error naming it, with the closest option", () => {
    const r = sidlab("compile", "--chek")
    assert.equal(r.code, 2)
    assert.match(r.stderr, /^sidlab compile: unknown option "--chek"; did you mean "--check"\?$/m)
    assert.match(r.stderr, /^Usage: sidlab compile \[flags\]$/m)
    assert.match(r.stderr, /^Run 'sidlab compile --help' for more information\.$/m)
  })
  it("a missing argument and a bad value are usage errors naming the argument or flag", () => {
    const missing = sidlab("run")
    assert.equal(missing.code, 2)
    assert.match(missing.stderr, /^sidlab run: Missing required argument: experiment$/m)
    const bad = sidlab("run", "quickstart", "--jobs", "0")
    assert.equal(bad.code, 2)
    assert.match(bad.stderr, /^sidlab run: Invalid value for flag --jobs: "0"\. Expected: a whole number ≥ 1$/m)
    const local = sidlab("run", "quickstart", "--follow")
    assert.equal(local.code, 2)
    assert.match(local.stderr, /^sidlab run: --follow needs --executor slurm$/m)
  })
  it("a reader that closes the pipe early (`sidlab plan x | head -1`) ends it quietly, exit 0", () => {
    const r = spawnSync("bash", ["-c", `set -o pipefail; "${process.execPath}" --import tsx bin/sidlab.ts plan steps | head -1`], { encoding: "utf8", cwd: repoRoot })
    assert.equal(r.status, 0, r.stderr)
    assert.match(r.stdout, /^steps \(experiments\/steps\.ts\): \d+ cells/)
    assert.doesNotMatch(r.stderr, /EPIPE|Unhandled/)
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
