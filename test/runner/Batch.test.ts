/** Submissions to a cluster executor, against a fake engine: records in the store, adoption of live jobs, no double submission. */
import assert from "node:assert/strict"
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs"
import { tmpdir } from "node:os"
import * as path from "node:path"
import { after, describe, it } from "node:test"
import { Effect, Layer } from "effect"
import type { PlanCell } from "../../dsl/Plan.ts"
import { latestJobs, readRecords, submissionsDir, submitCells } from "../../runner/Batch.ts"
import { cellViews } from "../../runner/BatchFollow.ts"
import { BatchExecutor, type BatchJob, type BatchRequest, type BatchState } from "../../runner/Executor.ts"
import { storeKey } from "../../runner/StoreManifest.ts"

const cell = (id: string, dependsOn: ReadonlyArray<string> = []) => ({ id, name: id, kind: id.startsWith("prefit") ? "prefit" : "distill", planKey: `key-${id}`, dependsOn }) as unknown as PlanCell
const cells = [cell("prefit/a"), cell("d/1", ["prefit/a"]), cell("d/2", ["prefit/a"])]

/** A fake engine: numbered job ids, every job in `states` (default queued). */
const fakeEngine = () => {
  let next = 1
  const requests: Array<BatchRequest> = []
  const states = new Map<string, BatchState>()
  const layer = Layer.succeed(BatchExecutor, {
    name: "fake",
    submit: (r) => Effect.sync(() => (requests.push(r), r.cells.map((c): BatchJob => ({ cellId: c.id, storeKey: storeKey(c.planKey, "wasm"), name: `fake.${c.id}`, jobId: String(next++), logPath: `/logs/${c.id}`, dependsOn: [] })))),
    dryRun: () => Effect.succeed(""),
    poll: (jobs) => Effect.succeed(new Map(jobs.map((j) => [j.jobId, { jobId: j.jobId, state: states.get(j.jobId) ?? "queued", detail: states.get(j.jobId) ?? "queued" }]))),
    cancel: () => Effect.succeed([])
  })
  return { requests, states, layer }
}

describe("submitCells", () => {
  const store = mkdtempSync(path.join(tmpdir(), "sidlab-batch-"))
  after(() => rmSync(store, { recursive: true, force: true }))
  const ctx = { store, backend: { name: "wasm" } }
  const engine = fakeEngine()
  const submit = (cs: ReadonlyArray<PlanCell>) => Effect.runPromise(Effect.provide(submitCells({ ctx, cells: cs, experimentOf: () => "e", experiments: ["e"] }), engine.layer))

  it("submits every cell once and records the jobs in the store", async () => {
    const s = await submit(cells)
    assert.deepEqual(s.jobs.map((j) => [j.cell.id, j.job.jobId, j.adopted]), [["prefit/a", "1", false], ["d/1", "2", false], ["d/2", "3", false]])
    const [record] = readRecords(store)
    assert.deepEqual(record!.jobs.map((j) => j.jobId), ["1", "2", "3"])
    assert.equal(latestJobs(store).get(storeKey("key-d/1", "wasm"))!.jobId, "2")
  })

  it("a second submission adopts the live jobs and submits nothing", async () => {
    const s = await submit(cells)
    assert.equal(engine.requests.length, 1)
    assert.deepEqual(s.jobs.map((j) => [j.cell.id, j.job.jobId, j.adopted]), [["prefit/a", "1", true], ["d/1", "2", true], ["d/2", "3", true]])
  })

  it("a failed or cancelled job's cell is submitted again; its dependents then wait for a live dependency's job", async () => {
    engine.states.set("2", "cancelled")
    engine.states.set("3", "failed")
    const s = await submit(cells)
    const last = engine.requests.at(-1)!
    assert.deepEqual(last.cells.map((c) => c.id), ["d/1", "d/2"])
    assert.deepEqual([...last.queuedElsewhere], [["prefit/a", "1"]])
    assert.deepEqual(s.jobs.map((j) => [j.cell.id, j.job.jobId, j.adopted]), [["prefit/a", "1", true], ["d/1", "4", false], ["d/2", "5", false]])
    assert.equal(readRecords(store).length, 2)
    assert.equal(latestJobs(store).get(storeKey("key-d/1", "wasm"))!.jobId, "4")
  })

  it("an ended job's cell is done only when the store has its result", async () => {
    const key = storeKey("key-d/1", "wasm")
    const job = latestJobs(store).get(key)!
    const view = async () => (await Effect.runPromise(Effect.provide(cellViews(ctx, [{ cell: cells[1]!, job, adopted: false }]), engine.layer)))[0]!
    engine.states.set(job.jobId, "completed")
    assert.deepEqual([(await view()).state, (await view()).detail], ["failed", `completed but its result is not in the store, log ${job.logPath}`])
    mkdirSync(path.join(store, "cells", key), { recursive: true })
    writeFileSync(path.join(store, "cells", key, "manifest.json"), JSON.stringify({
      format: 2, cellId: "d/1", kind: "distill", storeKey: key, planKey: "key-d/1", files: {},
      parts: { config: "", code: "", codeFiles: {}, packages: {}, dependencies: {}, backend: "wasm", backendIdentity: { name: "wasm" } }
    }))
    assert.equal((await view()).state, "done")
    engine.states.set(job.jobId, "running")
    assert.equal((await view()).state, "running", "a running job is not looked up in the store")
  })

  it("a damaged record is named", () => {
    mkdirSync(path.join(submissionsDir(store), "zz-bad"), { recursive: true })
    writeFileSync(path.join(submissionsDir(store), "zz-bad", "submission.json"), "{ not json")
    assert.throws(() => readRecords(store), /submission record .*zz-bad\/submission\.json is not valid JSON/)
  })
})
