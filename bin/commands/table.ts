/**
 * `sidlab table <experiment>`: renders the experiment's declared tables from the stored Arrow metrics,
 * prints them, writes generated/tables/<experiment>.<table>.md and .tex (the same store gives
 * byte-identical files), and with --into fills the marked blocks of a document such as docs/results.md.
 */
import { mkdirSync, readFileSync, existsSync } from "node:fs"
import * as path from "node:path"
import { writeFileAtomic } from "../../stages/internal/atomicFile.ts"
import { type Command, ExitCode, err, out, parseOptions, UsageError } from "../internal/command.ts"
import { loadPlans, resolveBackend, resultOptions } from "../internal/experimentArgs.ts"

export const tableCommand: Command = {
  name: "table",
  summary: "Render an experiment's declared tables (Markdown + LaTeX) from stored metrics",
  usage: `Usage: sidlab table <experiment>... [--into FILE.md] [--quiet] [--store DIR] [--backend NAME] [--root DIR]

Reads the metrics of every cell of <experiment> from the results store and renders each table the
experiment declares: rows and columns from sweep axes (or k), each entry the metric's mean ± std over
seeds, the best mean per column in bold, ↓/↑ for the better direction; by default the final
evaluation, or the phases the table declares (before, after, best snapshot, data floor). Prints each
table and writes generated/tables/<experiment>.<table>.md and .tex. Fails, naming the cells, when
results are missing.

With --into FILE.md, also replaces every block of FILE.md written as

  <!-- sidlab:table <experiment>.<table> -->
  (anything: the rendered table goes here)
  <!-- /sidlab:table -->

with the rendered Markdown table, so a results document carries tool-made tables only.

Options:
  --into FILE.md   Also fill the marked table blocks of FILE.md (see above)
  --quiet          Do not print the tables (only the files written)
  --store DIR      Results store (default: .sidlab in the project root)
  --backend NAME   Read results of this backend (default: the one sidlab run would use)
  --root DIR       Project root (default: this repository)
  -h, --help       Show this help

Exit status: 0 rendered, 1 missing results or problems, 2 usage error.`,

  async run(argv) {
    const { values, positionals } = parseOptions(argv, { ...resultOptions, quiet: { type: "boolean" }, print: { type: "boolean" }, into: { type: "string" } }, Number.MAX_SAFE_INTEGER)
    if (values.help) return out(this.usage), ExitCode.ok
    if (positionals[0] === undefined) throw new UsageError("missing <experiment>")
    const each = await Promise.all(positionals.map((t) => loadPlans(values, t)))
    if (each.some((l) => l === undefined)) return ExitCode.failure
    const loaded = { ...each[0]!, plans: [...new Set(each.flatMap((l) => l!.plans))] }
    const rendered = new Map<string, string>()
    // the Arrow reader loads only for the commands that read metrics
    const [{ experimentResults, MissingResults }, { renderTable }] = await Promise.all([import("../../runner/Results.ts"), import("../../runner/Tables.ts")])
    const backend = await resolveBackend(values.backend)
    const dir = path.join(loaded.root, "generated", "tables")
    for (const plan of loaded.plans) {
      if (plan.tables.length === 0) {
        out(`${plan.experiment}: declares no tables`)
        continue
      }
      let results
      try {
        results = experimentResults(loaded.store, plan, backend)
      } catch (e) {
        if (e instanceof MissingResults) return err(`sidlab table: ${e.message}`), ExitCode.failure
        throw e
      }
      mkdirSync(dir, { recursive: true })
      for (const table of plan.tables) {
        const r = renderTable(plan, table, results)
        for (const [ext, text] of [["md", r.markdown], ["tex", r.latex]] as const) {
          const file = path.join(dir, `${plan.experiment}.${table.name}.${ext}`)
          const same = existsSync(file) && readFileSync(file, "utf8") === text
          if (!same) writeFileAtomic(file, text)
          out(`${same ? "unchanged" : "wrote"} ${path.relative(loaded.root, file)}`)
        }
        rendered.set(`${plan.experiment}.${table.name}`, r.markdown)
        // --print is accepted for old scripts: printing is the default now
        if (values.quiet !== true) out(`\n${r.markdown}`)
      }
    }
    if (values.into !== undefined) {
      const file = path.resolve(values.into)
      if (!existsSync(file)) throw new UsageError(`--into ${values.into}: no such file`)
      const before = readFileSync(file, "utf8")
      const after = fillTableBlocks(before, rendered, values.into)
      if (after !== before) writeFileAtomic(file, after)
      out(`${after === before ? "unchanged" : "wrote"} ${path.relative(process.cwd(), file)}`)
    }
    return ExitCode.ok
  }
}

const BLOCK = /<!-- sidlab:table ([^\s]+) -->\n[\s\S]*?<!-- \/sidlab:table -->/g

/**
 * Replaces each marked block whose table was rendered; blocks of other experiments are left as they are.
 * A block naming a table of a rendered experiment that does not exist is an error (a typo in the doc).
 */
export const fillTableBlocks = (doc: string, tables: ReadonlyMap<string, string>, file: string): string => {
  const opened = (doc.match(/<!-- sidlab:table /g) ?? []).length
  const closed = (doc.match(/<!-- \/sidlab:table -->/g) ?? []).length
  if (opened !== closed) throw new UsageError(`${file}: ${opened} table blocks opened but ${closed} closed`)
  const experiments = new Set([...tables.keys()].map((k) => k.slice(0, k.lastIndexOf("."))))
  return doc.replace(BLOCK, (whole, name: string) => {
    const table = tables.get(name)
    if (table !== undefined) return `<!-- sidlab:table ${name} -->\n${table.endsWith("\n") ? table : `${table}\n`}<!-- /sidlab:table -->`
    const experiment = name.slice(0, name.lastIndexOf("."))
    if (experiments.has(experiment)) throw new UsageError(`${file}: table block "${name}": ${experiment} declares no such table; it has ${[...tables.keys()].filter((k) => k.startsWith(`${experiment}.`)).join(", ")}`)
    return whole
  })
}
