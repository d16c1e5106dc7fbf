#!/usr/bin/env node
// Builds the optional native kernel addon (native/sidlab_native.cc → native/build/sidlab_native.node)
// with the system C++ compiler against OpenBLAS. Run by `npm ci` / `npm install` (package.json "install").
//
// Never fails the install: when the compiler, the Node headers or OpenBLAS are missing, it prints one
// line, records why in native/build/status.json (TensorBackend reports it) and exits 0; sidlab then runs
// on wasm. To get the native backend on Debian/Ubuntu: apt-get install g++ libopenblas-dev, then
// `node native/build.mjs` (or `npm rebuild sidlab` / `npm ci`).
//
// Environment: SIDLAB_NATIVE=0 skips the build; CXX picks the compiler; SIDLAB_BLAS_LIBS replaces the
// linker flags for the BLAS (default: pkg-config openblas, else -lopenblas, else -l:libopenblas.so.0).
// `--out DIR` builds into DIR instead of native/build (the tests use it).
import { execFileSync, spawnSync } from "node:child_process"
import { existsSync, mkdirSync, renameSync, rmSync, writeFileSync } from "node:fs"
import { homedir } from "node:os"
import path from "node:path"
import { fileURLToPath } from "node:url"

const here = path.dirname(fileURLToPath(import.meta.url))
const source = path.join(here, "sidlab_native.cc")
const outFlag = process.argv.indexOf("--out")
const outDir = outFlag > 0 && process.argv[outFlag + 1] ? path.resolve(process.argv[outFlag + 1]) : path.join(here, "build")
const target = path.join(outDir, "sidlab_native.node")
const statusFile = path.join(outDir, "status.json")

const say = (line) => console.log(`sidlab native: ${line}`)

/** Records the outcome; TensorBackend reads `reason` to say why `native` is unavailable. */
const finish = (built, reason, extra = {}) => {
  mkdirSync(outDir, { recursive: true })
  if (!built) rmSync(target, { force: true }) // never leave a stale addon behind a failed build
  writeFileSync(statusFile, JSON.stringify({ built, reason, node: process.version, date: new Date().toISOString(), ...extra }, null, 2) + "\n")
  say(built ? reason : `not built (${reason}); sidlab will use the wasm backend`)
  process.exit(0)
}

const run = (cmd, args) => spawnSync(cmd, args, { encoding: "utf8" })

if (process.env.SIDLAB_NATIVE === "0") finish(false, "SIDLAB_NATIVE=0")

// 1. a C++ compiler
const compilers = [process.env.CXX, "g++", "c++", "clang++"].filter(Boolean)
const cxx = compilers.find((c) => run(c, ["--version"]).status === 0)
if (!cxx) finish(false, `no C++ compiler found (tried ${compilers.join(", ")}; install g++)`)

// 2. the Node-API headers of this node
const nodeIncludeDirs = [
  process.env.npm_config_nodedir && path.join(process.env.npm_config_nodedir, "include", "node"),
  path.join(path.dirname(path.dirname(process.execPath)), "include", "node"),
  process.config.variables.node_prefix && path.join(process.config.variables.node_prefix, "include", "node"),
  path.join(homedir(), ".cache", "node-gyp", process.versions.node, "include", "node"),
  "/usr/include/node",
  "/usr/local/include/node"
].filter(Boolean)
const nodeInclude = nodeIncludeDirs.find((d) => existsSync(path.join(d, "node_api.h")))
if (!nodeInclude) finish(false, `Node-API headers not found (looked in ${nodeIncludeDirs.join(", ")})`)

// 3. OpenBLAS: candidate linker flags, tried in order
const blasCandidates = []
if (process.env.SIDLAB_BLAS_LIBS) {
  blasCandidates.push(process.env.SIDLAB_BLAS_LIBS.split(/\s+/).filter(Boolean))
} else {
  const pc = run("pkg-config", ["--libs", "openblas"])
  if (pc.status === 0 && pc.stdout.trim()) blasCandidates.push(pc.stdout.trim().split(/\s+/))
  blasCandidates.push(["-lopenblas"], ["-l:libopenblas.so.0"])
}

// 4. compile (to a temporary name, then rename, so a half-written addon is never loaded)
mkdirSync(outDir, { recursive: true })
const tmp = path.join(outDir, `sidlab_native.tmp-${process.pid}.node`)
// -fno-trapping-math lets the loops with selects (sigmoid, SiLU, clip, NaN checks) vectorise with blends:
// the same operations on the same values, so the same bits (test/stages/internal/nativeVector.test.ts);
// under the default -ftrapping-math GCC keeps them scalar and SiLU alone took a fifth of an iteration.
const flags = [
  "-O3", "-std=c++17", "-fPIC", "-shared", "-fvisibility=hidden", "-fno-math-errno", "-fno-trapping-math",
  "-Wall", "-Wno-unused-parameter", `-I${nodeInclude}`, source, "-o", tmp
]
let lastError = ""
let linked
for (const libs of blasCandidates) {
  const r = run(cxx, [...flags, ...libs])
  if (r.status === 0) {
    linked = libs
    break
  }
  lastError = (r.stderr || r.stdout || "").trim().split("\n").find((l) => /error|cannot find|undefined/i.test(l))?.trim() ?? ""
}
if (!linked) {
  rmSync(tmp, { force: true })
  const noBlas = /cannot find -l|openblas|cblas_/i.test(lastError)
  finish(false, noBlas ? `OpenBLAS not found (install libopenblas-dev): ${lastError}` : `compile failed: ${lastError || "unknown error"}`)
}

// 5. load it in a fresh process and check one small product before publishing it
const check = `
  const m = require(${JSON.stringify(tmp)});
  const heap = new Float32Array(16);
  heap.set([1, 2, 3, 4, 5, 6, 7, 8], 0); // A = [[1,2],[3,4]] at 0, B = [[5,6],[7,8]] at 16 bytes
  m.gemm(heap.buffer, 1, 2, 2, 2, 0, 0, 0, 0, 16, 0, 32, 0, 0, 0, 0, 0);
  const c = Array.from(heap.subarray(8, 12));
  if (c.join() !== "19,22,43,50") throw new Error("wrong product " + c.join());
  process.stdout.write(JSON.stringify(m.info()));
`
let info
try {
  info = JSON.parse(execFileSync(process.execPath, ["-e", check], { encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] }))
} catch (e) {
  rmSync(tmp, { force: true })
  const detail = String(e.stderr || e.message).trim().split("\n").find((l) => /Error/.test(l)) ?? "load failed"
  finish(false, `built but failed its check: ${detail}`)
}
renameSync(tmp, target)
finish(true, `built ${path.relative(process.cwd(), target) || target} (${info.blas.split(" ").slice(0, 2).join(" ")}, core ${info.core}, ${cxx}, ${linked.join(" ")})`, {
  blas: info.blas, core: info.core, compiler: cxx, compilerVersion: run(cxx, ["--version"]).stdout.split("\n")[0].trim(), libs: linked
})
