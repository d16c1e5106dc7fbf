/** Config decoding: defaults from method.md §9 and errors that name the field. */
import { test } from "node:test"
import assert from "node:assert/strict"
import { ConfigError, curveEvaluation, curveInterval, decodeCellConfig, resolveAdversarial, resolveBest, resolvePromptDropout } from "../../dsl/Hyperparams.ts"
import { metrics, sampleMetricNames } from "../../dsl/Metrics.ts"

const gmm = { kind: "gmm" } as const

test("an experiment states only what differs: §9 defaults fill the rest", () => {
  const c = decodeCellConfig({ teacher: gmm })
  assert.equal(c.loss.alpha, 1)
  assert.equal(c.loss.tMin, 20)
  assert.equal(c.loss.tMaxExclusive, 980)
  assert.equal(c.generator.tInit, 999)
  assert.equal(c.generator.numSteps, 4)
  assert.equal(c.generator.stepMatching, "uniform")
  assert.equal(c.generator.noiseType, "fresh")
  assert.equal(c.optimizer.beta1, 0)
  assert.equal(c.optimizer.beta2, 0.999)
  assert.deepEqual([c.guidance.kappa1, c.guidance.kappa2, c.guidance.kappa3, c.guidance.kappa4], [1, 1, 1, 1])
})

test("teacher and budget alone give the recipe of the shipped experiments: EMA 50k images (S1), lr 1e-4", () => {
  const c = decodeCellConfig({ teacher: { kind: "gmm", dim: 16, classes: 5, componentsPerClass: 2 }, budget: { iterations: 500 } })
  assert.equal(c.optimizer.emaHalfLifeImages, 50_000)
  assert.equal(c.optimizer.emaRampup, 0.05)
  assert.equal(c.optimizer.lrPsi, 1e-4)
  assert.equal(c.optimizer.lrTheta, 1e-4)
  assert.equal(c.budget.iterations, 500)
})

test("prompt dropout 'auto' follows S1: 0.1 when κ1 ≠ 1 or κ2 ≠ 1", () => {
  const g = (over: object) => decodeCellConfig({ teacher: gmm, guidance: over }).guidance
  assert.equal(resolvePromptDropout(g({})), 0)
  assert.equal(resolvePromptDropout(g({ kappa1: 1.5 })), 0.1)
  assert.equal(resolvePromptDropout(g({ kappa2: 0 })), 0.1)
  assert.equal(resolvePromptDropout(g({ kappa1: 1.5, fakePromptDropout: 0 })), 0)
})

const fails = (input: unknown, field: string, pattern: RegExp) => {
  assert.throws(() => decodeCellConfig(input, "experiments/x.ts"), (e: unknown) => {
    assert.ok(e instanceof ConfigError, String(e))
    assert.equal(e.field, field)
    assert.match(e.message, /^experiments\/x\.ts: /)
    assert.match(e.message, pattern)
    return true
  })
}

test("bad input fails with a clear message naming the field", () => {
  fails({ teacher: gmm, guidance: { kappa4: Infinity } }, "guidance.kappa4", /finite/)
  fails({ teacher: gmm, guidance: { kappa1: NaN } }, "guidance.kappa1", /finite/)
  fails({ teacher: gmm, generator: { numSteps: 0 } }, "generator.numSteps", /greater than or equal to 1/)
  fails({ teacher: { kind: "gmm", dim: 8 }, network: { dim: 16 } }, "network.dim", /does not match the teacher's dimension D = 8/)
  fails({ teacher: gmm, generator: { stepMatching: "unifrom" } }, "generator.stepMatching", /uniform/)
  fails({ teacher: gmm, loss: { tMin: 500, tMaxExclusive: 400 } }, "loss.tMin", /below tMaxExclusive/)
  fails({ teacher: gmm, optimizer: { batch: 2.5 } }, "optimizer.batch", /integer/)
  fails({ teacher: gmm, generator: { numSteps: 4, tInit: 2 } }, "generator.numSteps", /reach timestep 0/)
})

test("SiDa (§5, §9) is off unless asked for; its block defaults to S2's settings and discLayer to the last hidden layer", () => {
  const plain = decodeCellConfig({ teacher: gmm })
  assert.equal("adversarial" in plain, false, "a cell without the block decodes as before it existed")
  assert.equal(resolveAdversarial(plain), undefined)
  assert.equal(resolveAdversarial(decodeCellConfig({ teacher: gmm, adversarial: {} })), undefined)
  const on = decodeCellConfig({ teacher: gmm, network: { depth: 4 }, adversarial: { enabled: true } })
  assert.deepEqual(on.adversarial, {
    enabled: true,
    lossScalingGan: 1,
    lossScalingD: 1,
    gFreezeImages: 20000,
    ganStartImages: 40000,
    ganMix: 0.5,
    dWeight: "one",
    bceReduction: "perSample"
  })
  assert.equal(resolveAdversarial(on)?.discLayer, 4)
  assert.equal(resolveAdversarial(decodeCellConfig({ teacher: gmm, adversarial: { enabled: true, discLayer: 2 } }))?.discLayer, 2)
})

test("SiDa settings are checked, naming the field", () => {
  fails({ teacher: gmm, network: { depth: 3 }, adversarial: { enabled: true, discLayer: 4 } }, "adversarial.discLayer", /network has only network\.depth = 3 hidden layers/)
  fails({ teacher: gmm, adversarial: { discLayer: 0 } }, "adversarial.discLayer", /greater than or equal to 1/)
  fails({ teacher: gmm, adversarial: { dWeight: "snr" } }, "adversarial.dWeight", /fourPlusSnr/)
  fails({ teacher: gmm, adversarial: { bceReduction: "mean" } }, "adversarial.bceReduction", /perDeviceBatch/)
  fails({ teacher: gmm, adversarial: { ganMix: 1.5 } }, "adversarial.ganMix", /less than or equal to 1/)
  fails({ teacher: gmm, adversarial: { useGan: true } }, "adversarial.useGan", /.+/)
})

test("the training curve: ~16 points by default (8 for image teachers), everyIterations overrides, fewer samples", () => {
  const c = decodeCellConfig({ teacher: gmm, evaluation: { samplesPerClass: 150 } })
  assert.equal(c.evaluation.everyIterations, undefined)
  assert.equal(curveInterval(c.evaluation, 1500), 94)
  assert.equal(curveInterval(c.evaluation, 1000, "fmnist"), 125)
  assert.equal(curveInterval(c.evaluation, 5), 1)
  assert.equal(curveInterval({ ...c.evaluation, everyIterations: 0 }, 1500), 0)
  assert.equal(curveInterval({ ...c.evaluation, everyIterations: 500 }, 1500), 500)
  assert.equal(curveEvaluation(c.evaluation).samplesPerClass, 50)
  assert.equal(curveEvaluation({ ...c.evaluation, samplesPerClass: 8 }).samplesPerClass, 8)
  assert.equal(curveEvaluation({ ...c.evaluation, curveSamplesPerClass: 100 }).samplesPerClass, 100)
  assert.throws(() => decodeCellConfig({ teacher: gmm, evaluation: { curveSamplesPerClass: 0 } }), /evaluation\.curveSamplesPerClass/)
})

test("evaluation.best: off when absent (the config is unchanged), k \"K\" by default, directions from the metric declarations", () => {
  const off = decodeCellConfig({ teacher: gmm })
  assert.equal(resolveBest(off), undefined)
  assert.ok(!("best" in off.evaluation))
  const paper = decodeCellConfig({ teacher: gmm, generator: { numSteps: 2 }, evaluation: { best: { metric: "fd", stopMetric: "alignment", patience: 3 } } })
  assert.deepEqual(paper.evaluation.best, { metric: "fd", k: "K", stopMetric: "alignment", patience: 3 })
  assert.deepEqual(resolveBest(paper), { metric: "fd", k: 2, better: "lower", patience: 3, stopMetric: "alignment", stopBetter: "higher" })
  const byAlignment = resolveBest(decodeCellConfig({ teacher: gmm, evaluation: { best: { metric: "alignment", k: 1 } } }))
  assert.deepEqual(byAlignment, { metric: "alignment", k: 1, better: "higher", patience: undefined, stopMetric: "alignment", stopBetter: "higher" })
  // the schema's list is exactly the metrics declared with scope "sample"
  assert.deepEqual([...sampleMetricNames].sort(), Object.entries(metrics).filter(([, m]) => m.scope === "sample").map(([n]) => n).sort())
})

test("evaluation.best is checked, naming the field", () => {
  fails({ teacher: gmm, evaluation: { best: { metric: "clip" } } }, "evaluation.best.metric", /"fd" \| "alignment"/)
  fails({ teacher: gmm, evaluation: { best: { metric: "sec_per_iter" } } }, "evaluation.best.metric", /"fd"/)
  fails({ teacher: gmm, evaluation: { best: { metric: "fd", k: 5 } } }, "evaluation.best.k", /beyond the generator's K = 4 steps/)
  fails({ teacher: gmm, evaluation: { best: { metric: "fd", patience: 0 } } }, "evaluation.best.patience", /greater than or equal to 1/)
  fails({ teacher: gmm, evaluation: { everyIterations: 0, best: { metric: "fd" } } }, "evaluation.best", /needs the training curve/)
  fails({ teacher: gmm, budget: { iterations: 0 }, evaluation: { best: { metric: "fd" } } }, "evaluation.best", /needs the training curve/)
})

test("§2.5 knobs default to today's behaviour: uniform k, no per-k normalisation", () => {
  const c = decodeCellConfig({ teacher: gmm })
  assert.equal(c.generator.stepWeights, "uniform")
  assert.equal(c.loss.stepNormalisation, "none")
  const on = decodeCellConfig({ teacher: gmm, generator: { stepWeights: [1, 0, 2, 5] }, loss: { stepNormalisation: "perStep" } })
  assert.deepEqual(on.generator.stepWeights, [1, 0, 2, 5])
  assert.equal(on.loss.stepNormalisation, "perStep")
})

test("generator.stepWeights and loss.stepNormalisation are checked, naming the field", () => {
  fails({ teacher: gmm, generator: { stepWeights: [1, 1, 1] } }, "generator.stepWeights", /one weight per step k = 1\.\.K, i\.e\. 4 \(generator\.numSteps\), got 3/)
  fails({ teacher: gmm, generator: { numSteps: 2, stepWeights: [1, 1, 1, 1] } }, "generator.stepWeights", /i\.e\. 2 \(generator\.numSteps\), got 4/)
  fails({ teacher: gmm, generator: { stepWeights: [0, 0, 0, 0] } }, "generator.stepWeights", /sum to 0/)
  fails({ teacher: gmm, generator: { stepWeights: [1, -1, 1, 1] } }, "generator.stepWeights.1", /greater than or equal to 0/)
  fails({ teacher: gmm, generator: { stepWeights: [1, Infinity, 1, 1] } }, "generator.stepWeights.1", /finite/)
  fails({ teacher: gmm, generator: { stepWeights: "finalHeavy" } }, "generator.stepWeights", /uniform/)
  fails({ teacher: gmm, generator: { stepMatching: "final", stepWeights: [1, 1, 1, 5] } }, "generator.stepWeights", /only to uniform-step matching.*"final"/)
  fails({ teacher: gmm, loss: { stepNormalisation: "perK" } }, "loss.stepNormalisation", /perStep/)
})
