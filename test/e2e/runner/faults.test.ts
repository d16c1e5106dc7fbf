/**
 * Fault injection: a run is killed at every point where it changes the store (SIGKILL before and after
 * every rename, SIDLAB_FAULT_AT), and the next run must recover with no stuck state and metrics identical
 * to an uninterrupted run; a full file system fails with a message naming the file, and nothing stored
 * is lost.
 */
import assert from "node:assert/strict"
import { spawnSync } from "node:child_process"
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs"
import { tmpdir } from "node:os"
import * as path from "node:path"
import { after, describe, it } from "node:test"
import { repoRoot, tempProject } from "../../dsl/compiler/tempProject.ts"
import { readMetricsFile } from "../../../stages/internal/metricsArrow.ts"

const project = tempProject({ "tiny.ts": "test/fixtures/run/tiny.ts" })
const file = path.join(project.root, "experiments/tiny.ts")
// a short cell: 8 iterations with 2 checkpoints keeps the number of store writes (and runs) small
writeFileSync(file, readFileSync(file, "utf8").replace("iterations: 40,", "iterations: 8,").replace("samplesPerClass: 30", "samplesPerClass: 10"))
after(() => project.dispose())

const run = (store: string, env: Readonly<Record<string, string>> = {}, cells = "*final*") => {
  const r = spawnSync(process.execPath, ["--import", "tsx", path.join(repoRoot, "bin/sidlab.ts"), "run", "tiny", "--cells", cells, "--root", project.root, "--store", store], {
    cwd: project.root, encoding: "utf8", env: { ...process.env, SIDLAB_BACKEND: "wasm", SIDLAB_CLAIM_TIMEOUT: "2", ...env }
  })
  return { code: r.status, signal: r.signal, stdout: r.stdout, stderr: r.stderr }
}

const distillValues = (store: string) => {
  const cells = path.join(store, "cells")
  for (const key of readdirSync(cells).filter((k) => !k.startsWith("."))) {
    const m = JSON.parse(readFileSync(path.join(cells, key, "manifest.json"), "utf8")) as { kind: string }
    if (m.kind === "distill") return readMetricsFile(path.join(cells, key, "metrics.arrow")).filter((r) => r.phase !== "timing").map((r) => `${r.phase}/${r.k}/${r.metric}=${r.value}`)
  }
  return []
}

describe("killed at every store write", () => {
  const reference = mkdtempSync(path.join(tmpdir(), "sidlab-faults-ref-"))
  const stores: Array<string> = []
  after(() => [reference, ...stores].forEach((s) => rmSync(s, { recursive: true, force: true })))

  it("recovers every time, with identical metrics and nothing left half-done", () => {
    const clean = run(reference)
    assert.equal(clean.code, 0, clean.stderr)
    const expected = distillValues(reference)
    assert.ok(expected.length > 0)
    let point = 1
    for (; point < 200; point++) {
      const store = mkdtempSync(path.join(tmpdir(), "sidlab-faults-"))
      stores.push(store)
      const killed = run(store, { SIDLAB_FAULT_AT: String(point), SIDLAB_FAULT_FILE: path.join(store, "..", `${path.basename(store)}.faults`) })
      rmSync(path.join(store, "..", `${path.basename(store)}.faults`), { force: true })
      // the kill lands in the run itself or in its prefit worker (then the run fails, naming it)
      if (killed.signal !== "SIGKILL" && !/was killed by SIGKILL/.test(killed.stderr)) {
        // past the last write point: the run finished normally
        assert.equal(killed.code, 0, killed.stderr)
        break
      }
      const again = run(store)
      assert.equal(again.code, 0, `after a kill at write ${point}: ${again.stderr}`)
      assert.deepEqual(distillValues(store), expected, `metrics after a kill at write ${point}`)
      assert.deepEqual(readdirSync(path.join(store, "cells")).filter((n) => n.startsWith(".")), [], `no temp directory after a kill at write ${point}`)
      rmSync(store, { recursive: true, force: true })
    }
    assert.ok(point > 10, `expected many write points, found ${point - 1}`)
  })
})

const canMount = (() => {
  if (process.getuid?.() !== 0) return false
  const probe = mkdtempSync(path.join(tmpdir(), "sidlab-mount-"))
  const ok = spawnSync("mount", ["-t", "tmpfs", "-o", "size=64k", "tmpfs", probe]).status === 0
  if (ok) spawnSync("umount", [probe])
  rmSync(probe, { recursive: true, force: true })
  return ok
})()

describe("a full file system", { skip: !canMount && "needs root and tmpfs mounts" }, () => {
  const mnt = mkdtempSync(path.join(tmpdir(), "sidlab-full-"))
  after(() => {
    spawnSync("umount", [mnt])
    rmSync(mnt, { recursive: true, force: true })
  })

  it("fails naming the file, loses nothing stored, and the run completes once there is room", () => {
    assert.equal(spawnSync("mount", ["-t", "tmpfs", "-o", "size=8m", "tmpfs", mnt]).status, 0)
    const store = path.join(mnt, "store")
    mkdirSync(store)
    const prefit = run(store, {}, "prefit*")
    assert.equal(prefit.code, 0, prefit.stderr)
    // fill the file system but for 24 KB: a cell's checkpoints and results no longer fit
    const avail = Number(spawnSync("df", ["--output=avail", "-B1", mnt], { encoding: "utf8" }).stdout.trim().split("\n")[1])
    const filler = path.join(mnt, "filler")
    writeFileSync(filler, Buffer.alloc(Math.max(0, avail - 24 * 1024)))
    const before = readdirSync(path.join(store, "cells")).filter((n) => !n.startsWith(".")).sort()
    const full = run(store)
    assert.equal(full.code, 1, full.stdout + full.stderr)
    assert.match(full.stderr, /no space left on the device/)
    assert.match(full.stderr, new RegExp(`cannot (write|create|publish) ${mnt}`), "the message names a file in the store")
    assert.doesNotMatch(full.stderr, /\n\s+at /, "no stack trace")
    // what was stored before is intact
    assert.deepEqual(readdirSync(path.join(store, "cells")).filter((n) => !n.startsWith(".")).sort(), before)
    rmSync(filler)
    const again = run(store)
    assert.equal(again.code, 0, again.stderr)
    assert.match(run(store).stdout, /2 cells, 2 cached, 0 to run/)
  })
})
