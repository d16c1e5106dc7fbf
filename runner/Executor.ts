/**
 * `Executor`: where a ready cell (its dependencies done) is run. `local` runs cells in this process (one at
 * a time) or in worker processes (`--jobs N`); a cluster executor (Slurm) submits them as batch jobs. Every
 * executor ends in the same place: the cell's worker claims it in the shared store, computes it and
 * publishes it (Execute.ts), so the plan and the store are the same whichever executor ran them.
 */
import { Context, Effect, Layer } from "effect"
import { spawn } from "node:child_process"
import { writeFileSync } from "node:fs"
import * as path from "node:path"
import { fileURLToPath } from "node:url"
import type { PlanCell } from "../dsl/Plan.ts"
import type { CellContext } from "./Cells.ts"
import { type CellOutcome, executeCell, onCtrlC } from "./Execute.ts"

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
    run: (cell) => (cell.kind === "distill" ? Effect.promise(() => executeCell(ctx, cell)) : workers.run(cell))
  }
}

const worker = fileURLToPath(new URL("./cellWorker.ts", import.meta.url))

/** The command line that runs one cell in a worker process (also what a cluster job runs). */
export const workerCommand = (ctx: CellContext, cellFile: string): ReadonlyArray<string> =>
  [process.execPath, "--import", "tsx", worker, ctx.store, cellFile, ctx.backend.name]

const outcomeOf = (code: number | null, signal: NodeJS.Signals | null): CellOutcome =>
  code === 0 ? "computed" : code === 130 || signal === "SIGINT" ? "stopped" : "failed"

export const workerExecutor = (ctx: CellContext, scratch: string): ExecutorShape => ({
  name: "local",
  run: (cell) =>
    Effect.callback<CellOutcome>((resume) => {
      const file = path.join(scratch, `${cell.id.replace(/[^a-zA-Z0-9._-]/g, "_")}.json`)
      writeFileSync(file, JSON.stringify(cell))
      const [cmd, ...args] = workerCommand(ctx, file)
      // its own process group: a terminal's Ctrl-C reaches the worker once, through this process
      const child = spawn(cmd!, args, { stdio: ["ignore", "inherit", "inherit"], detached: true, env: { ...process.env, SIDLAB_BACKEND: ctx.backend.name } })
      const forget = onCtrlC(() => void child.kill("SIGINT"))
      child.on("error", (e) => {
        forget()
        process.stderr.write(`sidlab: cell ${cell.id} failed: its worker did not start (${e.message})\n`)
        resume(Effect.succeed("failed"))
      })
      child.on("exit", (code, signal) => {
        forget()
        // a worker that died by a signal printed nothing: name the cell here
        if (signal !== null && signal !== "SIGINT") process.stderr.write(`sidlab: cell ${cell.id} failed: its worker (pid ${child.pid}) was killed by ${signal}\n`)
        resume(Effect.succeed(outcomeOf(code, signal)))
      })
    })
})
