import { test } from "node:test"
import assert from "node:assert/strict"
import { Effect } from "effect"
import { parseJobcomp, parseSqueue } from "../../../../runner/executors/slurm/Parse.ts"
import { recordingCli } from "../../../../runner/executors/slurm/SlurmCli.ts"
import { combineStatus, describeState, jobStatus, stateOf } from "../../../../runner/executors/slurm/Status.ts"
import type { SubmittedJob } from "../../../../runner/executors/slurm/Submit.ts"

const sub = (name: string, jobId: string, dependsOn: ReadonlyArray<string> = []): SubmittedJob => ({ name, jobId, logPath: `/logs/${name}.log`, dependsOn })
const jobs = [
  sub("prefit", "1"), sub("distill", "2", ["prefit"]), sub("eval", "3", ["distill"]),
  sub("other", "4"), sub("waiting", "5", ["other"]), sub("old", "6"), sub("gone", "7")
]
const squeue = parseSqueue([
  "1|prefit|FAILED|NonZeroExitCode|vm|0:00|768|/logs/prefit.log",
  "2|distill|CANCELLED|DependencyNeverSatisfied||0:00|0|/logs/distill.log",
  "3|eval|CANCELLED|DependencyNeverSatisfied||0:00|0|/logs/eval.log",
  "4|other|RUNNING|None|node17|12:01|0|/logs/other.log",
  "5|waiting|PENDING|Dependency||0:00|0|/logs/waiting.log"
].join("\n"))
const jobcomp = parseJobcomp("JobId=6 UserId=root(0) GroupId=root(0) Name=old JobState=COMPLETED Partition=debug NodeList=vm ExitCode=0:0 \n")

test("status from squeue, then jobcomp, then unknown; cancelled dependents name the failed job upstream", () => {
  const out = combineStatus(jobs, squeue, jobcomp)
  assert.deepEqual(out.map(describeState), [
    "failed (exit 3), log /logs/prefit.log",
    "cancelled: dependency prefit (job 1) failed (exit 3), log /logs/prefit.log",
    "cancelled: dependency prefit (job 1) failed (exit 3), log /logs/prefit.log",
    "running on node17 for 12:01",
    "queued (Dependency)",
    "completed",
    "unknown to Slurm (finished longer ago than MinJobAge; see the results store)"
  ])
  assert.deepEqual(out[1]!.state, { _tag: "cancelled", reason: "DependencyNeverSatisfied", failedDependency: { name: "prefit", jobId: "1", exit: { code: 3, signal: 0 }, logPath: "/logs/prefit.log" } })
})

test("from jobcomp alone (squeue forgot them), a dependent that never started is still traced to the failure", () => {
  const comp = parseJobcomp([
    "JobId=1 Name=prefit JobState=FAILED NodeList=vm ExitCode=3:0 ",
    "JobId=2 Name=distill JobState=CANCELLED NodeList=(null) ExitCode=0:0 ",
    "JobId=3 Name=eval JobState=CANCELLED NodeList=(null) ExitCode=0:0 "
  ].join("\n"))
  const out = combineStatus(jobs.slice(0, 3), [], comp)
  assert.equal(describeState(out[2]!), "cancelled: dependency prefit (job 1) failed (exit 3), log /logs/prefit.log")
})

test("a job cancelled while running is the cause for its dependents; a user-cancelled one has no cause", () => {
  const rows = parseSqueue(["1|prefit|CANCELLED|None|vm|0:05|15|/logs/prefit.log", "2|distill|CANCELLED|DependencyNeverSatisfied||0:00|0|x"].join("\n"))
  const out = combineStatus(jobs.slice(0, 2), rows, new Map())
  assert.equal(describeState(out[0]!), "cancelled")
  assert.equal(describeState(out[1]!), "cancelled: dependency prefit (job 1) was cancelled, log /logs/prefit.log")
})

test("Slurm's states map onto queued / running / completed / failed / cancelled", () => {
  assert.equal(stateOf("COMPLETING", "None", "vm", "0:01", undefined)._tag, "running")
  assert.equal(stateOf("CONFIGURING", "None", "vm", "0:00", undefined)._tag, "running")
  assert.deepEqual(stateOf("REQUEUED", "BeginTime", "", "", undefined), { _tag: "queued", reason: "REQUEUED (BeginTime)" })
  assert.deepEqual(stateOf("TIMEOUT", "TimeLimit", "vm", "", { code: 0, signal: 15 }), { _tag: "failed", slurmState: "TIMEOUT", exit: { code: 0, signal: 15 }, reason: "TimeLimit" })
  assert.equal(stateOf("OUT_OF_MEMORY", "", "vm", "", undefined)._tag, "failed")
  assert.equal(stateOf("CANCELLED+", "", "", "", undefined)._tag, "cancelled")
  assert.equal(describeState({ name: "x", jobId: "1", logPath: "/l", state: stateOf("TIMEOUT", "", "vm", "", { code: 0, signal: 15 }) }), "failed (signal 15) [TIMEOUT], log /l")
})

test("jobStatus asks squeue for the ids and reads jobcomp only when squeue has forgotten one", async () => {
  const fake = recordingCli((call) =>
    Effect.succeed({ stdout: call.command === "squeue" ? "1|prefit|COMPLETED|None|vm|0:01|0|/logs/prefit.log\n" : "JobCompType = jobcomp/none\n", stderr: "" }))
  const one = await Effect.runPromise(Effect.provide(jobStatus(jobs.slice(0, 1)), fake.layer))
  assert.equal(one[0]!.state._tag, "completed")
  assert.deepEqual(fake.calls.map((c) => c.command), ["squeue"])
  assert.deepEqual(fake.calls[0]!.args.slice(0, 5), ["-h", "-t", "all", "-j", "1"])
  const two = await Effect.runPromise(Effect.provide(jobStatus(jobs.slice(0, 2)), fake.layer))
  assert.deepEqual(fake.calls.map((c) => c.command), ["squeue", "squeue", "scontrol"])
  assert.equal(two[1]!.state._tag, "unknown")
})
