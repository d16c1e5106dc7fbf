/**
 * What the `sidlab` commands share: their errors and exit statuses, the flags several of them take, and
 * output helpers. A command lives in `bin/commands/<name>.ts` as an effect CLI `Command` (its flags,
 * arguments, descriptions and handler declared with `Command.make`) and is listed in
 * `bin/commands/index.ts`; bin/internal/cli.ts parses the arguments, prints help and sets the exit status.
 *
 * Exit status, as in most CLIs: 0 success, 1 failure (diagnostics, stale files, a failed run),
 * 2 usage error (unknown command or option, bad argument), 130 stopped by Ctrl-C.
 */
import { fileURLToPath } from "node:url"
import { Cause, Effect, Option, Schema } from "effect"
import { Argument, CliError, Command, Flag } from "effect/cli"

export const ExitCode = { ok: 0, failure: 1, usage: 2, interrupted: 130 } as const

/** A mistake in how the command was called: printed with the command's usage line; exit 2. */
export class UsageError extends Schema.TaggedError<UsageError>()("UsageError", { message: Schema.String }) {}

/** The command did not succeed and has already said why; the process exits with `code`. */
export class CommandExit extends Schema.TaggedError<CommandExit>()("CommandExit", { code: Schema.Number }) {}

/** A usage error, thrown from plain code (bin/internal/cli.ts treats it as the failure it stands for). */
export const usage = (message: string): UsageError => new UsageError({ message })

/** Ends a command with an exit status: 0 succeeds, any other fails with CommandExit. */
export const exitWith = (code: number): Effect.Effect<void, CommandExit> => (code === 0 ? Effect.void : Effect.fail(new CommandExit({ code })))

/**
 * A command body written with promises, resolving to its exit status. A UsageError it throws stays a
 * usage error; anything else it throws is a defect, printed as one sentence with exit 1.
 */
export const fromPromise = (body: () => Promise<number>): Effect.Effect<void, UsageError | CommandExit> =>
  Effect.flatten(Effect.promise(() => body().then(exitWith, (e: unknown) => (e instanceof UsageError ? Effect.fail(e) : Promise.reject(e)))))

/**
 * A command's handler as the CLI runs it: a UsageError (failed or thrown) is shown as a usage error of
 * that command, with its usage line; any other failure is one sentence naming what failed (its stack
 * with SIDLAB_DEBUG=1) and exit 1. Interruption passes through.
 */
export const reported = (commandPath: ReadonlyArray<string>) =>
<A, E, R>(handler: Effect.Effect<A, E, R>): Effect.Effect<A, CliError.ShowHelp | CommandExit, R> =>
  Effect.catchCause(handler, (cause): Effect.Effect<never, CliError.ShowHelp | CommandExit> => {
    if (Cause.hasInterruptsOnly(cause)) return Effect.interrupt
    const e = Cause.squash(cause)
    if (e instanceof CommandExit) return Effect.fail(e)
    if (e instanceof UsageError) return Effect.fail(new CliError.ShowHelp({ commandPath, errors: [new CliError.ValidationError({ message: e.message })] }))
    return Effect.sync(() => {
      err(`${commandPath.join(" ")}: ${e instanceof Error ? e.message : String(e)}`)
      if (process.env.SIDLAB_DEBUG && e instanceof Error && e.stack) err(e.stack)
    }).pipe(Effect.andThen(Effect.fail(new CommandExit({ code: ExitCode.failure }))))
  })

/**
 * A `sidlab <name>` command: its flags and arguments (`config`), a one-line summary for `sidlab --help`,
 * the description its own help page shows, and its handler.
 */
export const command = <const Name extends string, const Config extends Command.Command.Config, E, R>(
  name: Name,
  doc: { readonly summary: string; readonly description: string },
  config: Config,
  handler: (input: Command.Command.Config.Infer<Config>) => Effect.Effect<void, E, R>
) =>
  Command.make(name, config, (input) => reported(["sidlab", name])(handler(input))).pipe(
    Command.withShortDescription(doc.summary),
    Command.withDescription(`${doc.summary}.\n\n${doc.description}`)
  )

/** The repository this `sidlab` belongs to: the default project root. */
export const defaultRoot = fileURLToPath(new URL("../../", import.meta.url))

/** A flag with a value, `undefined` when not given. */
export const optionalFlag = (name: string, metavar: string, description: string): Flag.Flag<string | undefined> =>
  Flag.String(name).pipe(Flag.withMetavar(metavar), Flag.withDescription(description), Flag.optional, Flag.map(Option.getOrUndefined))

/** An on/off flag, off unless given. */
export const switchFlag = (name: string, description: string): Flag.Flag<boolean> =>
  Flag.Boolean(name).pipe(Flag.withDescription(description), Flag.withDefault(false))

/** A whole-number flag ≥ `min`. */
export const countFlag = (name: string, metavar: string, description: string, min = 1): Flag.Flag<number | undefined> =>
  Flag.Int(name).pipe(
    Flag.withMetavar(metavar),
    Flag.withDescription(description),
    Flag.filter((n) => n >= min, () => `a whole number ≥ ${min}`),
    Flag.optional,
    Flag.map(Option.getOrUndefined)
  )

export const storeFlag = optionalFlag("store", "DIR", "Results store (default: .sidlab in the project root)")
export const rootFlag = optionalFlag("root", "DIR", "Project root (default: this repository)")
export const backendFlag = (description = "Read results of this backend (default: the one sidlab run would use)") =>
  optionalFlag("backend", "NAME", description)

/** One or more experiments, by name or file. */
export const experimentsArg = Argument.String("experiment").pipe(Argument.withDescription("Experiment names or files"), Argument.atLeast(1))

/** The flags of the commands that read results: --store, --backend, --root. */
export const resultFlags = { store: storeFlag, backend: backendFlag(), root: rootFlag }

/** Writes a line to stdout / stderr. */
export const out = (line = ""): void => void process.stdout.write(`${line}\n`)
export const err = (line = ""): void => void process.stderr.write(`${line}\n`)
