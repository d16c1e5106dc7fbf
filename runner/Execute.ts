/**
 * Executes one cell against a shared store: use the published result if it is sound, else claim the cell
 * (Claims.ts), compute it (resuming from its checkpoints) and publish it; if another run holds a live claim,
 * wait for its result. Interrupting a distill cell (Ctrl-C) stops it after its next checkpoint
 * (Interrupt.ts); the other kinds have no checkpoints and end where they are.
 */
import { Cause, Effect, Layer, type Scope } from "effect"
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
import { interruptedExitCode, stopAtCheckpoint } from "./Interrupt.ts"
import { cellStatus } from "./Store.ts"
import { quarantine } from "./StorePublish.ts"

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
      return stopAtCheckpoint((shouldStop) => runDistillCell(ctx, cell, shouldStop))
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
            return "computed" as const
          }),
        (c) => Effect.sync(() => c.release())
      )
    }
  })

/**
 * A cell run with the live layers, to its outcome: a failure is printed as one line and is "failed";
 * an interruption is passed on (the caller stops).
 */
export const cellOutcome = (ctx: CellContext, cell: PlanCell): Effect.Effect<CellOutcome> =>
  Effect.scoped(ensureCell(ctx, cell)).pipe(
    Effect.provide(Layer.mergeAll(TensorBackend.layer, Progress.layer())),
    Effect.catchCause((cause) => {
      if (Cause.hasInterruptsOnly(cause)) return Effect.interrupt
      const failure = Cause.squash(cause)
      return Effect.sync(() => {
        process.stderr.write(`sidlab: cell ${cell.id} failed: ${messageOf(failure)}\n`)
        if (process.env.SIDLAB_DEBUG && failure instanceof Error && failure.stack) process.stderr.write(`${failure.stack}\n`)
        return "failed" as const
      })
    })
  )

/** Exit status of a worker process for an outcome (0 done, 1 failed, 130 stopped). */
export const outcomeExitCode = (o: CellOutcome): number => (o === "failed" ? 1 : o === "stopped" ? interruptedExitCode : 0)
