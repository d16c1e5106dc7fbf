/**
 * How `sidlab` runs on effect's CLI module (effect/cli): the library parses the arguments, suggests the
 * closest command or option for a typo, renders every help page from the declared commands, flags and
 * arguments, and writes shell completion scripts; this file says how its output looks and how each
 * ending becomes an exit status (bin/internal/command.ts). Signals reach the command as the interruption
 * of its fiber (runner/Interrupt.ts runMain, on @effect/platform-node-shared's NodeRuntime).
 */
import * as NodeChildProcessSpawner from "@effect/platform-node-shared/NodeChildProcessSpawner"
import * as NodeFileSystem from "@effect/platform-node-shared/NodeFileSystem"
import * as NodePath from "@effect/platform-node-shared/NodePath"
import * as NodeStdio from "@effect/platform-node-shared/NodeStdio"
import * as NodeTerminal from "@effect/platform-node-shared/NodeTerminal"
import { Cause, Effect, Layer } from "effect"
import { CliConfig, CliError, CliOutput, Command, Flag, GlobalFlag } from "effect/cli"
import { CommandExit, err, ExitCode, out } from "./command.ts"

/** `--version` / `-V`: the version alone, as scripts expect. */
const versionFlag = GlobalFlag.Action({
  flag: Flag.Boolean("version").pipe(Flag.withAlias("V"), Flag.withDescription("Print the version"), Flag.withDefault(false)),
  run: (_, { version }) => Effect.sync(() => out(version))
})

/** The library's help layout, with a description of several lines indented as its first line is. */
const formatter = (): CliOutput.Formatter => {
  const base = CliOutput.defaultFormatter()
  return { ...base, formatHelpDoc: (doc) => base.formatHelpDoc({ ...doc, description: doc.description.split("\n").join("\n  ").replace(/\n {2}(?=\n)/g, "\n") }) }
}

/** One line for a parse error; unknown names carry the library's closest match. */
const oneLine = (e: CliError.NonShowHelpErrors): string => {
  const guess = (suggestions: ReadonlyArray<string>) => (suggestions.length > 0 ? `; did you mean "${suggestions[0]}"?` : "")
  switch (e._tag) {
    case "UnknownSubcommand":
      return `unknown command "${e.subcommand}"${guess(e.suggestions)}`
    case "UnrecognizedOption":
      return `unknown option "${e.option}"${guess(e.suggestions)}`
    default:
      return e.message.split("\n")[0]!
  }
}

/** Help on request to stdout; help because no command was given, and usage errors, to stderr. */
const presenter: CliOutput.Presenter = {
  present: (event) =>
    Effect.gen(function*() {
      const format = yield* CliOutput.Formatter
      switch (event._tag) {
        case "Help":
          return event.reason === "Requested" ? out(format.formatHelpDoc(event.helpDoc)) : err(format.formatHelpDoc(event.helpDoc))
        case "Version":
          return out(event.version)
        case "InvalidInvocation": {
          const name = event.commandPath.join(" ")
          for (const e of event.errors) err(`${name}: ${oneLine(e)}`)
          err(`Usage: ${event.helpDoc.usage}`)
          return err(`Run '${name} --help' for more information.`)
        }
      }
    })
}

/** What the library needs from the platform (files, paths, stdio, terminal, processes): Node's. */
const platform = Layer.provideMerge(NodeChildProcessSpawner.layer, Layer.mergeAll(NodeFileSystem.layer, NodePath.layer, NodeStdio.layer, NodeTerminal.layer))

const settings = Layer.mergeAll(
  CliConfig.layer({ builtIns: [GlobalFlag.Help, versionFlag, GlobalFlag.Completions] }),
  CliOutput.layer(formatter()),
  CliOutput.layerPresenter(presenter)
)

/** Runs `root` on `argv` to its exit status: 0, 1, 2 (usage, already shown), or a command's own. */
export const runCli = <Name extends string, I, C, E>(
  root: Command.Command<Name, I, C, E, Command.Environment>,
  version: string,
  argv: ReadonlyArray<string>
): Effect.Effect<number> =>
  Command.runWith(root, { version })(argv).pipe(
    Effect.as<number>(ExitCode.ok),
    Effect.catchCause((cause) => {
      if (Cause.hasInterruptsOnly(cause)) return Effect.interrupt
      const e = Cause.squash(cause)
      if (e instanceof CommandExit) return Effect.succeed(e.code)
      if (CliError.isCliError(e)) return Effect.succeed(ExitCode.usage)
      return Effect.sync(() => (err(`sidlab: ${e instanceof Error ? e.message : String(e)}`), ExitCode.failure))
    }),
    Effect.provide(Layer.merge(platform, settings))
  )
