/**
 * Committed baselines as reviewable text: `generated/baselines/<experiment>.json`, one stored value per
 * line, sorted by cell, phase, metric and k, so a pull request that moves a baseline shows the old and
 * the new number side by side. Numbers are written in JavaScript's shortest round-trip form, so the text
 * holds exactly the float64 values of the Arrow rows it was made from.
 *
 * `sidlab baseline` also writes `<experiment>.arrow` (the same rows) for tools that read Arrow;
 * `sidlab check` reads the text file and falls back to the Arrow file only when there is no text file.
 */
import { Schema } from "effect"
import { existsSync, readFileSync } from "node:fs"
import * as path from "node:path"
import type { Plan } from "../dsl/Plan.ts"
import { readMetricsFile, type MetricRecord } from "../stages/internal/metricsArrow.ts"

export const BASELINE_FORMAT = "sidlab-baseline/1"

export const baselineTextPath = (root: string, plan: Pick<Plan, "experiment">): string =>
  path.join(root, "generated", "baselines", `${plan.experiment}.json`)
export const baselineArrowPath = (root: string, plan: Pick<Plan, "experiment">): string =>
  path.join(root, "generated", "baselines", `${plan.experiment}.arrow`)

/** A bad baseline file: the message names the file and the field. */
export class BaselineFileError extends Schema.TaggedError<BaselineFileError>()("BaselineFileError", {
  path: Schema.String,
  detail: Schema.String
}) {
  override get message() {
    return `${this.path}: ${this.detail}`
  }
}

interface CellInfo {
  readonly name: string
  readonly iteration: number
  readonly imagesSeen: number
  readonly axes: Readonly<Record<string, string>>
}

const order = (a: string | number, b: string | number): number => (a < b ? -1 : a > b ? 1 : 0)
const rowOrder = (a: MetricRecord, b: MetricRecord): number =>
  order(a.cellId, b.cellId) || order(a.phase, b.phase) || order(a.metric, b.metric) || order(a.k, b.k)

/** The text of a baseline: a header, one line per cell (what every row of it shares), one line per value. */
export const encodeBaseline = (experiment: string, rows: ReadonlyArray<MetricRecord>): string => {
  const cells = new Map<string, CellInfo>()
  for (const r of rows) {
    const info: CellInfo = { name: r.cellName, iteration: r.iteration, imagesSeen: r.imagesSeen, axes: Object.fromEntries(Object.entries(r.axes).sort(([a], [b]) => order(a, b))) }
    const seen = cells.get(r.cellId)
    if (seen === undefined) cells.set(r.cellId, info)
    else if (JSON.stringify(seen) !== JSON.stringify(info)) throw new Error(`baseline of ${experiment}: the rows of ${r.cellId} come from different evaluations (iteration ${seen.iteration} and ${r.iteration})`)
  }
  const ids = [...cells.keys()].sort(order)
  const sorted = [...rows].sort(rowOrder)
  for (let i = 1; i < sorted.length; i++) {
    if (rowOrder(sorted[i - 1]!, sorted[i]!) === 0) throw new Error(`baseline of ${experiment}: two values for ${sorted[i]!.cellId} ${sorted[i]!.phase} ${sorted[i]!.metric} k=${sorted[i]!.k}`)
  }
  const list = (lines: ReadonlyArray<string>) => (lines.length === 0 ? "" : `\n${lines.map((l) => `    ${l}`).join(",\n")}\n  `)
  return [
    "{",
    `  "format": ${JSON.stringify(BASELINE_FORMAT)},`,
    `  "experiment": ${JSON.stringify(experiment)},`,
    `  "columns": ["cell", "phase", "metric", "k", "value"],`,
    `  "cells": {${list(ids.map((id) => `${JSON.stringify(id)}: ${JSON.stringify(cells.get(id))}`))}},`,
    `  "values": [${list(sorted.map((r) => JSON.stringify([r.cellId, r.phase, r.metric, r.k, r.value])))}]`,
    "}",
    ""
  ].join("\n")
}

const isRecord = (u: unknown): u is Record<string, unknown> => typeof u === "object" && u !== null && !Array.isArray(u)

/** Parses a baseline text back into the rows it was made from; errors name the file and the entry. */
export const decodeBaseline = (text: string, file: string): ReadonlyArray<MetricRecord> => {
  let doc: unknown
  try {
    doc = JSON.parse(text)
  } catch (e) {
    throw new BaselineFileError({ path: file, detail: `is not valid JSON (${e instanceof Error ? e.message : String(e)}); rewrite it with sidlab baseline` })
  }
  if (!isRecord(doc) || doc.format !== BASELINE_FORMAT) throw new BaselineFileError({ path: file, detail: `format: expected "${BASELINE_FORMAT}"` })
  if (!isRecord(doc.cells)) throw new BaselineFileError({ path: file, detail: "cells: expected an object of cell id → { name, iteration, imagesSeen, axes }" })
  if (!Array.isArray(doc.values)) throw new BaselineFileError({ path: file, detail: "values: expected a list of [cell, phase, metric, k, value]" })
  const cells = doc.cells
  return doc.values.map((v: unknown, i): MetricRecord => {
    const ok = Array.isArray(v) && v.length === 5 && typeof v[0] === "string" && typeof v[1] === "string" && typeof v[2] === "string" &&
      Number.isInteger(v[3]) && typeof v[4] === "number"
    if (!ok) throw new BaselineFileError({ path: file, detail: `values[${i}]: expected [cell, phase, metric, k, value], got ${JSON.stringify(v)}` })
    const [cellId, phase, metric, k, value] = v as [string, string, string, number, number]
    const info = cells[cellId]
    if (!isRecord(info) || typeof info.name !== "string" || typeof info.iteration !== "number" || typeof info.imagesSeen !== "number" || !isRecord(info.axes)) {
      throw new BaselineFileError({ path: file, detail: `values[${i}]: the cell "${cellId}" has no valid entry under cells` })
    }
    return { cellId, cellName: info.name, phase, iteration: info.iteration, imagesSeen: info.imagesSeen, k, metric, value, axes: info.axes as Record<string, string> }
  })
}

/** The committed baseline of a plan: the text file, else (older checkouts) the Arrow file, else none. */
export const readBaseline = (root: string, plan: Pick<Plan, "experiment">): { readonly file: string; readonly rows: ReadonlyArray<MetricRecord> } | undefined => {
  const text = baselineTextPath(root, plan)
  if (existsSync(text)) return { file: text, rows: decodeBaseline(readFileSync(text, "utf8"), path.relative(root, text)) }
  const arrow = baselineArrowPath(root, plan)
  return existsSync(arrow) ? { file: arrow, rows: readMetricsFile(arrow) } : undefined
}

/** Rows as comparable text lines (cell, phase, metric, k → value), for telling whether two baselines agree. */
export const baselineValues = (rows: ReadonlyArray<MetricRecord>): ReadonlyArray<string> =>
  [...rows].sort(rowOrder).map((r) => JSON.stringify([r.cellId, r.phase, r.metric, r.k, r.value]))
