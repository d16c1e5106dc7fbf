/**
 * native/build.mjs never fails an install: without OpenBLAS or without a compiler it prints one line,
 * records why (TensorBackend reports it) and exits 0, leaving no addon behind.
 */
import assert from "node:assert/strict"
import { spawnSync } from "node:child_process"
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs"
import { tmpdir } from "node:os"
import * as path from "node:path"
import { test } from "node:test"
import { fileURLToPath } from "node:url"

const script = fileURLToPath(new URL("../../../native/build.mjs", import.meta.url))

const build = (env: Record<string, string>) => {
  const out = mkdtempSync(path.join(tmpdir(), "sidlab-native-build-"))
  writeFileSync(path.join(out, "sidlab_native.node"), "stale") // a previous build must not survive a failed one
  const r = spawnSync(process.execPath, [script, "--out", out], { encoding: "utf8", env })
  assert.equal(r.status, 0, `exit status: ${r.stderr}`)
  const status = JSON.parse(readFileSync(path.join(out, "status.json"), "utf8")) as { built: boolean; reason: string }
  return { stdout: r.stdout, error: r.error, status, addon: existsSync(path.join(out, "sidlab_native.node")) }
}

test("without OpenBLAS: one line, exit 0, the reason recorded, no addon", () => {
  const r = build({ ...process.env, SIDLAB_BLAS_LIBS: "-lsidlab_no_such_blas" } as Record<string, string>)
  assert.equal(r.error, undefined)
  assert.equal(r.stdout.trim().split("\n").length, 1, r.stdout)
  assert.match(r.stdout, /^sidlab native: not built \(OpenBLAS not found \(install libopenblas-dev\)/)
  assert.match(r.stdout, /sidlab will use the wasm backend\n$/)
  assert.equal(r.status.built, false)
  assert.match(r.status.reason, /OpenBLAS not found/)
  assert.equal(r.addon, false)
})

test("without a compiler: one line, exit 0", () => {
  const r = build({ PATH: "/nonexistent" })
  assert.equal(r.stdout.trim().split("\n").length, 1, r.stdout)
  assert.match(r.stdout, /not built \(no C\+\+ compiler found/)
  assert.equal(r.status.built, false)
  assert.equal(r.addon, false)
})

test("SIDLAB_NATIVE=0 skips the build", () => {
  const r = build({ ...process.env, SIDLAB_NATIVE: "0" } as Record<string, string>)
  assert.match(r.stdout, /not built \(SIDLAB_NATIVE=0\)/)
  assert.equal(r.addon, false)
})
