/**
 * `sidlab compile [--check]`: experiments/*.ts → generated/ plans (dsl/compiler/main.ts).
 * CI runs `--check`, which writes nothing and fails when generated/ is out of date.
 */
import * as path from "node:path"
import { formatDiagnostic } from "../../dsl/compiler/DiagnosticText.ts"
import { command, countFlag, defaultRoot, err, fromPromise, out, rootFlag, switchFlag } from "../internal/command.ts"

export const compileCommand = command(
  "compile",
  {
    summary: "Compile experiments/*.ts into generated/ plans (--check: fail if stale)",
    description: `Type-checks every experiments/*.ts (_*.ts files are shared bases, not experiments), expands each sweep and
writes generated/<name>.plan.ts, generated/<name>.plan.mmd, generated/index.ts and generated/inputs.json
(the hashes of every file the plans were compiled from). Problems are printed as file:line:col: message.

Exit status: 0 compiled (or up to date), 1 diagnostics or stale files, 2 usage error.`
  },
  {
    check: switchFlag("check", "Write nothing; fail if any generated file is stale, missing or extra (names each)"),
    maxCells: countFlag("max-cells", "N", "Refuse experiments whose sweep has more than N cells, counted before expanding (default 5000; an experiment may declare its own maxCells)"),
    root: rootFlag
  },
  (flags) =>
    fromPromise(async () => {
      const root = path.resolve(flags.root ?? defaultRoot)
      const { compile } = await import("../../dsl/compiler/main.ts")
      const result = await compile(root, { check: flags.check, ...(flags.maxCells !== undefined ? { maxCells: flags.maxCells } : {}) })
      for (const d of result.diagnostics) err(formatDiagnostic(d))
      for (const p of result.problems) err(p)
      const cells = result.plans.reduce((n, p) => n + p.cells.length, 0)
      const what = `${result.plans.length} experiment${result.plans.length === 1 ? "" : "s"}, ${cells} cells`
      for (const f of result.written) out(`wrote ${f}`)
      if (result.diagnostics.length > 0) {
        err(`${result.diagnostics.length} problem${result.diagnostics.length === 1 ? "" : "s"} in experiment files`)
      } else if (result.problems.length === 0) {
        out(result.written.length === 0 ? `generated/ is up to date (${what})` : `compiled ${what}`)
      }
      return result.exitCode
    })
)
