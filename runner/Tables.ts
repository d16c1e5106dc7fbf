/**
 * Paper-style tables (architecture.md, "Results, tables, regression"): rows and columns from sweep axes
 * or "k", each table cell a metric's mean ± std over the remaining axes (seeds), the best mean of each
 * column in bold, arrows for the better direction. Rendered to Markdown and LaTeX, deterministically.
 */
import type { Plan, PlanTable } from "../dsl/Plan.ts"
import { metrics, type TablePhase } from "../dsl/Experiment.ts"
import { metricDeclaration, type MetricRecord } from "../stages/internal/metricsArrow.ts"
import { matches, summarise, type CellResults, type Summary } from "./Results.ts"

const METRIC_LABEL: Readonly<Record<string, string>> = {
  fd: "FD", alignment: "Align.", precision: "Prec.", recall: "Rec.", coverage: "Cov.",
  passes_per_iter: "passes/it", teacher_fd: "teacher FD", teacher_alignment: "teacher Align.", peak_tensor_mb: "peak MiB", sec_per_iter: "s/it", curve_time_share: "curve share"
}
const DIGITS: Readonly<Record<string, number>> = { fd: 4, alignment: 3, precision: 3, recall: 3, coverage: 2, passes_per_iter: 1, teacher_fd: 4, teacher_alignment: 3, peak_tensor_mb: 1, sec_per_iter: 3, curve_time_share: 3 }
const perCell = (metric: string): boolean => (metrics as Record<string, { scope: string }>)[metric]?.scope === "cell"

/** Labels of a row or column dimension ("k" or an axis), in declared order. */
const dimensionLabels = (plan: Plan, dims: ReadonlyArray<string>, ks: ReadonlyArray<string>): Array<Record<string, string>> => {
  let combos: Array<Record<string, string>> = [{}]
  for (const d of dims) {
    const labels = d === "k" ? ks : [...(plan.axes[d] ?? [])]
    combos = combos.flatMap((c) => labels.map((l) => ({ ...c, [d]: l })))
  }
  return combos
}

const title = (combo: Record<string, string>): string =>
  Object.entries(combo).map(([d, l]) => (d === "k" ? (l === DATA ? DATA : `k=${l}`) : Object.keys(combo).length > 1 ? `${d}: ${l}` : l)).join(", ") || "all"

/** The label of the data floor when it is an entry of the k dimension. */
const DATA = "data"
const PHASE_LABEL: Readonly<Record<TablePhase, string>> = { before: "before", after: "after", best: "best", data: "data" }

export interface RenderedTable {
  readonly markdown: string
  readonly latex: string
}

interface Column {
  readonly combo: Record<string, string>
  readonly metric: string
  readonly phase: TablePhase
  /** The first phase column of its metric: where a "data" row of the k dimension shows the floor. */
  readonly first: boolean
}

/**
 * The iteration of a cell's best snapshot: of its training-curve evaluations ("during"), the one with the
 * lowest FD at k = K (the latest on a tie). Curve points share one sample size, smaller than the final
 * evaluation's, so they are compared with each other only; without a curve it is the final evaluation.
 */
export const bestIteration = (r: CellResults): number | undefined => {
  const K = r.cell.config.generator.numSteps
  const all = (r.all ?? r.rows).filter((x) => x.metric === "fd" && x.k === K)
  const curve = all.filter((x) => x.phase === "during")
  const fds = curve.length > 0 ? curve : all.filter((x) => x.phase === "after")
  return fds.reduce<MetricRecord | undefined>((b, x) => (b === undefined || x.value < b.value || (x.value === b.value && x.iteration > b.iteration) ? x : b), undefined)?.iteration
}

/** The stored values of one table entry of one cell: `k` undefined reads a sample metric at the cell's own K. */
const entryValues = (r: CellResults, metric: string, phase: TablePhase, k: number | typeof DATA | undefined): ReadonlyArray<number> => {
  const rows = r.all ?? r.rows
  if (perCell(metric)) return phase === "data" ? [] : r.rows.filter((x) => x.metric === metric && x.k === 0).map((x) => x.value)
  if (phase === "data" || k === DATA) {
    // the floor: fresh true samples against the reference (k = 0), the same before and after training
    const floor = rows.filter((x) => x.metric === metric && x.k === 0 && x.phase !== "timing")
    const before = floor.filter((x) => x.phase === "before")
    return (before.length > 0 ? before : floor.filter((x) => x.phase === "after")).map((x) => x.value)
  }
  const at = k ?? r.cell.config.generator.numSteps
  if (phase === "best") {
    // the snapshot `evaluation.best` selected and evaluated in full; without that option, the curve's best point
    const selected = rows.filter((x) => x.phase === "best" && x.metric === metric && x.k === at)
    if (selected.length > 0) return selected.map((x) => x.value)
    const it = bestIteration(r)
    const phase = rows.some((x) => x.phase === "during" && x.iteration === it) ? "during" : "after"
    return rows.filter((x) => x.phase === phase && x.iteration === it && x.metric === metric && x.k === at).slice(-1).map((x) => x.value)
  }
  return rows.filter((x) => x.phase === phase && x.metric === metric && x.k === at).map((x) => x.value)
}

/** Computes every table cell and renders both formats. */
export const renderTable = (plan: Plan, table: PlanTable, results: ReadonlyArray<CellResults>): RenderedTable => {
  const selected = results.filter((r) => matches(r.cell.axes, table.cells))
  const allK = [...new Set(selected.flatMap((r) => r.rows.map((x) => x.k)))].filter((k) => k > 0).sort((a, b) => a - b)
  const ks = table.k ? allK.filter((k) => table.k!.includes(k)) : allK
  const phases: ReadonlyArray<TablePhase> = table.phases ?? ["after"]
  const hasK = table.rows.includes("k") || table.columns.includes("k")
  // with a k dimension the data floor is one more k entry; otherwise a column phase like the others
  const dataAsK = phases.includes("data") && hasK && phases.some((p) => p !== "data")
  const columnPhases = dataAsK ? phases.filter((p) => p !== "data") : phases
  const kLabels = dataAsK ? [...ks.map(String), DATA] : ks.map(String)
  // combinations of row axes that no cell has (e.g. a union sweep) are left out rather than shown empty
  const rows = dimensionLabels(plan, table.rows, kLabels).filter((row) => {
    const axisSel = Object.fromEntries(Object.entries(row).filter(([d]) => d !== "k"))
    return selected.some((r) => matches(r.cell.axes, axisSel))
  })
  const columns: Array<Column> = dimensionLabels(plan, table.columns, kLabels).flatMap((combo) =>
    table.metrics.flatMap((metric) => columnPhases.map((phase, i) => ({ combo, metric, phase, first: i === 0 }))))
  const isData = (row: Record<string, string>, col: Column) => row.k === DATA || col.combo.k === DATA

  const cell = (row: Record<string, string>, col: Column): Summary | undefined => {
    const where = { ...row, ...col.combo }
    if (where.k === DATA && !col.first) return undefined
    const k = where.k === undefined ? undefined : where.k === DATA ? DATA : Number(where.k)
    const axisSel = Object.fromEntries(Object.entries(where).filter(([d]) => d !== "k"))
    const values = selected.filter((r) => matches(r.cell.axes, axisSel)).flatMap((r) => entryValues(r, col.metric, col.phase, k))
    return values.length === 0 ? undefined : summarise(values)
  }
  const grid = rows.map((row) => columns.map((col) => cell(row, col)))
  const best = columns.map((col, j) => {
    const better = metricDeclaration(col.metric)!.better
    if (col.combo.k === DATA || col.phase === "data") return undefined
    const means = grid.flatMap((r, i) => (rows[i]!.k === DATA ? [] : [r[j]?.mean])).filter((m): m is number => m !== undefined)
    return means.length < 2 ? undefined : better === "lower" ? Math.min(...means) : Math.max(...means)
  })
  const fmt = (s: Summary | undefined, metric: string, blank = false) =>
    s === undefined ? (blank ? "" : "–") : s.n > 1 ? `${s.mean.toFixed(DIGITS[metric] ?? 3)} ± ${s.std.toFixed(DIGITS[metric] ?? 3)}` : s.mean.toFixed(DIGITS[metric] ?? 3)
  const arrow = (metric: string) => (metricDeclaration(metric)!.better === "lower" ? "↓" : "↑")
  const showPhase = columnPhases.length > 1 || columnPhases[0] !== "after"
  const colHeader = (c: Column) =>
    `${table.columns.length > 0 ? `${title(c.combo)} ` : ""}${METRIC_LABEL[c.metric] ?? c.metric}${showPhase ? ` ${PHASE_LABEL[c.phase]}` : ""} ${arrow(c.metric)}`
  const rowHead = table.rows.join(" / ") || "cells"
  const seedsNote = selected.some((r) => r.cell.axes.seed !== undefined) && !table.rows.includes("seed") && !table.columns.includes("seed")
    ? "mean ± std over seeds" : "single runs"
  const kNote = hasK ? "" : "; each generator sampled with its K steps"
  const phaseNote = [
    phases.includes("best") ? "; best = the snapshot evaluation.best selected (else the training-curve point with the lowest FD at k = K)" : "",
    phases.includes("data") ? "; data = fresh true samples (the floor)" : ""
  ].join("")

  const md = [
    `<!-- DO NOT EDIT – rendered by sidlab table from the stored metrics of ${plan.source} -->`,
    `**${plan.experiment} / ${table.name}** (${seedsNote}${kNote}${phaseNote}; best per column in bold)`,
    "",
    `| ${rowHead} | ${columns.map(colHeader).join(" | ")} |`,
    `|---|${columns.map(() => "---:").join("|")}|`,
    ...rows.map((row, i) => `| ${title(row)} | ${columns.map((c, j) => {
      const s = grid[i]![j]
      const text = fmt(s, c.metric, isData(row, c))
      return s !== undefined && best[j] !== undefined && s.mean === best[j] && !isData(row, c) ? `**${text}**` : text
    }).join(" | ")} |`)
  ].join("\n")

  const tex = (s: string) => s.replace(/κ/g, "$\\kappa$").replace(/±/g, "$\\pm$").replace(/↓/g, "$\\downarrow$").replace(/↑/g, "$\\uparrow$").replace(/_/g, "\\_").replace(/%/g, "\\%")
  const latex = [
    `% DO NOT EDIT – rendered by sidlab table from the stored metrics of ${plan.source}`,
    `% ${plan.experiment} / ${table.name}: ${seedsNote}${kNote}${phaseNote}; best per column in bold`,
    `\\begin{tabular}{l${"r".repeat(columns.length)}}`,
    "\\toprule",
    `${tex(rowHead)} & ${columns.map((c) => tex(colHeader(c))).join(" & ")} \\\\`,
    "\\midrule",
    ...rows.map((row, i) => `${tex(title(row))} & ${columns.map((c, j) => {
      const s = grid[i]![j]
      const text = tex(fmt(s, c.metric, isData(row, c)))
      return s !== undefined && best[j] !== undefined && s.mean === best[j] && !isData(row, c) ? `\\textbf{${text}}` : text
    }).join(" & ")} \\\\`),
    "\\bottomrule",
    "\\end{tabular}"
  ].join("\n")
  return { markdown: `${md}\n`, latex: `${latex}\n` }
}
