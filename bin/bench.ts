/**
 * `npm run bench`: the `bench-mlp` workload of shared/docs/benchmark.md — one SiD iteration at D = 64,
 * C = 10, a 4 × 512 MLP, B = 256, K = 4 uniform (k cycling 1,2,3,4), LSG κ = 1.5, Adam β = (0, 0.999),
 * lr 1e-5 — timed as the PyTorch reference times it.
 *
 *   npm run bench -- [--backend NAME[,NAME...]] [--no-reference] [--iters 20] [--repeats 5] [--warmup 3] [--batch 256]
 *   npm run bench -- --backend native --no-reference --kernels     # where the time goes, per tfjs kernel
 *
 * By default it measures every available backend among tensorflow-gpu, tensorflow, native and wasm, each
 * in its own process (so that peak RSS is per backend), then the PyTorch reference (bin/bench-reference.ts)
 * when /usr/bin/python3 has torch. It prints one JSON line per implementation on stdout (benchmark.md's
 * fields; ours also carry `ratio_reference_over_ours`), and a Markdown table with the ratios on stderr.
 */
import { spawnSync } from "node:child_process"
import { Effect } from "effect"
import { cpus } from "node:os"
import { fileURLToPath } from "node:url"
import { parseArgs } from "node:util"
import { decodeCellConfig } from "../dsl/Hyperparams.ts"
import { mlpDenoiser } from "../stages/internal/denoiser.ts"
import { initMlp, layerWidths, mlpParameterCount } from "../stages/internal/mlp.ts"
import { Streams } from "../stages/internal/rng.ts"
import { type BackendName, BackendNames, isBackendName, probeAvailability, probeDetails, TensorBackend } from "../stages/TensorBackend.ts"
import { fakeScoreUpdate, generatorUpdate, initTrainState } from "../stages/Train.ts"
import { tf } from "../stages/internal/tf.ts"
import { referenceUnavailable, runReference } from "./bench-reference.ts"

const usage = `usage: npm run bench -- [--backend NAME[,NAME...]] [--no-reference] [--iters N] [--repeats N] [--warmup N] [--batch B]
       npm run bench -- --backend NAME --no-reference --kernels

Times the bench-mlp SiD iteration (shared/docs/benchmark.md) on each available backend (default: those of
tensorflow-gpu, tensorflow, native, wasm that are available; each in its own process), then the PyTorch
reference when /usr/bin/python3 has torch. One JSON line per implementation on stdout; a table with the
ratio reference it/s ÷ ours on stderr. --kernels (one backend, no reference) also times every tfjs kernel
call and prints the kernels that take the time, and each matmul shape's GFLOP/s (the timing itself
slows the run a little).`

const { values: args } = parseArgs({
  options: {
    backend: { type: "string" },
    "no-reference": { type: "boolean", default: false },
    worker: { type: "boolean", default: false },
    kernels: { type: "boolean", default: false },
    iters: { type: "string", default: "20" },
    repeats: { type: "string", default: "5" },
    warmup: { type: "string", default: "3" },
    batch: { type: "string", default: "256" },
    help: { type: "boolean", short: "h", default: false }
  }
})
if (args.help) {
  console.log(usage)
  process.exit(0)
}
const int = (name: string, v: string, min: number) => {
  const n = Number(v)
  if (!Number.isInteger(n) || n < min) {
    console.error(`bench: --${name} must be an integer ≥ ${min}, got "${v}"`)
    process.exit(2)
  }
  return n
}
const iters = int("iters", args.iters, 1)
const repeats = int("repeats", args.repeats, 1)
const warmup = int("warmup", args.warmup, 0)
const batch = int("batch", args.batch, 1)

const D = 64
const C = 10
const K = 4
const cfg = decodeCellConfig({
  teacher: { kind: "gmm", dim: D, classes: C },
  network: { hidden: 512, depth: 4, embedding: 128 },
  generator: { numSteps: K, tInit: 999, stepMatching: "uniform", noiseType: "fresh" },
  guidance: { kappa1: 1.5, kappa2: 1.5, kappa3: 1.5, kappa4: 1.5, fakePromptDropout: 0 },
  optimizer: { lrPsi: 1e-5, lrTheta: 1e-5, beta1: 0, beta2: 0.999, eps: 1e-8, batch }
})
const shape = { dim: D, classes: C, ...cfg.network }
/** Linear-layer matmul FLOPs of one forward row (benchmark.md, "Counting FLOPs"). */
const widths = layerWidths(shape)
const fwdPerRow = 2 * widths.slice(1).reduce((s, w, i) => s + widths[i]! * w, 0)
const flopsPerIteration = (k: number) => (2 * k + 16) * batch * fwdPerRow

const median = (xs: ReadonlyArray<number>) => {
  const s = [...xs].sort((a, b) => a - b)
  return s.length % 2 ? s[(s.length - 1) / 2]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2
}

/** Per-kernel timing (--kernels): wraps every kernel of the active backend. */
const kernelTimes = new Map<string, { calls: number; ms: number }>()
const matMulTimes = new Map<string, { calls: number; ms: number; flop: number }>()
let timingOn = false
const timeKernels = (backendName: string) => {
  for (const k of tf.getKernelsForBackend(backendName)) {
    const inner = k.kernelFunc
    tf.unregisterKernel(k.kernelName, k.backendName)
    tf.registerKernel({
      ...k,
      kernelFunc: (a) => {
        if (!timingOn) return inner(a)
        const t0 = performance.now()
        const out = inner(a)
        const dt = performance.now() - t0
        const e = kernelTimes.get(k.kernelName) ?? { calls: 0, ms: 0 }
        e.calls++
        e.ms += dt
        kernelTimes.set(k.kernelName, e)
        if (k.kernelName === tf.BatchMatMul || k.kernelName === tf._FusedMatMul) {
          const { a: x, b: y } = a.inputs as { a: tf.TensorInfo; b: tf.TensorInfo }
          const { transposeA, transposeB } = a.attrs as unknown as tf.BatchMatMulAttrs
          const [rx, ry] = [x.shape.length, y.shape.length]
          const m = transposeA ? x.shape[rx - 1]! : x.shape[rx - 2]!
          const kk = transposeA ? x.shape[rx - 2]! : x.shape[rx - 1]!
          const n = transposeB ? y.shape[ry - 2]! : y.shape[ry - 1]!
          const batchN = Math.max(tf.util.sizeFromShape(x.shape.slice(0, -2)), tf.util.sizeFromShape(y.shape.slice(0, -2)))
          const key = `M=${m} N=${n} K=${kk} ${transposeA ? "T" : "N"}${transposeB ? "T" : "N"}${batchN > 1 ? ` ×${batchN}` : ""}`
          const s = matMulTimes.get(key) ?? { calls: 0, ms: 0, flop: 2 * m * n * kk * batchN }
          s.calls++
          s.ms += dt
          matMulTimes.set(key, s)
        }
        return out
      }
    })
  }
}
const printKernelTimes = (iterations: number, seconds: number) => {
  const perIt = (ms: number) => ms / iterations
  const total = [...kernelTimes.values()].reduce((s, e) => s + e.ms, 0)
  const calls = [...kernelTimes.values()].reduce((s, e) => s + e.calls, 0)
  console.error(`\nper iteration: ${(1000 * seconds / iterations).toFixed(1)} ms, of which kernels ${perIt(total).toFixed(1)} ms in ${(calls / iterations).toFixed(0)} calls`)
  for (const [name, e] of [...kernelTimes.entries()].sort((x, y) => y[1].ms - x[1].ms).slice(0, 20)) {
    console.error(`  ${name.padEnd(20)} ${(e.calls / iterations).toFixed(1).padStart(6)} calls ${perIt(e.ms).toFixed(2).padStart(7)} ms`)
  }
  console.error("matmul shapes (C[M,N] = op(A)[M,K]·op(B)[K,N]):")
  for (const [key, e] of [...matMulTimes.entries()].sort((x, y) => y[1].ms - x[1].ms)) {
    console.error(`  ${key.padEnd(24)} ${(e.calls / iterations).toFixed(1).padStart(5)} calls ${perIt(e.ms).toFixed(2).padStart(7)} ms ${(e.flop * e.calls / e.ms / 1e6).toFixed(0).padStart(5)} GFLOP/s`)
  }
}

/** One backend, in this process (selected by SIDLAB_BACKEND or the default order). */
const measure = Effect.gen(function*() {
  const backend = yield* TensorBackend
  if (args.kernels) timeKernels(tf.getBackend())
  const streams = new Streams(0)
  // φ: random init, frozen; ψ and θ start as copies (benchmark.md, "Weights")
  const phi = initMlp(shape, streams, "phi", false)
  const teacher = mlpDenoiser(phi)
  const state = initTrainState(phi, cfg)
  let iteration = 0
  let losses = { fake: NaN, gen: NaN }
  const step = (k: number) => {
    const it = streams.child("bench", iteration++)
    losses = { fake: fakeScoreUpdate(state, cfg, it.child("fake"), C, k).lossFake, gen: generatorUpdate(teacher, state, cfg, it.child("gen"), k).lossGen }
  }
  let cycle = 0
  const nextK = () => (cycle++ % K) + 1 // replaces k ~ U{1..K} so every implementation does the same work
  for (let i = 0; i < warmup; i++) step(nextK())
  const tensorsBefore = tf.memory().numTensors
  timingOn = args.kernels
  let timedSeconds = 0
  const runs: Array<number> = []
  const gflops: Array<number> = []
  for (let r = 0; r < repeats; r++) {
    const ks = Array.from({ length: iters }, nextK)
    const t0 = performance.now()
    for (const k of ks) step(k)
    const elapsed = (performance.now() - t0) / 1000
    timedSeconds += elapsed
    runs.push(iters / elapsed)
    gflops.push(ks.reduce((s, k) => s + flopsPerIteration(k), 0) / elapsed / 1e9)
    console.error(`${backend.name} run ${r + 1}/${repeats}: ${runs.at(-1)!.toFixed(3)} it/s, ${gflops.at(-1)!.toFixed(2)} GFLOP/s`)
  }
  timingOn = false
  if (args.kernels) printKernelTimes(iters * repeats, timedSeconds)
  const itS = median(runs)
  return {
    benchmark: "bench-mlp",
    implementation: "sidlab",
    backend: backend.name,
    backend_reason: backend.reason,
    iterations_per_s: itS,
    iterations_per_s_min: Math.min(...runs),
    iterations_per_s_max: Math.max(...runs),
    iterations_per_s_runs: runs,
    images_per_s: 2 * batch * itS,
    images_per_s_single_update: batch * itS,
    images_per_s_definition: "images_per_s = 2*B*it/s counts the generated samples of both updates (the paper's 'fake images'); images_per_s_single_update = B*it/s",
    flops_per_iter: [1, 2, 3, 4].reduce((s, k) => s + flopsPerIteration(k), 0) / K,
    flops_definition: "Linear-layer matmuls: no-grad forward x1, trainable forward+backward x3, frozen net forward+input gradient x2; mean over k = 1..4",
    achieved_gflops: median(gflops),
    peak_rss_mb: process.resourceUsage().maxRSS / 1024,
    params_per_network: mlpParameterCount(shape),
    live_tensors_growth: tf.memory().numTensors - tensorsBefore,
    final_loss_fake: losses.fake,
    final_loss_gen: losses.gen,
    batch,
    iters,
    repeats,
    warmup,
    package_versions: backend.packageVersions,
    node: process.version,
    cpu: cpus()[0]?.model ?? null,
    logical_cpus: cpus().length
  }
})

type Result = Record<string, unknown> & { iterations_per_s: number }

/** Runs one backend in a child process (fresh heap and RSS); its JSON line, or why it failed. */
const child = (name: BackendName): Result | string => {
  const script = fileURLToPath(import.meta.url)
  const argv = ["--import", "tsx", script, "--worker", "--iters", String(iters), "--repeats", String(repeats), "--warmup", String(warmup), "--batch", String(batch)]
  const r = spawnSync(process.execPath, argv, { env: { ...process.env, SIDLAB_BACKEND: name }, encoding: "utf8", stdio: ["ignore", "pipe", "inherit"] })
  const line = r.stdout.trim().split("\n").at(-1) ?? ""
  if (r.status !== 0) return `exited with ${r.status ?? r.signal}`
  try {
    return JSON.parse(line) as Result
  } catch {
    return `unreadable output: ${line.slice(0, 200)}`
  }
}

const fmt = (x: unknown, digits: number) => (typeof x === "number" ? x.toFixed(digits) : "—")

async function main(): Promise<number> {
  if (args.kernels && (args.backend === undefined || args.backend.includes(",") || !args["no-reference"])) {
    console.error("bench: --kernels needs one --backend and --no-reference")
    return 2
  }
  if (args.worker || (args.backend !== undefined && !args.backend.includes(",") && args["no-reference"])) {
    // a single backend in this process
    if (args.backend !== undefined) process.env.SIDLAB_BACKEND = args.backend
    const result = await Effect.runPromise(measure.pipe(Effect.provide(TensorBackend.layer)))
    console.log(JSON.stringify(result))
    return 0
  }

  const available = probeAvailability()
  const details = probeDetails()
  let names: Array<BackendName>
  if (args.backend !== undefined) {
    const requested = args.backend.split(",").map((s) => s.trim()).filter(Boolean)
    const unknown = requested.filter((s) => !isBackendName(s))
    if (unknown.length > 0) {
      console.error(`bench: unknown backend ${unknown.join(", ")}; valid: ${BackendNames.join(", ")}`)
      return 2
    }
    names = requested as Array<BackendName>
  } else {
    names = (["tensorflow-gpu", "tensorflow", "native", "wasm"] as const).filter((n) => available[n])
    if (!available.native) console.error(`bench: native skipped: ${details.native ?? "unavailable"}`)
  }

  const ours: Array<Result> = []
  let failed = false
  for (const name of names) {
    const r = child(name)
    if (typeof r === "string") {
      console.error(`bench: ${name}: ${r}`)
      failed = true
    } else ours.push(r)
  }

  let reference: Result | undefined
  if (!args["no-reference"]) {
    const missing = referenceUnavailable()
    if (missing !== undefined) console.error(`bench: PyTorch reference skipped: ${missing}`)
    else {
      console.error("bench: PyTorch reference (../shared/bench/torch_reference.py) ...")
      const r = runReference({ iters, repeats, warmup, batch })
      if (r.ok) reference = r.result
      else {
        console.error(`bench: reference failed: ${r.reason}`)
        failed = true
      }
    }
  }

  for (const r of ours) {
    if (reference) {
      r.reference_iterations_per_s = reference.iterations_per_s
      r.ratio_reference_over_ours = reference.iterations_per_s / r.iterations_per_s
    }
    console.log(JSON.stringify(r))
  }
  if (reference) console.log(JSON.stringify(reference))

  // the table README's "Speed" section shows
  const rows = [
    ...ours.map((r) => ({ name: `sidlab ${String(r.backend)}`, r, threads: String((r.package_versions as Record<string, string>)["sidlab-native"] ?? "1 (wasm)") })),
    ...(reference ? [{ name: `PyTorch ${String(reference.torch)} reference (${String(reference.linear)})`, r: reference, threads: `${String(reference.threads)} threads` }] : [])
  ]
  const lines = [
    `bench-mlp, B = ${batch}, ${iters} iterations × ${repeats} runs (median) after ${warmup} warm-up; ${cpus()[0]?.model ?? "?"}, ${cpus().length} logical CPUs; ${new Date().toISOString().slice(0, 10)}`,
    "",
    "| implementation | it/s (median) | min–max | GFLOP/s | images/s (2·B·it/s) | peak RSS MB | reference ÷ this |",
    "|---|---:|---:|---:|---:|---:|---:|",
    ...rows.map(({ name, r }) =>
      `| ${name} | ${fmt(r.iterations_per_s, 2)} | ${fmt(r.iterations_per_s_min, 2)}–${fmt(r.iterations_per_s_max, 2)} | ${fmt(r.achieved_gflops, 1)} | ${fmt(r.images_per_s, 0)} | ${fmt(r.peak_rss_mb, 0)} | ${reference ? fmt(reference.iterations_per_s / r.iterations_per_s, 2) : "—"} |`
    ),
    "",
    ...rows.map(({ name, threads }) => `${name}: ${threads}`)
  ]
  console.error(`\n${lines.join("\n")}`)
  return failed ? 1 : 0
}

main().then(
  (code) => process.exit(code),
  (e) => {
    console.error(`bench: ${e instanceof Error ? e.message : String(e)}`)
    process.exit(1)
  }
)
