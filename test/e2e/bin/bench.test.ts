/**
 * npm run bench's pieces: the worker's JSON line for a small width (FLOPs from the layer widths), the
 * sgemm peak through the native addon, the in-repo PyTorch reference script, and `--render` of a saved
 * scaling run (the fixture of test/bin/benchScaling.test.ts), and `--runs` of saved plain runs.
 */
import assert from "node:assert/strict"
import { spawnSync } from "node:child_process"
import { existsSync, mkdtempSync, rmSync, writeFileSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { describe, it, test } from "node:test"
import { fileURLToPath } from "node:url"
import { measurePeak } from "../../../bin/bench-peak.ts"
import { defaultReferenceScript } from "../../../bin/bench-reference.ts"
import { readRuns, runsHeader, runsTable } from "../../../bin/bench-runs.ts"
import { readScalingLines, scalingTable } from "../../../bin/bench-scaling.ts"
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

const fixture = fileURLToPath(new URL("../../fixtures/bench/scaling-fixture.jsonl", import.meta.url))
const root = fileURLToPath(new URL("../../../", import.meta.url))

test("npm run bench -- --render: the table on stdout; a malformed file exits 2 with one line naming it", () => {
  const dir = mkdtempSync(join(tmpdir(), "bench-render-"))
  try {
    const ok = spawnSync(process.execPath, ["--import", "tsx", "bin/bench.ts", "--render", fixture], { cwd: root, encoding: "utf8" })
    assert.equal(ok.status, 0, ok.stderr)
    const lines = ok.stdout.trim().split("\n")
    assert.match(lines[0]!, /^bench-mlp scaling \(.*scaling-fixture\.jsonl\); 5 iterations/)
    assert.deepEqual(lines.slice(2), scalingTable(readScalingLines(fixture)))
    const broken = join(dir, "broken.jsonl")
    writeFileSync(broken, "{not json\n")
    const r = spawnSync(process.execPath, ["--import", "tsx", "bin/bench.ts", "--render", broken], { cwd: root, encoding: "utf8" })
    assert.equal(r.status, 2)
    assert.equal(r.stdout, "")
    assert.equal(r.stderr.trim().split("\n").length, 1, r.stderr)
    assert.ok(r.stderr.startsWith(`bench: ${broken} line 1: not valid JSON`), r.stderr)
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
})

test("npm run bench -- --runs: one row per saved run on stdout; no files, or a file without --runs, exits 2", () => {
  const runs = ["a-run", "b-run"].map((n) => fileURLToPath(new URL(`../../fixtures/bench/runs/${n}.jsonl`, import.meta.url)))
  const ok = spawnSync(process.execPath, ["--import", "tsx", "bin/bench.ts", "--runs", ...runs], { cwd: root, encoding: "utf8" })
  assert.equal(ok.status, 0, ok.stderr)
  const lines = ok.stdout.trim().split("\n")
  assert.equal(lines[0], runsHeader(readRuns(runs)))
  assert.deepEqual(lines.slice(2), runsTable(readRuns(runs)))
  const none = spawnSync(process.execPath, ["--import", "tsx", "bin/bench.ts", "--runs"], { cwd: root, encoding: "utf8" })
  assert.equal(none.status, 2)
  assert.match(none.stderr, /--runs needs the saved stdout of one or more runs/)
  const stray = spawnSync(process.execPath, ["--import", "tsx", "bin/bench.ts", runs[0]!], { cwd: root, encoding: "utf8" })
  assert.equal(stray.status, 2)
  assert.match(stray.stderr, /unexpected argument .*a-run\.jsonl \(files go after --runs\)/)
})
