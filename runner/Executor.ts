/**
 * `Executor`: where a ready cell (its dependencies done) is run. `local` runs cells in this process (one at
 * a time) or in worker processes (`--jobs N`). A cluster executor (`BatchExecutor`, e.g. Slurm) takes the
 * whole DAG at once and lets the cluster's scheduler order it. Every executor ends in the same place: the
 * cell's worker (`workerCommand`) claims it in the shared store, computes it and publishes it
 * (Execute.ts), so the plan and the store are the same whichever executor ran them.
 */
import { Context, Effect, Layer, Schema } from "effect"
import { spawn } from "node:child_process"
import { writeFileSync } from "node:fs"
import * as path from "node:path"
import { fileURLToPath } from "node:url"
import type { PlanCell } from "../dsl/Plan.ts"
import type { CellContext } from "./Cells.ts"
import type { CellOutcome } from "./Execute.ts"
import { quitOnSecondSignal } from "./Interrupt.ts"
import { tensorCodeReady } from "./tensorCode.ts"

export interface ExecutorShape {
  readonly name: string
  /** Runs one ready cell; never fails: the outcome says how it ended (a failure is printed with its cell). */
  readonly run: (cell: PlanCell) => Effect.Effect<CellOutcome>
}

export class Executor extends Context.Service<Executor, ExecutorShape>()("sidlab/runner/Executor") {
  /** Cells in this process, one at a time (dependency cells in a worker process: see inProcessExecutor). */
  static readonly inProcess = (ctx: CellContext, scratch: string) => Layer.succeed(Executor, inProcessExecutor(ctx, scratch))
  /** Each cell in its own worker process (runner/cellWorker.ts); `scratch` holds the cell files. */
  static readonly workers = (ctx: CellContext, scratch: string) => Layer.succeed(Executor, workerExecutor(ctx, scratch))
}

/**
 * Distill cells run in this process; dependency cells (prefit, autoencoder, teacher, evaluator) in a
 * worker process. Their training loops are synchronous and have no checkpoints, so this process must stay
 * free to hear Ctrl-C: the worker, which keeps Node's default SIGINT action, ends at once, and nothing
 * starts after it.
 */
export const inProcessExecutor = (ctx: CellContext, scratch: string): ExecutorShape => {
  const workers = workerExecutor(ctx, scratch)
  return {
    name: "local",
    run: (cell) => (cell.kind === "distill" ? executeHere(ctx, cell) : workers.run(cell))
  }
}

/** Runs a cell in this process; the stages load with the first such cell, not with the command. */
const executeHere = (ctx: CellContext, cell: PlanCell): Effect.Effect<CellOutcome> =>
  Effect.promise(async () => (await tensorCodeReady(), import("./Execute.ts"))).pipe(Effect.flatMap(({ cellOutcome }) => cellOutcome(ctx, cell)))

const worker = fileURLToPath(new URL("./cellWorker.ts", import.meta.url))

/** The command line that runs one cell in a worker process (also what a cluster job runs). */
export const workerCommand = (ctx: CellContext, cellFile: string): ReadonlyArray<string> =>
  [process.execPath, "--import", "tsx", worker, ctx.store, cellFile, ctx.backend.name]

const outcomeOf = (code: number | null, signal: NodeJS.Signals | null): CellOutcome =>
  code === 0 ? "computed" : code === 130 || signal === "SIGINT" ? "stopped" : "failed"

/**
 * Each cell in a worker process. Interrupting the cell (Ctrl-C) passes SIGINT on to its worker and waits
 * for it to end (a distill worker saves a checkpoint first); a second Ctrl-C passes that on too and exits.
 */
export const workerExecutor = (ctx: CellContext, scratch: string): ExecutorShape => ({
  name: "local",
  run: (cell) =>
    Effect.callback<CellOutcome>((resume) => {
      const file = path.join(scratch, `${cell.id.replace(/[^a-zA-Z0-9._-]/g, "_")}.json`)
      writeFileSync(file, JSON.stringify(cell))
      const [cmd, ...args] = workerCommand(ctx, file)
      // its own process group: a terminal's Ctrl-C reaches the worker once, through this process
      const child = spawn(cmd!, args, { stdio: ["ignore", "inherit", "inherit"], detached: true, env: { ...process.env, SIDLAB_BACKEND: ctx.backend.name } })
      const exited = new Promise<void>((done) => void (child.once("exit", () => done()), child.once("error", () => done())))
      child.on("error", (e) => {
        process.stderr.write(`sidlab: cell ${cell.id} failed: its worker did not start (${e.message})\n`)
        resume(Effect.succeed("failed"))
      })
      child.on("exit", (code, signal) => {
        // a worker that died by a signal printed nothing: name the cell here
        if (signal !== null && signal !== "SIGINT") process.stderr.write(`sidlab: cell ${cell.id} failed: its worker (pid ${child.pid}) was killed by ${signal}\n`)
        resume(Effect.succeed(outcomeOf(code, signal)))
      })
      const tell = () => void (child.exitCode === null && child.signalCode === null && child.kill("SIGINT"))
      return Effect.sync(tell).pipe(Effect.andThen(quitOnSecondSignal(Effect.promise(() => exited), tell)))
    })
})

//---- cluster executors: the whole DAG at once

/** A cell submitted as a job: what status, follow and cancel need later (kept in the store, runner/Batch.ts). */
export interface BatchJob {
  readonly cellId: string
  readonly storeKey: string
  /** The engine's name for the job (Slurm: `sidlab.<experiment>.<cell>`). */
  readonly name: string
  readonly jobId: string
  /** The job's log, on the shared filesystem. */
  readonly logPath: string
  /** Names of the jobs of the same submission it waits for. */
  readonly dependsOn: ReadonlyArray<string>
}

export type BatchState = "queued" | "running" | "completed" | "failed" | "cancelled" | "unknown"

/** A job's state as the engine reports it; `detail` is one line for a person (node, exit code, log, culprit). */
export interface BatchJobStatus {
  readonly jobId: string
  readonly state: BatchState
  readonly node?: string
  readonly detail: string
}

/** What to submit: cells in dependency order, their files' directory, and jobs of other runs to wait for. */
export interface BatchRequest {
  readonly cells: ReadonlyArray<PlanCell>
  /** The experiment a cell's job is named after. */
  readonly experimentOf: (cellId: string) => string
  /** Cell id → job id of a needed cell that another run has already queued. */
  readonly queuedElsewhere: ReadonlyMap<string, string>
  /** `<store>/slurm/<submission>`: cell files go to `cells/`, logs to `logs/`. */
  readonly dir: string
}

/** A cluster engine failed (command failed, timed out, missing, refused the jobs); one sentence. */
export class ExecutorError extends Schema.TaggedError<ExecutorError>()("ExecutorError", { executor: Schema.String, detail: Schema.String }) {
  override get message() {
    return `${this.executor}: ${this.detail}`
  }
}

export interface BatchExecutorShape {
  readonly name: string
  /** Submits every cell as a job, with the plan's edges as the engine's dependencies (afterok). */
  readonly submit: (request: BatchRequest) => Effect.Effect<ReadonlyArray<BatchJob>, ExecutorError>
  /** What `submit` would do, as text (job scripts and the dependency graph); touches nothing. */
  readonly dryRun: (request: BatchRequest) => Effect.Effect<string, ExecutorError>
  /** The state of each job, by job id (a job the engine has forgotten is "unknown"). */
  readonly poll: (jobs: ReadonlyArray<BatchJob>) => Effect.Effect<ReadonlyMap<string, BatchJobStatus>, ExecutorError>
  /** Cancels these jobs and any other of the caller's jobs of these experiments; returns the names cancelled. */
  readonly cancel: (jobs: ReadonlyArray<BatchJob>, experiments: ReadonlyArray<string>) => Effect.Effect<ReadonlyArray<string>, ExecutorError>
}

export class BatchExecutor extends Context.Service<BatchExecutor, BatchExecutorShape>()("sidlab/runner/BatchExecutor") {}
