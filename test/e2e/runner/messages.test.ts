/**
 * The fault audit's findings on messages and leftovers: a killed --jobs worker is named, a dead writer's
 * temp directory is cleaned up, a read-only store is refused before any work, and a bad SIDLAB_BACKEND is
 * a usage error (exit 2) for every command.
 */
import assert from "node:assert/strict"
import { spawn, spawnSync } from "node:child_process"
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs"
import { tmpdir } from "node:os"
import * as path from "node:path"
import { after, describe, it } from "node:test"
import { repoRoot, tempProject } from "../../dsl/compiler/tempProject.ts"

const project = tempProject({ "tiny.ts": "test/fixtures/run/tiny.ts" })
after(() => project.dispose())
const bin = path.join(repoRoot, "bin/sidlab.ts")
const sidlab = (args: ReadonlyArray<string>, env: Readonly<Record<string, string>> = {}) => {
  const r = spawnSync(process.execPath, ["--import", "tsx", bin, ...args], { cwd: project.root, encoding: "utf8", env: { ...process.env, SIDLAB_BACKEND: "wasm", ...env } })
  return { code: r.status, stdout: r.stdout, stderr: r.stderr }
}

describe("a --jobs worker killed by a signal", () => {
  const store = mkdtempSync(path.join(tmpdir(), "sidlab-msg-"))
  after(() => rmSync(store, { recursive: true, force: true }))
  it("is named with its cell in the run's output", async () => {
    const child = spawn(process.execPath, ["--import", "tsx", bin, "run", "tiny", "--jobs", "2", "--root", project.root, "--store", store], {
      cwd: project.root, stdio: ["ignore", "pipe", "pipe"], env: { ...process.env, SIDLAB_BACKEND: "wasm" }
    })
    let stderr = ""
    child.stderr.on("data", (d) => (stderr += String(d)))
    let pid = ""
    const deadline = Date.now() + 60_000
    while (Date.now() < deadline && pid === "") {
      pid = spawnSync("pgrep", ["-f", `cellWorker.ts ${store}`], { encoding: "utf8" }).stdout.trim().split("\n")[0] ?? ""
      await new Promise((r) => setTimeout(r, 50))
    }
    assert.notEqual(pid, "", "no worker started")
    process.kill(Number(pid), "SIGKILL")
    const code = await new Promise((res) => child.on("exit", (c) => res(c)))
    assert.equal(code, 1)
    assert.match(stderr, /cell prefit\/\S+ failed: its worker \(pid \d+\) was killed by SIGKILL/)
    assert.match(stderr, /failed or skipped: prefit\//)
  })
})

describe("leftovers of a writer that died", () => {
  it("are removed by the next run", () => {
    const store = mkdtempSync(path.join(tmpdir(), "sidlab-msg-"))
    try {
      const dead = path.join(store, "cells", ".tmp-0123456789abcdef-" + (spawnSync("hostname", { encoding: "utf8" }).stdout.trim()) + "-4194311-deadbeef")
      mkdirSync(dead, { recursive: true })
      const r = sidlab(["run", "tiny", "--cells", "prefit*", "--root", project.root, "--store", store])
      assert.equal(r.code, 0, r.stderr)
      assert.match(r.stderr, /removed a leftover of a run that died/)
      assert.ok(!existsSync(dead))
      assert.deepEqual(readdirSync(path.join(store, "cells")).filter((n) => n.startsWith(".")), [])
    } finally {
      rmSync(store, { recursive: true, force: true })
    }
  })
})

describe("divergence and forced recomputes", () => {
  it("a diverging prefit fails the run with its iteration and block, and nothing of it is stored", () => {
    const store = mkdtempSync(path.join(tmpdir(), "sidlab-msg-"))
    const file = path.join(project.root, "experiments/tiny.ts")
    const original = readFileSync(file, "utf8")
    try {
      writeFileSync(file, original.replace("prefit: { iterations: 30, batch: 32 }", "prefit: { iterations: 30, batch: 32, lr: 1e30 }"))
      const r = sidlab(["run", "tiny", "--root", project.root, "--store", store])
      assert.equal(r.code, 1, r.stderr)
      assert.match(r.stderr, /prefit diverged at iteration \d+: .*lower prefit\.lr/)
      assert.match(r.stderr, /skipping tiny\//)
      assert.ok(!existsSync(path.join(store, "cells")) || readdirSync(path.join(store, "cells")).length === 0, "nothing published")
    } finally {
      writeFileSync(file, original)
      rmSync(store, { recursive: true, force: true })
    }
  })
  it("--recompute recomputes a stored cell, moving the old result aside", () => {
    const store = mkdtempSync(path.join(tmpdir(), "sidlab-msg-"))
    try {
      assert.equal(sidlab(["run", "tiny", "--cells", "prefit*", "--root", project.root, "--store", store]).code, 0)
      // a published cell's leftover checkpoints are swept too
      const key = readdirSync(path.join(store, "cells")).find((n) => !n.startsWith("."))!
      mkdirSync(path.join(store, "work", key), { recursive: true })
      const r = sidlab(["run", "tiny", "--cells", "prefit*", "--recompute", "prefit*", "--root", project.root, "--store", store])
      assert.equal(r.code, 0, r.stderr)
      assert.match(r.stderr, /recomputing prefit\/\S+: its stored result was moved to .*quarantine/)
      assert.match(r.stdout, /1 cells, 0 cached, 1 to run/)
      assert.ok(!existsSync(path.join(store, "work", key)), "the orphan work folder is removed")
      assert.equal(readFileSync(path.join(store, "publish.log"), "utf8").trim().split("\n").length, 2)
    } finally {
      rmSync(store, { recursive: true, force: true })
    }
  })
})

describe("messages and exit codes", () => {
  it("SIDLAB_BACKEND=bogus is a usage error (2) for run, plan and table alike", () => {
    for (const cmd of [["run", "tiny"], ["plan", "tiny"], ["table", "tiny"]]) {
      const r = sidlab([...cmd, "--root", project.root], { SIDLAB_BACKEND: "bogus" })
      assert.equal(r.code, 2, `${cmd[0]}: ${r.stderr}`)
      assert.match(r.stderr, /bogus/)
    }
  })
  it("a read-only store is refused before any cell runs, naming the store", { skip: process.getuid?.() !== 0 && "needs root to mount" }, () => {
    const mnt = mkdtempSync(path.join(tmpdir(), "sidlab-ro-"))
    try {
      if (spawnSync("mount", ["-t", "tmpfs", "-o", "ro,size=64k", "tmpfs", mnt]).status !== 0) return
      const r = sidlab(["run", "tiny", "--root", project.root, "--store", mnt])
      assert.equal(r.code, 1, r.stderr)
      assert.match(r.stderr, new RegExp(`cannot write to the results store ${mnt}: it is on a read-only file system`))
      assert.doesNotMatch(r.stdout, /▶/, "nothing was computed")
    } finally {
      spawnSync("umount", [mnt])
      rmSync(mnt, { recursive: true, force: true })
    }
  })
})
