/**
 * Executes one cell with the live layers and turns the outcome into an exit status, printing failures
 * as one readable line (the wasm runtime otherwise dumps its whole source on an uncaught error).
 * Ctrl-C asks a distill cell to stop after its next checkpoint; a second Ctrl-C exits at once.
 */
import { Cause, Effect, Exit, Layer, type Scope } from "effect"
import type { PlanCell } from "../../dsl/compiler/Plan.ts"
import { Progress } from "../../stages/Progress.ts"
import { TensorBackend } from "../../stages/TensorBackend.ts"
import { runDistillCell, runPrefitCell } from "./cellRunner.ts"

let stopRequested = false
let handlerInstalled = false
const installSigint = () => {
  if (handlerInstalled) return
  handlerInstalled = true
  process.on("SIGINT", () => {
    if (stopRequested) process.exit(130)
    stopRequested = true
    process.stderr.write("\nstopping after the next checkpoint (Ctrl-C again to quit now)\n")
  })
}

/** Runs the cell; resolves to 0 (done), 1 (failed) or 130 (stopped by Ctrl-C, resumable). */
export const executeCell = async (store: string, cell: PlanCell): Promise<number> => {
  installSigint()
  const program: Effect.Effect<unknown, unknown, TensorBackend | Progress | Scope.Scope> =
    cell.kind === "prefit" ? runPrefitCell(store, cell) : runDistillCell(store, cell, () => stopRequested)
  const exit = await Effect.runPromiseExit(Effect.scoped(program).pipe(Effect.provide(Layer.mergeAll(TensorBackend.layer, Progress.layer()))))
  if (Exit.isSuccess(exit)) return 0
  if (Cause.hasInterruptsOnly(exit.cause)) return 130
  const failure = Cause.squash(exit.cause)
  process.stderr.write(`sidlab: cell ${cell.id} failed: ${failure instanceof Error ? failure.message : String(failure)}\n`)
  return 1
}

export const stopWasRequested = (): boolean => stopRequested
