/**
 * Tables, baselines and checks end to end on a project copy: the unchanged code passes its checks,
 * tables re-render byte-identically from the same store, and a deliberate regression (α = 10, which
 * makes training diverge from the data) fails `sidlab check` with a readable line.
 */
import assert from "node:assert/strict"
import { spawnSync } from "node:child_process"
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs"
import { tmpdir } from "node:os"
import * as path from "node:path"
import { after, describe, it } from "node:test"
import { repoRoot, tempProject } from "../../dsl/compiler/tempProject.ts"

const sidlab = (cwd: string, ...args: Array<string>) => {
  const r = spawnSync(process.execPath, ["--import", "tsx", path.join(repoRoot, "bin/sidlab.ts"), ...args], { encoding: "utf8", cwd })
  return { code: r.status, stdout: r.stdout, stderr: r.stderr }
}

describe("sidlab table, baseline and check", () => {
  const project = tempProject({ "checked.ts": "test/fixtures/run/checked.ts" })
  const store = mkdtempSync(path.join(tmpdir(), "sidlab-check-"))
  after(() => (project.dispose(), rmSync(store, { recursive: true, force: true })))
  const cmd = (...args: Array<string>) => sidlab(project.root, ...args, "--root", project.root, "--store", store)
  const tableFile = path.join(project.root, "generated/tables/checked.by-seed.md")

  it("check fails clearly before anything ran", () => {
    const r = cmd("check", "checked")
    assert.equal(r.code, 1)
    assert.match(r.stderr, /have no results under their current key/)
    assert.match(r.stdout, /^0 passed, 2 failed$/m)
  })

  it("the unchanged code passes its checks against the baseline it wrote", () => {
    assert.equal(cmd("run", "checked").code, 0)
    const base = cmd("baseline", "checked")
    assert.equal(base.code, 0, base.stderr)
    assert.match(base.stdout, /wrote generated\/baselines\/checked\.json and \.arrow \(2 cells/)
    const r = cmd("check", "checked")
    assert.equal(r.code, 0, r.stdout + r.stderr)
    assert.match(r.stdout, /^ {2}PASS +FD: fd at k=1 \(lower is better\): value [\d.]+ ± [\d.e-]+ over 2 cells, baseline [\d.]+, tolerance [\d.e-]+ \(rel 0\.2\)/m)
    assert.match(r.stdout, /^ {2}INFO +recall \(informational\)/m)
    assert.match(r.stdout, /^2 passed, 0 failed$/m)
  })

  it("tables render to Markdown and LaTeX and re-render byte-identically", () => {
    const first = cmd("table", "checked")
    assert.equal(first.code, 0, first.stderr)
    const md = readFileSync(tableFile, "utf8")
    const tex = readFileSync(tableFile.replace(/\.md$/, ".tex"), "utf8")
    assert.match(md, /^\| seed \| k=1 FD ↓ \| k=1 Align\. ↑ \|$/m)
    assert.match(md, /^\| 0 \| (\*\*)?[\d.]+(\*\*)? \| /m)
    assert.match(tex, /\\begin\{tabular\}\{lrr\}/)
    assert.match(tex, /\\textbf\{/)
    const again = cmd("table", "checked")
    assert.match(again.stdout, /unchanged generated\/tables\/checked\.by-seed\.md/)
    assert.equal(readFileSync(tableFile, "utf8"), md)
  })

  it("a deliberate regression (α = 10) fails the check with a readable line", () => {
    const file = path.join(project.root, "experiments/checked.ts")
    writeFileSync(file, readFileSync(file, "utf8").replace("loss: { alpha: 1 }", "loss: { alpha: 10 }"))
    assert.equal(cmd("run", "checked").code, 0)
    const r = cmd("check", "checked")
    assert.equal(r.code, 1)
    assert.match(r.stdout, /^ {2}FAIL +FD: fd at k=1 \(lower is better\): value [\d.e+]+ ± .* baseline [\d.]+, tolerance/m)
    assert.match(r.stdout, /^\d passed, [12] failed$/m)
  })
})
