/**
 * The scaling table and chart of `npm run bench -- --scaling`, built from its JSON lines: a live run from
 * the lines it prints, `--render FILE` from the lines a run saved (its stdout), so both print the same
 * table. The chart is a Vega-Lite spec rendered through report/render.ts: GFLOP/s against batch B, one
 * panel per width, one line per implementation, the run's sgemm peak as a dashed rule.
 */
import { readFileSync } from "node:fs"
import type { TopLevelSpec } from "vega-lite"
import { writeFileAtomic } from "../dsl/internal/atomicFile.ts"
import { renderSvg, svgToPng } from "../report/render.ts"
import { median } from "./internal/median.ts"

/** One JSON line of `npm run bench` (docs/benchmark.md's fields; the ones read here are typed). */
export type Measurement = Record<string, unknown> & {
  readonly implementation: string
  readonly batch: number
  readonly hidden: number
  readonly iterations_per_s: number
  readonly achieved_gflops: number
}

/** The PyTorch reference's line (every other line is one of sidlab's backends). */
export const isReference = (r: Measurement) => r.implementation === "torch_reference"

/** The row label: "sidlab native", "PyTorch 2.1.2 reference (onednn)". */
export const implementationName = (r: Measurement): string =>
  isReference(r) ? `PyTorch ${String(r.torch)} reference (${String(r.linear)})` : `sidlab ${String(r.backend)}`

/** A short label for the chart's legend: "sidlab native", "PyTorch reference (onednn)". */
const chartLabel = (r: Measurement): string => (isReference(r) ? `PyTorch reference (${String(r.linear)})` : `sidlab ${String(r.backend)}`)

/**
 * The live run's order: width, then batch, then the implementations as measured (ours in backend order,
 * the reference last); equal keys keep their order in the input.
 */
export const scalingOrder = (rs: ReadonlyArray<Measurement>): Array<Measurement> =>
  rs.map((r, i) => ({ r, i }))
    .sort((a, b) => a.r.hidden - b.r.hidden || a.r.batch - b.r.batch || Number(isReference(a.r)) - Number(isReference(b.r)) || a.i - b.i)
    .map(({ r }) => r)

/** A number to `digits` decimals, "—" when the line does not carry it. */
export const fmt = (x: unknown, digits: number) => (typeof x === "number" ? x.toFixed(digits) : "—")

/** A stored fraction as a whole percentage, or "—". */
export const share = (x: unknown) => (typeof x === "number" ? `${(100 * x).toFixed(0)}%` : "—")

/** The Markdown scaling table (header and rows), in `scalingOrder`. */
export const scalingTable = (rs: ReadonlyArray<Measurement>): Array<string> => [
  "| B | width | implementation | it/s (median) | GFLOP/s | share of peak | peak RSS MB | reference ÷ this |",
  "|---:|---:|---|---:|---:|---:|---:|---:|",
  ...scalingOrder(rs).map((r) => {
    const share = typeof r.share_of_peak === "number" ? `${(100 * r.share_of_peak).toFixed(0)}%` : "—"
    // the reference's own row: reference ÷ itself, as the live run has always printed it
    const ratio = isReference(r) ? "1.00" : fmt(r.ratio_reference_over_ours, 2)
    return `| ${r.batch} | ${r.hidden} | ${implementationName(r)} | ${fmt(r.iterations_per_s, 2)} | ${fmt(r.achieved_gflops, 1)} | ${share} | ${fmt(r.peak_rss_mb, 0)} | ${ratio} |`
  })
]


/** The run's sgemm peak: `peak_gflops` when the lines carry it, else achieved ÷ share of peak. */
export const peakOf = (rs: ReadonlyArray<Measurement>): { readonly gflops: number; readonly n: number | undefined } | undefined => {
  const stated = rs.map((r) => r.peak_gflops).filter((g): g is number => typeof g === "number" && g > 0)
  const derived = rs.flatMap((r) => (typeof r.share_of_peak === "number" && r.share_of_peak > 0 ? [r.achieved_gflops / r.share_of_peak] : []))
  const gflops = stated.length > 0 ? median(stated) : derived.length > 0 ? median(derived) : undefined
  if (gflops === undefined) return undefined
  const n = rs.map((r) => r.peak_sgemm_n).find((x): x is number => typeof x === "number")
  return { gflops, n }
}

/** What the lines say about the run: counts, CPU, BLAS kernels, peak (only what is there). */
export const scalingHeader = (rs: ReadonlyArray<Measurement>): string => {
  const first = rs[0]
  const parts: Array<string> = []
  if (first && typeof first.iters === "number") parts.push(`${first.iters} iterations × ${String(first.repeats)} runs (median) after ${String(first.warmup)} warm-up`)
  const native = rs.map((r) => r.native_identity).find((x): x is Record<string, unknown> => typeof x === "object" && x !== null)
  const cpu = native?.cpuModel ?? rs.map((r) => r.cpu).find((c) => typeof c === "string")
  if (typeof cpu === "string") parts.push(`CPU ${cpu}`)
  if (native && typeof native.blasLibrary === "string") parts.push(`${native.blasLibrary} (${String(native.blasCore)} kernels)`)
  const peak = peakOf(rs)
  parts.push(peak ? `peak = ${peak.n ? `one ${peak.n}² sgemm` : "the run's sgemm"} through the native addon: ${peak.gflops.toFixed(0)} GFLOP/s` : "peak: not measured")
  return parts.join("; ")
}

/** A file the reader cannot use; the message is one line and names the file. */
export class ScalingFileError extends Error {
  override readonly name = "ScalingFileError"
}

const required = ["batch", "hidden", "iterations_per_s", "achieved_gflops"] as const

/**
 * The measurements of a saved `--scaling` stdout. Lines that do not start with "{" are skipped (a log
 * saved with 2>&1); a line that does must be a whole bench-mlp measurement.
 */
export const parseScalingLines = (file: string, text: string): Array<Measurement> => {
  const out: Array<Measurement> = []
  text.split("\n").forEach((raw, i) => {
    const line = raw.trim()
    if (!line.startsWith("{")) return
    let v: unknown
    try {
      v = JSON.parse(line)
    } catch (e) {
      throw new ScalingFileError(`${file} line ${i + 1}: not valid JSON (${e instanceof Error ? e.message : String(e)}); is the file cut short?`)
    }
    const o = v as Record<string, unknown>
    const missing = required.filter((k) => typeof o[k] !== "number")
    if (o.benchmark !== "bench-mlp" || typeof o.implementation !== "string" || missing.length > 0) {
      const why = o.benchmark !== "bench-mlp" ? `"benchmark" is ${JSON.stringify(o.benchmark)}` : typeof o.implementation !== "string" ? `no "implementation"` : `no number "${missing[0]}"`
      throw new ScalingFileError(`${file} line ${i + 1}: not a bench-mlp measurement (${why})`)
    }
    out.push(o as Measurement)
  })
  if (out.length === 0) throw new ScalingFileError(`${file}: no bench-mlp JSON lines (save the stdout of npm run bench -- --scaling to it)`)
  return out
}

/** Reads and parses a saved run; a missing or unreadable file is a ScalingFileError naming it. */
export const readScalingLines = (file: string): Array<Measurement> => {
  let text: string
  try {
    text = readFileSync(file, "utf8")
  } catch (e) {
    const code = typeof e === "object" && e !== null && "code" in e ? String((e as { code: unknown }).code) : ""
    throw new ScalingFileError(`cannot read ${file}: ${code === "ENOENT" ? "no such file" : e instanceof Error ? e.message : String(e)}`)
  }
  return parseScalingLines(file, text)
}

export interface ScalingChart {
  readonly spec: TopLevelSpec
  /** the implementations, one line each in every panel, in legend order */
  readonly implementations: ReadonlyArray<string>
  /** the widths, one panel each */
  readonly widths: ReadonlyArray<number>
  readonly peak: number | undefined
}

/** GFLOP/s against batch B (log₂ axis), one panel per width, one line per implementation; the peak as a dashed rule. */
export const scalingChart = (rs: ReadonlyArray<Measurement>): ScalingChart => {
  const ordered = scalingOrder(rs)
  const implementations = [...new Set(ordered.map(chartLabel))]
  const widths = [...new Set(ordered.map((r) => r.hidden))]
  const batches = [...new Set(ordered.map((r) => r.batch))].sort((a, b) => a - b)
  const peak = peakOf(rs)
  const values = ordered.map((r) => ({ batch: r.batch, width: r.hidden, implementation: chartLabel(r), gflops: r.achieved_gflops, ...(peak ? { peak: peak.gflops } : {}) }))
  const line = {
    mark: { type: "line", point: { size: 30 }, strokeWidth: 1.5 },
    encoding: {
      x: { field: "batch", type: "quantitative", title: "batch B", scale: { type: "log", base: 2, nice: false }, axis: { values: batches, format: "d" } },
      y: { field: "gflops", type: "quantitative", title: "GFLOP/s" },
      color: { field: "implementation", type: "nominal", title: "implementation", sort: implementations }
    }
  }
  // one rule per panel: the same peak on every row, aggregated
  const atPeak = { y: { field: "peak", type: "quantitative", aggregate: "max" } }
  const rule = { mark: { type: "rule", strokeDash: [5, 4], color: "#777" }, encoding: atPeak }
  const label = { mark: { type: "text", x: 4, dy: -7, align: "left", fontSize: 10, color: "#555" }, encoding: { ...atPeak, text: { value: "sgemm peak" } } }
  const subtitle = peak
    ? `dashed: the run's peak, ${peak.n ? `one ${peak.n}² sgemm` : "one large sgemm"} through the native addon, ${peak.gflops.toFixed(0)} GFLOP/s`
    : "no sgemm peak in the lines"
  return {
    implementations,
    widths,
    peak: peak?.gflops,
    spec: {
      title: { text: "bench-mlp: GFLOP/s against batch B, one panel per MLP width", subtitle },
      data: { values },
      facet: { column: { field: "width", type: "ordinal", sort: widths, header: { title: "width" } } },
      spec: { width: 220, height: 200, layer: peak ? [line, rule, label] : [line] }
    } as TopLevelSpec
  }
}

/** Renders the chart to PNG and writes it atomically. */
export const writeScalingChart = async (rs: ReadonlyArray<Measurement>, path: string): Promise<void> => {
  const svg = await renderSvg(scalingChart(rs).spec, "bench-scaling")
  writeFileAtomic(path, svgToPng(svg))
}
