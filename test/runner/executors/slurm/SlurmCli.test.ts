import { test } from "node:test"
import assert from "node:assert/strict"
import { Effect } from "effect"
import { commandLine, runCommand, SlurmCommandFailed, SlurmCommandMissing, SlurmCommandTimeout } from "../../../../runner/executors/slurm/SlurmCli.ts"

// plain programs stand in for Slurm's: the runner does not care which command it runs
test("a command's stdout comes back; its stdin is the given input", async () => {
  const r = await Effect.runPromise(runCommand({ command: "cat", args: [], input: "#!/bin/bash\necho hi\n" }))
  assert.equal(r.stdout, "#!/bin/bash\necho hi\n")
})

test("a non-zero exit is SlurmCommandFailed naming the command line, exit code and stderr", async () => {
  const e = await Effect.runPromise(Effect.flip(runCommand({ command: "sh", args: ["-c", "echo 'sbatch: error: Invalid account' >&2; exit 1"] })))
  assert.ok(e instanceof SlurmCommandFailed)
  assert.equal(e.message, "`sh -c 'echo '\\''sbatch: error: Invalid account'\\'' >&2; exit 1'` failed (exit 1): sbatch: error: Invalid account")
})

test("a command that hangs is killed after the timeout and reported as SlurmCommandTimeout", async () => {
  const t0 = Date.now()
  const e = await Effect.runPromise(Effect.flip(runCommand({ command: "sleep", args: ["5"] }, { timeoutMs: 200 })))
  assert.ok(e instanceof SlurmCommandTimeout)
  assert.ok(Date.now() - t0 < 2000)
  assert.match(e.message, /^`sleep 5` did not answer within 200 ms$/)
})

test("a missing program or a missing SLURM_CONF fails at once as SlurmCommandMissing", async () => {
  const e = await Effect.runPromise(Effect.flip(runCommand({ command: "sbatch-not-installed", args: [] })))
  assert.ok(e instanceof SlurmCommandMissing)
  const c = await Effect.runPromise(Effect.flip(runCommand({ command: "squeue", args: [] }, { conf: "/nonexistent/slurm.conf" })))
  assert.ok(c instanceof SlurmCommandMissing)
  assert.match(c.message, /SLURM_CONF \/nonexistent\/slurm\.conf does not exist/)
})

test("command lines quote what a shell would need quoted", () => {
  assert.equal(commandLine({ command: "sbatch", args: ["--parsable", "--dependency=afterok:1:2"] }), "sbatch --parsable --dependency=afterok:1:2")
  assert.equal(commandLine({ command: "squeue", args: ["-o", "%i|%j"] }), "squeue -o '%i|%j'")
})
