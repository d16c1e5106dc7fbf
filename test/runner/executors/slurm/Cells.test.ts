import { test } from "node:test"
import assert from "node:assert/strict"
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { Effect } from "effect"
import { BadSubmissionRecord, cellJob, cellJobName, experimentJobPrefix, readSubmission, writeSubmission } from "../../../../runner/executors/slurm/Cells.ts"
import { orderJobs } from "../../../../runner/executors/slurm/Job.ts"
import { defaultSettings } from "../../../../runner/executors/slurm/Settings.ts"

test("job names carry the experiment and cell, made safe for Slurm, and share the experiment's prefix", () => {
  assert.equal(cellJobName("uniform-vs-final", "distill/k=4 lsg"), "sidlab.uniform-vs-final.distill_k_4_lsg")
  assert.ok(cellJobName("quickstart", "prefit").startsWith(experimentJobPrefix("quickstart")))
})

test("a cell's job takes the settings, logs to <logDir>/<name>.log, forwards the backend and passes validation", async () => {
  const job = cellJob({
    name: cellJobName("quickstart", "distill-k4"),
    command: ["node", "--import", "tsx", "/repo/runner/cellWorker.ts", "--store", "/shared/store", "/shared/cells/distill-k4.json"],
    dependsOn: [cellJobName("quickstart", "prefit")],
    logDir: "/shared/store/logs",
    workDir: "/repo",
    settings: { ...defaultSettings, partition: "cpu", cpus: 4 },
    env: { SIDLAB_BACKEND: "native", HOME: "/root" }
  })
  assert.equal(job.logPath, "/shared/store/logs/sidlab.quickstart.distill-k4.log")
  assert.deepEqual(job.env, { SIDLAB_BACKEND: "native" })
  assert.equal(job.partition, "cpu")
  assert.equal(job.cpus, 4)
  const prefit = { ...job, name: cellJobName("quickstart", "prefit"), dependsOn: [] }
  assert.deepEqual((await Effect.runPromise(orderJobs([job, prefit]))).map((j) => j.name), [prefit.name, job.name])
})

test("the submission record round-trips through a temp file and rename; a bad one names the file", async () => {
  const dir = mkdtempSync(join(tmpdir(), "sidlab-sub-"))
  const path = join(dir, "run.json")
  const jobs = [{ name: "a", jobId: "12", logPath: "/l/a.log", dependsOn: [] }, { name: "b", jobId: "13", logPath: "/l/b.log", dependsOn: ["a"] }]
  await Effect.runPromise(writeSubmission(path, jobs))
  assert.deepEqual(readdirSync(dir), ["run.json"])
  assert.deepEqual((await Effect.runPromise(readSubmission(path))).jobs, jobs)
  writeFileSync(path, JSON.stringify({ submittedAt: "x", jobs: [{ name: "a" }] }))
  const e = await Effect.runPromise(Effect.flip(readSubmission(path)))
  assert.ok(e instanceof BadSubmissionRecord)
  assert.match(e.message, new RegExp(`^slurm submission record ${path} is unreadable: `))
  rmSync(dir, { recursive: true, force: true })
})
