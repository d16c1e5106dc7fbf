/**
 * Fault injection for the reliability tests (test/e2e/runner/faults.test.ts): with SIDLAB_FAULT_AT=N and
 * SIDLAB_FAULT_FILE=<path>, the process that reaches the N-th store write step (before and after each
 * rename of a file or a cell's directory) SIGKILLs itself. The count is kept in the file (one byte per
 * step), so a run's worker processes and the run itself share it.
 */
import { appendFileSync, statSync } from "node:fs"

export const faultPoint = (): void => {
  const at = Number(process.env.SIDLAB_FAULT_AT ?? "")
  const file = process.env.SIDLAB_FAULT_FILE
  if (!Number.isInteger(at) || at < 1 || file === undefined) return
  appendFileSync(file, "x")
  if (statSync(file).size === at) process.kill(process.pid, "SIGKILL")
}
