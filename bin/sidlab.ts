#!/usr/bin/env -S npx tsx
/**
 * `sidlab`: the command of the laboratory, declared with effect's CLI module and run by
 * bin/internal/cli.ts. Its subcommands are listed in bin/commands/index.ts. `sidlab --help`,
 * `sidlab help <command>` and `sidlab <command> --help` print help; `sidlab --completions
 * bash|zsh|fish|powershell` prints a shell completion script.
 * Exit status: 0 ok, 1 failure, 2 usage error, 130 stopped by Ctrl-C (bin/internal/command.ts).
 * `npx sidlab` runs bin/sidlab.js, which calls `main` of this file compiled into dist/ (bin/cli-build.mjs).
 */
import { readFileSync } from "node:fs"
import { fileURLToPath } from "node:url"
import { Effect, Option } from "effect"
import { Argument, CliError, Command } from "effect/cli"
import { closest } from "../dsl/compiler/DiagnosticText.ts"
import { runMain } from "../runner/Interrupt.ts"
import { commands } from "./commands/index.ts"
import { runCli } from "./internal/cli.ts"
import type { CommandExit } from "./internal/command.ts"

const version = (): string =>
  (JSON.parse(readFileSync(fileURLToPath(new URL("../package.json", import.meta.url)), "utf8")) as { version: string }).version

/** `sidlab help [command]`: the same page as `sidlab [command] --help`. */
const help = Command.make(
  "help",
  { command: Argument.String("command").pipe(Argument.withDescription("The command to describe (default: the list of commands)"), Argument.optional) },
  ({ command }) =>
    Effect.gen(function*() {
      const name = Option.getOrUndefined(command)
      const names = [...commands.map((c) => c.name), "help"]
      if (name !== undefined && !names.includes(name)) {
        const guess = closest(name, names)
        const unknown = new CliError.UnknownSubcommand({ subcommand: name, parent: ["sidlab"], suggestions: guess === undefined ? [] : [guess] })
        return yield* new CliError.ShowHelp({ commandPath: ["sidlab"], errors: [unknown] })
      }
      yield* Command.runWith(sidlab, { version: version() })(name === undefined ? ["--help"] : [name, "--help"])
    })
).pipe(Command.withShortDescription("Show help for a command"), Command.withDescription("Show help for a command.\n\nPrints the help of <command>, as 'sidlab <command> --help' does; without one, the list of commands."))

export const sidlab: Command.Command<"sidlab", {}, {}, CliError.CliError | CommandExit, Command.Environment> = Command.make("sidlab").pipe(
  Command.withDescription("sidlab — a laboratory for few-step diffusion distillation with Score identity Distillation"),
  Command.withSubcommands([...commands, help])
)

/** Runs `sidlab` with the given arguments (without node and script) and exits with its status. */
export const main = (argv: ReadonlyArray<string>): void => {
  // `sidlab plan x | head`: the reader has gone, so further output is dropped; the command itself
  // finishes as it would (a run still reaches its checkpoint) instead of dying on an unhandled EPIPE
  for (const stream of [process.stdout, process.stderr]) {
    stream.on("error", (e: NodeJS.ErrnoException) => {
      if (e.code !== "EPIPE" && e.code !== "ERR_STREAM_DESTROYED") throw e
    })
  }
  runMain(runCli(sidlab, version(), argv))
}

if (process.argv[1] !== undefined && fileURLToPath(import.meta.url) === (await import("node:fs")).realpathSync(process.argv[1])) {
  main(process.argv.slice(2))
}
