/**
 * The `sidlab` subcommands, in the order `sidlab --help` lists them. To add one, create
 * `bin/commands/<name>.ts` exporting a `Command` (bin/internal/command.ts) and append it below.
 */
import type { Command } from "../internal/command.ts"
import { compileCommand } from "./compile.ts"
import { planCommand } from "./plan.ts"
import { runCommand } from "./run.ts"
import { tableCommand } from "./table.ts"
import { baselineCommand, checkCommand } from "./check.ts"
import { plotCommand } from "./plot.ts"
import { imageCommand } from "./image.ts"
import { reportCommand } from "./report.ts"
import { statusCommand } from "./status.ts"
import { cancelCommand } from "./cancel.ts"

export const commands: Array<Command> = [
  compileCommand,
  planCommand,
  runCommand,
  statusCommand,
  cancelCommand,
  tableCommand,
  checkCommand,
  baselineCommand,
  plotCommand,
  imageCommand,
  reportCommand
  // ---- run, table, check, baseline, quickstart: added by their authors as bin/commands/<name>.ts ----
]
