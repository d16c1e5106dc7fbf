/**
 * The non-chart sections of an experiment page: checks, provenance per cell, sample-grid images, and
 * the grouping of cells into labelled series (non-seed axes; seeds are averaged).
 */
import * as path from "node:path"
import type { GroupedRows } from "./charts.ts"
import { esc, table } from "./html.ts"
import { evaluateCheck, finalResults, type CheckOutcome, type DistillCell, type MetricRecord, type Plan, type StoredCell } from "./storeAccess.ts"

/** "stepMatching=uniform · iterations=1500": the cell's axes except `skip` (seed by default). */
export const groupLabel = (cell: DistillCell, skip: ReadonlyArray<string> = ["seed"]): string =>
  Object.entries(cell.axes)
    .filter(([a]) => !skip.includes(a))
    // the experiment's declared axis order, which the cell id keeps (plans list axes sorted)
    .sort(([a], [b]) => declaredIndex(cell, a) - declaredIndex(cell, b))
    .map(([a, v]) => `${a}=${v}`).join(" · ") || "all cells"

const declaredIndex = (cell: DistillCell, axis: string): number => {
  const i = cell.id.slice(cell.id.indexOf("/") + 1).split(",").findIndex((part) => part.startsWith(`${axis}=`))
  return i < 0 ? Number.MAX_SAFE_INTEGER : i
}

/** Rows grouped by label, in the plan's cell order. */
export const groupRows = (cells: ReadonlyArray<{ readonly cell: DistillCell; readonly rows: ReadonlyArray<MetricRecord> }>): Array<GroupedRows> => {
  const by = new Map<string, Array<MetricRecord>>()
  for (const c of cells) by.set(groupLabel(c.cell), [...(by.get(groupLabel(c.cell)) ?? []), ...c.rows])
  return [...by].map(([group, rows]) => ({ group, rows }))
}

/** Rows of another source (baseline file or store) as cells of this plan, matched by cell id. */
export const asPlanCells = (plan: Plan, rows: ReadonlyArray<MetricRecord>) => {
  const byId = new Map<string, Array<MetricRecord>>()
  for (const r of rows) byId.set(r.cellId, [...(byId.get(r.cellId) ?? []), r])
  return plan.cells
    .filter((c): c is DistillCell => c.kind === "distill" && byId.has(c.id))
    .map((cell) => ({ cell, rows: byId.get(cell.id)!.filter((r) => r.phase === "after") }))
}

export const runChecks = (plan: Plan, present: ReadonlyArray<StoredCell>, against: ReadonlyArray<MetricRecord> | undefined): ReadonlyArray<CheckOutcome> =>
  plan.checks.map((check) => evaluateCheck(check, finalResults(present), against))

/** "2 pass, 1 FAIL" (informational checks not counted), or a reason. */
export const checkStatus = (outcomes: ReadonlyArray<CheckOutcome>, hasAgainst: boolean): string => {
  if (outcomes.length === 0) return "no checks"
  if (!hasAgainst) return "no baseline"
  const count = (v: string) => outcomes.filter((o) => o.verdict === v && !o.check.informational).length
  return [`${count("pass")} pass`, ...(count("FAIL") > 0 ? [`${count("FAIL")} FAIL`] : []), ...(count("missing") > 0 ? [`${count("missing")} missing`] : [])].join(", ")
}

const num = (x: number | undefined, digits = 4): string => (x === undefined ? "–" : Math.abs(x) >= 0.01 || x === 0 ? x.toFixed(digits) : x.toExponential(2))

export const checksTable = (outcomes: ReadonlyArray<CheckOutcome>, againstLabel: string): string =>
  table(
    ["check", "metric", "k", "this store", esc(againstLabel), "tolerance", "verdict"],
    outcomes.map((o) => {
      const verdict = o.verdict === "pass" ? "pass" : o.verdict === "FAIL" ? "FAIL" : o.check.informational ? "info" : o.verdict
      return [
        esc(o.check.name),
        `${esc(o.check.metric)}${o.check.relativeTo !== undefined ? ` ÷ ${esc(o.check.relativeTo)} (ratio)` : ""} (${o.check.better} is better)`,
        String(o.check.k),
        o.value ? `${num(o.value.mean)}${o.value.n > 1 ? ` ± ${num(o.value.std)}` : ""}` : "–",
        o.baseline ? num(o.baseline.mean) : "–",
        num(o.tolerance),
        `<span class="${verdict}" data-verdict="${verdict}">${verdict}</span>${o.note ? ` <span class="note">${esc(o.note)}</span>` : ""}`
      ]
    }),
    ' class="checks"'
  )

const seconds = (s: number | undefined): string =>
  s === undefined ? "–" : s >= 3600 ? `${(s / 3600).toFixed(1)} h` : s >= 60 ? `${(s / 60).toFixed(1)} min` : `${s.toFixed(1)} s`
export const duration = seconds

/** One row per cell: commit, key, backend, CPU, time, peak memory (manifest), and a link to its folder. */
export const provenanceTable = (cells: ReadonlyArray<StoredCell>, outDir: string): string =>
  table(
    ["cell", "commit", "store key", "backend", "CPU", "wall time", "peak RSS", "iterations", "images seen", "curve share"],
    cells.map((c) => {
      const m = c.manifest
      const share = c.rows.find((r) => r.metric === "curve_time_share")?.value
      return [
        esc(c.cell.id),
        m.commit === undefined ? '<span class="note">not recorded</span>' : esc(m.commit.slice(0, 12)),
        `<a href="${esc(path.relative(outDir, c.dir).split(path.sep).join("/"))}/">${esc(c.key.slice(0, 12))}</a>`,
        esc(m.backend ?? "–"),
        esc(m.cpu ?? "–"),
        seconds(m.wallSeconds),
        m.peakRssMb === undefined ? "–" : `${m.peakRssMb.toFixed(0)} MB`,
        String(m.iterations ?? "–"),
        String(m.imagesSeen ?? "–"),
        share === undefined ? "–" : `${(100 * share).toFixed(1)}%`
      ]
    }),
    ' class="provenance"'
  )

/** Sample-grid PNGs of the cells (image teachers), copied next to the page: [from, to (relative)]. */
export const gridImages = (experiment: string, cells: ReadonlyArray<StoredCell>) =>
  cells.flatMap((c) =>
    c.images.map((name) => ({
      cell: c.cell.id,
      name: name.replace(/\.png$/, ""),
      from: path.join(c.dir, name),
      to: `assets/${experiment}/${c.key.slice(0, 16)}-${name}`
    }))
  )
