/**
 * One experiment's page: tables, training curves, metrics against k, the guidance frontier, samples
 * (scatters or image grids), checks, the plan's graph and per-cell provenance. Charts are inline SVG.
 */
import { byKChart, curveChart, frontierChart, scatterChart, type Chart, type Overlay } from "./charts.ts"
import { esc, markdownTable } from "./html.ts"
import * as path from "node:path"
import { writeFileAtomic } from "../dsl/internal/atomicFile.ts"
import { renderSvg, svgToPng } from "./render.ts"
import { scatterData } from "./scatterData.ts"
import { asPlanCells, checkStatus, checksTable, duration, gridImages, groupLabel, groupRows, provenanceTable, runChecks } from "./sections.ts"
import { cellSamples, finalResults, planGraph, renderTable, type DistillCell, type ExperimentStore, type MetricRecord, type Plan } from "./storeAccess.ts"

/** What the page is compared with: a baseline's or another store's final rows. */
export interface Against {
  readonly label: string
  readonly rows: ReadonlyArray<MetricRecord> | undefined
  /** Overlay its numbers on the charts (--against), or use them only for the checks (the default). */
  readonly overlay: boolean
}

export interface ExperimentPage {
  readonly html: string
  readonly copies: ReadonlyArray<{ readonly from: string; readonly to: string }>
  readonly index: {
    readonly experiment: string
    readonly description: string
    readonly cells: number
    readonly present: number
    readonly backends: ReadonlyArray<string>
    readonly wallSeconds: number
    readonly checks: string
  }
}

/** Points per scatter panel in the page (a class-balanced prefix; `sidlab plot` draws all). */
const PAGE_SCATTER_POINTS = 240

/** The chart as an inline-SVG figure; with `figures`, also written there as <name>.png (for docs). */
const figureWith = (figures: string | undefined) => async (chart: Chart): Promise<string> => {
  const svg = await renderSvg(chart.spec, chart.name)
  if (figures !== undefined) writeFileAtomic(path.join(figures, `${chart.name}.png`), svgToPng(svg))
  return `<figure class="chart" id="chart-${chart.name}" data-chart="${chart.name}" data-series="${chart.series}" data-marks="${chart.marks}">` +
    `<figcaption>${esc(chart.title)}</figcaption>\n${svg}\n</figure>`
}

const seedOf = (cell: DistillCell): number => (cell.axes.seed !== undefined ? Number(cell.axes.seed) : cell.config.seed)

export const experimentPage = async (opts: {
  readonly root: string
  readonly store: string
  readonly outDir: string
  readonly data: ExperimentStore
  readonly against: Against
  /** Also write every chart as PNG into this folder. */
  readonly figures?: string
}): Promise<ExperimentPage> => {
  const { plan, present, missing } = opts.data
  const figure = figureWith(opts.figures)
  const e = plan.experiment
  const parts: Array<string> = []
  const cells = present.map((c) => ({ cell: c.cell, rows: c.rows }))
  const groups = groupRows(cells)
  const outcomes = runChecks(plan, present, opts.against.rows)
  const total = present.length + missing.length

  parts.push(`<p><a href="index.html">← all experiments</a></p><h1>${esc(e)}</h1>`)
  if (plan.description) parts.push(`<p>${esc(plan.description)}</p>`)
  parts.push(`<p class="note">source ${esc(plan.source)} · ${present.length} of ${total} distill cells stored · axes: ${Object.entries(plan.axes).map(([a, v]) => `${esc(a)} (${v.map(esc).join(", ")})`).join("; ") || "none"}</p>`)
  if (missing.length > 0) parts.push(`<p class="missing">No results for ${missing.length} cell${missing.length === 1 ? "" : "s"} (run: sidlab run ${esc(e)}): ${missing.slice(0, 6).map((c) => esc(c.id)).join(", ")}${missing.length > 6 ? ", …" : ""}</p>`)

  if (plan.checks.length > 0) {
    parts.push(`<h2>Checks</h2><p class="note">against ${esc(opts.against.label)}: ${esc(checkStatus(outcomes, opts.against.rows !== undefined))}</p>`, checksTable(outcomes, opts.against.label))
  }
  if (present.length > 0 && plan.tables.length > 0) {
    parts.push("<h2>Tables</h2>")
    for (const t of plan.tables) parts.push(markdownTable(renderTable(plan, t, finalResults(present)).markdown))
  }
  if (present.length > 0) {
    const hasCurve = cells.some((c) => c.rows.some((r) => r.phase === "during"))
    parts.push("<h2>Training curves</h2>")
    if (hasCurve) {
      for (const m of ["fd", "alignment"]) parts.push(await figure(curveChart(`${e}-curve-${m}`, groups, m)))
    } else parts.push(`<p class="note">These cells recorded no evaluations during training (evaluation.everyIterations = 0, or stored before curves existed).</p>`)
    const overlay: Overlay | undefined = opts.against.rows === undefined || !opts.against.overlay ? undefined : { label: opts.against.label, groups: groupRows(asPlanCells(plan, opts.against.rows)) }
    parts.push("<h2>Final metrics against k</h2>")
    for (const m of ["fd", "alignment"]) parts.push(await figure(byKChart(`${e}-by-k-${m}`, groups, m, overlay)))
    const guidance = plan.axes.guidance
    if (guidance !== undefined && guidance.length > 1) {
      const rows = cells.map((c) => ({ group: groupLabel(c.cell, ["seed", "guidance"]), guidance: c.cell.axes.guidance!, order: guidance.indexOf(c.cell.axes.guidance!), rows: c.rows }))
      parts.push("<h2>Alignment–FD frontier</h2>", await figure(frontierChart(`${e}-frontier`, rows)))
    }
  }
  const copies = gridImages(e, present)
  parts.push(...(await samplesSection(opts.store, e, present, copies, figure)))
  const graph = planGraph(opts.root, plan)
  parts.push("<h2>Plan</h2>", graph === undefined ? '<p class="note">generated/ has no graph for this plan (run sidlab compile).</p>' : `<pre class="mermaid-source">${esc(graph)}</pre>`)
  parts.push("<h2>Provenance</h2>", present.length > 0 ? provenanceTable(present, opts.outDir) : '<p class="note">nothing stored yet</p>')

  const backends = [...new Set(present.map((c) => c.manifest.backend ?? "?"))].sort()
  return {
    html: parts.join("\n"),
    copies,
    index: {
      experiment: e,
      description: plan.description ?? "",
      cells: total,
      present: present.length,
      backends,
      wallSeconds: present.reduce((s, c) => s + (c.manifest.wallSeconds ?? 0), 0),
      checks: checkStatus(outcomes, opts.against.rows !== undefined)
    }
  }
}

/** GMM cells: scatters of the first seed's samples (one row per group); image cells: their grids. */
const samplesSection = async (
  store: string,
  e: string,
  present: ExperimentStore["present"],
  copies: ReturnType<typeof gridImages>,
  figure: (chart: Chart) => Promise<string>
): Promise<Array<string>> => {
  if (copies.length > 0) {
    const figs = copies.map((c) => `<figure><img src="${esc(c.to)}" alt="${esc(`${c.cell} ${c.name}`)}"><figcaption>${esc(c.cell)}<br>${esc(c.name)}</figcaption></figure>`)
    return ["<h2>Samples</h2>", `<p class="note">Sample grids (one row per class) of the first evaluation ("before") and the last ("after"), at k = 1 and K.</p>`, `<div class="grids">${figs.join("\n")}</div>`]
  }
  const seed = Math.min(...present.map((c) => seedOf(c.cell)))
  const rows = present
    .filter((c) => seedOf(c.cell) === seed)
    .map((c) => ({ label: groupLabel(c.cell), samples: cellSamples(store, c) }))
    .filter((r): r is { label: string; samples: NonNullable<typeof r.samples> } => r.samples !== undefined)
  const first = rows[0]?.samples
  if (first === undefined) return []
  const same = rows.filter((r) => r.samples.dim === first.dim && r.samples.classes === first.classes && r.samples.samplesPerClass === first.samplesPerClass)
  const maxK = Math.max(...first.byK.keys())
  const ks = [...new Set([1, maxK])].filter((k) => same.every((r) => r.samples.byK.has(k)))
  const data = scatterData(same, ks, PAGE_SCATTER_POINTS)
  const chart = scatterChart(`${e}-samples`, data.points, {
    title: `Samples of seed ${seed} in the PCA plane of the reference data (D=${first.dim}; ${Math.min(PAGE_SCATTER_POINTS, first.classes * first.samplesPerClass)} of ${first.classes * first.samplesPerClass} per panel${data.clipped > 0 ? `; ${data.clipped} outside the data's range, clipped` : ""})`,
    limits: data.limits,
    panelSize: 130
  })
  return ["<h2>Samples</h2>", await figure(chart)]
}

export const indexTable = (rows: ReadonlyArray<ExperimentPage["index"]>): Array<Array<string>> =>
  rows.map((r) => [
    `<a href="${esc(r.experiment)}.html">${esc(r.experiment)}</a>`,
    esc(r.description),
    `${r.present} / ${r.cells}`,
    esc(r.backends.join(", ") || "–"),
    duration(r.present > 0 ? r.wallSeconds : undefined),
    `<span class="${r.checks.includes("FAIL") ? "FAIL" : r.checks.includes("pass") ? "pass" : "note"}">${esc(r.checks)}</span>`
  ])

export type { Plan }
