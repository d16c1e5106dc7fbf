/**
 * Interoperability of `metrics.arrow` (issue 4): the files written by `encodeMetrics` (apache-arrow JS) are read
 * back by a second, independent Arrow implementation — DuckDB — and give the same values, bit for bit.
 *
 * Which DuckDB, and how the file reaches it (all offline):
 * - `@duckdb/node-api` (native DuckDB) cannot be used: it has no built-in Arrow IPC reader (only `arrow_scan`,
 *   which takes C data interface pointers), and the `arrow`/`nanoarrow` extensions that add one are downloaded
 *   at run time from outside the npm registry, which this project's machines and CI cannot reach.
 * - `@duckdb/duckdb-wasm` (dev dependency; its node "blocking" build, no workers, wasm loaded from node_modules)
 *   links the Arrow C++ library and decodes IPC with Arrow C++'s `arrow::ipc::StreamDecoder`
 *   (`insertArrowFromIPCStream`), then scans it into a DuckDB table with `arrow_scan`. That is the independent
 *   parser used here: the bytes of our file are decoded by Arrow C++, never by apache-arrow JS.
 * - It only accepts the IPC *stream* format; our files are the IPC *file* format. Arrow C++'s file reader is
 *   linked into the wasm but not reachable from SQL or the JS API. So `fileToStream` below reads the file the
 *   way a file reader does, from the spec alone (no apache-arrow JS): it checks the magic at both ends, reads
 *   the footer flatbuffer (version, schema, dictionary and record batch blocks), and hands DuckDB a stream made
 *   of a Schema message wrapping the footer's schema table unchanged, the message bytes each footer block
 *   points at, copied unchanged, and an end-of-stream marker. A wrong footer (schema, block offsets or lengths)
 *   therefore fails this test too.
 *   The Schema message has to be built because apache-arrow JS writes IPC files with no Schema message before
 *   the record batches (the schema is only in the footer), so slicing the file's body alone is not a stream.
 * - DuckDB does not expose the Arrow schema's custom metadata, so the metadata ("sidlab.metrics",
 *   "sidlab.format") is checked from the same footer parse.
 * - Query results come back from duckdb-wasm as Arrow IPC written by Arrow C++ and decoded by duckdb-wasm's own
 *   apache-arrow (its 17.x dependency, not ours); that concerns DuckDB's output, not the file under test.
 */
import { test, before, after } from "node:test"
import assert from "node:assert/strict"
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs"
import { createRequire } from "node:module"
import { tmpdir } from "node:os"
import * as path from "node:path"
import * as duckdb from "@duckdb/duckdb-wasm/blocking"
import { decodeMetrics, encodeMetrics, METRICS, metricDeclaration, type MetricRecord } from "../../../stages/internal/metricsArrow.ts"

// ---------------------------------------------------------------------------------------------------------
// Arrow IPC file -> IPC stream, from the Arrow columnar format spec (File.fbs, Message.fbs, Schema.fbs).

const MAGIC = "ARROW1"
const CONTINUATION = 0xffffffff
const MESSAGE_HEADER_SCHEMA = 1

interface Block { readonly offset: number; readonly metaDataLength: number; readonly bodyLength: number }
interface ArrowFile {
  readonly version: number
  /** The footer flatbuffer, and the position of its Schema table within it. */
  readonly footer: Uint8Array
  readonly schemaPos: number
  readonly metadata: ReadonlyMap<string, string>
  readonly fieldNames: ReadonlyArray<string>
  readonly dictionaries: ReadonlyArray<Block>
  readonly recordBatches: ReadonlyArray<Block>
}

/** Minimal flatbuffer reading: tables, vectors, strings (little-endian, as Arrow writes them). */
const flat = (buf: Uint8Array) => {
  const dv = new DataView(buf.buffer, buf.byteOffset, buf.byteLength)
  const deref = (pos: number) => pos + dv.getUint32(pos, true)
  const field = (table: number, id: number): number | undefined => {
    const vtable = table - dv.getInt32(table, true)
    const at = 4 + 2 * id
    if (at >= dv.getUint16(vtable, true)) return undefined
    const off = dv.getUint16(vtable + at, true)
    return off === 0 ? undefined : table + off
  }
  const vector = (pos: number | undefined): { start: number; length: number } => {
    if (pos === undefined) return { start: 0, length: 0 }
    const v = deref(pos)
    return { start: v + 4, length: dv.getUint32(v, true) }
  }
  const string = (pos: number | undefined): string => {
    if (pos === undefined) return ""
    const s = deref(pos)
    return Buffer.from(buf.subarray(s + 4, s + 4 + dv.getUint32(s, true))).toString("utf8")
  }
  return { dv, deref, field, vector, string }
}

const readArrowFile = (bytes: Uint8Array): ArrowFile => {
  const latin1 = (a: number, b: number) => Buffer.from(bytes.subarray(a, b)).toString("latin1")
  assert.equal(latin1(0, 6), MAGIC, "leading magic")
  assert.equal(latin1(bytes.byteLength - 6, bytes.byteLength), MAGIC, "trailing magic")
  const dv = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  const footerLength = dv.getInt32(bytes.byteLength - 10, true)
  const footerStart = bytes.byteLength - 10 - footerLength
  assert.ok(footerLength > 0 && footerStart >= 8 && footerStart % 8 === 0, `footer of ${footerLength} bytes at ${footerStart}`)
  const footer = bytes.subarray(footerStart, footerStart + footerLength)
  const f = flat(footer)
  const root = f.deref(0)
  const versionPos = f.field(root, 0)
  const schemaField = f.field(root, 1)
  assert.ok(schemaField !== undefined, "footer has a schema")
  const schemaPos = f.deref(schemaField)
  const blocks = (id: number): Array<Block> => {
    const { start, length } = f.vector(f.field(root, id))
    return Array.from({ length }, (_, i) => {
      const b = start + 24 * i // struct Block { offset: long; metaDataLength: int; (pad 4) bodyLength: long }
      return { offset: Number(f.dv.getBigInt64(b, true)), metaDataLength: f.dv.getInt32(b + 8, true), bodyLength: Number(f.dv.getBigInt64(b + 16, true)) }
    })
  }
  const kv = f.vector(f.field(schemaPos, 2)) // Schema.custom_metadata: [KeyValue { key: string; value: string }]
  const metadata = new Map(Array.from({ length: kv.length }, (_, i) => {
    const t = f.deref(kv.start + 4 * i)
    return [f.string(f.field(t, 0)), f.string(f.field(t, 1))] as const
  }))
  const fields = f.vector(f.field(schemaPos, 1)) // Schema.fields: [Field { name: string; ... }]
  const fieldNames = Array.from({ length: fields.length }, (_, i) => f.string(f.field(f.deref(fields.start + 4 * i), 0)))
  return {
    version: versionPos === undefined ? 0 : f.dv.getInt16(versionPos, true),
    footer, schemaPos, metadata, fieldNames, dictionaries: blocks(2), recordBatches: blocks(3)
  }
}

/** A Schema message whose header is the footer's Schema table (the footer is embedded unchanged, 8-aligned). */
const schemaMessage = (file: ArrowFile): Uint8Array => {
  // Message { version: short; header_type: ubyte; header: offset; bodyLength: long } laid out as
  // [0] root offset -> table at 16; [4] vtable (12 bytes); [16] table: soffset, header, bodyLength, version, type;
  // [40] the footer bytes.
  const TABLE = 16, FOOTER = 40
  const meta = new Uint8Array(FOOTER + Math.ceil(file.footer.byteLength / 8) * 8)
  const dv = new DataView(meta.buffer)
  dv.setUint32(0, TABLE, true)
  dv.setUint16(4, 12, true) // vtable size
  dv.setUint16(6, 24, true) // table size
  dv.setUint16(8, 16, true) // version at table + 16
  dv.setUint16(10, 18, true) // header_type at table + 18
  dv.setUint16(12, 4, true) // header at table + 4
  dv.setUint16(14, 8, true) // bodyLength at table + 8
  dv.setInt32(TABLE, TABLE - 4, true) // table -> vtable
  dv.setUint32(TABLE + 4, FOOTER + file.schemaPos - (TABLE + 4), true)
  dv.setBigInt64(TABLE + 8, 0n, true)
  dv.setInt16(TABLE + 16, file.version, true)
  dv.setUint8(TABLE + 18, MESSAGE_HEADER_SCHEMA)
  meta.set(file.footer, FOOTER)
  const out = new Uint8Array(8 + meta.byteLength)
  const odv = new DataView(out.buffer)
  odv.setUint32(0, CONTINUATION, true)
  odv.setInt32(4, meta.byteLength, true)
  out.set(meta, 8)
  return out
}

/** The IPC stream equivalent of an IPC file: Schema message, the footer's blocks in order, end of stream. */
const fileToStream = (bytes: Uint8Array, file: ArrowFile): Uint8Array => {
  const parts = [schemaMessage(file)]
  for (const b of [...file.dictionaries, ...file.recordBatches]) {
    assert.ok(b.offset >= 8 && b.offset + b.metaDataLength + b.bodyLength <= bytes.byteLength, `block ${JSON.stringify(b)} inside the file`)
    assert.equal(new DataView(bytes.buffer, bytes.byteOffset + b.offset, 4).getUint32(0, true), CONTINUATION, `block at ${b.offset} starts a message`)
    parts.push(bytes.subarray(b.offset, b.offset + b.metaDataLength + b.bodyLength))
  }
  parts.push(new Uint8Array([0xff, 0xff, 0xff, 0xff, 0, 0, 0, 0]))
  return Buffer.concat(parts)
}

// ---------------------------------------------------------------------------------------------------------
// DuckDB-wasm, node blocking build, local wasm files.

const require = createRequire(import.meta.url)
let db: duckdb.DuckDBBindings
let dir: string

before(async () => {
  const wasm = (name: string) => require.resolve(`@duckdb/duckdb-wasm/dist/${name}`)
  db = await duckdb.createDuckDB(
    { mvp: { mainModule: wasm("duckdb-mvp.wasm"), mainWorker: "" }, eh: { mainModule: wasm("duckdb-eh.wasm"), mainWorker: "" } },
    new duckdb.VoidLogger(),
    duckdb.NODE_RUNTIME
  )
  await db.instantiate(() => {})
  dir = mkdtempSync(path.join(tmpdir(), "sidlab-interop-"))
})

after(() => {
  db?.reset()
  if (dir) rmSync(dir, { recursive: true, force: true })
})

let tables = 0
/** Loads a metrics file into a fresh DuckDB table (through Arrow C++) and returns the table's name. */
const load = (conn: duckdb.DuckDBConnection, file: string): { name: string; parsed: ArrowFile } => {
  const bytes = new Uint8Array(readFileSync(file))
  const parsed = readArrowFile(bytes)
  const name = `metrics_${tables++}`
  conn.insertArrowFromIPCStream(fileToStream(bytes, parsed), { name })
  return { name, parsed }
}

type Row = Record<string, unknown>
const rowsOf = (conn: duckdb.DuckDBConnection, sql: string): Array<Row> => conn.query(sql).toArray().map((r: { toJSON(): Row }) => r.toJSON())
const bits = (x: number) => Buffer.from(new Float64Array([x]).buffer).toString("hex")

// ---------------------------------------------------------------------------------------------------------

const guidance = ["none", "LSG κ=1.5", "LSG κ=3"] as const
const seeds = ["0", "1"] as const
const names = ["fd", "alignment", "precision", "recall", "coverage"] as const

/** Six cells (guidance × seed), k = 0..4, five metrics, awkward float64 values (full mantissas, tiny, huge). */
const written: ReadonlyArray<MetricRecord> = guidance.flatMap((g, gi) =>
  seeds.flatMap((seed) => [0, 1, 2, 3, 4].flatMap((k) =>
    names.map((metric, mi): MetricRecord => {
      const cellId = `ci/guidance=${g.replace(/ /g, "_")}/seed=${seed}`
      const x = Math.sin(1 + gi * 31 + Number(seed) * 7 + k * 5 + mi) // deterministic, full 53-bit mantissas
      const value = metric === "fd" ? Math.abs(x) * 10 ** (gi - 2) / (k + 1) : (x + 1) / 2
      return {
        cellId, cellName: `guidance: ${g}, seed ${seed}`, phase: k === 0 ? "data" : "after",
        iteration: k === 0 ? 0 : 1500 + gi, imagesSeen: k === 0 ? 0 : 384000 + 0.5 * gi, k, metric,
        value: gi === 2 && k === 4 && mi === 0 ? 5e-324 : gi === 2 && k === 3 && mi === 0 ? 1.7976931348623157e308 : value,
        axes: { guidance: g, seed }
      }
    })
  ))
)

test("DuckDB (Arrow C++ IPC decoder) reads encodeMetrics' file with the same schema and values", () => {
  const file = path.join(dir, "metrics.arrow")
  writeFileSync(file, encodeMetrics(written, ["seed", "guidance"]))
  const conn = db.connect()
  try {
    const { name, parsed } = load(conn, file)

    // Schema as DuckDB sees it: column order, Arrow int32 -> INTEGER, float64 -> DOUBLE, utf8 -> VARCHAR.
    const described = rowsOf(conn, `SELECT column_name, column_type FROM (DESCRIBE ${name})`)
    assert.deepEqual(described.map((r) => [r.column_name, r.column_type]), [
      ["cell_id", "VARCHAR"], ["cell_name", "VARCHAR"], ["phase", "VARCHAR"], ["iteration", "INTEGER"], ["images_seen", "DOUBLE"],
      ["k", "INTEGER"], ["metric", "VARCHAR"], ["value", "DOUBLE"], ["unit", "VARCHAR"], ["better", "VARCHAR"],
      ["axis.guidance", "VARCHAR"], ["axis.seed", "VARCHAR"]
    ])
    assert.deepEqual(parsed.fieldNames, described.map((r) => r.column_name))
    assert.equal(parsed.metadata.get("sidlab.format"), "metrics/1")
    assert.deepEqual(JSON.parse(parsed.metadata.get("sidlab.metrics")!), METRICS)

    // Every row and every value, in the order written (a plain scan keeps insertion order: preserve_insertion_order).
    const got = rowsOf(conn, `SELECT cell_id, cell_name, phase, iteration, images_seen, k, metric, value, unit, better,
      "axis.guidance", "axis.seed" FROM ${name}`)
    assert.equal(got.length, written.length)
    written.forEach((w, i) => {
      const r = got[i]!
      const at = `row ${i} (${w.cellId} k=${w.k} ${w.metric})`
      assert.deepEqual(
        [r.cell_id, r.cell_name, r.phase, r.iteration, r.k, r.metric, r.unit, r.better, r["axis.guidance"], r["axis.seed"]],
        [w.cellId, w.cellName, w.phase, w.iteration, w.k, w.metric, metricDeclaration(w.metric)!.unit, metricDeclaration(w.metric)!.better, w.axes.guidance, w.axes.seed],
        at
      )
      assert.equal(bits(r.value as number), bits(w.value), `${at}: value ${String(r.value)} vs ${w.value}`)
      assert.equal(bits(r.images_seen as number), bits(w.imagesSeen), `${at}: images_seen`)
    })

    // The brief's query shape, with SQL doing the filtering and ordering on DuckDB's side.
    const final = rowsOf(conn, `SELECT cell_id, k, metric, value, "axis.guidance" FROM ${name}
      WHERE phase = 'after' AND k = 4 AND metric = 'fd' ORDER BY cell_id`)
    const expected = written.filter((w) => w.phase === "after" && w.k === 4 && w.metric === "fd")
      .sort((a, b) => (a.cellId < b.cellId ? -1 : a.cellId > b.cellId ? 1 : 0))
    assert.deepEqual(final.map((r) => [r.cell_id, r.k, r.metric, bits(r.value as number), r["axis.guidance"]]),
      expected.map((w) => [w.cellId, w.k, w.metric, bits(w.value), w.axes.guidance]))
    const agg = rowsOf(conn, `SELECT count(*)::INTEGER AS n, count(DISTINCT cell_id)::INTEGER AS cells, min(k) AS k0, max(k) AS k1 FROM ${name}`)
    assert.deepEqual(agg, [{ n: 150, cells: 6, k0: 0, k1: 4 }])
  } finally {
    conn.close()
  }
})

test("a file with no sweep axes and a single row reads the same", () => {
  const file = path.join(dir, "single.arrow")
  const one: MetricRecord = { cellId: "q", cellName: "quickstart", phase: "after", iteration: -1, imagesSeen: 2 ** 53, k: 2147483647, metric: "alignment", value: -0, axes: {} }
  writeFileSync(file, encodeMetrics([one], []))
  const conn = db.connect()
  try {
    const { name } = load(conn, file)
    const got = rowsOf(conn, `SELECT * FROM ${name}`)
    assert.deepEqual(Object.keys(got[0]!), ["cell_id", "cell_name", "phase", "iteration", "images_seen", "k", "metric", "value", "unit", "better"])
    assert.equal(got.length, 1)
    assert.deepEqual([got[0]!.iteration, got[0]!.k, got[0]!.images_seen], [-1, 2147483647, 2 ** 53])
    assert.equal(bits(got[0]!.value as number), bits(-0))
  } finally {
    conn.close()
  }
})

const baseline = path.join(import.meta.dirname, "../../../generated/baselines/ci-regression.arrow")
test("the committed ci-regression baseline (written by `sidlab baseline` from real runs) reads the same in DuckDB", {
  skip: existsSync(baseline) ? false : "generated/baselines/ci-regression.arrow is not there"
}, () => {
  const ours = decodeMetrics(readFileSync(baseline), baseline)
  assert.ok(ours.length > 0)
  const conn = db.connect()
  try {
    const { name, parsed } = load(conn, baseline)
    const axisCols = parsed.fieldNames.filter((n) => n.startsWith("axis."))
    const got = rowsOf(conn, `SELECT * FROM ${name}`)
    assert.equal(got.length, ours.length)
    ours.forEach((w, i) => {
      const r = got[i]!
      assert.deepEqual(
        [r.cell_id, r.cell_name, r.phase, r.iteration, bits(r.images_seen as number), r.k, r.metric, bits(r.value as number)],
        [w.cellId, w.cellName, w.phase, w.iteration, bits(w.imagesSeen), w.k, w.metric, bits(w.value)],
        `row ${i}`
      )
      assert.deepEqual(Object.fromEntries(axisCols.map((c) => [c.slice(5), r[c]])), w.axes, `row ${i} axes`)
    })
  } finally {
    conn.close()
  }
})
