/**
 * `metrics.arrow`: a cell's evaluation rows as an Apache Arrow IPC file (architecture.md, "Results").
 * One row per (evaluation, k, metric): cell id and name, phase, iteration, images seen, steps k, metric,
 * value, unit, direction, and one `axis.<name>` column per sweep axis of the cell. The metric
 * declarations (name, unit, direction) are also stored in the schema metadata under "sidlab.metrics".
 *
 * Reads verify the file's magic bytes at both ends and that the declared columns are there, so a
 * truncated or foreign file is reported by path instead of being half-read. No tfjs here.
 */
import { Field, Float64, Int32, Schema as ArrowSchema, Table, tableFromIPC, tableToIPC, Utf8, vectorFromArray, type Vector } from "apache-arrow"
import { Schema } from "effect"
import { readFileSync } from "node:fs"
import { metrics } from "../../dsl/Experiment.ts"

/** A metric's declaration: what it is measured in and which direction is better. */
export interface MetricDeclaration {
  readonly name: string
  readonly unit: string
  readonly better: "lower" | "higher"
}

/** The declared metrics (dsl/Experiment.ts `metrics`), as schema metadata and per-row columns. */
export const METRICS: ReadonlyArray<MetricDeclaration> = Object.entries(metrics).map(([name, m]) => ({ name, unit: m.unit, better: m.better }))
export const metricDeclaration = (name: string): MetricDeclaration | undefined => METRICS.find((m) => m.name === name)

/** One row as written and read. */
export interface MetricRecord {
  readonly cellId: string
  readonly cellName: string
  readonly phase: string
  readonly iteration: number
  readonly imagesSeen: number
  readonly k: number
  readonly metric: string
  readonly value: number
  readonly axes: Readonly<Record<string, string>>
}

const FIXED = ["cell_id", "cell_name", "phase", "iteration", "images_seen", "k", "metric", "value", "unit", "better"] as const

/** A metrics file that cannot be read; the message starts with its path. */
export class MetricsFileError extends Schema.TaggedError<MetricsFileError>()("MetricsFileError", {
  path: Schema.String,
  detail: Schema.String
}) {
  override get message() {
    return `${this.path}: ${this.detail}`
  }
}

/** Encodes rows as an Arrow IPC file; `axes` names the sweep axes (one column each). */
export const encodeMetrics = (rows: ReadonlyArray<MetricRecord>, axisNames: ReadonlyArray<string>): Uint8Array => {
  const col = <T>(f: (r: MetricRecord) => T) => rows.map(f)
  const unknown = rows.find((r) => metricDeclaration(r.metric) === undefined)
  if (unknown) throw new Error(`metric "${unknown.metric}" has no declaration in METRICS`)
  const vectors: Array<[string, Vector]> = [
    ["cell_id", vectorFromArray(col((r) => r.cellId), new Utf8())],
    ["cell_name", vectorFromArray(col((r) => r.cellName), new Utf8())],
    ["phase", vectorFromArray(col((r) => r.phase), new Utf8())],
    ["iteration", vectorFromArray(col((r) => r.iteration), new Int32())],
    ["images_seen", vectorFromArray(col((r) => r.imagesSeen), new Float64())],
    ["k", vectorFromArray(col((r) => r.k), new Int32())],
    ["metric", vectorFromArray(col((r) => r.metric), new Utf8())],
    ["value", vectorFromArray(col((r) => r.value), new Float64())],
    ["unit", vectorFromArray(col((r) => metricDeclaration(r.metric)!.unit), new Utf8())],
    ["better", vectorFromArray(col((r) => metricDeclaration(r.metric)!.better), new Utf8())],
    ...[...axisNames].sort().map((a): [string, Vector] => [`axis.${a}`, vectorFromArray(col((r) => r.axes[a] ?? ""), new Utf8())])
  ]
  const schema = new ArrowSchema(
    vectors.map(([name, v]) => new Field(name, v.type, false)),
    new Map([["sidlab.metrics", JSON.stringify(METRICS)], ["sidlab.format", "metrics/1"]])
  )
  const table = new Table(schema, Object.fromEntries(vectors))
  return tableToIPC(table, "file")
}

const MAGIC = "ARROW1"

/** Decodes a metrics file, verifying it is a whole Arrow IPC file with the expected columns. */
export const decodeMetrics = (bytes: Uint8Array, path: string): ReadonlyArray<MetricRecord> => {
  const text = (a: number, b: number) => Buffer.from(bytes.subarray(a, b)).toString("latin1")
  if (bytes.byteLength < 12 || text(0, 6) !== MAGIC || text(bytes.byteLength - 6, bytes.byteLength) !== MAGIC) {
    throw new MetricsFileError({ path, detail: "is not a complete Arrow IPC file (truncated or corrupt); re-run the cell to rewrite it" })
  }
  let table: Table
  try {
    table = tableFromIPC(bytes)
  } catch (e) {
    throw new MetricsFileError({ path, detail: `cannot be read as Arrow (${e instanceof Error ? e.message : String(e)})` })
  }
  const names = table.schema.fields.map((f) => f.name)
  const missing = FIXED.filter((c) => !names.includes(c))
  if (missing.length > 0) throw new MetricsFileError({ path, detail: `lacks the column(s) ${missing.join(", ")}` })
  const axisCols = names.filter((n) => n.startsWith("axis."))
  // each column read once (a lookup per row and field is most of the decode time)
  const column = <T>(name: string): Array<T> => Array.from(table.getChild(name)! as Iterable<T>)
  const cellId = column<string>("cell_id"), cellName = column<string>("cell_name"), phase = column<string>("phase")
  const iteration = column<number>("iteration"), imagesSeen = column<number>("images_seen"), k = column<number>("k")
  const metric = column<string>("metric"), value = column<number>("value")
  const axes = axisCols.map((c) => [c.slice(5), column<string>(c)] as const)
  const out: Array<MetricRecord> = []
  for (let i = 0; i < table.numRows; i++) {
    out.push({
      cellId: cellId[i]!,
      cellName: cellName[i]!,
      phase: phase[i]!,
      iteration: iteration[i]!,
      imagesSeen: imagesSeen[i]!,
      k: k[i]!,
      metric: metric[i]!,
      value: value[i]!,
      axes: Object.fromEntries(axes.map(([a, values]) => [a, values[i]!]))
    })
  }
  return out
}

export const readMetricsFile = (path: string): ReadonlyArray<MetricRecord> => {
  let bytes: Uint8Array
  try {
    bytes = readFileSync(path)
  } catch (e) {
    throw new MetricsFileError({ path, detail: `cannot be read (${e instanceof Error ? e.message : String(e)})` })
  }
  return decodeMetrics(bytes, path)
}
