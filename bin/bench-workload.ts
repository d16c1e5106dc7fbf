/**
 * The `bench-mlp` workload (docs/benchmark.md) measured in this process on the active tfjs backend: one
 * SiD iteration at D = 64, C = 10, a 4-layer MLP of `hidden` width (512 in the benchmark), B = `batch`,
 * K = 4 uniform (k cycling 1,2,3,4), LSG κ = 1.5, Adam β = (0, 0.999), lr 1e-5 — timed as the PyTorch
 * reference (bench/torch_reference.py) times it. `kernels` also times every tfjs kernel call.
 */
import { Effect } from "effect"
import { cpus } from "node:os"
import { decodeCellConfig } from "../dsl/Hyperparams.ts"
import { mlpDenoiser } from "../stages/internal/denoiser.ts"
import { initMlp, layerWidths, mlpParameterCount } from "../stages/internal/mlp.ts"
import { loadNativeAddon, nativeIdentity } from "../stages/internal/nativeAddon.ts"
import { Streams } from "../stages/internal/rng.ts"
import { tf } from "../stages/internal/tf.ts"
import { TensorBackend } from "../stages/TensorBackend.ts"
import { fakeScoreUpdate, generatorUpdate, initTrainState } from "../stages/Train.ts"
import { median } from "./internal/median.ts"

export const D = 64
export const C = 10
export const K = 4

export interface WorkloadOptions {
  readonly batch: number
  readonly hidden: number
  readonly iters: number
  readonly repeats: number
  readonly warmup: number
  readonly kernels: boolean
  /** The machine's sgemm peak now, GFLOP/s (bench-peak.ts in a child process); sampled before each run and after the last. */
  readonly samplePeak?: () => number | undefined
}


export const workload = (batch: number, hidden: number) => {
  const cfg = decodeCellConfig({
    teacher: { kind: "gmm", dim: D, classes: C },
    network: { hidden, depth: 4, embedding: 128 },
    generator: { numSteps: K, tInit: 999, stepMatching: "uniform", noiseType: "fresh" },
    guidance: { kappa1: 1.5, kappa2: 1.5, kappa3: 1.5, kappa4: 1.5, fakePromptDropout: 0 },
    optimizer: { lrPsi: 1e-5, lrTheta: 1e-5, beta1: 0, beta2: 0.999, eps: 1e-8, batch }
  })
  const shape = { dim: D, classes: C, ...cfg.network }
  // Linear-layer matmul FLOPs of one forward row (docs/benchmark.md, "Counting FLOPs")
  const widths = layerWidths(shape)
  const fwdPerRow = 2 * widths.slice(1).reduce((s, w, i) => s + widths[i]! * w, 0)
  return { cfg, shape, flopsPerIteration: (k: number) => (2 * k + 16) * batch * fwdPerRow }
}

/** Per-kernel timing (--kernels): wraps every kernel of the active backend. */
const kernelTimes = new Map<string, { calls: number; ms: number }>()
const matMulTimes = new Map<string, { calls: number; ms: number; flop: number }>()
const passTimes = new Map<string, { calls: number; ms: number; flop: number }>()
let timingOn = false
/** One timed call of `flop` FLOPs under `key`. */
const tally = (times: Map<string, { calls: number; ms: number; flop: number }>, key: string, flop: number, dt: number) => {
  const s = times.get(key) ?? { calls: 0, ms: 0, flop }
  s.calls++
  s.ms += dt
  times.set(key, s)
}

/**
 * The products inside one native network pass (native/src/denoiser.h): forward every layer on R rows
 * (2B under CFG); backward the input gradient of layers 1.. and of layer 0 on x_t's D columns (and the
 * embedding's E when the weights train), plus every layer's dW when they train. Undefined for other kernels.
 */
export const fusedPassFlops = (name: string, inputs: tf.NamedTensorInfoMap, attrs: Record<string, unknown>): { key: string; flop: number } | undefined => {
  if (name !== "SidlabMlp" && name !== "SidlabMlpGrad") return undefined
  const count = attrs.count as number
  const batch = (inputs.xT ?? inputs.dy)!.shape[0]!
  const rows = attrs.mode === 2 ? 2 * batch : batch
  const widths = Array.from({ length: count }, (_, l) => inputs[`W${l}`]!.shape as [number, number])
  const product = ([i, o]: [number, number]) => 2 * rows * i * o
  const all = widths.reduce((s, w) => s + product(w), 0)
  if (name === "SidlabMlp") return { key: `${name} R=${rows} ${widths.map(([i]) => i).join("→")}→${widths.at(-1)![1]}`, flop: all }
  const weights = attrs.weights === true
  const inputCols = (attrs.dim as number) + (weights ? (attrs.embedding as number) : 0)
  const flop = all - product(widths[0]!) + 2 * rows * inputCols * widths[0]![1] + (weights ? all : 0)
  return { key: `${name} R=${rows}${weights ? " +dW" : ""}`, flop }
}
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
        const fused = fusedPassFlops(k.kernelName, a.inputs, a.attrs as Record<string, unknown>)
        if (fused !== undefined) tally(passTimes, fused.key, fused.flop, dt)
        if (k.kernelName === tf.BatchMatMul || k.kernelName === tf._FusedMatMul) {
          const { a: x, b: y } = a.inputs as { a: tf.TensorInfo; b: tf.TensorInfo }
          const { transposeA, transposeB } = a.attrs as unknown as tf.BatchMatMulAttrs
          const [rx, ry] = [x.shape.length, y.shape.length]
          const m = transposeA ? x.shape[rx - 1]! : x.shape[rx - 2]!
          const kk = transposeA ? x.shape[rx - 2]! : x.shape[rx - 1]!
          const n = transposeB ? y.shape[ry - 2]! : y.shape[ry - 1]!
          const batchN = Math.max(tf.util.sizeFromShape(x.shape.slice(0, -2)), tf.util.sizeFromShape(y.shape.slice(0, -2)))
          const key = `M=${m} N=${n} K=${kk} ${transposeA ? "T" : "N"}${transposeB ? "T" : "N"}${batchN > 1 ? ` ×${batchN}` : ""}`
          tally(matMulTimes, key, 2 * m * n * kk * batchN, dt)
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
  const rates = (title: string, times: Map<string, { calls: number; ms: number; flop: number }>, width: number) => {
    if (times.size === 0) return
    console.error(title)
    for (const [key, e] of [...times.entries()].sort((x, y) => y[1].ms - x[1].ms)) {
      console.error(`  ${key.padEnd(width)} ${(e.calls / iterations).toFixed(1).padStart(5)} calls ${perIt(e.ms).toFixed(2).padStart(7)} ms ${(e.flop * e.calls / e.ms / 1e6).toFixed(0).padStart(5)} GFLOP/s`)
    }
  }
  rates("matmul shapes (C[M,N] = op(A)[M,K]·op(B)[K,N]):", matMulTimes, 24)
  // the products run inside these calls: their GFLOP/s is the pass's, elementwise work included
  rates("native network passes (their products' FLOPs ÷ the whole call's time):", passTimes, 34)
}

/** Each run's GFLOP/s as a share of the mean of the peaks sampled before and after it (peaks: one more than runs). */
export const pairedShares = (gflops: ReadonlyArray<number>, peaks: ReadonlyArray<number>): Array<number> =>
  gflops.map((g, r) => g / ((peaks[r]! + peaks[r + 1]!) / 2))

/** One backend, in this process (selected by SIDLAB_BACKEND or the default order): benchmark.md's fields. */
export const measure = (o: WorkloadOptions) => Effect.gen(function*() {
  const backend = yield* TensorBackend
  const { cfg, shape, flopsPerIteration } = workload(o.batch, o.hidden)
  if (o.kernels) timeKernels(tf.getBackend())
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
  for (let i = 0; i < o.warmup; i++) step(nextK())
  const tensorsBefore = tf.memory().numTensors
  timingOn = o.kernels
  let timedSeconds = 0
  const runs: Array<number> = []
  const gflops: Array<number> = []
  // this guest's peak moves by 1.5× within a minute: each run is set against the peak on either side of it
  const peaks: Array<number> = []
  const samplePeak = () => {
    const g = o.samplePeak?.()
    if (g !== undefined) peaks.push(g)
  }
  samplePeak()
  for (let r = 0; r < o.repeats; r++) {
    const ks = Array.from({ length: o.iters }, nextK)
    const t0 = performance.now()
    for (const k of ks) step(k)
    const elapsed = (performance.now() - t0) / 1000
    timedSeconds += elapsed
    runs.push(o.iters / elapsed)
    gflops.push(ks.reduce((s, k) => s + flopsPerIteration(k), 0) / elapsed / 1e9)
    samplePeak()
    const around = peaks.length === r + 2 ? `; peak before and after ${peaks[r]!.toFixed(0)}, ${peaks[r + 1]!.toFixed(0)} GFLOP/s` : ""
    console.error(`${backend.name} B=${o.batch} width=${o.hidden} run ${r + 1}/${o.repeats}: ${runs.at(-1)!.toFixed(3)} it/s, ${gflops.at(-1)!.toFixed(2)} GFLOP/s${around}`)
  }
  const paired = peaks.length === o.repeats + 1 ? pairedShares(gflops, peaks) : undefined
  timingOn = false
  if (o.kernels) printKernelTimes(o.iters * o.repeats, timedSeconds)
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
    images_per_s: 2 * o.batch * itS,
    images_per_s_single_update: o.batch * itS,
    images_per_s_definition: "images_per_s = 2*B*it/s counts the generated samples of both updates (the paper's 'fake images'); images_per_s_single_update = B*it/s",
    flops_per_iter: [1, 2, 3, 4].reduce((s, k) => s + flopsPerIteration(k), 0) / K,
    flops_definition: "Linear-layer matmuls: no-grad forward x1, trainable forward+backward x3, frozen net forward+input gradient x2; mean over k = 1..4",
    achieved_gflops: median(gflops),
    ...(paired === undefined ? {} : {
      paired_peak_gflops_runs: peaks,
      paired_share_of_peak_runs: paired,
      paired_share_of_peak: median(paired),
      paired_share_definition: "each run's GFLOP/s over the mean of the 2048² sgemm peaks sampled just before and just after it; median over runs"
    }),
    peak_rss_mb: process.resourceUsage().maxRSS / 1024,
    params_per_network: mlpParameterCount(shape),
    live_tensors_growth: tf.memory().numTensors - tensorsBefore,
    final_loss_fake: losses.fake,
    final_loss_gen: losses.gen,
    batch: o.batch,
    hidden: o.hidden,
    iters: o.iters,
    repeats: o.repeats,
    warmup: o.warmup,
    package_versions: backend.packageVersions,
    ...(backend.name === "native" ? { native_identity: nativeIdentity(), ...nativeGemm() } : {}),
    node: process.version,
    cpu: cpus()[0]?.model ?? null,
    logical_cpus: cpus().length
  }
})

/** How the addon ran the products (its level-3 driver or CBLAS tiles) and what the packed-weights cache held at the end. */
function nativeGemm(): { readonly native_gemm?: string; readonly native_packed_weights?: Readonly<Record<string, number>> } {
  const loaded = loadNativeAddon()
  if (!loaded.ok) return {}
  const info = loaded.addon.info()
  return { native_gemm: info.gemm, native_packed_weights: info.packedWeights }
}
