/**
 * `npm run bench`: the `bench-mlp` workload of shared/docs/benchmark.md — one SiD iteration at D = 64,
 * C = 10, a 4 × 512 MLP, B = 256, K = 4 uniform (k cycling 1,2,3,4), LSG κ = 1.5, Adam β = (0, 0.999),
 * lr 1e-5 — timed as the PyTorch reference times it, printing one JSON line.
 *
 *   npm run bench -- [--iters 20] [--repeats 5] [--warmup 3] [--batch 256]
 */
import { Effect } from "effect"
import { cpus } from "node:os"
import { parseArgs } from "node:util"
import { decodeCellConfig } from "../dsl/Hyperparams.ts"
import { mlpDenoiser } from "../stages/internal/denoiser.ts"
import { initMlp, layerWidths, mlpParameterCount } from "../stages/internal/mlp.ts"
import { Streams } from "../stages/internal/rng.ts"
import { TensorBackend } from "../stages/TensorBackend.ts"
import { fakeScoreUpdate, generatorUpdate, initTrainState } from "../stages/Train.ts"
import { tf } from "../stages/internal/tf.ts"

const { values: args } = parseArgs({
  options: {
    iters: { type: "string", default: "20" },
    repeats: { type: "string", default: "5" },
    warmup: { type: "string", default: "3" },
    batch: { type: "string", default: "256" },
    help: { type: "boolean", short: "h", default: false }
  }
})
if (args.help) {
  console.log("usage: npm run bench -- [--iters N] [--repeats N] [--warmup N] [--batch B]\n\nTimes the bench-mlp SiD iteration (shared/docs/benchmark.md) and prints one JSON line.")
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

const main = Effect.gen(function*() {
  const backend = yield* TensorBackend
  const streams = new Streams(0)
  // φ: random init, frozen; ψ and θ start as copies (benchmark.md, "Weights")
  const phi = initMlp(shape, streams, "phi", false)
  const teacher = mlpDenoiser(phi)
  const state = initTrainState(phi, cfg)
  let iteration = 0
  let losses = { fake: NaN, gen: NaN }
  const step = (k: number) => {
    const it = streams.child("bench", iteration++)
    losses = { fake: fakeScoreUpdate(state, cfg, it.child("fake"), C, k), gen: generatorUpdate(teacher, state, cfg, it.child("gen"), k) }
  }
  let cycle = 0
  const nextK = () => (cycle++ % K) + 1 // replaces k ~ U{1..K} so every implementation does the same work
  for (let i = 0; i < warmup; i++) step(nextK())
  const tensorsBefore = tf.memory().numTensors
  const runs: Array<number> = []
  const gflops: Array<number> = []
  for (let r = 0; r < repeats; r++) {
    const ks = Array.from({ length: iters }, nextK)
    const t0 = performance.now()
    for (const k of ks) step(k)
    const elapsed = (performance.now() - t0) / 1000
    runs.push(iters / elapsed)
    gflops.push(ks.reduce((s, k) => s + flopsPerIteration(k), 0) / elapsed / 1e9)
    console.error(`run ${r + 1}/${repeats}: ${runs.at(-1)!.toFixed(3)} it/s, ${gflops.at(-1)!.toFixed(2)} GFLOP/s`)
  }
  const median = (xs: ReadonlyArray<number>) => {
    const s = [...xs].sort((a, b) => a - b)
    return s.length % 2 ? s[(s.length - 1) / 2]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2
  }
  const itS = median(runs)
  return {
    benchmark: "bench-mlp",
    implementation: "sidlab",
    backend: backend.name,
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

Effect.runPromise(main.pipe(Effect.provide(TensorBackend.layer))).then(
  (r) => console.log(JSON.stringify(r)),
  (e) => {
    console.error(`bench: ${e instanceof Error ? e.message : String(e)}`)
    process.exit(1)
  }
)
