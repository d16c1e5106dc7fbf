/**
 * Executes one cell against a shared store: use the published result if it is sound, else claim the cell
 * (Claims.ts), compute it (resuming from its checkpoints) and publish it; if another run holds a live claim,
 * wait for its result. Ctrl-C asks a distill cell to stop after its next checkpoint, and no cell starts
 * after a stop request; a second Ctrl-C exits at once.
 */
import { Cause, Effect, Exit, Layer, type Scope } from "effect"
import { renameSync } from "node:fs"
import type { PlanCell } from "../dsl/Plan.ts"
import { Progress } from "../stages/Progress.ts"
import { TensorBackend } from "../stages/TensorBackend.ts"
import { Rng } from "../stages/Rng.ts"
import { autoencoderTrain } from "../stages/AutoencoderTrain.ts"
import { evaluatorTrain } from "../stages/EvaluatorTrain.ts"
import { teacherTrain } from "../stages/TeacherTrain.ts"
import { type CellContext, dependencyArtefact, runArtefactCell, runDistillCell, runPrefitCell } from "./Cells.ts"
import { tryClaim } from "./Claims.ts"
import { messageOf } from "./errors.ts"
import { installSigint, stopWasRequested } from "./Interrupt.ts"
import { cellStatus, quarantine } from "./Store.ts"

// Ctrl-C handling lives in Interrupt.ts (loaded without the stages); re-exported for existing importers
export { installSigint, onCtrlC, stopWasRequested } from "./Interrupt.ts"

type ErrorOf<T> = T extends Effect.Effect<unknown, infer E, unknown> ? E : never
/** Every failure a cell's program can end in (each a tagged error of its stage or of the store). */
export type CellError =
  | ErrorOf<ReturnType<typeof runPrefitCell>>
  | ErrorOf<ReturnType<typeof runDistillCell>>
  | ErrorOf<ReturnType<typeof dependencyArtefact>>
  | ErrorOf<ReturnType<typeof autoencoderTrain>>
  | ErrorOf<ReturnType<typeof evaluatorTrain>>
  | ErrorOf<ReturnType<typeof teacherTrain>>

/** The program of one cell, by kind; dependency cells draw from streams seeded by their own block's seed. */
const cellProgram = (ctx: CellContext, cell: PlanCell): Effect.Effect<unknown, CellError, TensorBackend | Progress | Scope.Scope> => {
  switch (cell.kind) {
    case "prefit":
      return runPrefitCell(ctx, cell)
    case "autoencoder":
      return runArtefactCell(ctx, cell, autoencoderTrain(cell.config).pipe(Effect.provide(Rng.layer(cell.config.autoencoder.seed, "autoencoder"))))
    case "evaluator":
      return runArtefactCell(ctx, cell, evaluatorTrain(cell.config).pipe(Effect.provide(Rng.layer(cell.config.evaluator.seed, "evaluator"))))
    case "teacher":
      return dependencyArtefact(ctx, cell, "autoencoder").pipe(
        Effect.flatMap((ae) => runArtefactCell(ctx, cell, teacherTrain(cell.config, ae).pipe(Effect.provide(Rng.layer(cell.config.network.initSeed, "teacher")))))
      )
    case "distill":
      return runDistillCell(ctx, cell, stopWasRequested)
  }
}

/** How a cell ended in this process. */
export type CellOutcome = "computed" | "cached" | "reused" | "stopped" | "failed"

const say = (line: string) => Effect.sync(() => void process.stderr.write(`${line}\n`))

/** Seconds between looks at a cell another run is computing. */
const POLL_SECONDS = 0.5

/**
 * The cell's result in the store, computed here or by whoever holds its claim. "cached": it was there;
 * "computed": this process published it; "reused": another run published it while we waited.
 */
export const ensureCell = (ctx: CellContext, cell: PlanCell): Effect.Effect<CellOutcome, CellError, TensorBackend | Progress | Scope.Scope> =>
  Effect.gen(function*() {
    let waited = false
    while (true) {
      if (stopWasRequested()) return "stopped" as const
      const status = cellStatus(ctx.store, cell, ctx.backend, true)
      if (status.status === "cached") return waited ? "reused" as const : "cached" as const
      if (status.status === "corrupt") {
        const moved = quarantine(ctx.store, status.storeKey)
        yield* say(`sidlab: ${status.problem.message}; recomputing ${cell.id} (the damaged result was moved to ${moved})`)
        continue
      }
      const attempt = tryClaim(ctx.store, status.storeKey, cell.id)
      if (attempt._tag === "Held") {
        if (!waited) {
          const who = attempt.holder ? `${attempt.holder.host}:${attempt.holder.pid}` : "another run"
          yield* say(`… ${cell.id} is being computed by ${who}; waiting for its result`)
          waited = true
        }
        yield* Effect.sleep(POLL_SECONDS * 1000)
        continue
      }
      const claim = attempt.claim
      return yield* Effect.acquireUseRelease(
        Effect.succeed(claim),
        () =>
          Effect.gen(function*() {
            // published while we were claiming: nothing to do
            if (cellStatus(ctx.store, cell, ctx.backend, true).status === "cached") return "reused" as const
            if (claim.tookOver) yield* say(`sidlab: took over ${cell.id} from a run that stopped (${claim.lease.host}); resuming from its checkpoint`)
            // a damaged checkpoint of this cell is set aside and the cell restarts (it was never a result)
            yield* cellProgram(ctx, cell).pipe(
              Effect.catchTag("CorruptCheckpoint", (e) =>
                Effect.gen(function*() {
                  renameSync(e.path, `${e.path}.corrupt-${Date.now()}`)
                  yield* say(`sidlab: ${e.path} is damaged (${e.detail}); it was moved aside and ${cell.id} restarts`)
                  return yield* cellProgram(ctx, cell)
                })
              )
            )
            return stopWasRequested() && cell.kind === "distill" && cellStatus(ctx.store, cell, ctx.backend).status !== "cached" ? "stopped" as const : "computed" as const
          }),
        (c) => Effect.sync(() => c.release())
      )
    }
  })

/** Runs a cell with the live layers; resolves to its outcome, printing a failure as one line. */
export const executeCell = async (ctx: CellContext, cell: PlanCell): Promise<CellOutcome> => {
  // a distill cell stops at its next checkpoint; the others keep Node's default and end at once on Ctrl-C
  if (cell.kind === "distill") installSigint()
  const program = ensureCell(ctx, cell)
  const exit = await Effect.runPromiseExit(Effect.scoped(program).pipe(Effect.provide(Layer.mergeAll(TensorBackend.layer, Progress.layer()))))
  if (Exit.isSuccess(exit)) return exit.value
  if (Cause.hasInterruptsOnly(exit.cause)) return "stopped"
  const failure = Cause.squash(exit.cause)
  process.stderr.write(`sidlab: cell ${cell.id} failed: ${messageOf(failure)}\n`)
  if (process.env.SIDLAB_DEBUG && failure instanceof Error && failure.stack) process.stderr.write(`${failure.stack}\n`)
  return "failed"
}

/** Exit status of a worker process for an outcome (0 done, 1 failed, 130 stopped). */
export const outcomeExitCode = (o: CellOutcome): number => (o === "failed" ? 1 : o === "stopped" ? 130 : 0)
