/**
 * Vega-Lite spec → SVG (vega's headless SVG renderer: no browser, no canvas) → PNG (resvg, with the
 * DejaVu fonts of Debian's fonts-dejavu-core). The same spec gives the same bytes: element ids are
 * renamed per chart (vega numbers clip paths with a process-wide counter), and resvg loads only the
 * DejaVu directory, never the system's font list.
 */
import { Resvg } from "@resvg/resvg-js"
import { Schema } from "effect"
import { existsSync, readdirSync } from "node:fs"
import * as vega from "vega"
import { compile, type TopLevelSpec } from "vega-lite"

/** Where Debian's fonts-dejavu-core puts its fonts; SIDLAB_FONT_DIR overrides. */
export const fontDir = (): string => process.env.SIDLAB_FONT_DIR ?? "/usr/share/fonts/truetype/dejavu"

/** The one font every chart names, so the SVG's layout (vega's width estimate) and the PNG's text agree. */
export const FONT = "DejaVu Sans"

/** Vega-Lite config shared by every chart. */
export const chartConfig = {
  font: FONT,
  background: "white",
  view: { stroke: "#bbb" },
  axis: { labelFontSize: 11, titleFontSize: 12, grid: true, gridColor: "#eee" },
  legend: { labelFontSize: 11, titleFontSize: 12, labelLimit: 600, titleLimit: 600 },
  header: { labelFontSize: 12, titleFontSize: 12 },
  title: { fontSize: 13, anchor: "start" }
} as const

/** A vega warning or error: vega only logs a bad field name, so a chart that would be wrong throws. */
export class ChartError extends Schema.TaggedError<ChartError>()("ChartError", { detail: Schema.String }) {
  override get message() {
    return this.detail
  }
}

const strictLogger = (chart: string): vega.LoggerInterface => {
  let level = vega.Warn
  const fail = (kind: string) => (...args: ReadonlyArray<unknown>) => {
    throw new ChartError({ detail: `chart ${chart}: vega ${kind}: ${args.map((a) => (a instanceof Error ? a.message : String(a))).join(" ")}` })
  }
  const logger: vega.LoggerInterface = {
    level(l?: number) {
      if (l === undefined) return level as never
      level = l
      return logger as never
    },
    error: fail("error") as never,
    warn: fail("warning") as never,
    info: (() => logger) as never,
    debug: (() => logger) as never
  }
  return logger
}

/** Renames every id (and its url(#…)/href="#…" references) to `<prefix>-<n>` in order of appearance. */
export const scopeIds = (svg: string, prefix: string): string => {
  const ids = new Map<string, string>()
  for (const m of svg.matchAll(/\bid="([^"]+)"/g)) if (!ids.has(m[1]!)) ids.set(m[1]!, `${prefix}-${ids.size + 1}`)
  if (ids.size === 0) return svg
  return svg
    .replace(/\bid="([^"]+)"/g, (_, id: string) => `id="${ids.get(id)}"`)
    .replace(/url\(#([^)]+)\)/g, (whole, id: string) => (ids.has(id) ? `url(#${ids.get(id)})` : whole))
    .replace(/href="#([^"]+)"/g, (whole, id: string) => (ids.has(id) ? `href="#${ids.get(id)}"` : whole))
}

/** Renders a Vega-Lite spec to SVG text; any vega warning or error throws a ChartError naming `name`. */
export const renderSvg = async (spec: TopLevelSpec, name: string): Promise<string> => {
  const logger = strictLogger(name)
  let compiled
  try {
    compiled = compile({ ...spec, config: { ...chartConfig, ...(spec.config ?? {}) } } as TopLevelSpec, { logger: logger as never }).spec
  } catch (e) {
    if (e instanceof ChartError) throw e
    throw new ChartError({ detail: `chart ${name}: ${e instanceof Error ? e.message : String(e)}` })
  }
  const view = new vega.View(vega.parse(compiled), { renderer: "none", logger })
  try {
    return scopeIds(await view.toSVG(), name.replace(/[^A-Za-z0-9_-]/g, "_"))
  } finally {
    view.finalize()
  }
}

/** The DejaVu font files, or a clear error: without fonts resvg silently drops every label. */
const fontFiles = (): Array<string> => {
  const dir = fontDir()
  const files = existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith(".ttf")).sort().map((f) => `${dir}/${f}`) : []
  if (!files.some((f) => f.endsWith("/DejaVuSans.ttf"))) {
    throw new ChartError({ detail: `no DejaVuSans.ttf in ${dir}: install Debian's fonts-dejavu-core (apt-get install fonts-dejavu-core) or set SIDLAB_FONT_DIR` })
  }
  return files
}

/** Rasterises SVG text to PNG bytes at `scale` × its size, with the DejaVu fonts only. */
export const svgToPng = (svg: string, scale = 2): Uint8Array => {
  const resvg = new Resvg(svg, {
    fitTo: { mode: "zoom", value: scale },
    background: "white",
    font: { loadSystemFonts: false, fontFiles: fontFiles(), defaultFontFamily: FONT, sansSerifFamily: FONT }
  })
  return new Uint8Array(resvg.render().asPng())
}
