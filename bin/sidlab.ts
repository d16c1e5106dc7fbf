#!/usr/bin/env -S npx tsx
/**
 * `sidlab`: the command of the laboratory. Dispatches to the subcommands listed in
 * bin/commands/index.ts; `sidlab --help`, `sidlab help <command>` and `sidlab <command> --help` print help.
 * Exit status: 0 ok, 1 failure, 2 usage error (see bin/internal/command.ts).
 * `npx sidlab` runs bin/sidlab.js, which calls `main` of this file compiled into dist/ (bin/cli-build.mjs).
 */
import { readFileSync } from "node:fs"
import { fileURLToPath } from "node:url"
import { closest } from "../dsl/compiler/DiagnosticText.ts"
import { commands } from "./commands/index.ts"
import { type Command, err, ExitCode, out, UsageError } from "./internal/command.ts"

const version = (): string =>
  (JSON.parse(readFileSync(fileURLToPath(new URL("../package.json", import.meta.url)), "utf8")) as { version: string }).version

const mainHelp = (): string => {
  const width = Math.max(4, ...commands.map((c) => c.name.length))
  return [
    "sidlab — a laboratory for few-step diffusion distillation with Score identity Distillation",
    "",
    "Usage: sidlab <command> [options]",
    "",
    "Commands:",
    ...commands.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`),
    `  ${"help".padEnd(width)}  Show help for a command`,
    "",
    "Options:",
    "  -h, --help     Show this help",
    "  -V, --version  Print the version",
    "",
    "Run 'sidlab help <command>' or 'sidlab <command> --help' for a command's options."
  ].join("\n")
}

const find = (name: string): Command | undefined => commands.find((c) => c.name === name)

/** A usage error: message, a hint, status 2. */
const usageError = (message: string, command?: Command): number => {
  err(`sidlab${command ? ` ${command.name}` : ""}: ${message}`)
  err(command ? command.usage.split("\n")[0]! : "Usage: sidlab <command> [options]")
  err(`Run 'sidlab ${command ? `${command.name} --help` : "--help"}' for more information.`)
  return ExitCode.usage
}

const unknownCommand = (name: string): number => {
  const guess = closest(name, [...commands.map((c) => c.name), "help"])
  return usageError(`unknown command "${name}"${guess ? `; did you mean "${guess}"?` : ""}`)
}

/** Runs `sidlab` with the given arguments (without node and script); resolves to the exit status. */
export const main = async (argv: ReadonlyArray<string>): Promise<number> => {
  const [first, ...rest] = argv
  if (first === undefined) return err(mainHelp()), ExitCode.usage
  if (first === "-h" || first === "--help") return out(mainHelp()), ExitCode.ok
  if (first === "-V" || first === "--version") return out(version()), ExitCode.ok
  if (first === "help") {
    if (rest[0] === undefined) return out(mainHelp()), ExitCode.ok
    const c = find(rest[0])
    return c ? (out(c.usage), ExitCode.ok) : unknownCommand(rest[0])
  }
  if (first.startsWith("-")) return usageError(`unknown option "${first}"`)
  const command = find(first)
  if (!command) return unknownCommand(first)
  try {
    return await command.run(rest)
  } catch (e) {
    if (e instanceof UsageError) return usageError(e.message, command)
    // one sentence for the user (every runner error names its file or cell); the stack only on request
    err(`sidlab ${command.name}: ${e instanceof Error ? e.message : String(e)}`)
    if (process.env.SIDLAB_DEBUG && e instanceof Error && e.stack) err(e.stack)
    return ExitCode.failure
  }
}

if (process.argv[1] !== undefined && fileURLToPath(import.meta.url) === (await import("node:fs")).realpathSync(process.argv[1])) {
  process.exitCode = await main(process.argv.slice(2))
}
