/**
 * The DAG scheduler: every cell of a run waits for the cells it depends on, then for one of `jobs` slots,
 * then goes to the `Executor`. A cell whose dependency failed is skipped (and says so). Interrupting the
 * run (Ctrl-C) interrupts every cell: the running ones stop (Interrupt.ts), the waiting ones never start.
 */
import { Deferred, Effect, Semaphore } from "effect"
import type { PlanCell } from "../dsl/Plan.ts"
import type { CellOutcome } from "./Execute.ts"
import { Executor } from "./Executor.ts"

export type ScheduledOutcome = CellOutcome | "skipped"

/** Runs `cells` (each cell's dependencies either among them or already done) and returns every outcome. */
export const runCells = (cells: ReadonlyArray<PlanCell>, jobs: number, onStart: (cell: PlanCell) => void = () => {}) =>
  Effect.gen(function*() {
    const executor = yield* Executor
    const slots = yield* Semaphore.make(jobs)
    const finished = new Map<string, Deferred.Deferred<ScheduledOutcome>>()
    for (const c of cells) finished.set(c.id, yield* Deferred.make<ScheduledOutcome>())
    const runOne = (cell: PlanCell) =>
      Effect.gen(function*() {
        const deps = yield* Effect.forEach(cell.dependsOn.filter((d) => finished.has(d)), (d) => Deferred.await(finished.get(d)!))
        let outcome: ScheduledOutcome
        if (deps.some((o) => o === "failed" || o === "skipped")) {
          process.stderr.write(`skipping ${cell.id}: a cell it depends on failed\n`)
          outcome = "skipped"
        } else if (deps.includes("stopped")) outcome = "stopped"
        else {
          outcome = yield* Semaphore.withPermit(slots)(
            Effect.suspend(() => {
              onStart(cell)
              return executor.run(cell)
            })
          )
        }
        yield* Deferred.succeed(finished.get(cell.id)!, outcome)
        return [cell.id, outcome] as const
      })
    return new Map(yield* Effect.forEach(cells, runOne, { concurrency: "unbounded" }))
  })
