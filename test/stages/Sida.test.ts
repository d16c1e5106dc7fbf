/** SiDa, SiD + Diffusion-GAN (method.md §5): BCE, L_D, L_adv, gradient flow, real data, warm-up. */
import { before, test } from "node:test"
import assert from "node:assert/strict"
import { tf } from "../../stages/internal/tf.ts"
import { cfg as cfgOutput, cfgWithLogit, mlpDenoiser, mlpDiscriminator, scheduleTensors, type NoisyBatch } from "../../stages/internal/denoiser.ts"
import { classPosterior } from "../../stages/internal/gmm.ts"
import { disposeMlp, initMlp, mlpEps, mlpEpsAndFeatures, mlpFeatures, mlpToArrays, mlpVariables, type Mlp } from "../../stages/internal/mlp.ts"
import { Streams } from "../../stages/internal/rng.ts"
import { VP } from "../../stages/internal/schedule.ts"
import { adversarialLoss, bceWithLogits, discriminatorLoss, discriminatorWeight } from "../../stages/SidaLoss.ts"
import { mixtureRealData } from "../../stages/TeacherLoad.ts"
import { loadTeacher } from "../../stages/TeacherLoad.ts"
import {
  disposeGeneratorDraw,
  disposeTrainState,
  drawGeneratorInputs,
  fakeScoreObjective,
  generatorObjective,
  generatorUpdate,
  initTrainState,
  networkPasses,
  sidIteration,
  type RealData
} from "../../stages/Train.ts"
import { maxAbs, maxAbsDiff, smallConfig, useWasm } from "../support.ts"

before(useWasm)

type Config = ReturnType<typeof smallConfig>

/** A small cell with the GAN on; `adversarial` overrides the block's fields. */
const sidaConfig = (adversarial: object = {}, over: object = {}): Config =>
  smallConfig({ adversarial: { enabled: true, ...adversarial }, ...over })

/** Teacher, φ, a fresh training state and the true mixture's real pairs for one config. */
const setup = (cfg: Config) => {
  const teacher = loadTeacher(cfg.teacher)
  const phi = initMlp({ dim: cfg.teacher.dim, classes: cfg.teacher.classes, ...cfg.network }, new Streams(9), "phi")
  const state = initTrainState(phi, cfg)
  const realData = mixtureRealData(teacher.truth)
  const cleanup = () => {
    disposeTrainState(state)
    disposeMlp(phi)
    teacher.dispose()
  }
  return { teacher, phi, state, realData, cleanup }
}

const weightsOf = (net: Mlp): Array<Array<number>> => mlpToArrays(net).map((a) => Array.from(a))
const values = (x: tf.Tensor): Array<number> => Array.from(x.dataSync())
const softplus = (x: number): number => Math.log1p(Math.exp(x))
const clamp = (x: number): number => Math.min(10, Math.max(-10, x))
const close = (actual: number, expected: number, rel = 1e-5, what = "") =>
  assert.ok(Math.abs(actual - expected) <= rel * Math.max(1, Math.abs(expected)), `${what}: ${actual} vs ${expected}`)

test("BCE with logits: softplus(−ℓ) for y = 1, softplus(ℓ) for y = 0, on ℓ clamped to [−10, 10] (§5.2)", () => {
  const logits = [-50, -10.5, -0.7, 0, 0.3, 9.5, 50]
  const l = tf.variable(tf.tensor1d(logits))
  values(bceWithLogits(l, 1)).forEach((v, i) => close(v, softplus(-clamp(logits[i]!)), 1e-5, `y=1, ℓ=${logits[i]}`))
  values(bceWithLogits(l, 0)).forEach((v, i) => close(v, softplus(clamp(logits[i]!)), 1e-5, `y=0, ℓ=${logits[i]}`))
  // a clamped logit gets no gradient (torch.clamp); inside the range d/dℓ BCE(ℓ, 1) = σ(ℓ) − 1
  const g = values(tf.variableGrads(() => tf.sum(bceWithLogits(l, 1)) as tf.Scalar, [l]).grads[l.name]!)
  assert.deepEqual([g[0], g[1], g[6]], [0, 0, 0])
  close(g[4]!, 1 / (1 + Math.exp(-0.3)) - 1, 1e-5, "gradient at 0.3")
  l.dispose()
})

test("L_D and L_adv match a hand computation for γ ∈ {1, 4 + SNR_t} and both BCE reductions (§5.2)", () => {
  const t = [20, 499, 979]
  const sched = scheduleTensors(Int32Array.from(t))
  const noisy: NoisyBatch = { xT: tf.zeros([3, 4]), ...sched, c: tf.tensor1d([0, 1, 2], "int32") }
  const real = [0.5, -1.2, 2]
  const fake = [-0.3, 0.8, 12] // 12 is clamped to 10
  const gen = [0.1, -2.5, 11]
  const w = [0.5, 2, 1]
  const [lReal, lFake, lGen, wT] = [real, fake, gen, w].map((x) => tf.tensor1d(x))
  const nLat = 4
  const B = 3
  const bceReal = real.map((x) => softplus(-clamp(x)))
  const bceFake = fake.map((x) => softplus(clamp(x)))
  const bceGen = gen.map((x) => softplus(-clamp(x)))
  const mean = (xs: ReadonlyArray<number>) => xs.reduce((p, x) => p + x, 0) / xs.length
  for (const dWeight of ["one", "fourPlusSnr"] as const) {
    const gamma = t.map((ti) => (dWeight === "one" ? 1 : 4 + VP.snr[ti]!))
    values(discriminatorWeight(noisy, dWeight)).forEach((g, i) => close(g, gamma[i]!, 1e-5, `γ at t=${t[i]}`))
    const perSample = (2 / B) * gamma.reduce((p, g, b) => p + g * nLat * 0.5 * (bceReal[b]! + bceFake[b]!), 0)
    const perDeviceBatch = (2 / B) * gamma.reduce((p, g) => p + g * 0.5 * (mean(bceReal) + mean(bceFake)), 0)
    for (const [bceReduction, expected] of [["perSample", perSample], ["perDeviceBatch", perDeviceBatch]] as const) {
      const gammaT = discriminatorWeight(noisy, dWeight)
      const lossD = discriminatorLoss(lReal!, lFake!, gammaT, nLat, { lossScalingD: 2, dWeight, bceReduction })
      close(lossD.dataSync()[0]!, expected, 1e-5, `L_D ${dWeight} ${bceReduction}`)
      tf.dispose([gammaT, lossD])
    }
  }
  const adv = {
    perSample: (3 / B) * w.reduce((p, wb, b) => p + wb * nLat * bceGen[b]!, 0),
    perDeviceBatch: (3 / B) * w.reduce((p, wb) => p + wb * nLat * mean(bceGen), 0)
  }
  for (const bceReduction of ["perSample", "perDeviceBatch"] as const) {
    const lossAdv = adversarialLoss(lGen!, wT!, nLat, { lossScalingGan: 3, bceReduction })
    close(lossAdv.dataSync()[0]!, adv[bceReduction], 1e-5, `L_adv ${bceReduction}`)
    lossAdv.dispose()
  }
  tf.dispose([noisy.xT, noisy.t, noisy.a, noisy.s, noisy.c, lReal!, lFake!, lGen!, wT!])
})

test("one ψ pass gives ε̂ (bit-identical to the plain forward) and the logits; CFG keeps the conditional logits (§5.1)", () => {
  const shape = { dim: 4, classes: 3, hidden: 16, depth: 3, embedding: 8 }
  const net = initMlp(shape, new Streams(3), "disc")
  const s = new Streams(5)
  const B = 8
  const t = Int32Array.from(s.stream("t").ints(B, 20, 980))
  const noisy: NoisyBatch = {
    xT: tf.tensor2d(s.stream("x").normals(B * 4), [B, 4]),
    ...scheduleTensors(t),
    c: tf.tensor1d(s.stream("c").ints(B, 0, 3), "int32")
  }
  const plain = mlpEps(net, noisy.xT, noisy.t, noisy.c)
  for (const layer of [1, 2, 3]) {
    const both = mlpEpsAndFeatures(net, noisy.xT, noisy.t, noisy.c, layer)
    assert.deepEqual(values(both.eps), values(plain), "ε̂ from the shared pass is the plain ε̂")
    assert.deepEqual(values(both.features), values(mlpFeatures(net, noisy.xT, noisy.t, noisy.c, layer)), `encoder pass, layer ${layer}`)
    assert.equal(both.features.shape[1], shape.hidden)
  }
  assert.throws(() => mlpFeatures(net, noisy.xT, noisy.t, noisy.c, 4), /not a hidden layer of this network \(1\.\.3\)/)
  assert.throws(() => mlpEpsAndFeatures(net, noisy.xT, noisy.t, noisy.c, 0), /not a hidden layer/)

  const disc = mlpDiscriminator(net, 2)
  const conditional = disc.logit(noisy)
  assert.ok(maxAbsDiff(conditional, tf.mean(mlpFeatures(net, noisy.xT, noisy.t, noisy.c, 2), 1)) === 0, "ℓ = mean over hidden units")
  const den = mlpDenoiser(net)
  for (const kappa of [1, 0, 1.5]) {
    const { out, logit } = cfgWithLogit(disc, noisy, kappa, "eps")
    assert.ok(maxAbsDiff(logit, conditional) < 1e-6, `κ=${kappa}: the conditional half's logits`)
    assert.ok(maxAbsDiff(out, cfgOutput(den, noisy, kappa, "eps")) < 1e-5, `κ=${kappa}: the CFG output is unchanged`)
  }
  const unconditional = disc.logit({ ...noisy, c: tf.fill([B], 3, "int32") as tf.Tensor1D })
  assert.ok(maxAbsDiff(unconditional, conditional) > 1e-4, "the logits depend on the prompt")
  disposeMlp(net)
})

test("L_D's gradient reaches ψ and not θ; L_adv's gradient reaches θ and ψ stays frozen", () => {
  const grads = (lossScalingD: number, lossScalingGan: number) => {
    const cfg = sidaConfig({ lossScalingD, lossScalingGan, gFreezeImages: 0, ganStartImages: 0 })
    const { teacher, state, realData, cleanup } = setup(cfg)
    const streams = new Streams(21)
    const psi = mlpVariables(state.fake)
    const theta = mlpVariables(state.gen)
    // the f_ψ update's objective L_ψ + λ_D·L_D, differentiated w.r.t. ψ AND θ
    const f = fakeScoreObjective(state.fake, state.gen, cfg, streams.child("fake"), cfg.teacher.classes, 2, realData)
    const fake = tf.variableGrads(f.objective, [...psi, ...theta])
    const fakePsi = psi.map((v) => values(fake.grads[v.name]!))
    const thetaReached = theta.filter((v) => fake.grads[v.name] !== undefined).length
    tf.dispose([fake.value, ...Object.values(fake.grads)])
    f.dispose()
    // the generator objective after ganStart, ½L_θ + ½λ_adv·L̃_adv, w.r.t. θ
    const draw = drawGeneratorInputs(streams.child("gen"), cfg, cfg.teacher.dim, cfg.teacher.classes, 2, Int32Array.from({ length: 32 }, (_, i) => i % 3))
    const g = generatorObjective(teacher.denoiser, mlpDiscriminator(state.fake, cfg.network.depth), mlpDenoiser(state.gen), draw, 2, cfg, 1)
    const gen = tf.variableGrads(g.objective, [...theta])
    const genTheta = theta.map((v) => values(gen.grads[v.name]!))
    tf.dispose([gen.value, ...Object.values(gen.grads)])
    g.dispose()
    disposeGeneratorDraw(draw)
    // the production θ update leaves ψ alone
    const psiBefore = weightsOf(state.fake)
    const thetaBefore = weightsOf(state.gen)
    state.imagesSeen = 1
    generatorUpdate(teacher.denoiser, state, cfg, streams.child("update"), 2, realData)
    const psiFrozen = JSON.stringify(weightsOf(state.fake)) === JSON.stringify(psiBefore)
    const thetaMoved = JSON.stringify(weightsOf(state.gen)) !== JSON.stringify(thetaBefore)
    cleanup()
    return { fakePsi, thetaReached, genTheta, psiFrozen, thetaMoved }
  }
  const base = grads(1, 1)
  assert.equal(base.thetaReached, 0, "x_g is detached in the f_ψ update: no gradient reaches θ")
  assert.ok(base.fakePsi.some((g) => g.some((x) => x !== 0)))
  // λ_D scales only L_D: if ψ's gradient changes with it, ∇_ψ L_D ≠ 0
  const moreD = grads(3, 1)
  const dGrad = Math.max(...moreD.fakePsi.map((g, i) => Math.max(...g.map((x, j) => Math.abs(x - base.fakePsi[i]![j]!)))))
  assert.ok(dGrad > 1e-6, `∇_ψ L_D = ${dGrad}`)
  const moreAdv = grads(1, 3)
  const advGrad = Math.max(...moreAdv.genTheta.map((g, i) => Math.max(...g.map((x, j) => Math.abs(x - base.genTheta[i]![j]!)))))
  assert.ok(advGrad > 1e-6, `∇_θ L_adv = ${advGrad}`)
  assert.ok(base.psiFrozen, "ψ is frozen in the θ step")
  assert.ok(base.thetaMoved, "θ steps once imagesSeen > gFreezeImages")
})

test("real data enters only L_D: another real batch with the same prompts leaves L_ψ, L_θ, L_adv and the θ step unchanged", () => {
  const cfg = sidaConfig({ gFreezeImages: 0, ganStartImages: 0 })
  // the same prompts, different images
  const shifted = (real: RealData): RealData => (batch, streams) => {
    const r = real(batch, streams)
    const x = tf.tidy(() => tf.add(tf.mul(r.x, -1), 2) as tf.Tensor2D)
    r.x.dispose()
    return { x, c: r.c }
  }
  const run = (pick: (real: RealData) => RealData) => {
    const { teacher, state, realData, cleanup } = setup(cfg)
    const streams = new Streams(33)
    const f = fakeScoreObjective(state.fake, state.gen, cfg, streams.child("fake"), cfg.teacher.classes, 3, pick(realData))
    tf.tidy(() => void f.objective())
    const fake = f.terms()
    f.dispose()
    state.imagesSeen = 1 // past gFreezeImages and ganStartImages: θ steps on ½L_θ + ½L_adv
    const gen = generatorUpdate(teacher.denoiser, state, cfg, streams.child("gen"), 3, pick(realData))
    const theta = weightsOf(state.gen)
    cleanup()
    return { fake, gen, theta }
  }
  const a = run((r) => r)
  const b = run(shifted)
  assert.equal(b.fake.lossFake, a.fake.lossFake, "L_ψ does not see x_real")
  assert.notEqual(b.fake.lossD, a.fake.lossD, "L_D does (the test is not vacuous)")
  assert.deepEqual(b.gen, a.gen, "L_θ and L_adv do not see x_real")
  assert.deepEqual(b.theta, a.theta, "nor does the θ step")
})

test("warm-up (§5.3): θ is bit-unchanged while imagesSeen ≤ gFreezeImages and ψ trains; then θ steps", () => {
  const cfg = sidaConfig({ gFreezeImages: 64, ganStartImages: 96 })
  const { teacher, state, realData, cleanup } = setup(cfg)
  const streams = new Streams(cfg.seed)
  const theta0 = weightsOf(state.gen)
  let psi = weightsOf(state.fake)
  for (const seen of [0, 32, 64]) {
    assert.equal(state.imagesSeen, seen)
    const log = sidIteration(teacher.denoiser, state, cfg, streams, realData)
    assert.deepEqual(weightsOf(state.gen), theta0, `imagesSeen = ${seen} ≤ 64: θ frozen`)
    const next = weightsOf(state.fake)
    assert.notDeepEqual(next, psi, `imagesSeen = ${seen}: ψ (and D) train`)
    psi = next
    assert.ok(log.lossD > 0 && Number.isFinite(log.lossAdv) && log.lossAdv > 0, "L_D and L_adv are logged")
  }
  assert.equal(state.adamGen.step, 0)
  sidIteration(teacher.denoiser, state, cfg, streams, realData) // imagesSeen = 96 > 64
  assert.notDeepEqual(weightsOf(state.gen), theta0, "θ steps once imagesSeen > gFreezeImages")
  assert.equal(state.adamGen.step, 1)
  cleanup()
})

test("before ganStartImages the θ objective is plain L_θ (bit for bit); after it, ganMix·L_θ + (1 − ganMix)·L_adv", () => {
  const plainCfg = smallConfig()
  const { teacher, state, cleanup } = setup(plainCfg)
  const k = 2
  const draw = drawGeneratorInputs(new Streams(44), plainCfg, plainCfg.teacher.dim, plainCfg.teacher.classes, k)
  const theta = mlpVariables(state.gen)
  const evaluate = (cfg: Config, imagesSeen: number) => {
    const fake = cfg.adversarial?.enabled ? mlpDiscriminator(state.fake, cfg.network.depth) : mlpDenoiser(state.fake)
    const g = generatorObjective(teacher.denoiser, fake, mlpDenoiser(state.gen), draw, k, cfg, imagesSeen)
    const { value, grads } = tf.variableGrads(g.objective, [...theta])
    const out = { value: value.dataSync()[0]!, grads: theta.map((v) => values(grads[v.name]!)), ...g.terms() }
    tf.dispose([value, ...Object.values(grads)])
    g.dispose()
    return out
  }
  const plain = evaluate(plainCfg, 0)
  const before = evaluate(sidaConfig({ gFreezeImages: 100, ganStartImages: 200 }), 200)
  assert.equal(before.value, plain.value, "imagesSeen = ganStartImages: still L_θ alone")
  assert.deepEqual(before.grads, plain.grads)
  assert.equal(before.lossTheta, plain.value)
  assert.ok(before.lossAdv > 0, "L_adv is computed for the log")
  for (const ganMix of [0.5, 0.25]) {
    const after = evaluate(sidaConfig({ gFreezeImages: 100, ganStartImages: 200, ganMix }), 201)
    assert.equal(after.lossTheta, plain.value)
    close(after.value, ganMix * after.lossTheta + (1 - ganMix) * after.lossAdv, 1e-6, `ganMix = ${ganMix}`)
    assert.ok(after.grads.some((g, i) => g.some((x, j) => x !== plain.grads[i]![j])), "L_adv changes θ's gradient")
  }
  disposeGeneratorDraw(draw)
  cleanup()
})

test("with the GAN off an `adversarial` block changes nothing, and a config without it decodes without the key", () => {
  const run = (cfg: Config) => {
    const { teacher, state, cleanup } = setup(cfg)
    const streams = new Streams(cfg.seed)
    const logs = [1, 2].map(() => sidIteration(teacher.denoiser, state, cfg, streams))
    const weights = [weightsOf(state.gen), weightsOf(state.fake)]
    const passes = state.cost.passes
    cleanup()
    return { logs, weights, passes }
  }
  const plain = smallConfig()
  assert.equal("adversarial" in plain, false)
  const off = smallConfig({ adversarial: { enabled: false, gFreezeImages: 0, lossScalingD: 5, discLayer: 1 } })
  const a = run(plain)
  assert.deepEqual(run(off), a)
  assert.ok(a.logs.every((l) => l.lossD === 0 && l.lossAdv === 0))
})

test("SiDa without real data is a clear error, raised before anything is allocated or trained", () => {
  const cfg = sidaConfig()
  const { teacher, state, cleanup } = setup(cfg)
  const live = tf.memory().numTensors
  assert.throws(() => sidIteration(teacher.denoiser, state, cfg, new Streams(0)), /adversarial\.enabled: SiDa needs paired real data \(§5\.4\)/)
  assert.equal(tf.memory().numTensors, live)
  assert.equal(state.iteration, 0)
  const wrong: RealData = (batch) => ({ x: tf.zeros([batch, 3]) as tf.Tensor2D, c: new Int32Array(batch) })
  assert.throws(() => sidIteration(teacher.denoiser, state, cfg, new Streams(0), wrong), /expected x \[32, 4\] and 32 prompts, got x \[32, 3\]/)
  assert.equal(tf.memory().numTensors, live)
  cleanup()
})

test("SiDa iterations are deterministic and leak no tensors in every phase (frozen, L_θ only, mixed)", () => {
  const run = () => {
    const cfg = sidaConfig({ gFreezeImages: 32, ganStartImages: 64, dWeight: "fourPlusSnr", discLayer: 1 })
    const { teacher, state, realData, cleanup } = setup(cfg)
    const streams = new Streams(cfg.seed)
    sidIteration(teacher.denoiser, state, cfg, streams, realData) // warm-up: lazily created tensors
    const before = tf.memory().numTensors
    const logs = [1, 2, 3].map(() => sidIteration(teacher.denoiser, state, cfg, streams, realData)) // imagesSeen 32, 64, 96
    const after = tf.memory().numTensors
    const weights = [weightsOf(state.gen), weightsOf(state.fake)]
    cleanup()
    return { before, after, logs, weights }
  }
  const a = run()
  assert.equal(a.after, a.before, "live tensors must not grow")
  assert.deepEqual(run(), a)
  assert.ok(a.logs.every((l) => [l.lossFake, l.lossGen, l.lossD, l.lossAdv].every(Number.isFinite)))
})

test("network passes count the real batch's encoder pass and the [∅; c] batch the logits need for κ ≠ 1", () => {
  const at = (guidance: object, k: number) => networkPasses(sidaConfig({}, { guidance }), k)
  assert.equal(at({}, 1), (1 + 1 + 1) + (1 + 1 + 1)) // fake: chain + ψ + real encoder; generator: chain + φ + ψ
  assert.equal(at({ kappa1: 0, kappa2: 0, kappa3: 0, kappa4: 1 }, 4), (4 + 2 + 1) + (4 + 1 + 2)) // Zero-CFG: conditional logits need the batch
  assert.equal(at({ kappa1: 1.5, kappa2: 1.5, kappa3: 1.5, kappa4: 1.5 }, 2), (2 + 2 + 1) + (2 + 2 + 2)) // LSG
})

test("GMM real pairs are exact samples of the TRUE mixture: prompts in range, images of the prompted class (§5.4)", () => {
  const cfg = sidaConfig()
  const { realData, teacher, cleanup } = setup(cfg)
  const streams = new Streams(7)
  const a = realData(300, streams)
  const b = realData(300, streams)
  assert.deepEqual(values(b.x), values(a.x), "a pure function of the streams")
  assert.ok(a.c.every((c) => c >= 0 && c < cfg.teacher.classes))
  assert.ok(new Set(a.c).size === cfg.teacher.classes, "every class is drawn")
  const posterior = classPosterior(teacher.truth, a.x.dataSync(), a.c)
  assert.ok(posterior.reduce((p, x) => p + x, 0) / posterior.length > 0.9, "x_real belongs to its prompt's class")
  assert.ok(maxAbs(a.x) > 0)
  tf.dispose([a.x, b.x])
  cleanup()
})
