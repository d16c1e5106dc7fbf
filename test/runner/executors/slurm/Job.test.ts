import { test } from "node:test"
import assert from "node:assert/strict"
import { Effect } from "effect"
import { InvalidJobs, orderJobs, timeLimitSeconds } from "../../../../runner/executors/slurm/Job.ts"
import { dag, job } from "./fixtures.ts"

test("jobs are ordered after their dependencies, keeping the given order among ready ones", async () => {
  const ordered = await Effect.runPromise(orderJobs(dag()))
  assert.deepEqual(ordered.map((j) => j.name), ["prefit-a", "prefit-b", "distill-1", "distill-2", "distill-3", "distill-4", "eval"])
})

const invalid = async (jobs: Parameters<typeof orderJobs>[0]) => {
  const e = await Effect.runPromise(Effect.flip(orderJobs(jobs)))
  assert.ok(e instanceof InvalidJobs)
  return e.message
}

test("bad job lists fail with one sentence naming the job and field", async () => {
  assert.equal(await invalid([job("a", ["b"]), job("b", ["a"])]), `slurm job "a": dependsOn is part of a dependency cycle`)
  assert.equal(await invalid([job("a", ["zz"])]), `slurm job "a": dependsOn names "zz", which is not in this submission`)
  assert.equal(await invalid([job("a"), job("a")]), `slurm job "a": name is used by two jobs`)
  assert.equal(await invalid([job("a b")]), `slurm job "a b": name must be 1-200 characters of letters, digits and _.+:@-`)
  assert.equal(await invalid([job("a", [], { cpus: 0 })]), `slurm job "a": cpus must be a positive integer, not 0`)
  assert.equal(await invalid([job("a", [], { timeLimit: "1h" })]), `slurm job "a": timeLimit must be minutes, MM:SS, HH:MM:SS or D-HH:MM:SS, not "1h"`)
  assert.equal(await invalid([job("a", [], { logPath: "logs/a.log" })]), `slurm job "a": logPath must be absolute (jobs run in another directory), not "logs/a.log"`)
  assert.match(await invalid([job("a", [], { logPath: "/x/%j.log" })]), /logPath may not contain newlines or %/)
  assert.match(await invalid([job("a", [], { extraArgs: ["qos=short"] })]), /extraArgs entry "qos=short" is not one option/)
  assert.match(await invalid([job("a", [], { env: { "BAD-NAME": "1" } })]), /env name "BAD-NAME"/)
  assert.match(await invalid([job("a", [], { afterJobIds: ["abc"] })]), /afterJobIds entry "abc" is not a Slurm job id/)
})

test("Slurm time limits in seconds", () => {
  assert.equal(timeLimitSeconds("30"), 1800)
  assert.equal(timeLimitSeconds("5:30"), 330)
  assert.equal(timeLimitSeconds("2:00:00"), 7200)
  assert.equal(timeLimitSeconds("1-02"), 93600)
  assert.equal(timeLimitSeconds("1-02:03:04"), 93784)
})
