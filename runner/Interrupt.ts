/**
 * Ctrl-C and SIGTERM (a batch scheduler's preemption or time limit) reach a run as the interruption of its
 * main fiber: `runMain` below hands the process's signals to the platform runtime. What a cell does when
 * interrupted is a finaliser: a distill cell asks its stage to stop (the stage saves a checkpoint at its
 * next iteration and ends) and waits for it; a worker process is told in turn and waited for. While such a
 * finaliser waits, a second Ctrl-C exits at once. Apart from Execute.ts so that the scheduler and
 * executors load without the stages.
 */
import * as NodeRuntime from "@effect/platform-node-shared/NodeRuntime"
import { Cause, Effect, Exit, Fiber } from "effect"

/** Exit status of an interrupted (stopped) process, as shells report Ctrl-C. */
export const interruptedExitCode = 130

/**
 * Runs `program` as the process's main fiber (SIGINT and SIGTERM interrupt it) and exits with the status
 * it returns; an interruption exits 130, a failure (which the program should have reported) 1.
 */
export const runMain = (program: Effect.Effect<number>): void =>
  NodeRuntime.runMain(program, {
    disableErrorReporting: true,
    teardown: (exit, onExit) => onExit(Exit.isSuccess(exit) ? (typeof exit.value === "number" ? exit.value : 0) : Cause.hasInterruptsOnly(exit.cause) ? interruptedExitCode : 1)
  })

/**
 * Runs `wait` (a stop in progress) with a second Ctrl-C or SIGTERM armed: it calls `now` (e.g. pass the
 * signal on to a worker) and exits 130 without waiting any longer.
 */
export const quitOnSecondSignal = <A, E, R>(wait: Effect.Effect<A, E, R>, now: () => void = () => {}): Effect.Effect<A, E, R> =>
  Effect.acquireUseRelease(
    Effect.sync(() => {
      // every armed listener runs (each tells its own worker) before the process exits
      const quit = () => (now(), void setImmediate(() => process.exit(interruptedExitCode)))
      process.once("SIGINT", quit)
      process.once("SIGTERM", quit)
      return quit
    }),
    () => wait,
    (quit) => Effect.sync(() => void (process.off("SIGINT", quit), process.off("SIGTERM", quit)))
  )

/**
 * Runs `body`, which polls `shouldStop` (a distill cell: its stage saves a checkpoint and ends when it
 * returns true). Interrupting the result does not cut the body off: the interruption's finaliser sets
 * `shouldStop` and waits for the body to end, so the checkpoint is written before the interruption completes.
 */
export const stopAtCheckpoint = <A, E, R>(body: (shouldStop: () => boolean) => Effect.Effect<A, E, R>): Effect.Effect<A, E, R> =>
  Effect.gen(function*() {
    let requested = false
    const fiber = yield* Effect.forkChild(body(() => requested))
    return yield* Fiber.join(fiber).pipe(
      Effect.onInterrupt(() =>
        Effect.sync(() => {
          requested = true
          process.stderr.write("\nstopping after the next checkpoint (Ctrl-C again to quit now)\n")
        }).pipe(Effect.andThen(quitOnSecondSignal(Fiber.await(fiber))))
      )
    )
  })
