/**
 * The `sidlab` subcommands, in the order `sidlab --help` lists them. To add one, create
 * `bin/commands/<name>.ts` exporting a command made with `command` (bin/internal/command.ts) and list it below.
 */
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

export const commands = [
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
] as const
