/**
 * The one place that runs Slurm's commands (`sbatch`, `squeue`, `scancel`, `scontrol`): every call has a
 * timeout, and every failure is a tagged error naming the command line and its stderr. Slurm 22.05 has no
 * JSON output worth using (`squeue --json` ignores `-j`), so callers parse `|`-separated text.
 *
 * A `Context.Service` so that submission logic can be tested against a recording fake (`SlurmCli.layerTest`).
 */
import { spawn } from "node:child_process"
import { existsSync } from "node:fs"
import { Context, Effect, Layer, Schema } from "effect"

//---- errors

/** The command ran and exited non-zero (or was killed by a signal). */
export class SlurmCommandFailed extends Schema.TaggedError<SlurmCommandFailed>()("SlurmCommandFailed", {
  command: Schema.String,
  exitCode: Schema.NullOr(Schema.Number),
  stderr: Schema.String
}) {
  override get message() {
    return `\`${this.command}\` failed (exit ${this.exitCode ?? "by signal"}): ${this.stderr.trim() || "no stderr"}`
  }
}

/** The command did not finish in time; it was killed. A slurmctld under load answers slowly, not never. */
export class SlurmCommandTimeout extends Schema.TaggedError<SlurmCommandTimeout>()("SlurmCommandTimeout", {
  command: Schema.String,
  timeoutMs: Schema.Number,
  stderr: Schema.String
}) {
  override get message() {
    return `\`${this.command}\` did not answer within ${this.timeoutMs} ms${this.stderr.trim() ? `: ${this.stderr.trim()}` : ""}`
  }
}

/** The command could not be started at all (not installed, not on PATH). */
export class SlurmCommandMissing extends Schema.TaggedError<SlurmCommandMissing>()("SlurmCommandMissing", {
  command: Schema.String,
  detail: Schema.String
}) {
  override get message() {
    return `cannot run \`${this.command}\`: ${this.detail} (is Slurm installed and on PATH?)`
  }
}

export type SlurmCliError = SlurmCommandFailed | SlurmCommandTimeout | SlurmCommandMissing

//---- running a command

export interface CliResult {
  readonly stdout: string
  readonly stderr: string
}

export interface CliCall {
  readonly command: string
  readonly args: ReadonlyArray<string>
  /** Written to the command's stdin (sbatch reads its script from there). */
  readonly input?: string
}

export interface CliSettings {
  /** `SLURM_CONF` for the commands; unset: the caller's environment decides (the cluster's default). */
  readonly conf?: string
  readonly timeoutMs?: number
  readonly env?: NodeJS.ProcessEnv
}

/** `sbatch --parsable x` as a shell would show it, for error messages. */
export const commandLine = (call: CliCall): string =>
  [call.command, ...call.args].map((a) => (/^[\w@%+=:,./-]+$/.test(a) ? a : `'${a.replace(/'/g, `'\\''`)}'`)).join(" ")

/** Runs one command with a timeout (default 30 s); interrupting the effect kills the process. */
export const runCommand = (call: CliCall, settings: CliSettings = {}): Effect.Effect<CliResult, SlurmCliError> =>
  Effect.callback<CliResult, SlurmCliError>((resume, signal) => {
    const timeoutMs = settings.timeoutMs ?? 30_000
    const line = commandLine(call)
    const env = { ...(settings.env ?? process.env), ...(settings.conf === undefined ? {} : { SLURM_CONF: settings.conf }) }
    // the commands retry a missing config file for 60 s before they fail
    if (env.SLURM_CONF !== undefined && env.SLURM_CONF !== "" && !existsSync(env.SLURM_CONF))
      return resume(Effect.fail(new SlurmCommandMissing({ command: line, detail: `SLURM_CONF ${env.SLURM_CONF} does not exist` })))
    const child = spawn(call.command, [...call.args], { env, stdio: ["pipe", "pipe", "pipe"] })
    let stdout = ""
    let stderr = ""
    let done = false
    const finish = (effect: Effect.Effect<CliResult, SlurmCliError>) => {
      if (done) return
      done = true
      clearTimeout(timer)
      signal.removeEventListener("abort", onAbort)
      resume(effect)
    }
    const timer = setTimeout(() => {
      child.kill("SIGKILL")
      finish(Effect.fail(new SlurmCommandTimeout({ command: line, timeoutMs, stderr })))
    }, timeoutMs)
    const onAbort = () => {
      done = true
      clearTimeout(timer)
      child.kill("SIGKILL")
    }
    signal.addEventListener("abort", onAbort)
    child.stdout.setEncoding("utf8").on("data", (d: string) => (stdout += d))
    child.stderr.setEncoding("utf8").on("data", (d: string) => (stderr += d))
    child.on("error", (e: NodeJS.ErrnoException) => finish(Effect.fail(new SlurmCommandMissing({ command: line, detail: e.message }))))
    child.on("close", (code) =>
      finish(code === 0 ? Effect.succeed({ stdout, stderr }) : Effect.fail(new SlurmCommandFailed({ command: line, exitCode: code, stderr }))))
    child.stdin.on("error", () => {}) // a command that exits without reading its stdin is reported by its exit status
    child.stdin.end(call.input ?? "")
  })

//---- service

export interface SlurmCliShape {
  readonly run: (call: CliCall) => Effect.Effect<CliResult, SlurmCliError>
}

/** A fake for tests: answers from `respond` and records every call in `calls`. */
export const recordingCli = (respond: (call: CliCall) => Effect.Effect<CliResult, SlurmCliError>) => {
  const calls: Array<CliCall> = []
  const shape: SlurmCliShape = { run: (call) => Effect.suspend(() => (calls.push(call), respond(call))) }
  return { calls, shape, layer: Layer.succeed(SlurmCli, shape) }
}

export class SlurmCli extends Context.Service<SlurmCli, SlurmCliShape>()("sidlab/runner/executors/slurm/SlurmCli") {
  /** The real commands, with `SLURM_CONF` and a timeout per call. */
  static readonly layer = (settings: CliSettings = {}) => Layer.succeed(SlurmCli, { run: (call) => runCommand(call, settings) })
}

/** Runs a Slurm command through the service in context. */
export const slurm = (command: string, args: ReadonlyArray<string>, input?: string): Effect.Effect<CliResult, SlurmCliError, SlurmCli> =>
  Effect.flatMap(SlurmCli, (cli) => cli.run(input === undefined ? { command, args } : { command, args, input }))
