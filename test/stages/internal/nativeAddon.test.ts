/** nativeIdentity(): what decides the native backend's bits, cheap and stable within a process. */
import assert from "node:assert/strict"
import { createHash } from "node:crypto"
import { readFileSync } from "node:fs"
import { describe, it } from "node:test"
import { cpuModel, loadNativeAddon, nativeIdentity } from "../../../stages/internal/nativeAddon.ts"

const native = loadNativeAddon()

describe("nativeIdentity", () => {
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
