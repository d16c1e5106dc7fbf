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
  // (before, after) × k = 0..4 and 5 curve points (iterations 0..4, no k = 0 floor) × k = 1..4, × five sample metrics, + teacher FD and alignment, + four cell costs
  const cost = (m: string) => rows.find((r) => r.metric === m)!
  assert.equal(rows.length, (2 * 5 + 5 * 4) * 5 + 2 + 4)
  assert.ok(!rows.some((r) => r.phase === "during" && r.k === 0))
  const during = rows.filter((r) => r.phase === "during" && r.metric === "fd" && r.k === 4)
  assert.deepEqual(during.map((r) => [r.iteration, r.imagesSeen]), [0, 1, 2, 3, 4].map((i) => [i, i * cfg.optimizer.batch]))
  // the curve's own sample size defaults to min(50, samplesPerClass) = 40 here, so its first point is the "before" evaluation
  const at0 = (phase: string) => rows.filter((r) => r.phase === phase && r.iteration === 0 && r.k > 0).map((r) => [r.k, r.metric, r.value])
  assert.deepEqual(at0("during"), at0("before"))
  assert.equal(cost("curve_time_share").phase, "timing")
  assert.ok(cost("curve_time_share").value > 0 && cost("curve_time_share").value < 1)
  assert.ok(rows.find((r) => r.metric === "teacher_fd")!.value < 0.1)
  assert.deepEqual([...result.samples.keys()].sort(), [0, 1, 2, 3, 4])
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

test("the training curve: everyIterations sets its interval (0 turns it off), curveSamplesPerClass its sample size", async () => {
  const budget = { iterations: 4, checkpointEvery: 0 }
  const curve = (evaluation: Record<string, number>) =>
    Effect.runPromise(cell(smallConfig({ evaluation: { samplesPerClass: 40, ...evaluation }, budget }))).then(({ rows }) => rows)
  const points = (rows: ReadonlyArray<{ phase: string; metric: string; k: number; iteration: number }>) =>
    rows.filter((r) => r.phase === "during" && r.metric === "fd" && r.k === 1).map((r) => r.iteration)
  assert.deepEqual(points(await curve({ everyIterations: 2 })), [0, 2, 4])
  const off = await curve({ everyIterations: 0 })
  assert.deepEqual(points(off), [])
  assert.ok(!off.some((r) => r.metric === "curve_time_share"))
  // 10 samples per class instead of 40: the first curve point is no longer the "before" evaluation
  const small = await curve({ everyIterations: 4, curveSamplesPerClass: 10 })
  const fd0 = (phase: string) => small.find((r) => r.phase === phase && r.iteration === 0 && r.metric === "fd" && r.k === 1)!.value
  assert.notEqual(fd0("during"), fd0("before"))
})
