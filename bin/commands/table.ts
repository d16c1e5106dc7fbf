/**
 * `sidlab table <experiment>`: renders the experiment's declared tables from the stored Arrow metrics
 * into generated/tables/<experiment>.<table>.md and .tex (the same store gives byte-identical files).
 */
import { mkdirSync, readFileSync, existsSync } from "node:fs"
import * as path from "node:path"
import { writeFileAtomic } from "../../stages/internal/atomicFile.ts"
import { type Command, ExitCode, err, out, parseOptions, UsageError } from "../internal/command.ts"
import { loadPlans, resolveBackend, resultOptions } from "../internal/experimentArgs.ts"
import { experimentResults, MissingResults } from "../internal/results.ts"
import { renderTable } from "../internal/tables.ts"

export const tableCommand: Command = {
  name: "table",
  summary: "Render an experiment's declared tables (Markdown + LaTeX) from stored metrics",
  usage: `Usage: sidlab table <experiment> [--store DIR] [--backend NAME] [--root DIR] [--print]

Reads the final metrics of every cell of <experiment> from the results store and renders each table
the experiment declares: rows and columns from sweep axes (or k), each entry the metric's mean ± std
over seeds, the best mean per column in bold, ↓/↑ for the better direction. Writes
generated/tables/<experiment>.<table>.md and .tex. Fails, naming the cells, when results are missing.

Options:
  --print          Also print the Markdown tables
  --store DIR      Results store (default: .sidlab in the project root)
  --backend NAME   Read results of this backend (default: the one sidlab run would use)
  --root DIR       Project root (default: this repository)
  -h, --help       Show this help

Exit status: 0 rendered, 1 missing results or problems, 2 usage error.`,

  async run(argv) {
    const { values, positionals } = parseOptions(argv, { ...resultOptions, print: { type: "boolean" } }, 1)
    if (values.help) return out(this.usage), ExitCode.ok
    if (positionals[0] === undefined) throw new UsageError("missing <experiment>")
    const loaded = await loadPlans(values, positionals[0])
    if (!loaded) return ExitCode.failure
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
        if (values.print) out(`\n${r.markdown}`)
      }
    }
    return ExitCode.ok
  }
}
