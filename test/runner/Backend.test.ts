/**
 * runner/Backend.ts's `chosenBackend` is TensorBackend's own choice (one implementation, in
 * stages/internal/backendChoice.ts): its success for every SIDLAB_BACKEND value, its failure's message as
 * `usage`; and that module reaches no tfjs, so commands that only need the choice never load it.
 */
import assert from "node:assert/strict"
import { readFileSync } from "node:fs"
import * as path from "node:path"
import { describe, it } from "node:test"
import { Result } from "effect"
import { chosenBackend } from "../../runner/Backend.ts"
import { chooseBackend, probeAvailability, probeDetails } from "../../stages/TensorBackend.ts"
import { repoRoot } from "../dsl/compiler/tempProject.ts"

describe("chosenBackend", () => {
  it("is chooseBackend's success, or its failure as usage, for every SIDLAB_BACKEND value", async () => {
    const saved = process.env.SIDLAB_BACKEND
    let failures = 0
    try {
      for (const value of [undefined, "", " ", "wasm", " native ", "cpu", "tensorflow", "tensorflow-gpu", "gpu", "WASM"]) {
        if (value === undefined) delete process.env.SIDLAB_BACKEND
        else process.env.SIDLAB_BACKEND = value
        const full = chooseBackend(process.env, probeAvailability(), probeDetails())
        const expected = Result.isSuccess(full) ? full.success : { usage: full.failure.message }
        if (Result.isFailure(full)) failures++
        assert.deepEqual(await chosenBackend(), expected, `SIDLAB_BACKEND=${JSON.stringify(value)}`)
      }
    } finally {
      if (saved === undefined) delete process.env.SIDLAB_BACKEND
      else process.env.SIDLAB_BACKEND = saved
    }
    assert.ok(failures >= 2, "unknown names (gpu, WASM) are failures")
  })

  it("comes from a module that statically reaches no tfjs package", () => {
    const seen = new Set<string>()
    const packages = new Set<string>()
    const visit = (file: string): void => {
      if (seen.has(file)) return
      seen.add(file)
      for (const m of readFileSync(file, "utf8").matchAll(/^(?:import|export)\s[^;]*?from\s*"([^"]+)"|^import\s*"([^"]+)"/gms)) {
        const spec = (m[1] ?? m[2])!
        if (spec.startsWith(".")) visit(path.resolve(path.dirname(file), spec))
        else packages.add(spec)
      }
    }
    visit(path.join(repoRoot, "runner/Backend.ts"))
    assert.ok(seen.has(path.join(repoRoot, "stages/internal/backendChoice.ts")))
    assert.deepEqual([...packages].filter((p) => p.startsWith("@tensorflow/")), [])
  })
})
