/** The cell pipeline as Effect programs: teacher load → prefit → distill, on the test layers. */
import { before, test } from "node:test"
import assert from "node:assert/strict"
import { mkdtempSync } from "node:fs"
import { tmpdir } from "node:os"
import * as path from "node:path"
import { Cause, Effect, Exit, Layer } from "effect"
import { tf } from "../../stages/internal/tf.ts"
import { CheckpointStore } from "../../stages/CheckpointStore.ts"
import { MetricsSink } from "../../stages/MetricsSink.ts"
import { distill, NonFiniteLoss } from "../../stages/Pipeline.ts"
import { prefit } from "../../stages/Prefit.ts"
import { acquireGmmTeacher } from "../../stages/TeacherLoad.ts"
import { Progress } from "../../stages/Progress.ts"
import { Rng } from "../../stages/Rng.ts"
import { TensorBackend } from "../../stages/TensorBackend.ts"
import { smallConfig, useWasm } from "../support.ts"

before(useWasm)

const layers = () =>
  Layer.mergeAll(
    TensorBackend.layerTest,
    Rng.layer(0, "test"),
    Progress.layerTest,
    CheckpointStore.layer(mkdtempSync(path.join(tmpdir(), "sidlab-pipe-"))),
    MetricsSink.layerMemory
  )

const cell = (cfg: ReturnType<typeof smallConfig>) =>
  Effect.scoped(
    Effect.gen(function*() {
      const teacher = yield* acquireGmmTeacher(cfg)
      const { weights } = yield* prefit(cfg, teacher)
      const result = yield* distill(cfg, teacher, weights, { checkpointKey: "cell" })
      return { result, rows: (yield* MetricsSink).rows() }
    })
  ).pipe(Effect.provide(layers()))

test("a cell reports every k before and after, records its backend, and frees every tensor", async () => {
  const cfg = smallConfig()
  const live = tf.memory().numTensors
  const { result, rows } = await Effect.runPromise(cell(cfg))
  assert.equal(tf.memory().numTensors, live)
  assert.equal(result.backend, "wasm")
  assert.equal(result.iterations, cfg.budget.iterations)
  assert.equal(result.imagesSeen, cfg.budget.iterations * cfg.optimizer.batch)
  assert.deepEqual(result.before.map((r) => r.k), [0, 1, 2, 3, 4])
  assert.deepEqual(result.after.map((r) => r.k), [0, 1, 2, 3, 4])
  // (before, after) × k = 0..4 × five sample metrics, + teacher FD and alignment, + three cell costs
  assert.equal(rows.length, 2 * 5 * 5 + 2 + 3)
  assert.ok(rows.find((r) => r.metric === "teacher_fd")!.value < 0.1)
  assert.deepEqual([...result.samples.keys()].sort(), [0, 1, 2, 3, 4])
  const cost = (m: string) => rows.find((r) => r.metric === m)!
  // uniform-step K = 4 with no guidance: (k + 1) + (k + 2) passes, k drawn per iteration
  assert.ok(cost("passes_per_iter").value >= 5 && cost("passes_per_iter").value <= 11)
  assert.ok(cost("peak_tensor_mb").value > 0)
  assert.equal(cost("sec_per_iter").phase, "timing")
})

test("divergence is reported with its iteration instead of continuing", async () => {
  const cfg = smallConfig({ optimizer: { batch: 32, lrPsi: 1e6, lrTheta: 1e6 }, budget: { iterations: 40, checkpointEvery: 0 } })
  const exit = await Effect.runPromiseExit(cell(cfg))
  assert.ok(Exit.isFailure(exit))
  const error = Cause.squash(exit.cause)
  assert.ok(error instanceof NonFiniteLoss, String(error))
  assert.ok(error.iteration >= 1 && error.iteration <= 40)
  assert.match(error.message, /training diverged at iteration \d+/)
})

test("a loss beyond loss.maxLoss (alpha = 1e30) fails the cell instead of finishing with a worse FD", async () => {
  const cfg = smallConfig({ loss: { alpha: 1e30 }, budget: { iterations: 10, checkpointEvery: 0 } })
  const exit = await Effect.runPromiseExit(cell(cfg))
  assert.ok(Exit.isFailure(exit), "alpha = 1e30 must not finish successfully")
  const error = Cause.squash(exit.cause)
  assert.ok(error instanceof NonFiniteLoss, String(error))
  assert.match(error.message, /beyond loss\.maxLoss/)
})

test("a SiDa cell on the GMM teacher trains end to end on the true mixture's real pairs and frees every tensor", async () => {
  const cfg = smallConfig({ adversarial: { enabled: true, gFreezeImages: 32, ganStartImages: 64 } })
  const live = tf.memory().numTensors
  const { result, rows } = await Effect.runPromise(cell(cfg))
  assert.equal(tf.memory().numTensors, live)
  assert.equal(result.iterations, cfg.budget.iterations)
  assert.ok(result.after.every((r) => Number.isFinite(r.fd)))
  // uniform-step K = 4: (k + 1 + 1) + (k + 1 + 1) passes, the real batch's encoder pass included
  const passes = rows.find((r) => r.metric === "passes_per_iter")!.value
  assert.ok(passes >= 6 && passes <= 12, String(passes))
})
