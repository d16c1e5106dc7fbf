/**
 * Ctrl-C as fiber interruption: `stopAtCheckpoint` turns an interruption into a stop request that the body
 * (a distill cell's training loop) answers with a checkpoint, and the interruption completes only after it;
 * the scheduler starts no cell once the run is interrupted.
 */
import assert from "node:assert/strict"
import { describe, it } from "node:test"
import { Effect, Exit, Fiber, Layer } from "effect"
import type { PlanCell } from "../../dsl/Plan.ts"
import type { CellOutcome } from "../../runner/Execute.ts"
import { Executor } from "../../runner/Executor.ts"
import { stopAtCheckpoint } from "../../runner/Interrupt.ts"
import { runCells } from "../../runner/Scheduler.ts"

/** A training loop as the distill stage runs it: yields every iteration, checkpoints and ends when asked to stop. */
const loop = (log: Array<string>, iterations = 1_000) => (shouldStop: () => boolean) =>
  Effect.gen(function*() {
    for (let i = 0; i < iterations; i++) {
      yield* Effect.sleep(5)
      if (shouldStop()) {
        log.push(`checkpoint at ${i}`)
        return yield* Effect.interrupt
      }
    }
    log.push("finished")
    return iterations
  })

describe("stopAtCheckpoint", () => {
  it("returns the body's result when not interrupted", async () => {
    const log: Array<string> = []
    assert.equal(await Effect.runPromise(stopAtCheckpoint(loop(log, 3))), 3)
    assert.deepEqual(log, ["finished"])
  })

  it("passes a failure of the body on", async () => {
    const exit = await Effect.runPromiseExit(stopAtCheckpoint(() => Effect.fail("diverged")))
    assert.ok(Exit.isFailure(exit))
    assert.deepEqual(exit.cause.reasons.map((r) => (r._tag === "Fail" ? r.error : r._tag)), ["diverged"])
  })

  it("interrupting it asks the body to stop and completes after the body's checkpoint", async () => {
    const log: Array<string> = []
    const listeners = process.listenerCount("SIGINT")
    const exit = await Effect.runPromise(Effect.gen(function*() {
      const fiber = yield* Effect.forkChild(stopAtCheckpoint(loop(log)))
      yield* Effect.sleep(40)
      yield* Fiber.interrupt(fiber)
      log.push("interrupt returned")
      return yield* Fiber.await(fiber)
    }))
    assert.ok(Exit.isFailure(exit))
    assert.equal(log.length, 2, log.join("; "))
    assert.match(log[0]!, /^checkpoint at \d+$/)
    assert.equal(log[1], "interrupt returned")
    // the second-Ctrl-C listener lives only while the stop is in progress
    assert.equal(process.listenerCount("SIGINT"), listeners)
  })
})

describe("runCells interrupted", () => {
  // the scheduler reads only a cell's id and dependencies
  const cell = (id: string, dependsOn: ReadonlyArray<string> = []) => ({ id, dependsOn }) as unknown as PlanCell

  it("interrupts the running cell and starts none of the cells waiting for it", async () => {
    const started: Array<string> = []
    const ended: Array<string> = []
    const executor = Layer.succeed(Executor, {
      name: "test",
      run: (c: PlanCell) => Effect.sleep(10_000).pipe(Effect.as<CellOutcome>("computed"), Effect.onInterrupt(() => Effect.sync(() => void ended.push(c.id))))
    })
    const cells = [cell("prefit"), cell("a", ["prefit"]), cell("b", ["prefit"])]
    const exit = await Effect.runPromise(Effect.gen(function*() {
      const fiber = yield* Effect.forkChild(runCells(cells, 2, (c) => void started.push(c.id)).pipe(Effect.provide(executor)))
      yield* Effect.sleep(50)
      yield* Fiber.interrupt(fiber)
      return yield* Fiber.await(fiber)
    }))
    assert.ok(Exit.isFailure(exit))
    assert.deepEqual(started, ["prefit"])
    assert.deepEqual(ended, ["prefit"])
  })
})
