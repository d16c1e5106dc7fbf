/** Test helper: small job lists for the unit tests (no Slurm needed). */
import { mkdtempSync, rmSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import type { SlurmJob } from "../../../../runner/executors/slurm/Job.ts"

/** Where the jobs' logs would go; submission (to a fake sbatch) creates their directory. */
const logRoot = mkdtempSync(join(tmpdir(), "sidlab-unit-logs-"))
process.once("exit", () => rmSync(logRoot, { recursive: true, force: true }))

export const job = (name: string, dependsOn: ReadonlyArray<string> = [], over: Partial<SlurmJob> = {}): SlurmJob => ({
  name, command: ["true"], dependsOn, cpus: 1, memMb: 100, timeLimit: "30", extraArgs: [], logPath: join(logRoot, `${name}.log`), env: {}, ...over
})

/** Two prefits, four distill cells after both, one evaluation after distill-1. */
export const dag = (): ReadonlyArray<SlurmJob> => [
  job("distill-1", ["prefit-a", "prefit-b"]),
  job("prefit-a"),
  job("eval", ["distill-1"]),
  job("distill-2", ["prefit-a", "prefit-b"]),
  job("prefit-b"),
  job("distill-3", ["prefit-a", "prefit-b"]),
  job("distill-4", ["prefit-a", "prefit-b"])
]
