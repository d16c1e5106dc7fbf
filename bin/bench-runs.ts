/**
 * The runs table of README "Speed": one row per saved `npm run bench` (its stdout, one file per run), so
 * the table that records several runs is printed from the runs' own JSON lines rather than copied by hand:
 * `npm run bench -- --runs FILE...`.
 */
import { basename } from "node:path"
import { fmt, isReference, type Measurement, readScalingLines, ScalingFileError, share } from "./bench-scaling.ts"

export interface SavedRun {
  readonly file: string
  readonly lines: ReadonlyArray<Measurement>
}

/** Reads each file; one that holds more than one batch × width (a --scaling run) is a ScalingFileError naming it. */
export const readRuns = (files: ReadonlyArray<string>): Array<SavedRun> =>
  files.map((file) => {
    const lines = readScalingLines(file)
    const sizes = new Set(lines.map((r) => `${r.batch}×${r.hidden}`))
    if (sizes.size > 1) throw new ScalingFileError(`${file}: holds ${sizes.size} batch × width sizes; --runs takes one plain npm run bench per file (a --scaling run goes to --render)`)
    const seen = new Set<string>()
    for (const r of lines) {
      const who = isReference(r) ? "reference" : String(r.backend)
      if (seen.has(who)) throw new ScalingFileError(`${file}: two ${who} measurements; --runs takes one npm run bench per file`)
      seen.add(who)
    }
    return { file, lines }
  })

const range = (r: Measurement | undefined) =>
  r ? `${fmt(r.iterations_per_s, 2)} (${fmt(r.iterations_per_s_min, 2)}–${fmt(r.iterations_per_s_max, 2)})` : "—"

/** The run's label: its `measured_at` (UTC, to the minute) when the lines carry it, else the file's name. */
export const runLabel = (run: SavedRun): string => {
  const at = run.lines.map((r) => r.measured_at).find((x): x is string => typeof x === "string")
  return at !== undefined ? `${at.slice(0, 16).replace("T", " ")} UTC` : basename(run.file).replace(/\.jsonl$/, "")
}

/** What the runs were measured on: each distinct CPU and BLAS kernel set, and the batch × width. */
export const runsHeader = (runs: ReadonlyArray<SavedRun>): string => {
  const natives = runs.flatMap((r) => r.lines.filter((l) => l.backend === "native"))
  const ids = natives.map((l) => l.native_identity as Record<string, unknown> | undefined).filter((x) => x !== undefined)
  const machines = [...new Set(ids.map((id) => `${String(id.cpuModel)}, ${String(id.blasLibrary)} (${String(id.blasCore)} kernels)`))]
  const first = runs[0]?.lines[0]
  const sizes = [...new Set(runs.flatMap((r) => r.lines.map((l) => `B = ${l.batch}, width ${l.hidden}`)))]
  const counts = first && typeof first.iters === "number" ? `; ${first.iters} iterations × ${String(first.repeats)} runs (median) after ${String(first.warmup)} warm-up` : ""
  return `bench-mlp, ${sizes.join(" / ")}, ${runs.length} run${runs.length === 1 ? "" : "s"}${counts}; ${machines.length > 0 ? machines.join(" / ") : "no native line"}`
}

/** The Markdown table: one row per run, in the order given. */
export const runsTable = (runs: ReadonlyArray<SavedRun>): Array<string> => [
  "| run | sgemm peak GFLOP/s | native ceiling GFLOP/s, share of peak | native it/s (min–max) | native GFLOP/s, share of peak | native share of the peaks around each run | native share of ceiling | native peak RSS MB | wasm it/s | reference it/s (min–max) | reference peak RSS MB | reference ÷ native |",
  "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|",
  ...runs.map((run) => {
    const native = run.lines.find((r) => r.backend === "native")
    const wasm = run.lines.find((r) => r.backend === "wasm")
    const reference = run.lines.find(isReference)
    const peak = run.lines.map((r) => r.peak_gflops).find((x): x is number => typeof x === "number")
    const ceiling = native?.native_ceiling_gflops
    const ceilingCell = typeof ceiling === "number" ? `${ceiling.toFixed(0)}, ${peak ? share(ceiling / peak) : "—"}` : "—"
    const nativeGflops = native ? `${native.achieved_gflops.toFixed(1)}, ${share(native.share_of_peak)}` : "—"
    return `| ${runLabel(run)} | ${fmt(peak, 0)} | ${ceilingCell} | ${range(native)} | ${nativeGflops} | ${share(native?.paired_share_of_peak)} | ${share(native?.share_of_ceiling)} | ${fmt(native?.peak_rss_mb, 0)} | ${fmt(wasm?.iterations_per_s, 2)} | ${range(reference)} | ${fmt(reference?.peak_rss_mb, 0)} | ${fmt(native?.ratio_reference_over_ours, 2)} |`
  })
]
