/**
 * A worker process that runs one plan cell against a shared store: `sidlab run --jobs N` starts one per
 * cell, a cluster job runs one, and the kill-and-resume tests SIGKILL one mid-training.
 * Usage: cellWorker.ts <store> <cell.json> <backend>
 * Exit status: 0 done (computed or found in the store), 1 failed, 130 stopped by SIGINT or SIGTERM
 * (a distill cell after saving a checkpoint).
 */
import { Effect, Result } from "effect"
import { backendIdentity } from "./Backend.ts"
import { cellOutcome, outcomeExitCode } from "./Execute.ts"
import { runMain } from "./Interrupt.ts"
import { readPlanCell } from "./PlanCellFile.ts"

const [store, cellFile, backend] = process.argv.slice(2)
if (store === undefined || cellFile === undefined || backend === undefined) {
  process.stderr.write("usage: cellWorker.ts <store> <cell.json> <backend>\n")
  process.exit(2)
}
const read = readPlanCell(cellFile)
if (Result.isFailure(read)) {
  process.stderr.write(`sidlab: ${read.failure.message}\n`)
  process.exit(1)
}
const cell = read.success
const program = cellOutcome({ store, backend: backendIdentity(backend) }, cell).pipe(Effect.map(outcomeExitCode))
// a distill cell hears the signal through the runtime and checkpoints first; the other kinds have no
// checkpoints and synchronous training loops, so they keep Node's default action and end at once
if (cell.kind === "distill") runMain(program)
else process.exitCode = await Effect.runPromise(program)
