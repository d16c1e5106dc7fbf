/**
 * `sidlab table <experiment>`: renders the experiment's declared tables from the stored Arrow metrics,
 * prints them, writes generated/tables/<experiment>.<table>.md and .tex (the same store gives
 * byte-identical files), and with --into fills the marked blocks of a document such as docs/results.md.
 */
import { mkdirSync, readFileSync, existsSync } from "node:fs"
import * as path from "node:path"
import { writeFileAtomic } from "../../dsl/internal/atomicFile.ts"
import { Flag } from "effect/cli"
import { command, experimentsArg, ExitCode, err, fromPromise, optionalFlag, out, resultFlags, switchFlag, usage } from "../internal/command.ts"
import { loadPlansOf, resolveBackend } from "../internal/experimentArgs.ts"

export const tableCommand = command(
  "table",
  {
    summary: "Render an experiment's declared tables (Markdown + LaTeX) from stored metrics",
    description: `Reads the metrics of every cell of <experiment> from the results store and renders each table the
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

Exit status: 0 rendered, 1 missing results or problems, 2 usage error.`
  },
  {
    experiments: experimentsArg,
    into: optionalFlag("into", "FILE.md", "Also fill the marked table blocks of FILE.md (see above)"),
    quiet: switchFlag("quiet", "Do not print the tables (only the files written)"),
    // accepted for old scripts: printing is the default now
    print: switchFlag("print", "Print the tables (the default)").pipe(Flag.withHidden),
    ...resultFlags
  },
  (flags) => fromPromise(async () => {
    const loaded = await loadPlansOf(flags, flags.experiments)
    if (loaded === undefined) return ExitCode.failure
    const rendered = new Map<string, string>()
    // the Arrow reader loads only for the commands that read metrics
    const [{ experimentResults, MissingResults }, { renderTable }] = await Promise.all([import("../../runner/Results.ts"), import("../../runner/Tables.ts")])
    const backend = await resolveBackend(flags.backend)
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
        if (!flags.quiet) out(`\n${r.markdown}`)
      }
    }
    if (flags.into !== undefined) {
      const file = path.resolve(flags.into)
      if (!existsSync(file)) throw usage(`--into ${flags.into}: no such file`)
      const before = readFileSync(file, "utf8")
      const after = fillTableBlocks(before, rendered, flags.into)
      if (after !== before) writeFileAtomic(file, after)
      out(`${after === before ? "unchanged" : "wrote"} ${path.relative(process.cwd(), file)}`)
    }
    return ExitCode.ok
  })
)

const BLOCK = /<!-- sidlab:table ([^\s]+) -->\n[\s\S]*?<!-- \/sidlab:table -->/g

/**
 * Replaces each marked block whose table was rendered; blocks of other experiments are left as they are.
 * A block naming a table of a rendered experiment that does not exist is an error (a typo in the doc).
 */
export const fillTableBlocks = (doc: string, tables: ReadonlyMap<string, string>, file: string): string => {
  const opened = (doc.match(/<!-- sidlab:table /g) ?? []).length
  const closed = (doc.match(/<!-- \/sidlab:table -->/g) ?? []).length
  if (opened !== closed) throw usage(`${file}: ${opened} table blocks opened but ${closed} closed`)
  const experiments = new Set([...tables.keys()].map((k) => k.slice(0, k.lastIndexOf("."))))
  return doc.replace(BLOCK, (whole, name: string) => {
    const table = tables.get(name)
    if (table !== undefined) return `<!-- sidlab:table ${name} -->\n${table.endsWith("\n") ? table : `${table}\n`}<!-- /sidlab:table -->`
    const experiment = name.slice(0, name.lastIndexOf("."))
    if (experiments.has(experiment)) throw usage(`${file}: table block "${name}": ${experiment} declares no such table; it has ${[...tables.keys()].filter((k) => k.startsWith(`${experiment}.`)).join(", ")}`)
    return whole
  })
}
