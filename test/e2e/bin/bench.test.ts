/**
 * npm run bench's pieces: the worker's JSON line for a small width (FLOPs from the layer widths), the
 * sgemm peak through the native addon, and the in-repo PyTorch reference script.
 */
import assert from "node:assert/strict"
import { spawnSync } from "node:child_process"
import { existsSync } from "node:fs"
import { describe, it } from "node:test"
import { fileURLToPath } from "node:url"
import { measurePeak } from "../../../bin/bench-peak.ts"
import { defaultReferenceScript } from "../../../bin/bench-reference.ts"
import { loadNativeAddon } from "../../../stages/internal/nativeAddon.ts"

const bench = fileURLToPath(new URL("../../../bin/bench.ts", import.meta.url))
const native = loadNativeAddon()

describe("bench", () => {
  it("a worker measures one tiny configuration on wasm and reports benchmark.md's fields", () => {
    const r = spawnSync(process.execPath, ["--import", "tsx", bench, "--worker", "--iters", "1", "--repeats", "1", "--warmup", "0", "--batch", "8", "--width", "16"], {
      encoding: "utf8", env: { ...process.env, SIDLAB_BACKEND: "wasm" }
    })
    assert.equal(r.status, 0, r.stderr)
    const result = JSON.parse(r.stdout.trim().split("\n").at(-1)!) as Record<string, number | string>
    assert.equal(result.backend, "wasm")
    assert.equal(result.hidden, 16)
    assert.equal(result.live_tensors_growth, 0)
    // widths 320, 16, 16, 16, 16, 64: forward FLOPs per row 2·(320·16 + 3·16·16 + 16·64); (2k + 16)·B·that, mean over k
    const fwd = 2 * (320 * 16 + 3 * 16 * 16 + 16 * 64)
    assert.equal(result.flops_per_iter, (2 * 2.5 + 16) * 8 * fwd)
    assert.ok((result.iterations_per_s as number) > 0)
  })

  it("measures a sgemm peak through the native addon", { skip: native.ok ? false : "native addon unavailable" }, () => {
    const peak = measurePeak(256, 3)
    assert.ok(!("error" in peak))
    assert.equal(peak.runs.length, 3)
    assert.ok(peak.gflops > 0 && peak.runs.includes(peak.gflops))
    assert.match(peak.blas, /^OpenBLAS .* kernels\)$/)
  })

  it("the PyTorch reference script is part of the repository", () => {
    assert.ok(existsSync(defaultReferenceScript), defaultReferenceScript)
    assert.ok(!defaultReferenceScript.includes("/shared/"))
  })
})
