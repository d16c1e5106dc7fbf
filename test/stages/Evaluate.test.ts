/** GMM evaluation (Appendix C "Metrics"): the exact teacher's own samples score at the data floor. */
import { before, test } from "node:test"
import assert from "node:assert/strict"
import { tf } from "../../stages/internal/tf.ts"
import type { Denoiser } from "../../stages/internal/denoiser.ts"
import { sampleMixture, teacherMixture, trueMixture } from "../../stages/internal/gmm.ts"
import { Streams } from "../../stages/internal/rng.ts"
import { evaluateGenerator, evaluationPrompts, modeCoverage, sampleMetrics, teacherOwnError } from "../../stages/Evaluate.ts"
import { smallConfig, useWasm } from "../support.ts"
import { gmmTeacher } from "../../dsl/Hyperparams.ts"

before(useWasm)

const cfg = smallConfig({ evaluation: { samplesPerClass: 150 } })
const truth = trueMixture(gmmTeacher(cfg.teacher))

test("true samples reach the metric floor; collapsed samples lose recall and coverage", () => {
  const prompts = evaluationPrompts(truth.classes, 150)
  const streams = new Streams(2)
  const reference = sampleMixture(truth, prompts, streams, "ref")
  const good = sampleMetrics(truth, sampleMixture(truth, prompts, streams, "good"), prompts, reference, cfg.evaluation)
  assert.ok(good.fd < 0.05, `fd ${good.fd}`)
  assert.ok(good.alignment > 0.9)
  assert.equal(good.coverage, 1)
  // every sample at its class's first component mean: one mode per class
  const collapsed = new Float32Array(prompts.length * truth.dim)
  prompts.forEach((c, i) => {
    const j = truth.componentClass.indexOf(c)
    for (let d = 0; d < truth.dim; d++) collapsed[i * truth.dim + d] = truth.means[j * truth.dim + d]!
  })
  const bad = sampleMetrics(truth, collapsed, prompts, reference, cfg.evaluation)
  assert.ok(bad.fd > 5 * good.fd)
  assert.ok(bad.recall < good.recall)
  assert.ok(modeCoverage(truth, collapsed, prompts, 0.25) <= 0.5)
})

test("evaluateGenerator reports k = 0..K, pairs z across k, and is deterministic", () => {
  // a generator that ignores its input and emits exact data: every k must score like data
  const emitData: Denoiser = {
    dim: truth.dim,
    classes: truth.classes,
    eps: () => { throw new Error("unused") },
    x0: (b) => {
      const classes = Int32Array.from(b.c.dataSync())
      return tf.tensor2d(sampleMixture(truth, classes, new Streams(5), "emit", b.t.dataSync()[0]!), [classes.length, truth.dim])
    }
  }
  const run = () => evaluateGenerator(emitData, truth, cfg.generator, cfg.evaluation, new Streams(3))
  const rows = run()
  assert.deepEqual(rows.map((r) => r.k), [0, 1, 2, 3, 4])
  for (const r of rows) assert.ok(r.fd < 0.1 && r.alignment > 0.9, `k=${r.k}: ${JSON.stringify(r)}`)
  assert.deepEqual(run(), rows)
})

test("the teacher's own error is at the data floor for the exact teacher and grows with its imperfection", () => {
  const own = (meanShift: number, scaleFactor: number) => {
    const teacher = { ...gmmTeacher(cfg.teacher), imperfection: { meanShift, scaleFactor, weightTemperature: 1 } }
    return teacherOwnError(truth, teacherMixture(teacher), cfg.evaluation, new Streams(4)).fd
  }
  const exact = own(0, 1)
  const shifted = [own(0.1, 1.1), own(0.2, 1.2), own(0.4, 1.4)]
  assert.ok(exact < 0.05, `exact teacher fd ${exact}`)
  assert.ok(exact < shifted[0]! && shifted[0]! < shifted[1]! && shifted[1]! < shifted[2]!, `fd ${exact} then ${shifted.join(", ")}`)
})

test("evaluateGenerator hands every sample set to keep, the reference data as k = 0", () => {
  const kept = new Map<number, number>()
  const gen: Denoiser = { dim: truth.dim, classes: truth.classes, eps: () => { throw new Error("unused") }, x0: (b) => tf.zeros([b.c.shape[0]!, truth.dim]) }
  evaluateGenerator(gen, truth, cfg.generator, cfg.evaluation, new Streams(3), (k, x) => kept.set(k, x.length))
  const n = truth.classes * cfg.evaluation.samplesPerClass * truth.dim
  assert.deepEqual([...kept], [0, 1, 2, 3, 4].map((k) => [k, n]))
})
