/**
 * `sidlab compile [--check]`: experiments/*.ts → generated/ plans (dsl/compiler/main.ts).
 * CI runs `--check`, which writes nothing and fails when generated/ is out of date.
 */
import * as path from "node:path"
import { formatDiagnostic } from "../../dsl/compiler/DiagnosticText.ts"
import { type Command, defaultRoot, err, ExitCode, out, parseOptions, UsageError } from "../internal/command.ts"

export const compileCommand: Command = {
  name: "compile",
  summary: "Compile experiments/*.ts into generated/ plans (--check: fail if stale)",
  usage: `Usage: sidlab compile [--check] [--max-cells N] [--root DIR]

Type-checks every experiments/*.ts, expands its sweep and writes generated/<name>.plan.ts,
generated/<name>.plan.mmd and generated/index.ts. Problems are printed as file:line:col: message.

Options:
  --check       Write nothing; fail if any generated file is stale, missing or extra (names each)
  --max-cells N Refuse experiments whose sweep has more than N cells, counted before expanding
                (default 5000; an experiment may declare its own maxCells)
  --root DIR    Project root (default: this repository)
  -h, --help    Show this help

Exit status: 0 compiled (or up to date), 1 diagnostics or stale files, 2 usage error.`,

  async run(argv) {
    const { values } = parseOptions(argv, { check: { type: "boolean" }, "max-cells": { type: "string" }, root: { type: "string" } })
    const maxCells = values["max-cells"] === undefined ? undefined : Number(values["max-cells"])
    if (maxCells !== undefined && (!Number.isInteger(maxCells) || maxCells < 1)) throw new UsageError(`--max-cells must be a whole number ≥ 1, got "${values["max-cells"]}"`)
    if (values.help) return out(this.usage), ExitCode.ok
    const root = path.resolve(values.root ?? defaultRoot)
    const { compile } = await import("../../dsl/compiler/main.ts")
    const result = await compile(root, { check: values.check ?? false, ...(maxCells !== undefined ? { maxCells } : {}) })
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
  }
}
