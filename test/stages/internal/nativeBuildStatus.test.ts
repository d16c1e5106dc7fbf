/** native/build/status.json read back: absent is "never built", a sound one is its fields, a bad one names the file and field. */
import assert from "node:assert/strict"
import { mkdtempSync, rmSync, writeFileSync } from "node:fs"
import { tmpdir } from "node:os"
import * as path from "node:path"
import { after, describe, it } from "node:test"
import { Result } from "effect"
import { readBuildStatus } from "../../../stages/internal/nativeBuildStatus.ts"

const dir = mkdtempSync(path.join(tmpdir(), "sidlab-build-status-"))
after(() => rmSync(dir, { recursive: true, force: true }))
const file = path.join(dir, "status.json")

describe("readBuildStatus", () => {
  it("is undefined when the build script never ran", () => {
    assert.equal(Result.getOrThrow(readBuildStatus(path.join(dir, "none.json"))), undefined)
  })

  it("reads what native/build.mjs writes, ignoring the fields sidlab does not use", () => {
    writeFileSync(file, JSON.stringify({ built: true, reason: "built", node: "v20", blas: "OpenBLAS 0.3.21 Zen", core: "Zen", libs: ["-lopenblas"] }))
    assert.deepEqual(Result.getOrThrow(readBuildStatus(file)), { built: true, reason: "built", blas: "OpenBLAS 0.3.21 Zen", core: "Zen" })
  })

  it("names the file and the first bad field of a damaged record", () => {
    writeFileSync(file, JSON.stringify({ built: "yes", reason: "built" }))
    const bad = readBuildStatus(file)
    assert.ok(Result.isFailure(bad))
    assert.match(bad.failure.message, /status\.json is not native\/build\.mjs's status record \(field built: Expected boolean\)/)
    writeFileSync(file, "{")
    const unreadable = readBuildStatus(file)
    assert.ok(Result.isFailure(unreadable))
    assert.match(unreadable.failure.message, /status\.json is not native\/build\.mjs's status record \(unreadable JSON/)
  })
})
