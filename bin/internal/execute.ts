/**
 * Executes one cell with the live layers and turns the outcome into an exit status, printing failures
 * as one readable line (the wasm runtime otherwise dumps its whole source on an uncaught error).
 * Ctrl-C asks a distill cell to stop after its next checkpoint; a second Ctrl-C exits at once.
 */
import { Cause, Effect, Exit, Layer, type Scope } from "effect"
import type { PlanCell } from "../../dsl/compiler/Plan.ts"
import { Progress } from "../../stages/Progress.ts"
import { TensorBackend } from "../../stages/TensorBackend.ts"
import { Rng } from "../../stages/Rng.ts"
import { autoencoderTrain } from "../../stages/AutoencoderTrain.ts"
import { evaluatorTrain } from "../../stages/EvaluatorTrain.ts"
import { teacherTrain } from "../../stages/TeacherTrain.ts"
import { dependencyArtefact, runArtefactCell, runDistillCell, runPrefitCell } from "./cellRunner.ts"

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

/** The program of one cell, by kind; dependency cells draw from streams seeded by their own block's seed. */
const cellProgram = (store: string, cell: PlanCell): Effect.Effect<unknown, unknown, TensorBackend | Progress | Scope.Scope> => {
  switch (cell.kind) {
    case "prefit":
      return runPrefitCell(store, cell)
    case "autoencoder":
      return runArtefactCell(store, cell, autoencoderTrain(cell.config).pipe(Effect.provide(Rng.layer(cell.config.autoencoder.seed, "autoencoder"))))
    case "evaluator":
      return runArtefactCell(store, cell, evaluatorTrain(cell.config).pipe(Effect.provide(Rng.layer(cell.config.evaluator.seed, "evaluator"))))
    case "teacher":
      return Effect.suspend(() => {
        const ae = dependencyArtefact(store, cell, "autoencoder")
        return runArtefactCell(store, cell, teacherTrain(cell.config, ae).pipe(Effect.provide(Rng.layer(cell.config.network.initSeed, "teacher"))))
      })
    case "distill":
      return runDistillCell(store, cell, () => stopRequested)
  }
}

/** Runs the cell; resolves to 0 (done), 1 (failed) or 130 (stopped by Ctrl-C, resumable). */
export const executeCell = async (store: string, cell: PlanCell): Promise<number> => {
  installSigint()
  const program: Effect.Effect<unknown, unknown, TensorBackend | Progress | Scope.Scope> = cellProgram(store, cell)
  const exit = await Effect.runPromiseExit(Effect.scoped(program).pipe(Effect.provide(Layer.mergeAll(TensorBackend.layer, Progress.layer()))))
  if (Exit.isSuccess(exit)) return 0
  if (Cause.hasInterruptsOnly(exit.cause)) return 130
  const failure = Cause.squash(exit.cause)
  process.stderr.write(`sidlab: cell ${cell.id} failed: ${failure instanceof Error ? failure.message : String(failure)}\n`)
  return 1
}

export const stopWasRequested = (): boolean => stopRequested
