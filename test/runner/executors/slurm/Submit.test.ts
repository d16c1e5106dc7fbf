import { test } from "node:test"
import assert from "node:assert/strict"
import { Effect } from "effect"
import { InvalidJobs } from "../../../../runner/executors/slurm/Job.ts"
import { recordingCli, SlurmCommandFailed, type CliCall } from "../../../../runner/executors/slurm/SlurmCli.ts"
import { defaultSubmitOptions, parseSbatchId, SubmitFailed, submitJobs } from "../../../../runner/executors/slurm/Submit.ts"
import { dag, job } from "./fixtures.ts"

/** A fake sbatch that hands out ids 100, 101, ... and fails for jobs whose script names `failFor`. */
const fakeSlurm = (failFor?: string) => {
  let next = 100
  return recordingCli((call: CliCall) => {
    if (call.command === "sbatch" && failFor !== undefined && call.input?.includes(`--job-name=${failFor}\n`))
      return Effect.fail(new SlurmCommandFailed({ command: "sbatch --parsable", exitCode: 1, stderr: "sbatch: error: Batch job submission failed: Invalid account" }))
    return Effect.succeed({ stdout: call.command === "sbatch" ? `${next++}\n` : "", stderr: "" })
  })
}

const nameOf = (c: CliCall) => /--job-name=(\S+)/.exec(c.input ?? "")?.[1]

test("jobs go to sbatch in dependency order, each with afterok on its dependencies' ids", async () => {
  const fake = fakeSlurm()
  const out = await Effect.runPromise(Effect.provide(submitJobs(dag(), { ...defaultSubmitOptions, concurrency: 1 }), fake.layer))
  assert.deepEqual(fake.calls.map(nameOf), ["prefit-a", "prefit-b", "distill-1", "distill-2", "distill-3", "distill-4", "eval"])
  assert.deepEqual(fake.calls.map((c) => c.args), [
    ["--parsable"], ["--parsable"],
    ["--parsable", "--dependency=afterok:100:101"], ["--parsable", "--dependency=afterok:100:101"],
    ["--parsable", "--dependency=afterok:100:101"], ["--parsable", "--dependency=afterok:100:101"],
    ["--parsable", "--dependency=afterok:102"]
  ])
  // reported in the caller's order, with ids, logs and dependencies for status and cancel
  assert.deepEqual(out.map((s) => [s.name, s.jobId]), [["distill-1", "102"], ["prefit-a", "100"], ["eval", "106"], ["distill-2", "103"], ["prefit-b", "101"], ["distill-3", "104"], ["distill-4", "105"]])
  assert.deepEqual(out[0]!.dependsOn, ["prefit-a", "prefit-b"])
})

test("ids of jobs from an earlier submission join the dependency", async () => {
  const fake = fakeSlurm()
  await Effect.runPromise(Effect.provide(submitJobs([job("p"), job("d", ["p"], { afterJobIds: ["77"] })]), fake.layer))
  assert.deepEqual(fake.calls[1]!.args, ["--parsable", "--dependency=afterok:100:77"])
})

test("a failed sbatch cancels what this submission already queued and names the job and Slurm's error", async () => {
  const fake = fakeSlurm("distill-2")
  const e = await Effect.runPromise(Effect.flip(Effect.provide(submitJobs(dag(), { ...defaultSubmitOptions, concurrency: 1 }), fake.layer)))
  assert.ok(e instanceof SubmitFailed)
  assert.equal(e.job, "distill-2")
  assert.match(e.message, /Invalid account/)
  const scancel = fake.calls.find((c) => c.command === "scancel")!
  assert.deepEqual(scancel.args, ["100", "101", "102", "103", "104"]) // distill-3 and -4 of the same level went out too
  assert.ok(!fake.calls.some((c) => nameOf(c) === "eval"), "the next level must not be submitted")
})

test("a time limit inside the checkpoint signal's lead is refused before anything is submitted", async () => {
  const fake = fakeSlurm()
  const e = await Effect.runPromise(Effect.flip(Effect.provide(submitJobs([job("a", [], { timeLimit: "3" })]), fake.layer)))
  assert.ok(e instanceof InvalidJobs)
  assert.match(e.message, /timeLimit 3 leaves no time to work before the checkpoint signal 120 s/)
  assert.equal(fake.calls.length, 0)
})

test("sbatch --parsable output", () => {
  assert.equal(parseSbatchId("123\n"), "123")
  assert.equal(parseSbatchId("123;cluster2\n"), "123")
  assert.equal(parseSbatchId("Submitted batch job 5\n"), undefined)
})
