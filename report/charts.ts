/**
 * The report's charts as Vega-Lite specs, built from stored metric rows. Each chart also says how many
 * series and data marks it must show, counted from its data (not from the drawing), so a test can hold
 * the rendered SVG to it. Field names are plain identifiers: Vega-Lite reads a dot as nesting.
 */
import type { TopLevelSpec } from "vega-lite"
import type { MetricRecord } from "./storeAccess.ts"

export interface Chart {
  /** Unique within a page; also the id prefix of its SVG. */
  readonly name: string
  readonly title: string
  readonly spec: TopLevelSpec
  /** Lines (or, for scatters, classes) the chart draws. */
  readonly series: number
  /** Data points (symbols) the chart draws. */
  readonly marks: number
}

/** One labelled cell's rows: `group` names the non-seed axes; seeds of a group are averaged. */
export interface GroupedRows {
  readonly group: string
  readonly rows: ReadonlyArray<MetricRecord>
}

export const metricTitle: Readonly<Record<string, string>> = { fd: "FD", alignment: "alignment" }

const mean = (xs: ReadonlyArray<number>): number => xs.reduce((a, b) => a + b, 0) / xs.length

/** Mean over seeds per (group, key): the rows of `phase`/`metric`, keyed by `keyOf`. */
const averaged = <K extends string | number>(
  groups: ReadonlyArray<GroupedRows>,
  phase: string,
  metric: string,
  keyOf: (r: MetricRecord) => K
) => {
  const out: Array<{ group: string; key: K; k: number; value: number; n: number }> = []
  for (const g of groups) {
    const by = new Map<K, Array<MetricRecord>>()
    for (const r of g.rows) if (r.phase === phase && r.metric === metric && r.k > 0) by.set(keyOf(r), [...(by.get(keyOf(r)) ?? []), r])
    for (const [key, rs] of by) out.push({ group: g.group, key, k: rs[0]!.k, value: mean(rs.map((r) => r.value)), n: rs.length })
  }
  return out
}

/**
 * The colour legend of a chart whose lines are `labels` ("a=x · b=y"): when every label names the same
 * axes in the same order, the axis names go in the legend's title and each entry keeps only its values,
 * so long labels are not cut off; more than 10 lines take a 20-colour scheme, so no two share a colour.
 */
export const colourLegend = (labels: ReadonlyArray<string>) => {
  const parts = labels.map((l) => l.split(" · ").map((p) => p.split("=")))
  const names = parts[0]?.map((p) => p[0]!) ?? []
  const sameAxes = names.length >= 2 && parts.every((ps) => ps.length === names.length && ps.every((p, i) => p.length === 2 && p[0] === names[i]))
  const entry = (label: string): string => (sameAxes ? label.split(" · ").map((p) => p.split("=")[1]!).join(" · ") : label)
  const scale = new Set(labels).size > 10 ? { scale: { scheme: "tableau20" } } : {}
  return { entry, encoding: { field: "group", type: "nominal", title: sameAxes ? names.join(" · ") : "cell", ...scale } as const }
}

const logIfPositive = (values: ReadonlyArray<number>) =>
  values.length > 0 && values.every((v) => v > 0) && Math.max(...values) / Math.min(...values) > 20 ? { type: "log" as const } : { zero: false }

/**
 * Training curves: `metric` of the "during" rows against images seen, one line per group, one panel per
 * k (mean over seeds at each point).
 */
export const curveChart = (name: string, groups: ReadonlyArray<GroupedRows>, metric: string): Chart => {
  const points = averaged(groups, "during", metric, (r) => `${r.k}|${r.imagesSeen}`)
    .map((p) => ({ group: p.group, k: p.k, imagesSeen: Number(p.key.split("|")[1]), value: p.value }))
    .sort((a, b) => a.group.localeCompare(b.group) || a.k - b.k || a.imagesSeen - b.imagesSeen)
  const series = new Set(points.map((p) => `${p.group}|${p.k}`)).size
  const legend = colourLegend(groups.map((g) => g.group))
  return {
    name,
    title: `${metricTitle[metric] ?? metric} during training, against images seen (one panel per k; mean over seeds)`,
    series,
    marks: points.length,
    spec: {
      data: { values: points.map((p) => ({ ...p, group: legend.entry(p.group) })) },
      facet: { column: { field: "k", type: "ordinal", header: { title: "k (sampling steps)" } } },
      spec: {
        width: 220,
        height: 170,
        mark: { type: "line", point: { size: 22 }, strokeWidth: 1.5 },
        encoding: {
          x: { field: "imagesSeen", type: "quantitative", title: "images seen", axis: { format: "~s", tickCount: 4 } },
          y: { field: "value", type: "quantitative", title: metricTitle[metric] ?? metric, scale: logIfPositive(points.map((p) => p.value)) },
          color: legend.encoding
        }
      }
    } as TopLevelSpec
  }
}

/** A baseline's final values to overlay: rows of the same shape, read elsewhere (--against). */
export interface Overlay {
  readonly label: string
  readonly groups: ReadonlyArray<GroupedRows>
}

/** `metric` of the final evaluation against k, one line per group (dashed: the overlay's numbers). */
export const byKChart = (name: string, groups: ReadonlyArray<GroupedRows>, metric: string, overlay?: Overlay): Chart => {
  const of = (gs: ReadonlyArray<GroupedRows>, source: string) =>
    averaged(gs, "after", metric, (r) => r.k).map((p) => ({ group: p.group, k: p.k, value: p.value, source }))
  const points = [...of(groups, "this store"), ...(overlay ? of(overlay.groups, overlay.label) : [])]
    .sort((a, b) => a.source.localeCompare(b.source) || a.group.localeCompare(b.group) || a.k - b.k)
  const legend = colourLegend([...new Set(points.map((p) => p.group))])
  return {
    name,
    title: `${metricTitle[metric] ?? metric} after training, against k (mean over seeds${overlay ? `; dashed: ${overlay.label}` : ""})`,
    series: new Set(points.map((p) => `${p.group}|${p.source}`)).size,
    marks: points.length,
    spec: {
      width: 320,
      height: 200,
      data: { values: points.map((p) => ({ ...p, group: legend.entry(p.group) })) },
      mark: { type: "line", point: { size: 30 }, strokeWidth: 1.5 },
      encoding: {
        x: { field: "k", type: "ordinal", title: "k (sampling steps)", axis: { labelAngle: 0 } },
        y: { field: "value", type: "quantitative", title: metricTitle[metric] ?? metric, scale: logIfPositive(points.map((p) => p.value)) },
        color: legend.encoding,
        strokeDash: { field: "source", type: "nominal", title: "numbers", sort: ["this store"] }
      }
    } as TopLevelSpec
  }
}

/** "LSG κ=1.5" → "κ=1.5"; labels without a κ stay as they are. */
export const kappaLabel = (guidance: string): string => /κ[^\s,)]*=?\s*[-\d.]+/.exec(guidance)?.[0] ?? guidance

/**
 * The alignment–FD frontier across a guidance axis: one point per guidance value at k = K of its cell
 * (mean over seeds), labelled with its κ, joined in the axis's declared order, one line per other group.
 */
export const frontierChart = (
  name: string,
  cells: ReadonlyArray<{ readonly group: string; readonly guidance: string; readonly order: number; readonly rows: ReadonlyArray<MetricRecord> }>
): Chart => {
  const by = new Map<string, { group: string; guidance: string; order: number; fd: Array<number>; alignment: Array<number> }>()
  for (const c of cells) {
    const K = Math.max(...c.rows.filter((r) => r.phase === "after" && r.metric === "fd").map((r) => r.k))
    const at = (m: string) => c.rows.find((r) => r.phase === "after" && r.metric === m && r.k === K)?.value
    const fd = at("fd")
    const alignment = at("alignment")
    if (fd === undefined || alignment === undefined) continue
    const id = `${c.group}|${c.guidance}`
    const e = by.get(id) ?? { group: c.group, guidance: c.guidance, order: c.order, fd: [], alignment: [] }
    e.fd.push(fd)
    e.alignment.push(alignment)
    by.set(id, e)
  }
  const points = [...by.values()]
    .map((e) => ({ group: e.group, order: e.order, label: kappaLabel(e.guidance), fd: mean(e.fd), alignment: mean(e.alignment) }))
    .sort((a, b) => a.group.localeCompare(b.group) || a.order - b.order)
  const legend = colourLegend([...new Set(points.map((p) => p.group))])
  const color = legend.encoding
  return {
    name,
    title: "Alignment against FD across the guidance axis, at k = K (mean over seeds; labels: κ)",
    series: new Set(points.map((p) => p.group)).size,
    marks: points.length,
    spec: {
      width: 380,
      height: 260,
      data: { values: points.map((p) => ({ ...p, group: legend.entry(p.group) })) },
      encoding: {
        x: { field: "fd", type: "quantitative", title: "FD (lower is better)", scale: logIfPositive(points.map((p) => p.fd)) },
        y: { field: "alignment", type: "quantitative", title: "alignment (higher is better)", scale: { zero: false } },
        color
      },
      layer: [
        { mark: { type: "line", strokeWidth: 1.2 }, encoding: { order: { field: "order", type: "quantitative" } } },
        { mark: { type: "point", filled: true, size: 40 } },
        { mark: { type: "text", dx: 6, dy: -7, align: "left", fontSize: 10 }, encoding: { text: { field: "label", type: "nominal" }, color: { value: "#333" } } }
      ]
    } as TopLevelSpec
  }
}

export interface ScatterPoint {
  readonly row: string
  readonly panel: string
  readonly x: number
  readonly y: number
  readonly cls: number
}

/**
 * Sample scatters in a shared 2-D projection: one row per cell, one column per panel (the reference data,
 * then k = 1..K), coloured by class; axes fixed to `limits` so panels compare.
 */
export const scatterChart = (
  name: string,
  points: ReadonlyArray<ScatterPoint>,
  opts: { readonly title: string; readonly limits: { readonly x: readonly [number, number]; readonly y: readonly [number, number] }; readonly panelSize?: number }
): Chart => {
  const size = opts.panelSize ?? 150
  const panels = [...new Set(points.map((p) => p.panel))]
  const rows = [...new Set(points.map((p) => p.row))]
  const axis = { title: null, labels: false, ticks: false, domain: false, grid: false }
  return {
    name,
    title: opts.title,
    series: new Set(points.map((p) => p.cls)).size,
    marks: points.length,
    spec: {
      data: { values: points as Array<ScatterPoint> },
      facet: {
        row: { field: "row", type: "nominal", sort: rows, header: { title: null, labelAngle: 0, labelAlign: "left", labelLimit: 420 } },
        column: { field: "panel", type: "nominal", sort: panels, header: { title: null } }
      },
      spec: {
        width: size,
        height: size,
        mark: { type: "circle", size: 7, opacity: 0.8, clip: true },
        encoding: {
          x: { field: "x", type: "quantitative", scale: { domain: [...opts.limits.x], nice: false, zero: false }, axis },
          y: { field: "y", type: "quantitative", scale: { domain: [...opts.limits.y], nice: false, zero: false }, axis },
          color: { field: "cls", type: "nominal", title: "class" }
        }
      }
    } as TopLevelSpec
  }
}
