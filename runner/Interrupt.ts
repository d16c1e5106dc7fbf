/**
 * Ctrl-C (and SIGTERM) for a run: the first asks for a stop after the next checkpoint, the second exits.
 * Apart from Execute.ts so that the scheduler and executors load without the stages.
 */
let stopRequested = false
let handlerInstalled = false
const onSigint = new Set<() => void>()
/** Installs the Ctrl-C handler once: the first asks for a stop, the second exits; each is passed on to `listener`s. */
export const installSigint = (): void => {
  if (handlerInstalled) return
  handlerInstalled = true
  const stop = () => {
    for (const f of onSigint) f()
    if (stopRequested) process.exit(130)
    stopRequested = true
    process.stderr.write("\nstopping after the next checkpoint (Ctrl-C again to quit now)\n")
  }
  process.on("SIGINT", stop)
  // a batch scheduler's preemption or time limit (Slurm: scancel, --signal) asks the same way
  process.on("SIGTERM", stop)
}
/** Calls `f` on every Ctrl-C (worker processes are told this way); returns the unsubscribe. */
export const onCtrlC = (f: () => void): (() => void) => (onSigint.add(f), () => void onSigint.delete(f))
export const stopWasRequested = (): boolean => stopRequested
