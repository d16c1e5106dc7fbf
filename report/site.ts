/**
 * `sidlab report`'s site: index.html (experiments with description, cell counts, backends, wall time,
 * check status) and one <experiment>.html each, with inline SVG charts and copied sample images. Opens
 * from disk; no JavaScript, no network. Files are written via temp file + rename.
 */
import type { BackendIdentity } from "../runner/StoreManifest.ts"
import { readFileSync } from "node:fs"
import * as path from "node:path"
import { writeFileAtomic } from "../dsl/internal/atomicFile.ts"
import { experimentPage, indexTable, type Against, type ExperimentPage } from "./experimentPage.ts"
import { esc, page, table } from "./html.ts"
import { baselineTextPath, committedBaseline, readBaseline, readExperiment, type MetricRecord, type Plan } from "./storeAccess.ts"

/** What --against names: nothing (checks use the committed baseline), "baseline", a .arrow file or a store. */
export type AgainstSpec = { readonly kind: "default" } | { readonly kind: "baseline" } | { readonly kind: "file"; readonly file: string } | { readonly kind: "store"; readonly dir: string }

/** Resolves --against per experiment: the rows it compares with, and how to name them. */
export const resolveAgainst = (spec: AgainstSpec, root: string, plan: Plan, backend: BackendIdentity): Against => {
  const baseline = (overlay: boolean): Against => {
    const committed = committedBaseline(root, plan)
    const file = committed?.file ?? baselineTextPath(root, plan)
    return { label: `baseline ${path.relative(root, file)}`, rows: committed?.rows, overlay }
  }
  switch (spec.kind) {
    case "default": return baseline(false)
    case "baseline": return baseline(true)
    case "file": return { label: path.basename(spec.file), rows: readBaseline(spec.file), overlay: true }
    case "store": {
      const other = readExperiment(spec.dir, plan, backend, true)
      const rows: Array<MetricRecord> = other.present.flatMap((c) => c.rows.filter((r) => r.phase === "after" || r.phase === "timing"))
      return { label: `store ${spec.dir}`, rows: rows.length > 0 ? rows : undefined, overlay: true }
    }
  }
}

export interface SiteResult {
  readonly index: string
  readonly pages: ReadonlyArray<ExperimentPage["index"]>
}

export const writeSite = async (opts: {
  readonly root: string
  readonly store: string
  readonly outDir: string
  readonly backend: BackendIdentity
  readonly plans: ReadonlyArray<Plan>
  readonly against: AgainstSpec
  readonly figures?: string
}): Promise<SiteResult> => {
  const rows: Array<ExperimentPage["index"]> = []
  for (const plan of opts.plans) {
    const data = readExperiment(opts.store, plan, opts.backend)
    const p = await experimentPage({ root: opts.root, store: opts.store, outDir: opts.outDir, data, against: resolveAgainst(opts.against, opts.root, plan, opts.backend), ...(opts.figures === undefined ? {} : { figures: opts.figures }) })
    for (const c of p.copies) writeFileAtomic(path.join(opts.outDir, c.to), readFileSync(c.from))
    writeFileAtomic(path.join(opts.outDir, `${plan.experiment}.html`), page(`${plan.experiment} · sidlab report`, p.html))
    rows.push(p.index)
  }
  const body = [
    "<h1>sidlab report</h1>",
    `<p class="note">Results store ${esc(opts.store)} · backend ${esc(opts.backend.name)} · made by <code>sidlab report</code>; every chart is a Vega-Lite spec rendered to inline SVG.</p>`,
    table(["experiment", "description", "cells stored", "backends", "wall time", "checks"], indexTable(rows), ' class="experiments"')
  ].join("\n")
  const index = path.join(opts.outDir, "index.html")
  writeFileAtomic(index, page("sidlab report", body))
  return { index, pages: rows }
}
