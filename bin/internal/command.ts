/**
 * What a `sidlab` subcommand is, and the small argument-parsing helpers they share. A command lives in
 * `bin/commands/<name>.ts`, exports a `Command`, and is listed in `bin/commands/index.ts`.
 *
 * Exit status, as in most CLIs: 0 success, 1 failure (diagnostics, stale files, a failed run),
 * 2 usage error (unknown command or option, bad argument). Commands throw UsageError for the latter.
 */
import { parseArgs, type ParseArgsConfig } from "node:util"
import { fileURLToPath } from "node:url"

export interface Command {
  /** The word after `sidlab`. */
  readonly name: string
  /** One line for `sidlab --help`. */
  readonly summary: string
  /** Full help: a "Usage: sidlab <name> ..." line, a description, options, exit status. */
  readonly usage: string
  /** Runs with the arguments after the command name; resolves to the exit status. */
  run(argv: ReadonlyArray<string>): Promise<number>
}

export const ExitCode = { ok: 0, failure: 1, usage: 2 } as const

/** A mistake in how the command was called; the dispatcher prints it with a hint and exits 2. */
export class UsageError extends Error {
  override readonly name = "UsageError"
}

/** The repository this `sidlab` belongs to: the default project root. */
export const defaultRoot = fileURLToPath(new URL("../../", import.meta.url))

/** node:util parseArgs, strict, with `-h/--help` always accepted and its errors turned into UsageErrors. */
export const parseOptions = <O extends NonNullable<ParseArgsConfig["options"]>>(
  argv: ReadonlyArray<string>,
  options: O,
  maxPositionals = 0
) => {
  let parsed
  try {
    parsed = parseArgs({
      args: [...argv],
      options: { ...options, help: { type: "boolean", short: "h" } },
      allowPositionals: maxPositionals > 0,
      strict: true
    })
  } catch (e) {
    // node's messages are sentences like "Unknown option '--chek'. To specify ..." — keep the first one
    throw new UsageError((e instanceof Error ? e.message : String(e)).split(/\.\s/)[0]!.replace(/\.$/, ""))
  }
  if (parsed.positionals.length > maxPositionals) {
    throw new UsageError(`unexpected argument "${parsed.positionals[maxPositionals]}"`)
  }
  return parsed
}

/** Writes a line to stdout / stderr. */
export const out = (line = ""): void => void process.stdout.write(`${line}\n`)
export const err = (line = ""): void => void process.stderr.write(`${line}\n`)
