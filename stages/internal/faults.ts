/**
 * Fault injection for the reliability tests (test/e2e/runner/faults.test.ts): with SIDLAB_FAULT_AT=N the
 * process SIGKILLs itself at its N-th store write step (before and after each rename of a file or a
 * cell's directory), so a test can kill a run at every point where the store changes.
 */
let reached = 0

export const faultPoint = (): void => {
  const at = Number(process.env.SIDLAB_FAULT_AT ?? "")
  if (!Number.isInteger(at) || at < 1) return
  reached++
  if (reached === at) process.kill(process.pid, "SIGKILL")
}
