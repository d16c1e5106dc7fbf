/**
 * Paper-style tables (architecture.md, "Results, tables, regression"): rows and columns from sweep axes
 * or "k", each table cell a metric's mean ± std over the remaining axes (seeds), the best mean of each
 * column in bold, arrows for the better direction. Rendered to Markdown and LaTeX, deterministically.
 */
import type { Plan, PlanTable } from "../dsl/Plan.ts"
import { metrics } from "../dsl/Experiment.ts"
import { metricDeclaration } from "../stages/internal/metricsArrow.ts"
import { matches, summarise, type CellResults, type Summary } from "./Results.ts"

const METRIC_LABEL: Readonly<Record<string, string>> = {
  fd: "FD", alignment: "Align.", precision: "Prec.", recall: "Rec.", coverage: "Cov.",
  passes_per_iter: "passes/it", teacher_fd: "teacher FD", teacher_alignment: "teacher Align.", peak_tensor_mb: "peak MiB", sec_per_iter: "s/it", curve_time_share: "curve share"
}
const DIGITS: Readonly<Record<string, number>> = { fd: 4, alignment: 3, precision: 3, recall: 3, coverage: 2, passes_per_iter: 1, teacher_fd: 4, teacher_alignment: 3, peak_tensor_mb: 1, sec_per_iter: 3, curve_time_share: 3 }
const perCell = (metric: string): boolean => (metrics as Record<string, { scope: string }>)[metric]?.scope === "cell"

/** Labels of a row or column dimension ("k" or an axis), in declared order. */
const dimensionLabels = (plan: Plan, dims: ReadonlyArray<string>, ks: ReadonlyArray<number>): Array<Record<string, string>> => {
  let combos: Array<Record<string, string>> = [{}]
  for (const d of dims) {
    const labels = d === "k" ? ks.map(String) : [...(plan.axes[d] ?? [])]
    combos = combos.flatMap((c) => labels.map((l) => ({ ...c, [d]: l })))
  }
  return combos
}

const title = (combo: Record<string, string>): string =>
  Object.entries(combo).map(([d, l]) => (d === "k" ? `k=${l}` : Object.keys(combo).length > 1 ? `${d}: ${l}` : l)).join(", ") || "all"

export interface RenderedTable {
  readonly markdown: string
  readonly latex: string
}

interface Column {
  readonly combo: Record<string, string>
  readonly metric: string
}

/** Computes every table cell and renders both formats. */
export const renderTable = (plan: Plan, table: PlanTable, results: ReadonlyArray<CellResults>): RenderedTable => {
  const selected = results.filter((r) => matches(r.cell.axes, table.cells))
  const allK = [...new Set(selected.flatMap((r) => r.rows.map((x) => x.k)))].filter((k) => k > 0).sort((a, b) => a - b)
  const ks = table.k ? allK.filter((k) => table.k!.includes(k)) : allK
  // combinations of row axes that no cell has (e.g. a union sweep) are left out rather than shown empty
  const rows = dimensionLabels(plan, table.rows, ks).filter((row) => {
    const axisSel = Object.fromEntries(Object.entries(row).filter(([d]) => d !== "k"))
    return selected.some((r) => matches(r.cell.axes, axisSel))
  })
  const columns: Array<Column> = dimensionLabels(plan, table.columns, ks).flatMap((combo) => table.metrics.map((metric) => ({ combo, metric })))

  const cell = (row: Record<string, string>, col: Column): Summary | undefined => {
    const where = { ...row, ...col.combo }
    const k = where.k === undefined ? undefined : Number(where.k)
    const axisSel = Object.fromEntries(Object.entries(where).filter(([d]) => d !== "k"))
    const values = selected
      .filter((r) => matches(r.cell.axes, axisSel))
      // per-cell costs live at k = 0; without a k dimension a sample metric is read at the cell's own K
      .flatMap((r) => r.rows.filter((x) => x.metric === col.metric && x.k === (perCell(col.metric) ? 0 : k ?? r.cell.config.generator.numSteps)).map((x) => x.value))
    return values.length === 0 ? undefined : summarise(values)
  }
  const grid = rows.map((row) => columns.map((col) => cell(row, col)))
  const best = columns.map((col, j) => {
    const better = metricDeclaration(col.metric)!.better
    const means = grid.map((r) => r[j]?.mean).filter((m): m is number => m !== undefined)
    return means.length < 2 ? undefined : better === "lower" ? Math.min(...means) : Math.max(...means)
  })
  const fmt = (s: Summary | undefined, metric: string) =>
    s === undefined ? "–" : s.n > 1 ? `${s.mean.toFixed(DIGITS[metric] ?? 3)} ± ${s.std.toFixed(DIGITS[metric] ?? 3)}` : s.mean.toFixed(DIGITS[metric] ?? 3)
  const arrow = (metric: string) => (metricDeclaration(metric)!.better === "lower" ? "↓" : "↑")
  const colHeader = (c: Column) => `${table.columns.length > 0 ? `${title(c.combo)} ` : ""}${METRIC_LABEL[c.metric] ?? c.metric} ${arrow(c.metric)}`
  const rowHead = table.rows.join(" / ") || "cells"
  const seedsNote = selected.some((r) => r.cell.axes.seed !== undefined) && !table.rows.includes("seed") && !table.columns.includes("seed")
    ? "mean ± std over seeds" : "single runs"
  const kNote = table.rows.includes("k") || table.columns.includes("k") ? "" : "; each generator sampled with its K steps"

  const md = [
    `<!-- DO NOT EDIT – rendered by sidlab table from the stored metrics of ${plan.source} -->`,
    `**${plan.experiment} / ${table.name}** (${seedsNote}${kNote}; best per column in bold)`,
    "",
    `| ${rowHead} | ${columns.map(colHeader).join(" | ")} |`,
    `|---|${columns.map(() => "---:").join("|")}|`,
    ...rows.map((row, i) => `| ${title(row)} | ${columns.map((c, j) => {
      const s = grid[i]![j]
      const text = fmt(s, c.metric)
      return s !== undefined && best[j] !== undefined && s.mean === best[j] ? `**${text}**` : text
    }).join(" | ")} |`)
  ].join("\n")

  const tex = (s: string) => s.replace(/κ/g, "$\\kappa$").replace(/±/g, "$\\pm$").replace(/↓/g, "$\\downarrow$").replace(/↑/g, "$\\uparrow$").replace(/_/g, "\\_").replace(/%/g, "\\%")
  const latex = [
    `% DO NOT EDIT – rendered by sidlab table from the stored metrics of ${plan.source}`,
    `% ${plan.experiment} / ${table.name}: ${seedsNote}${kNote}; best per column in bold`,
    `\\begin{tabular}{l${"r".repeat(columns.length)}}`,
    "\\toprule",
    `${tex(rowHead)} & ${columns.map((c) => tex(colHeader(c))).join(" & ")} \\\\`,
    "\\midrule",
    ...rows.map((row, i) => `${tex(title(row))} & ${columns.map((c, j) => {
      const s = grid[i]![j]
      const text = tex(fmt(s, c.metric))
      return s !== undefined && best[j] !== undefined && s.mean === best[j] ? `\\textbf{${text}}` : text
    }).join(" & ")} \\\\`),
    "\\bottomrule",
    "\\end{tabular}"
  ].join("\n")
  return { markdown: `${md}\n`, latex: `${latex}\n` }
}
