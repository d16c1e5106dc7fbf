/**
 * A child process that runs one plan cell: `sidlab run --jobs N` starts one per cell, and the
 * kill-and-resume test SIGKILLs one mid-training. Usage: cellWorker.ts <store> <cell.json>
 * Exit status: 0 done, 1 failed, 130 stopped by SIGINT after a checkpoint.
 */
import { readFileSync } from "node:fs"
import type { PlanCell } from "../../dsl/compiler/Plan.ts"
import { executeCell } from "./execute.ts"

const [store, cellFile] = process.argv.slice(2)
if (store === undefined || cellFile === undefined) {
  process.stderr.write("usage: cellWorker.ts <store> <cell.json>\n")
  process.exit(2)
}
const cell = JSON.parse(readFileSync(cellFile, "utf8")) as PlanCell
process.exitCode = await executeCell(store, cell)
