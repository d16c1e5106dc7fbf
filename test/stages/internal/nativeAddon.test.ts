/** nativeIdentity(): what decides the native backend's bits, cheap and stable within a process. */
import assert from "node:assert/strict"
import { createHash } from "node:crypto"
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs"
import { tmpdir } from "node:os"
import * as path from "node:path"
import { describe, it } from "node:test"
import { cpuModel, loadNativeAddon, nativeIdentity, nativeSourceFiles } from "../../../stages/internal/nativeAddon.ts"
import { backendIdentity } from "../../../runner/Backend.ts"

const native = loadNativeAddon()

describe("nativeIdentity", () => {
  it("covers every addon source: the .cc, each native/src/*.h and build.mjs; an edited header re-keys native", () => {
    const headers = readdirSync(new URL("../../../native/src", import.meta.url)).filter((f) => f.endsWith(".h"))
    assert.ok(headers.length >= 8, "the kernels live in native/src/*.h")
    assert.deepEqual([...nativeSourceFiles()], ["native/build.mjs", "native/sidlab_native.cc", ...headers.map((f) => `native/src/${f}`)].sort())
    const root = mkdtempSync(path.join(tmpdir(), "sidlab-native-sources-"))
    mkdirSync(path.join(root, "native", "src"), { recursive: true })
    for (const f of ["native/build.mjs", "native/sidlab_native.cc", "native/src/a.h"]) writeFileSync(path.join(root, f), "x")
    const before = backendIdentity("native", root)
    writeFileSync(path.join(root, "native/src/a.h"), "y")
    assert.notEqual(backendIdentity("native", root).addon, before.addon)
  })

  it("cpuModel reads model name, family and model of the first processor", () => {
    const cpuinfo = "processor\t: 0\nvendor_id\t: AuthenticAMD\ncpu family\t: 25\nmodel\t\t: 33\nmodel name\t: AMD Ryzen 9 5950X 16-Core Processor\n\nprocessor\t: 1\ncpu family\t: 99\n"
    assert.equal(cpuModel(cpuinfo), "AMD Ryzen 9 5950X 16-Core Processor (family 25, model 33)")
  })

  it("names the BLAS, its core, the CPU and the addon source; the same object on every call", { skip: native.ok ? false : `native unavailable: ${native.ok ? "" : native.reason}` }, () => {
    const id = nativeIdentity()
    assert.ok(id !== undefined)
    assert.match(id.blasLibrary, /^OpenBLAS \d+\.\d+\.\d+/)
    assert.ok(id.blasCore.length > 0)
    if (process.env.OPENBLAS_CORETYPE) assert.equal(id.blasCore.toLowerCase(), process.env.OPENBLAS_CORETYPE.toLowerCase())
    assert.match(id.cpuModel, /\(family \d+, model \d+\)$/)
    assert.match(id.libc, /^glibc \d+\.\d+/)
    assert.match(id.compiler, /\d+\.\d+/, "the compiler's version")
    const source = readFileSync(new URL("../../../native/sidlab_native.cc", import.meta.url))
    assert.match(id.addonSourceHash, /^[0-9a-f]{64}$/)
    assert.notEqual(id.addonSourceHash, createHash("sha256").update(source).digest("hex"), "covers build.mjs too, not the .cc alone")
    assert.equal(nativeIdentity(), id)
  })
})
