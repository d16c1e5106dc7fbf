/** The cell pipeline as Effect programs: teacher load → prefit → distill, on the test layers. */
import { before, test } from "node:test"
import assert from "node:assert/strict"
import { mkdtempSync } from "node:fs"
import { tmpdir } from "node:os"
import * as path from "node:path"
import { Cause, Effect, Exit, Layer } from "effect"
import { tf } from "../../stages/internal/tf.ts"
import { CheckpointStore } from "../../stages/CheckpointStore.ts"
import { MetricsSink, type MetricRow } from "../../stages/MetricsSink.ts"
import { mlpVariables } from "../../stages/internal/mlp.ts"
import { samplingGenerator } from "../../stages/Train.ts"
import { distill, NonFiniteLoss } from "../../stages/Pipeline.ts"
import { prefit } from "../../stages/Prefit.ts"
import { acquireGmmTeacher } from "../../stages/TeacherLoad.ts"
import { Progress } from "../../stages/Progress.ts"
import { Rng } from "../../stages/Rng.ts"
import { TensorBackend } from "../../stages/TensorBackend.ts"
import { smallConfig, useWasm } from "../support.ts"

before(useWasm)

const layers = (dir = mkdtempSync(path.join(tmpdir(), "sidlab-pipe-"))) =>
  Layer.mergeAll(
    TensorBackend.layerTest,
    Rng.layer(0, "test"),
    Progress.layerTest,
    CheckpointStore.layer(dir),
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

// ---- evaluation.best: the paper's checkpoint recipe

/** Distance of iteration i from the peak at 3: how far the hook moves the class embedding towards a wrong one. */
const DAMAGE_AT = (i: number) => Math.abs(i - 3) / 3

/**
 * The weights with the class embedding (array 0, rows 0..C−1; row C is ∅) moved by `share` towards its
 * rows shifted by one class: at share 1 every prompt generates the next class, so alignment collapses
 * while the network stays a sound denoiser (training does not diverge).
 */
const misprompted = (clean: ReadonlyArray<Float32Array>, classes: number, share: number): ReadonlyArray<Float32Array> => {
  const emb = clean[0]!
  const width = emb.length / (classes + 1)
  const moved = Float32Array.from(emb, (x, i) => {
    const row = Math.floor(i / width)
    return row === classes ? x : x + share * (emb[((row + 1) % classes) * width + (i % width)]! - x)
  })
  return [moved, ...clean.slice(1)]
}

/**
 * A cell whose alignment peaks mid-run by construction: ψ and θ start from the prefit weights with a
 * wrong class embedding, and after every iteration the hook sets the sampling generator (θ_ema with EMA,
 * else θ) to the prefit weights with the embedding DAMAGE_AT(i) of the way to the wrong one: right at
 * iteration 3, wronger before and after (the curve is ≈ 0, 0.06, 0.85, 1, 0.85, 0.06, 0). Training,
 * evaluation and selection are the real ones. Every config here shares teacher, network and prefit.
 */
const peakedCell = (cfg: ReturnType<typeof smallConfig>, dir: string, stopAfter?: number) =>
  Effect.scoped(
    Effect.gen(function*() {
      const teacher = yield* acquireGmmTeacher(cfg)
      // prefit is deterministic: fit once for all the runs of these tests
      const weights = prefitWeights ??= (yield* prefit(cfg, teacher)).weights
      const C = cfg.teacher.classes
      let last = 0
      const result = yield* distill(cfg, teacher, misprompted(weights, C, DAMAGE_AT(0)), {
        checkpointKey: "cell",
        afterIteration: (i, state) => {
          last = i
          const target = misprompted(weights, C, DAMAGE_AT(i))
          tf.tidy(() => mlpVariables(samplingGenerator(state)).forEach((v, j) => v.assign(tf.tensor(target[j]!, v.shape))))
        },
        ...(stopAfter === undefined ? {} : { shouldStop: () => last === stopAfter })
      })
      return { result, rows: (yield* MetricsSink).rows() }
    })
  ).pipe(Effect.provide(layers(dir)))

let prefitWeights: ReadonlyArray<Float32Array> | undefined
// a prefit long enough that the right class embedding gives alignment ≈ 1 at k ≥ 2
const peakedPrefit = { iterations: 200, batch: 64 }
// with EMA the kept snapshot must be θ_ema (what is sampled), not θ, which trains from the wrong embedding
const withEma = { batch: 32, emaHalfLifeImages: 500 }
const peakedConfig = (best: Record<string, unknown>, iterations = 6, optimizer: Record<string, unknown> = withEma) =>
  smallConfig({ prefit: peakedPrefit, optimizer, evaluation: { samplesPerClass: 40, everyIterations: 1, best }, budget: { iterations, checkpointEvery: 0 } })
const tmp = () => mkdtempSync(path.join(tmpdir(), "sidlab-best-"))
const valuesOf = (rows: ReadonlyArray<MetricRow>, phase: string) => rows.filter((r) => r.phase === phase).map((r) => [r.iteration, r.k, r.metric, r.value])

test("evaluation.best: a cell whose alignment peaks mid-run selects that iteration and evaluates it like the last snapshot", async () => {
  const cfg = peakedConfig({ metric: "alignment" })
  const live = tf.memory().numTensors
  const { result, rows } = await Effect.runPromise(peakedCell(cfg, tmp()))
  assert.equal(tf.memory().numTensors, live)
  const curve = rows.filter((r) => r.phase === "during" && r.metric === "alignment" && r.k === 4).map((r) => r.value)
  assert.equal(curve.length, 7)
  // the construction works: the curve rises to iteration 3 and falls after it
  assert.ok(curve[3]! > Math.max(...curve.filter((_, i) => i !== 3)), curve.join(", "))
  const record = result.best!.record
  assert.deepEqual([record.metric, record.k, record.iteration, record.imagesSeen, record.value, record.evaluations], ["alignment", 4, 3, 3 * 32, curve[3], 7])
  assert.equal(record.stoppedAt, undefined)
  assert.match(record.reason, /highest alignment at k = 4 .* of 7 curve evaluations, iterations 0–6/)
  // phase "best": the full evaluation (every k, the data floor included) at the selected iteration
  const bestRows = rows.filter((r) => r.phase === "best")
  assert.deepEqual([...new Set(bestRows.map((r) => r.k))], [0, 1, 2, 3, 4])
  assert.ok(bestRows.every((r) => r.iteration === 3 && r.imagesSeen === 96))
  const alignAt = (phase: string) => rows.find((r) => r.phase === phase && r.metric === "alignment" && r.k === 4)!.value
  assert.ok(alignAt("best") > alignAt("after"), `${alignAt("best")} vs ${alignAt("after")}`)
  // same streams as "after": the k = 0 data floor is identical
  const floor = (phase: string) => rows.filter((r) => r.phase === phase && r.k === 0 && r.metric !== "teacher_fd" && r.metric !== "teacher_alignment" && r.metric !== "passes_per_iter" && r.metric !== "peak_tensor_mb").map((r) => r.value)
  assert.deepEqual(floor("best"), floor("after"))

  // the snapshot's evaluation is exactly the last evaluation of a run that ends at iteration 3 with the same weights
  const ended = await Effect.runPromise(peakedCell(smallConfig({ prefit: peakedPrefit, optimizer: withEma, evaluation: { samplesPerClass: 40, everyIterations: 1 }, budget: { iterations: 3, checkpointEvery: 0 } }), tmp()))
  const strip = (rs: ReadonlyArray<MetricRow>, phase: string) => rs.filter((r) => r.phase === phase && r.k > 0).map((r) => [r.k, r.metric, r.value])
  assert.deepEqual(strip(rows, "best"), strip(ended.rows, "after"))

  // FD selects by its own (lower) direction; here without EMA (the snapshot is θ)
  const byFd = await Effect.runPromise(peakedCell(peakedConfig({ metric: "fd", k: 2 }, 6, { batch: 32 }), tmp()))
  const fdCurve = byFd.rows.filter((r) => r.phase === "during" && r.metric === "fd" && r.k === 2)
  const lowest = fdCurve.reduce((a, b) => (b.value < a.value ? b : a))
  assert.equal(byFd.result.best!.record.iteration, lowest.iteration)
  assert.equal(byFd.result.best!.record.k, 2)
})

test("evaluation.best: kill and resume keeps the same selection, bit for bit", async () => {
  const cfg = peakedConfig({ metric: "alignment" })
  const whole = await Effect.runPromise(peakedCell(cfg, tmp()))
  const live = tf.memory().numTensors
  for (const stopAfter of [4, 2]) {
    const dir = tmp()
    // killed after iteration 4 (the snapshot of iteration 3 must come from the checkpoint) or 2 (before the peak)
    const first = await Effect.runPromiseExit(peakedCell(cfg, dir, stopAfter))
    assert.ok(Exit.isFailure(first) && Cause.hasInterruptsOnly(first.cause), `stopped after ${stopAfter}`)
    const saved = await Effect.runPromise(CheckpointStore.use((s) => s.load("cell")).pipe(Effect.provide(CheckpointStore.layer(dir))))
    assert.equal(saved._tag, "Some")
    const meta = (saved as { value: { meta: { best?: { iteration: number } } } }).value.meta
    assert.equal(meta.best?.iteration, stopAfter === 4 ? 3 : 2)
    const resumed = await Effect.runPromise(peakedCell(cfg, dir))
    assert.equal(resumed.result.resumedFrom, stopAfter)
    assert.deepEqual(resumed.result.best!.record, whole.result.best!.record)
    for (const phase of ["during", "after", "best"]) assert.deepEqual(valuesOf(resumed.rows, phase), valuesOf(whole.rows, phase))
  }
  assert.equal(tf.memory().numTensors, live)
})

test("evaluation.best.patience stops training after that many evaluations without improvement, also across a resume", async () => {
  const cfg = peakedConfig({ metric: "alignment", patience: 2 }, 10)
  const { result, rows } = await Effect.runPromise(peakedCell(cfg, tmp()))
  // peak at 3; 4 and 5 do not improve on it: training stops at 5 and the last snapshot is iteration 5's
  assert.equal(result.iterations, 5)
  assert.deepEqual(rows.filter((r) => r.phase === "during" && r.metric === "alignment" && r.k === 4).map((r) => r.iteration), [0, 1, 2, 3, 4, 5])
  assert.ok(rows.filter((r) => r.phase === "after").every((r) => r.iteration === 5))
  const record = result.best!.record
  assert.equal(record.iteration, 3)
  assert.equal(record.stoppedAt, 5)
  assert.match(record.reason, /training stopped at iteration 5 because alignment at k = 4 did not improve for 2 evaluations after its peak .* at iteration 3/)
  // killed at the very iteration that stops it: the resumed run trains no further
  const dir = tmp()
  await Effect.runPromiseExit(peakedCell(cfg, dir, 5))
  const resumed = await Effect.runPromise(peakedCell(cfg, dir))
  assert.equal(resumed.result.iterations, 5)
  assert.deepEqual(resumed.result.best!.record, record)
  for (const phase of ["during", "after", "best"]) assert.deepEqual(valuesOf(resumed.rows, phase), valuesOf(rows, phase))
})
