/** One SiD iteration (method.md §6.1): gradient flow, determinism, memory. */
import { before, test } from "node:test"
import assert from "node:assert/strict"
import { tf } from "../../stages/internal/tf.ts"
import { mlpDenoiser } from "../../stages/internal/denoiser.ts"
import { disposeMlp, initMlp, mlpToArrays, mlpVariables } from "../../stages/internal/mlp.ts"
import { Streams } from "../../stages/internal/rng.ts"
import { loadTeacher } from "../../stages/TeacherLoad.ts"
import { disposeGeneratorDraw, disposeTrainState, drawGeneratorInputs, generatorObjective, generatorUpdate, initTrainState, networkPasses, sidIteration, type TrainState } from "../../stages/Train.ts"
import { checkpointOf, restoreCheckpoint } from "../../stages/TrainCheckpoint.ts"
import { adamStep } from "../../stages/Update.ts"
import { maxAbs, maxAbsDiff, smallConfig, useWasm } from "../support.ts"

before(useWasm)

const net = (cfg: ReturnType<typeof smallConfig>, name: string) =>
  initMlp({ dim: cfg.teacher.dim, classes: cfg.teacher.classes, ...cfg.network }, new Streams(9), name)

/** Gradients of L_θ w.r.t. θ and w.r.t. the chain's initial noise z, for one matching mode. */
const gradients = (stepMatching: "uniform" | "final" | "backpropAll", k: number) => {
  const cfg = smallConfig({ generator: { numSteps: 4, stepMatching } })
  const teacher = loadTeacher(cfg.teacher)
  const phi = net(cfg, "phi")
  const state = initTrainState(phi, cfg)
  // ψ must differ from the teacher, or L_θ is identically zero
  const fakeVars = mlpVariables(state.fake)
  fakeVars[1]!.assign(tf.add(fakeVars[1]!, 0.05))
  const drawn = drawGeneratorInputs(new Streams(4), cfg, cfg.teacher.dim, cfg.teacher.classes, k)
  const z = tf.variable(drawn.noise.z)
  const draw = { ...drawn, noise: { ...drawn.noise, z } }
  const { objective, dispose } = generatorObjective(teacher.denoiser, mlpDenoiser(state.fake), mlpDenoiser(state.gen), draw, k, cfg)
  const genVars = mlpVariables(state.gen)
  const { grads } = tf.variableGrads(objective, [...genVars, z])
  const theta = genVars.map((v) => grads[v.name]!)
  const zGrad = grads[z.name] ?? tf.zerosLike(z)
  dispose()
  return { theta, zGrad, cleanup: () => { disposeGeneratorDraw(drawn); z.dispose(); disposeTrainState(state); disposeMlp(phi); teacher.dispose() } }
}

test("uniform and final matching: gradient reaches θ only through the last chain step (§2.4)", () => {
  for (const mode of ["uniform", "final"] as const) {
    const g = gradients(mode, 3)
    assert.ok(Math.max(...g.theta.map(maxAbs)) > 0, `${mode}: θ gets gradient`)
    // in "fresh" mode z enters step k−1 only through the detached prefix: no gradient may reach it
    assert.equal(maxAbs(g.zGrad), 0, `${mode}: the chain prefix must be stop-gradient`)
    g.cleanup()
  }
})

test("backpropAll: gradient flows through every chain step", () => {
  const all = gradients("backpropAll", 3)
  const last = gradients("uniform", 3)
  assert.ok(maxAbs(all.zGrad) > 0, "z receives gradient through the earlier steps")
  const differs = all.theta.some((g, i) => maxAbsDiff(g, last.theta[i]!) > 1e-7)
  assert.ok(differs, "θ's gradient includes the earlier steps' contributions")
  all.cleanup()
  last.cleanup()
})

test("an iteration is deterministic, and tensor memory does not grow across iterations", () => {
  const run = () => {
    const cfg = smallConfig()
    const teacher = loadTeacher(cfg.teacher)
    const phi = net(cfg, "phi")
    const state = initTrainState(phi, cfg)
    const streams = new Streams(cfg.seed)
    sidIteration(teacher.denoiser, state, cfg, streams) // warm-up: lazily created tensors
    const before = tf.memory().numTensors
    const logs = [1, 2, 3, 4, 5].map(() => sidIteration(teacher.denoiser, state, cfg, streams))
    const after = tf.memory().numTensors
    const weights = mlpToArrays(state.gen).map((a) => Array.from(a))
    disposeTrainState(state)
    disposeMlp(phi)
    teacher.dispose()
    return { before, after, logs, weights, iteration: state.iteration }
  }
  const a = run()
  const b = run()
  assert.equal(a.after, a.before, "live tensors must not grow")
  assert.equal(a.iteration, 6)
  assert.deepEqual(a.logs, b.logs)
  assert.deepEqual(a.weights, b.weights)
  assert.ok(a.logs.every((l) => Number.isFinite(l.lossFake) && Number.isFinite(l.lossGen)))
})

test("network passes per iteration count chain steps and CFG branches (Zero-CFG needs no second pass)", () => {
  const at = (guidance: object, k: number) => networkPasses(smallConfig({ guidance }), k)
  assert.equal(at({}, 1), (1 + 1) + (1 + 1 + 1)) // fake: chain + ψ; generator: chain + φ + ψ
  assert.equal(at({ kappa1: 1.5, kappa2: 1.5, kappa3: 1.5, kappa4: 1.5 }, 4), (4 + 2) + (4 + 2 + 2)) // LSG
  assert.equal(at({ kappa1: 0, kappa2: 0, kappa3: 0, kappa4: 1 }, 4), (4 + 1) + (4 + 1 + 1)) // Zero-CFG
  assert.equal(at({ kappa2: 2, kappa3: 3 }, 2), (2 + 1) + (2 + 1 + 2 + 2)) // untied κ2, κ3: two ψ evaluations
})

/** The bytes of every θ weight and of Adam's second moment: equal means bit-identical. */
const bits = (s: TrainState): ReadonlyArray<string> =>
  [...mlpToArrays(s.gen), ...s.adamGen.v.map((v) => v.dataSync() as Float32Array)].map((a) => Buffer.from(a.buffer, a.byteOffset, a.byteLength).toString("hex"))

test("defaults (§2.5: stepNormalisation none, uniform k): the generator update is bit-identical to the plain path", () => {
  const cfg = smallConfig()
  assert.equal(cfg.loss.stepNormalisation, "none")
  assert.equal(cfg.generator.stepWeights, "uniform")
  const teacher = loadTeacher(cfg.teacher)
  const phi = net(cfg, "phi")
  const [a, b] = [initTrainState(phi, cfg), initTrainState(phi, cfg)]
  assert.equal(a.stepNorm, undefined)
  // ψ must differ from the teacher, or L_θ has no gradient
  for (const s of [a, b]) mlpVariables(s.fake)[1]!.assign(tf.add(mlpVariables(s.fake)[1]!, 0.05))
  const start = bits(a)
  const streams = new Streams(3)
  for (const k of [1, 4, 2, 1]) {
    generatorUpdate(teacher.denoiser, a, cfg, streams.child("gen", k), k)
    // the path before §2.5 existed: θ's gradient straight into Adam
    const draw = drawGeneratorInputs(streams.child("gen", k), cfg, teacher.denoiser.dim, teacher.denoiser.classes, k)
    const g = generatorObjective(teacher.denoiser, mlpDenoiser(b.fake), mlpDenoiser(b.gen), draw, k, cfg, b.imagesSeen)
    const vars = mlpVariables(b.gen)
    const step = tf.variableGrads(g.objective, [...vars])
    const { lrTheta: lr, beta1, beta2, eps } = cfg.optimizer
    adamStep(vars, vars.map((v) => step.grads[v.name]!), b.adamGen, { lr, beta1, beta2, eps, weightDecay: 0, nanToNum: true })
    tf.dispose([step.value, ...Object.values(step.grads)])
    g.dispose()
    disposeGeneratorDraw(draw)
  }
  assert.notDeepEqual(bits(a), start, "θ moved")
  assert.deepEqual(bits(a), bits(b))
  for (const s of [a, b]) disposeTrainState(s)
  disposeMlp(phi)
  teacher.dispose()
})

test("perStep (§2.5): statistics per drawn k, a different update, exact resume from a checkpoint, no leaks", () => {
  const cfg = smallConfig({ loss: { stepNormalisation: "perStep" } })
  const teacher = loadTeacher(cfg.teacher)
  const phi = net(cfg, "phi")
  const streams = new Streams(cfg.seed)
  const whole = initTrainState(phi, cfg)
  sidIteration(teacher.denoiser, whole, cfg, streams) // warm-up: lazily created tensors
  const live = tf.memory().numTensors
  const ks = [1, 2, 3, 4, 5].map(() => sidIteration(teacher.denoiser, whole, cfg, streams).k)
  assert.equal(tf.memory().numTensors, live, "live tensors must not grow")
  // every generator update recorded its k
  assert.equal(whole.stepNorm!.draws.reduce((a, n) => a + n, 0), 6)
  for (const k of ks) assert.ok(whole.stepNorm!.draws[k - 1]! > 0)
  // the knob reaches θ: "none" from the same start ends elsewhere
  const plainCfg = smallConfig()
  const plain = initTrainState(phi, plainCfg)
  for (let i = 0; i < 6; i++) sidIteration(teacher.denoiser, plain, plainCfg, streams)
  assert.notDeepEqual(bits(plain), bits(whole))
  // stop after 3 iterations, store the checkpoint as JSON, resume in a fresh state
  const first = initTrainState(phi, cfg)
  for (let i = 0; i < 3; i++) sidIteration(teacher.denoiser, first, cfg, streams)
  const ckpt = checkpointOf(first, [])
  const resumed = initTrainState(phi, cfg)
  restoreCheckpoint(resumed, { ...ckpt, meta: JSON.parse(JSON.stringify(ckpt.meta)) })
  for (let i = 0; i < 3; i++) sidIteration(teacher.denoiser, resumed, cfg, streams)
  assert.deepEqual(resumed.stepNorm, whole.stepNorm)
  assert.deepEqual(bits(resumed), bits(whole))
  // a checkpoint without the statistics does not fit a perStep cell
  const { stepNorm: _, ...bare } = ckpt.meta as Record<string, unknown>
  assert.throws(() => restoreCheckpoint(first, { ...ckpt, meta: bare as typeof ckpt.meta }), /per-k statistics/)
  for (const s of [whole, plain, first, resumed]) disposeTrainState(s)
  disposeMlp(phi)
  teacher.dispose()
})
