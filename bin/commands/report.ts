/**
 * `sidlab report <experiment...>`: a static HTML site of the experiments' stored results (report/site.ts).
 * This file only parses arguments; the report and its charts live in report/.
 */
import { existsSync, statSync } from "node:fs"
import * as path from "node:path"
import type { AgainstSpec } from "../../report/site.ts"
import { tensorCodeReady } from "../../runner/tensorCode.ts"
import { command, experimentsArg, ExitCode, fromPromise, optionalFlag, out, resultFlags, usage } from "../internal/command.ts"
import { loadPlansOf, resolveBackend } from "../internal/experimentArgs.ts"

/** --against: "baseline", a baseline file (.json text or .arrow), or a results store folder. */
export const parseAgainst = (arg: string | undefined): AgainstSpec => {
  if (arg === undefined) return { kind: "default" }
  if (arg === "baseline") return { kind: "baseline" }
  const p = path.resolve(arg)
  if (!existsSync(p)) throw usage(`--against ${arg}: no such file or folder (expected "baseline", a baseline .json or .arrow file or a results store)`)
  if (statSync(p).isDirectory()) {
    if (!existsSync(path.join(p, "cells"))) throw usage(`--against ${arg}: not a results store (it has no cells/ folder)`)
    return { kind: "store", dir: p }
  }
  if (!p.endsWith(".arrow") && !p.endsWith(".json")) throw usage(`--against ${arg}: expected a baseline .json or .arrow file or a results store folder`)
  return { kind: "file", file: p }
}

export const reportCommand = command(
  "report",
  {
    summary: "Write a static HTML report (tables, curves, charts, samples, provenance) of stored results",
    description: `Writes DIR/index.html (the experiments with description, cell counts, backends, wall time and check
status) and DIR/<experiment>.html for each one: its tables, training curves (FD and alignment against
images seen, per cell and k), FD and alignment against k, the alignment-FD frontier when it sweeps a
guidance axis, sample scatters (GMM) or sample grids (images), checks, the plan's graph and per-cell
provenance with a link to each cell's store folder. Charts are Vega-Lite specs rendered to inline SVG;
the pages open from disk and need no JavaScript or network. Cells without results are listed, not fatal.

Exit status: 0 written, 1 problems, 2 usage error.`
  },
  {
    experiments: experimentsArg,
    out: optionalFlag("out", "DIR", "Output folder (default: report/ in the results store)"),
    against: optionalFlag("against", "X", 'Compare with X and overlay its numbers: "baseline" (generated/baselines/<exp>.json, as sidlab check reads it), a baseline .json or .arrow file, or another results store (cells found by id in its index); without it, checks are evaluated against the committed baselines'),
    figures: optionalFlag("figures", "DIR", "Also write every chart as DIR/<chart>.png (e.g. docs/figures: <experiment>-curve-fd, -curve-alignment, -by-k-fd, -by-k-alignment, -frontier, -samples)"),
    ...resultFlags
  },
  (flags) => fromPromise(async () => {
    const against = parseAgainst(flags.against)
    const loaded = await loadPlansOf(flags, flags.experiments)
    if (loaded === undefined) return ExitCode.failure
    const backend = await resolveBackend(flags.backend)
    const outDir = path.resolve(flags.out ?? path.join(loaded.store, "report"))
    const figures = flags.figures === undefined ? {} : { figures: path.resolve(flags.figures) }
    // the site generator (vega, and the stages through the stored-samples reader) loads only here
    await tensorCodeReady()
    const { writeSite } = await import("../../report/site.ts")
    const site = await writeSite({ root: loaded.root, store: loaded.store, outDir, backend, plans: loaded.plans, against, ...figures })
    for (const p of site.pages) out(`${p.experiment}: ${p.present} of ${p.cells} cells, checks ${p.checks}`)
    out(`wrote ${site.index}${flags.figures === undefined ? "" : ` and the charts as PNG in ${flags.figures}`}`)
    return ExitCode.ok
  })
)
