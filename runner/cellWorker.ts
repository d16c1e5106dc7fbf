/**
 * A worker process that runs one plan cell against a shared store: `sidlab run --jobs N` starts one per
 * cell, a cluster job runs one, and the kill-and-resume tests SIGKILL one mid-training.
 * Usage: cellWorker.ts <store> <cell.json> <backend>
 * Exit status: 0 done (computed or found in the store), 1 failed, 130 stopped by SIGINT after a checkpoint.
 */
import { readFileSync } from "node:fs"
import type { PlanCell } from "../dsl/Plan.ts"
import { backendIdentity } from "./Backend.ts"
import { executeCell, outcomeExitCode } from "./Execute.ts"

const [store, cellFile, backend] = process.argv.slice(2)
if (store === undefined || cellFile === undefined || backend === undefined) {
  process.stderr.write("usage: cellWorker.ts <store> <cell.json> <backend>\n")
  process.exit(2)
}
const cell = JSON.parse(readFileSync(cellFile, "utf8")) as PlanCell
process.exitCode = outcomeExitCode(await executeCell({ store, backend: backendIdentity(backend) }, cell))
