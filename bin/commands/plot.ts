/**
 * `sidlab plot <experiment>`: 2-D scatter plots of the stored final evaluation samples (samples.ckpt),
 * one row per selected distill cell, one column for the reference data and one per sampling step count
 * k, all in the same PCA projection and axis limits. A Vega-Lite chart (report/charts.ts) rendered to PNG
 * (or SVG); the same store gives identical bytes.
 */
import * as path from "node:path"
import type { DistillCell, Plan } from "../../dsl/Plan.ts"
import { writeFileAtomic } from "../../dsl/internal/atomicFile.ts"
import type { StoredSamples } from "../../report/storeAccess.ts"
import { tensorCodeReady } from "../../runner/tensorCode.ts"
import { storeKey } from "../../runner/StoreManifest.ts"
import { Argument } from "effect/cli"
import { backendFlag, command, countFlag, ExitCode, err, fromPromise, optionalFlag, out, rootFlag, storeFlag, usage } from "../internal/command.ts"
import { loadPlans, resolveBackend } from "../internal/experimentArgs.ts"

/** `axis=label,axis=label` → axis → label as the plan spells it (labels matched case-insensitively). */
export const parseWhere = (plan: Plan, arg: string | undefined): Record<string, string> => {
  const selector: Record<string, string> = {}
  if (arg === undefined) return selector
  for (const part of arg.split(",").map((s) => s.trim()).filter((s) => s !== "")) {
    const eq = part.indexOf("=")
    if (eq <= 0) throw usage(`--where: expected axis=label, got "${part}"`)
    const axis = part.slice(0, eq).trim()
    const label = part.slice(eq + 1).trim()
    const labels = plan.axes[axis]
    if (labels === undefined) throw usage(`--where: ${plan.experiment} has no axis "${axis}"; axes: ${Object.keys(plan.axes).join(", ") || "(none)"}`)
    const hit = labels.find((l) => l === label) ?? labels.find((l) => l.toLowerCase() === label.toLowerCase())
    if (hit === undefined) throw usage(`--where: axis ${axis} has no value "${label}"; values: ${labels.join(", ")}`)
    selector[axis] = hit
  }
  return selector
}

const parseInteger = (flag: string, s: string): number => {
  if (!/^\d+$/.test(s.trim())) throw usage(`${flag}: expected a non-negative integer, got "${s}"`)
  return Number(s.trim())
}

/** The seed a cell ran with: its seed axis label, else its config's seed (experiments with one seed have no axis). */
const seedOf = (cell: DistillCell): number => (cell.axes.seed !== undefined ? Number(cell.axes.seed) : cell.config.seed)

/**
 * The rows of the figure: distill cells with `seed` that match `where`, ordered by the declared order of
 * their axis values (as tables lay rows out), each labelled by its non-seed axes (only `rowsAxis` if given).
 */
export const selectRows = (
  plan: Plan,
  opts: { readonly seed: number; readonly where: Readonly<Record<string, string>>; readonly rowsAxis?: string | undefined }
): Array<{ cell: DistillCell; label: Array<readonly [string, string]> }> => {
  if (opts.rowsAxis !== undefined && (opts.rowsAxis === "seed" || plan.axes[opts.rowsAxis] === undefined)) {
    const axes = Object.keys(plan.axes).filter((a) => a !== "seed")
    throw usage(`--rows: ${plan.experiment} has no axis "${opts.rowsAxis}" to lay out as rows; axes: ${axes.join(", ") || "(none)"}`)
  }
  const axes = Object.keys(plan.axes).filter((a) => a !== "seed")
  const rank = (cell: DistillCell) => axes.map((a) => plan.axes[a]!.indexOf(cell.axes[a] ?? ""))
  const cells = plan.cells
    .filter((c): c is DistillCell => c.kind === "distill")
    .filter((c) => seedOf(c) === opts.seed && Object.entries(opts.where).every(([a, l]) => c.axes[a] === l))
  if (cells.length === 0) {
    const where = Object.entries(opts.where).map(([a, l]) => `${a}=${l}`).join(",")
    throw usage(`no distill cell of ${plan.experiment} has seed ${opts.seed}${where ? ` and ${where}` : ""}`)
  }
  const ordered = cells
    .map((cell) => ({ cell, rank: rank(cell) }))
    .sort((x, y) => {
      const primary = opts.rowsAxis === undefined ? 0 : plan.axes[opts.rowsAxis]!.indexOf(x.cell.axes[opts.rowsAxis]!) - plan.axes[opts.rowsAxis]!.indexOf(y.cell.axes[opts.rowsAxis]!)
      if (primary !== 0) return primary
      for (let i = 0; i < axes.length; i++) if (x.rank[i] !== y.rank[i]) return x.rank[i]! - y.rank[i]!
      return x.cell.id < y.cell.id ? -1 : x.cell.id > y.cell.id ? 1 : 0
    })
    .map((x) => x.cell)
  if (opts.rowsAxis !== undefined) {
    const rowsAxis = opts.rowsAxis
    const seen = new Map<string, string>()
    for (const c of ordered) {
      const v = c.axes[rowsAxis]!
      if (seen.has(v)) {
        const others = axes.filter((a) => a !== rowsAxis && plan.axes[a]!.length > 1)
        throw usage(`--rows ${rowsAxis}: several cells have ${rowsAxis}=${v} (${seen.get(v)}, ${c.id}); pick one with --where ${others.map((a) => `${a}=…`).join(",") || "axis=label"}`)
      }
      seen.set(v, c.id)
    }
    return ordered.map((cell) => ({ cell, label: [[rowsAxis, cell.axes[rowsAxis]!] as const] }))
  }
  // label by the axes that tell the rows apart (all of them for a single row); the rest go in the caption
  const varying = axes.filter((a) => new Set(ordered.map((c) => c.axes[a])).size > 1)
  const shown = ordered.length > 1 ? varying : axes
  return ordered.map((cell) => ({ cell, label: shown.filter((a) => cell.axes[a] !== undefined).map((a) => [a, cell.axes[a]!] as const) }))
}

/** The non-seed axis values every row shares ("iterations=1500"), for the caption. */
const sharedAxes = (rows: ReadonlyArray<{ cell: DistillCell; label: ReadonlyArray<readonly [string, string]> }>): Array<string> => {
  const first = rows[0]!.cell.axes
  return Object.keys(first)
    .filter((a) => a !== "seed" && rows.every((r) => r.cell.axes[a] === first[a] && !r.label.some(([l]) => l === a)))
    .map((a) => `${a}=${first[a]}`)
}

export const plotCommand = command(
  "plot",
  {
    summary: "Render 2-D scatter plots of an experiment's stored evaluation samples to PNG",
    description: `Draws the final evaluation samples of the experiment's distill cells (stored by sidlab run as
samples.ckpt) as a grid of scatter plots: one row per selected cell, labelled by its axis values;
a first column with the reference data of the first row's cell, then one column per k (the k-step
generator output). Every panel uses the same 2-D projection (the top two principal components of
that reference data) and the same axis limits (its projected range plus 8%; points outside are
clipped and counted), so panels can be compared. Points are coloured by class. The chart is a Vega-Lite
spec rendered to SVG by vega and to PNG by resvg with the DejaVu fonts (Debian's fonts-dejavu-core).
Writes a PNG (default docs/figures/<experiment>-scatter.png), or SVG when --out ends in .svg; the same
store gives a byte-identical file.

Exit status: 0 written, 1 a selected cell has no stored samples (run it first) or problems, 2 usage error.`
  },
  {
    experiment: Argument.String("experiment").pipe(Argument.withDescription("The experiment to plot")),
    rows: optionalFlag("rows", "AXIS", "One row per value of AXIS, in declared order, labelled by AXIS only (cells that differ in other axes must be told apart by --where)"),
    where: optionalFlag("where", "AXIS=LABEL,...", "Only cells with these axis values (e.g. --where stepMatching=uniform)"),
    seed: countFlag("seed", "N", "Cells of seed N (default: 0)", 0),
    ks: optionalFlag("ks", "LIST", "Step counts to show, comma-separated (default: 1 and the largest stored k)"),
    out: optionalFlag("out", "FILE", "Output PNG or .svg (default: docs/figures/<experiment>-scatter.png in the project root)"),
    store: storeFlag,
    backend: backendFlag(),
    root: rootFlag
  },
  (flags) => fromPromise(async () => {
    const seed = flags.seed ?? 0
    const wantKs = flags.ks === undefined ? undefined : [...new Set(flags.ks.split(",").map((s) => parseInteger("--ks", s)))]
    if (wantKs !== undefined && wantKs.some((k) => k < 1)) throw usage("--ks: step counts start at 1 (k = 0 is the data column, always shown)")
    const loaded = await loadPlans(flags, flags.experiment)
    if (!loaded) return ExitCode.failure
    if (loaded.plans.length !== 1) throw usage(`"${flags.experiment}" names ${loaded.plans.length} experiments (${loaded.plans.map((p) => p.experiment).join(", ")}); plot one at a time`)
    const plan = loaded.plans[0]!
    const rows = selectRows(plan, { seed, where: parseWhere(plan, flags.where), rowsAxis: flags.rows })
    const backend = await resolveBackend(flags.backend)
    // vega and the stored-samples reader (which reaches the stages) load only for this command
    await tensorCodeReady()
    const [{ scatterChart }, { renderSvg, svgToPng }, { scatterData }, { cellSamplesByKey, lastKey }] = await Promise.all([
      import("../../report/charts.ts"), import("../../report/render.ts"), import("../../report/scatterData.ts"), import("../../report/storeAccess.ts")
    ])

    // ---- read every row's samples; a missing one names the cell and how to produce it
    const stored: Array<{ cell: DistillCell } & StoredSamples> = []
    for (const { cell } of rows) {
      const key = storeKey(cell.planKey, backend)
      const samples = cellSamplesByKey(loaded.store, key)
      if (samples === undefined) {
        const last = lastKey(loaded.store, cell.id)
        const stale = last !== undefined && last !== key ? " (the store holds an older result of it, under a stale key)" : ""
        err(`sidlab plot: cell ${cell.id} has no stored samples for backend ${backend.name}${stale}; run: sidlab run ${plan.experiment} --cells '${cell.id}' (or leave it out with --where)`)
        return ExitCode.failure
      }
      stored.push({ cell, ...samples })
    }
    const first = stored[0]!
    for (const s of stored) {
      if (s.dim !== first.dim || s.classes !== first.classes || s.samplesPerClass !== first.samplesPerClass) {
        err(`sidlab plot: ${s.cell.id} stores ${s.classes}×${s.samplesPerClass} samples in D=${s.dim}, ${first.cell.id} ${first.classes}×${first.samplesPerClass} in D=${first.dim}; plot them separately (--where)`)
        return ExitCode.failure
      }
    }
    const maxK = Math.max(...first.byK.keys())
    const ks = wantKs ?? [...new Set([1, maxK])]
    for (const s of stored) {
      const missing = ks.filter((k) => !s.byK.has(k))
      if (missing.length > 0) {
        const have = [...s.byK.keys()].filter((k) => k > 0).sort((a, b) => a - b)
        throw usage(`--ks: ${s.cell.id} has no samples at k=${missing.join(",")}; stored k: ${have.join(", ")}`)
      }
    }

    // ---- one projection and one set of limits for every panel: PCA of the first row's reference data
    const { classes, samplesPerClass, dim } = first
    if (!first.byK.has(0)) return err(`sidlab plot: ${first.cell.id} stores no reference data (k0)`), ExitCode.failure
    const label = (l: ReadonlyArray<readonly [string, string]>) => l.map(([a, v]) => `${a}=${v}`).join(" · ") || plan.experiment
    const data = scatterData(rows.map((r, i) => ({ label: label(r.label), samples: stored[i]! })), ks)
    const chart = scatterChart(`${plan.experiment}-scatter`, data.points, {
      title: `${[plan.experiment, ...sharedAxes(rows)].join(" · ")} · seed ${seed} · backend ${backend.name} · PCA of the reference data (D=${dim}, ${classes} classes × ${samplesPerClass})`,
      limits: data.limits
    })
    const svg = await renderSvg({ ...chart.spec, title: chart.title } as typeof chart.spec, chart.name)
    const file = flags.out !== undefined ? path.resolve(flags.out) : path.join(loaded.root, "docs", "figures", `${plan.experiment}-scatter.png`)
    writeFileAtomic(file, file.endsWith(".svg") ? svg : [svgToPng(svg)])
    const shown = path.relative(loaded.root, file).startsWith("..") ? file : path.relative(loaded.root, file)
    out(`wrote ${shown} (${rows.length} row${rows.length === 1 ? "" : "s"} × ${ks.length + 1} columns, backend ${backend.name}${data.clipped > 0 ? `, ${data.clipped} points outside the data's range clipped` : ""})`)
    return ExitCode.ok
  })
)
