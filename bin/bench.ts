/**
 * `npm run bench`: the `bench-mlp` workload of docs/benchmark.md (one SiD iteration: B = 256, K = 4, LSG,
 * a 4 × 512 MLP; bin/bench-workload.ts) on every available backend, each in its own process (so that
 * peak RSS is per backend), then the PyTorch reference (bench/torch_reference.py, bin/bench-reference.ts)
 * when /usr/bin/python3 has torch. Before them it times one 2048² sgemm through the native addon (the
 * machine's practical peak, bin/bench-peak.ts), and reports each implementation's GFLOP/s as a share of it,
 * and the iteration's own products through the addon's tiles back to back: native's matmul ceiling.
 * Native's runs are also paired with peaks sampled around each of them (`--paired-peak`, whose worker
 * runs `--peak-sample` children; both flags are internal).
 *
 * One JSON line per measurement on stdout (benchmark.md's fields; each also carries `share_of_peak`,
 * `peak_gflops` and `peak_sgemm_n`, ours `ratio_reference_over_ours`), a Markdown table on stderr.
 * `--scaling` repeats it over batch × width; `--render FILE` prints the scaling table of a saved run's
 * stdout without measuring, and `--chart PNG` draws it (bin/bench-scaling.ts). `--runs FILE...` prints
 * one row per saved plain run (bin/bench-runs.ts), the README's table of several runs.
 */
import { spawnSync } from "node:child_process"
import { Effect } from "effect"
import { fileURLToPath } from "node:url"
import { parseArgs } from "node:util"
import { type BackendName, BackendNames, isBackendName, probeAvailability, probeDetails, TensorBackend } from "../stages/TensorBackend.ts"
import { type Ceiling, measureCeiling, measurePeak, type Peak, samplePeakInChild } from "./bench-peak.ts"
import { referenceUnavailable, runReference } from "./bench-reference.ts"
import { layerWidths } from "../stages/internal/mlp.ts"
import { measure, workload } from "./bench-workload.ts"
import { fmt, type Measurement, readScalingLines, ScalingFileError, scalingHeader, scalingTable, share, writeScalingChart } from "./bench-scaling.ts"
import { readRuns, runsHeader, runsTable } from "./bench-runs.ts"

const usage = `usage: npm run bench -- [--backend NAME[,NAME...]] [--no-reference] [--iters N] [--repeats N] [--warmup N] [--batch B] [--width W]
       npm run bench -- --backend NAME --no-reference --kernels
       npm run bench -- --scaling [--batches 64,128,256,512,1024] [--widths 256,512,1024] [--backend ...] [--no-reference] [--chart PNG]
       npm run bench -- --render FILE [--chart PNG]
       npm run bench -- --runs FILE...

Times the bench-mlp SiD iteration (docs/benchmark.md) on each available backend (default: those of
tensorflow-gpu, tensorflow, native, wasm that are available; each in its own process), then the PyTorch
reference (bench/torch_reference.py) when /usr/bin/python3 has torch. First it times one 2048² sgemm
through the native addon, the machine's practical peak; every GFLOP/s is also shown as a share of it.
Then the iteration's own counted matmuls through the addon's tiles, back to back: native's ceiling.
The native process also samples the 2048² peak before its first run and after each run (in a child
process), and sets each run against the mean of the peaks on either side of it ("share of the peaks
around each run"), since the peak of a shared guest moves within a minute.
One JSON line per measurement on stdout; a table with the ratio reference it/s ÷ ours on stderr.
--kernels (one backend, no reference) also times every tfjs kernel call and prints the kernels that take
the time, each matmul shape's GFLOP/s, and on native each fused network pass's (its products' FLOPs over
the whole call's time); the timing itself slows the run a little.
--scaling measures every batch × width (defaults: 5 iterations × 3 runs after 1 warm-up).
--render FILE measures nothing: it reads the JSON lines a --scaling run printed (its stdout saved to FILE;
other lines are skipped) and prints the same scaling table on stdout.
--chart PNG (with --scaling or --render) also draws GFLOP/s against batch B, one panel per width, one line
per implementation, the sgemm peak dashed, and writes it as a PNG.
--runs FILE... measures nothing: each FILE is the saved stdout of one plain npm run bench; it prints one
table row per run (peak, native's ceiling, it/s, shares, memory, reference ÷ native) on stdout.
Every JSON line carries measured_at, the invocation's start (UTC).`

const { values: args, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    backend: { type: "string" },
    "no-reference": { type: "boolean", default: false },
    worker: { type: "boolean", default: false },
    "peak-sample": { type: "boolean", default: false },
    "paired-peak": { type: "boolean", default: false },
    kernels: { type: "boolean", default: false },
    scaling: { type: "boolean", default: false },
    iters: { type: "string" },
    repeats: { type: "string" },
    warmup: { type: "string" },
    batch: { type: "string", default: "256" },
    width: { type: "string", default: "512" },
    batches: { type: "string", default: "64,128,256,512,1024" },
    widths: { type: "string", default: "256,512,1024" },
    render: { type: "string" },
    chart: { type: "string" },
    runs: { type: "boolean", default: false },
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
const ints = (name: string, v: string) => v.split(",").map((s) => int(name, s.trim(), 1))
const iters = int("iters", args.iters ?? (args.scaling ? "5" : "20"), 1)
const repeats = int("repeats", args.repeats ?? (args.scaling ? "3" : "5"), 1)
const warmup = int("warmup", args.warmup ?? (args.scaling ? "1" : "3"), 0)
const counts = { iters, repeats, warmup }
const startedAt = new Date().toISOString()

type Result = Record<string, unknown> & { iterations_per_s: number; achieved_gflops: number }

/** Runs one backend in a child process (fresh heap and RSS); its JSON line, or why it failed. */
const child = (name: BackendName, batch: number, width: number, pairedPeak: boolean): Result | string => {
  const script = fileURLToPath(import.meta.url)
  const argv = ["--import", "tsx", script, "--worker", "--iters", String(iters), "--repeats", String(repeats), "--warmup", String(warmup),
    "--batch", String(batch), "--width", String(width), ...(pairedPeak ? ["--paired-peak"] : [])]
  const r = spawnSync(process.execPath, argv, { env: { ...process.env, SIDLAB_BACKEND: name }, encoding: "utf8", stdio: ["ignore", "pipe", "inherit"] })
  const line = r.stdout.trim().split("\n").at(-1) ?? ""
  if (r.status !== 0) return `exited with ${r.status ?? r.signal}`
  try {
    return JSON.parse(line) as Result
  } catch {
    return `unreadable output: ${line.slice(0, 200)}`
  }
}

const pct = (gflops: number, peak: Peak | undefined) => (peak ? `${(100 * gflops / peak.gflops).toFixed(0)}%` : "—")

/** The backends to measure: --backend, else every available one among the usual four. */
const backendsToRun = (): Array<BackendName> | undefined => {
  if (args.backend !== undefined) {
    const requested = args.backend.split(",").map((s) => s.trim()).filter(Boolean)
    const unknown = requested.filter((s) => !isBackendName(s))
    if (unknown.length > 0) {
      console.error(`bench: unknown backend ${unknown.join(", ")}; valid: ${BackendNames.join(", ")}`)
      return undefined
    }
    return requested as Array<BackendName>
  }
  const available = probeAvailability()
  if (!available.native) console.error(`bench: native skipped: ${probeDetails().native ?? "unavailable"}`)
  return (["tensorflow-gpu", "tensorflow", "native", "wasm"] as const).filter((n) => available[n])
}

/** Every implementation at one batch × width; failures are reported and counted. */
const measureAll = (names: ReadonlyArray<BackendName>, batch: number, width: number, peak: Peak | undefined, ceiling?: Ceiling) => {
  const ours: Array<Result> = []
  let failed = false
  for (const name of names) {
    // native's share of the peak is issue 17's target: its runs are also paired with peaks sampled around them
    const r = child(name, batch, width, name === "native" && peak !== undefined && !args.scaling)
    if (typeof r === "string") {
      console.error(`bench: ${name} B=${batch} width=${width}: ${r}`)
      failed = true
    } else ours.push(r)
  }
  let reference: Result | undefined
  if (!args["no-reference"]) {
    const missing = referenceUnavailable()
    if (missing !== undefined) console.error(`bench: PyTorch reference skipped: ${missing}`)
    else {
      console.error(`bench: PyTorch reference (bench/torch_reference.py) B=${batch} width=${width} ...`)
      const r = runReference({ ...counts, batch, hidden: width })
      if (r.ok) reference = r.result as Result
      else {
        console.error(`bench: reference failed: ${r.reason}`)
        failed = true
      }
    }
  }
  for (const r of [...ours, ...(reference ? [reference] : [])]) {
    r.measured_at = startedAt
    if (peak) {
      r.share_of_peak = r.achieved_gflops / peak.gflops
      r.peak_gflops = peak.gflops
      r.peak_sgemm_n = peak.n
    }
    if (ceiling && r !== reference && r.backend === "native") {
      r.native_ceiling_gflops = ceiling.gflops
      r.share_of_ceiling = r.achieved_gflops / ceiling.gflops
    }
    if (reference && r !== reference) {
      r.reference_iterations_per_s = reference.iterations_per_s
      r.ratio_reference_over_ours = reference.iterations_per_s / r.iterations_per_s
    }
    console.log(JSON.stringify(r))
  }
  const rows = [
    ...ours.map((r) => ({ name: `sidlab ${String(r.backend)}`, r, threads: String((r.package_versions as Record<string, string>)["sidlab-native"] ?? "1 (wasm)") + (typeof r.native_gemm === "string" ? `; products: ${r.native_gemm}` : "") })),
    ...(reference ? [{ name: `PyTorch ${String(reference.torch)} reference (${String(reference.linear)})`, r: reference, threads: `${String(reference.threads)} threads` }] : [])
  ]
  return { rows, reference, failed, measured: [...ours, ...(reference ? [reference] : [])] }
}

const header = (peak: Peak | undefined, ceiling?: Ceiling) => [
  `${iters} iterations × ${repeats} runs (median) after ${warmup} warm-up; ${startedAt.slice(0, 16).replace("T", " ")} UTC`,
  peak
    ? `CPU ${peak.cpu}; ${peak.blas}; peak = one ${peak.n}² sgemm through the native addon on ${peak.threads} threads: ${peak.gflops.toFixed(0)} GFLOP/s (median of ${peak.runs.length})`
    : "peak: not measured (the native addon is unavailable)",
  ...(ceiling && peak
    ? [`native's ceiling = the iteration's counted matmuls through the addon's tiles, back to back: ${ceiling.gflops.toFixed(1)} GFLOP/s, ${pct(ceiling.gflops, peak)} of peak (median of ${ceiling.runs.length})`]
    : [])
]

/** Native's matmul ceiling at batch × width (the iteration's shapes), when the addon is there. */
const ceilingAt = (batch: number, width: number): Ceiling | undefined => {
  const c = measureCeiling(batch, layerWidths(workload(batch, width).shape))
  if ("error" in c) return undefined
  console.error(`bench: native's matmul ceiling at B=${batch} width=${width}: ${c.gflops.toFixed(1)} GFLOP/s (runs ${c.runs.map((g) => g.toFixed(0)).join(", ")})`)
  return c
}

/** --render: the scaling table of a saved run's JSON lines on stdout, and --chart's PNG; nothing measured. */
const render = async (file: string, chart: string | undefined): Promise<number> => {
  const rs = readScalingLines(file)
  console.log(`bench-mlp scaling (${file}); ${scalingHeader(rs)}\n\n${scalingTable(rs).join("\n")}`)
  if (chart !== undefined) {
    await writeScalingChart(rs, chart)
    console.error(`bench: wrote ${chart}`)
  }
  return 0
}

async function main(): Promise<number> {
  if (args.runs) {
    if (positionals.length === 0) {
      console.error("bench: --runs needs the saved stdout of one or more runs: npm run bench -- --runs FILE...")
      return 2
    }
    const runs = readRuns(positionals)
    console.log(`${runsHeader(runs)}\n\n${runsTable(runs).join("\n")}`)
    return 0
  }
  if (positionals.length > 0) {
    console.error(`bench: unexpected argument ${positionals[0]} (files go after --runs)\n\n${usage}`)
    return 2
  }
  if (args["peak-sample"]) {
    // one sample for a worker's --paired-peak (bench-peak.ts's samplePeakInChild)
    const p = measurePeak(2048, repeats)
    console.log(JSON.stringify(p))
    return "error" in p ? 1 : 0
  }
  if (args.render !== undefined) return render(args.render, args.chart)
  if (args.chart !== undefined && !args.scaling) {
    console.error("bench: --chart needs --scaling or --render FILE")
    return 2
  }
  if (args.kernels && (args.backend === undefined || args.backend.includes(",") || !args["no-reference"] || args.scaling)) {
    console.error("bench: --kernels needs one --backend and --no-reference, without --scaling")
    return 2
  }
  const batch = int("batch", args.batch, 1)
  const width = int("width", args.width, 1)
  if (args.worker || (!args.scaling && args.backend !== undefined && !args.backend.includes(",") && args["no-reference"])) {
    // a single backend in this process
    if (args.backend !== undefined) process.env.SIDLAB_BACKEND = args.backend
    const script = fileURLToPath(import.meta.url)
    const samplePeak = args["paired-peak"] ? () => samplePeakInChild(script) : undefined
    const result = await Effect.runPromise(measure({ ...counts, batch, hidden: width, kernels: args.kernels, samplePeak }).pipe(Effect.provide(TensorBackend.layer)))
    console.log(JSON.stringify(result))
    return 0
  }
  const names = backendsToRun()
  if (names === undefined) return 2

  const measured = measurePeak()
  const peak = "error" in measured ? undefined : measured
  if (peak === undefined) console.error(`bench: no sgemm peak: ${"error" in measured ? measured.error : ""}`)
  else console.error(`bench: peak ${peak.gflops.toFixed(0)} GFLOP/s (${peak.n}² sgemm, ${peak.threads} threads; runs ${peak.runs.map((g) => g.toFixed(0)).join(", ")})`)

  if (!args.scaling) {
    const ceiling = peak && names.includes("native") ? ceilingAt(batch, width) : undefined
    const { rows, reference, failed } = measureAll(names, batch, width, peak, ceiling)
    const lines = [
      `bench-mlp, B = ${batch}, width ${width}; ${header(peak, ceiling).join("; ")}`,
      "",
      "| implementation | it/s (median) | min–max | GFLOP/s | share of peak | share of the peaks around each run | images/s (2·B·it/s) | peak RSS MB | reference ÷ this |",
      "|---|---:|---:|---:|---:|---:|---:|---:|---:|",
      ...rows.map(({ name, r }) =>
        `| ${name} | ${fmt(r.iterations_per_s, 2)} | ${fmt(r.iterations_per_s_min, 2)}–${fmt(r.iterations_per_s_max, 2)} | ${fmt(r.achieved_gflops, 1)} | ${pct(r.achieved_gflops, peak)} | ${share(r.paired_share_of_peak)} | ${fmt(r.images_per_s, 0)} | ${fmt(r.peak_rss_mb, 0)} | ${reference ? fmt(reference.iterations_per_s / r.iterations_per_s, 2) : "—"} |`
      ),
      "",
      ...rows.map(({ name, threads }) => `${name}: ${threads}`)
    ]
    console.error(`\n${lines.join("\n")}`)
    return failed ? 1 : 0
  }

  // the table (and chart) from the very lines printed above, as --render builds them from a saved run
  const all: Array<Measurement> = []
  let anyFailed = false
  for (const w of ints("widths", args.widths)) {
    for (const b of ints("batches", args.batches)) {
      const { measured, failed } = measureAll(names, b, w, peak)
      anyFailed ||= failed
      all.push(...(measured as Array<Measurement>))
    }
  }
  console.error(`\nbench-mlp scaling; ${header(peak).join("; ")}\n\n${scalingTable(all).join("\n")}`)
  if (args.chart !== undefined) {
    if (all.length === 0) console.error("bench: no measurements, no chart")
    else {
      await writeScalingChart(all, args.chart)
      console.error(`bench: wrote ${args.chart}`)
    }
  }
  return anyFailed ? 1 : 0
}

main().then(
  (code) => process.exit(code),
  (e) => {
    // one line: a ScalingFileError names the file, a ChartError the chart, a FileWriteError the path
    console.error(`bench: ${e instanceof Error ? e.message.split("\n")[0] : String(e)}`)
    if (e instanceof ScalingFileError) process.exit(2)
    process.exit(1)
  }
)
