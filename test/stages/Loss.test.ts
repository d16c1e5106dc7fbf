/** Invariants of the SiD losses (method.md §3, §4.1, Appendix A). */
import { before, test } from "node:test"
import assert from "node:assert/strict"
import { tf } from "../../stages/internal/tf.ts"
import { cfg, mlpDenoiser } from "../../stages/internal/denoiser.ts"
import { cloneMlp, disposeMlp, initMlp, mlpVariables } from "../../stages/internal/mlp.ts"
import { Streams } from "../../stages/internal/rng.ts"
import { diffuse, disposeNoisy, normalTensor } from "../../stages/Diffuse.ts"
import { fakeScoreLoss, finiteRows, generatorLoss, stopGradient } from "../../stages/Loss.ts"
import { maxAbs, maxAbsDiff, useWasm } from "../support.ts"

// Reference formulas the tests hold L_θ against (not used by training)

/** The authors' code form for κ2 = κ3 (S1 `sid_training_loop.py`): w·Σ (y_φ − y_ψ) ⊙ [(y_φ − x_g) − α(y_φ − y_ψ)]. */
const generatorLossCodeForm = (
  yReal: tf.Tensor2D,
  yFake: tf.Tensor2D,
  xG: tf.Tensor2D,
  w: tf.Tensor1D,
  alpha: number
): tf.Tensor1D =>
  tf.tidy(() => {
    const diff = tf.sub(yReal, yFake)
    return tf.mul(w, tf.sum(tf.mul(diff, tf.sub(tf.sub(yReal, xG), tf.mul(alpha, diff))), 1)) as tf.Tensor1D
  })

/** The α = 1 short form w·(y_φ − y_ψ)ᵀ(y_ψ − x_g) that the code switches to at α = 1. */
const generatorLossShortForm = (
  yReal: tf.Tensor2D,
  yFake: tf.Tensor2D,
  xG: tf.Tensor2D,
  w: tf.Tensor1D
): tf.Tensor1D =>
  tf.tidy(() => tf.mul(w, tf.sum(tf.mul(tf.sub(yReal, yFake), tf.sub(yFake, xG)), 1)) as tf.Tensor1D)

before(useWasm)

const shape = { dim: 4, classes: 3, hidden: 24, depth: 2, embedding: 8 }
const B = 16
const streams = new Streams(11)

/** A batch x_t built from a trainable "generator output" x_g so gradients w.r.t. x_g can be taken. */
const setup = () => {
  const phi = initMlp(shape, streams, "phi", false)
  const psi = cloneMlp(phi, "psi")
  const xG = tf.variable(normalTensor(streams.stream("xg"), B, shape.dim), true)
  const eps = normalTensor(streams.stream("eps"), B, shape.dim)
  const t = streams.stream("t").ints(B, 20, 980)
  const c = tf.tensor1d(streams.stream("c").ints(B, 0, shape.classes), "int32")
  return { phi, psi, xG, eps, t, c }
}

const lossOptions = { alpha: 1, kappa2: 1, kappa3: 1, kappa4: 1, weightFloor: 1e-5, lossScalingG: 1 }

test("ψ = φ and κ2 = κ3 = κ4 ⇒ L_θ is exactly zero and its gradient zero to round-off (Appendix A.1)", () => {
  const { phi, psi, xG, eps, t, c } = setup()
  for (const kappa of [1, 0, 1.5, -0.5]) {
    for (const alpha of [1, 1.2]) {
      const o = { ...lossOptions, alpha, kappa2: kappa, kappa3: kappa, kappa4: kappa }
      const { value, grads } = tf.variableGrads(() => {
        const noisy = diffuse(xG, eps, t, c)
        return generatorLoss(mlpDenoiser(phi), mlpDenoiser(psi), xG, noisy, o).loss
      }, [xG])
      assert.equal(value.dataSync()[0], 0, `κ=${kappa}, α=${alpha}: loss`)
      // zero up to float32 round-off: the tape sums the teacher's and the fake's equal and opposite terms
      assert.ok(maxAbs(grads[xG.name]!) < 1e-6, `κ=${kappa}, α=${alpha}: gradient ${maxAbs(grads[xG.name]!)}`)
      tf.dispose([value, ...Object.values(grads)])
    }
  }
  // once ψ differs, both become non-zero: the test above is not vacuous
  mlpVariables(psi)[1]!.assign(tf.add(mlpVariables(psi)[1]!, 0.05))
  const { value, grads } = tf.variableGrads(() => {
    const noisy = diffuse(xG, eps, t, c)
    return generatorLoss(mlpDenoiser(phi), mlpDenoiser(psi), xG, noisy, lossOptions).loss
  }, [xG])
  assert.notEqual(value.dataSync()[0], 0)
  assert.ok(maxAbs(grads[xG.name]!) > 1e-3)
  disposeMlp(phi)
  disposeMlp(psi)
})

test("the α = 1 short form, the code's form and the general form agree (Appendix A.2)", () => {
  const s = streams.child("forms")
  const [yReal, yFake, xG] = ["r", "f", "x"].map((k) => normalTensor(s.stream(k), B, 5)) as [tf.Tensor2D, tf.Tensor2D, tf.Tensor2D]
  const w = tf.tensor1d(s.stream("w").uniforms(B))
  const general = (alpha: number) =>
    tf.tidy(() => {
      const diff = tf.sub(yReal, yFake)
      return tf.mul(w, tf.add(tf.mul(1 - alpha, tf.sum(tf.square(diff), 1)), tf.sum(tf.mul(diff, tf.sub(yFake, xG)), 1)))
    })
  assert.ok(maxAbsDiff(generatorLossShortForm(yReal, yFake, xG, w), generatorLossCodeForm(yReal, yFake, xG, w, 1)) < 1e-5)
  for (const alpha of [0, 0.5, 1, 1.2]) {
    assert.ok(maxAbsDiff(generatorLossCodeForm(yReal, yFake, xG, w, alpha), general(alpha)) < 1e-4, `α=${alpha}`)
  }
})

test("generatorLoss equals the code's per-sample form with w = 1/max(mean|x_g − y_φ|, floor)", () => {
  const { phi, psi, xG, eps, t, c } = setup()
  mlpVariables(psi)[2]!.assign(tf.mul(mlpVariables(psi)[2]!, 1.1))
  for (const alpha of [1, 1.2]) {
    const noisy = diffuse(xG, eps, t, c)
    const yReal = mlpDenoiser(phi).x0(noisy)
    const yFake = mlpDenoiser(psi).x0(noisy)
    const w = tf.tidy(() => tf.div(1, tf.maximum(tf.mean(tf.abs(tf.sub(xG, yReal)), 1), 1e-5))) as tf.Tensor1D
    const expected = tf.mean(generatorLossCodeForm(yReal, yFake, xG, w, alpha)).dataSync()[0]!
    const terms = generatorLoss(mlpDenoiser(phi), mlpDenoiser(psi), xG, noisy, { ...lossOptions, alpha })
    assert.ok(Math.abs(terms.loss.dataSync()[0]! - expected) < 1e-4 * Math.max(1, Math.abs(expected)))
    assert.ok(maxAbsDiff(terms.weight, w) < 1e-4)
    tf.dispose([yReal, yFake, w, terms.loss, terms.weight])
    disposeNoisy(noisy)
  }
})

test("w carries no gradient, while y_φ and y_ψ do (§4.1 gradient flow)", () => {
  const x = tf.variable(tf.tensor1d([1.5, -2, 0.5]))
  const g = tf.variableGrads(() => tf.sum(tf.mul(stopGradient(x), x)) as tf.Scalar, [x]).grads[x.name]!
  assert.deepEqual(Array.from(g.dataSync()), [1.5, -2, 0.5]) // d/dx [sg(x)·x] = sg(x)

  // Gradient w.r.t. x_g through the frozen networks: with the teacher detached by hand the result must differ.
  const { phi, psi, xG, eps, t, c } = setup()
  mlpVariables(psi)[1]!.assign(tf.add(mlpVariables(psi)[1]!, 0.1))
  const full = tf.variableGrads(() => generatorLoss(mlpDenoiser(phi), mlpDenoiser(psi), xG, diffuse(xG, eps, t, c), lossOptions).loss, [xG]).grads[xG.name]!
  const detachedTeacher = {
    ...mlpDenoiser(phi),
    x0: (b: Parameters<ReturnType<typeof mlpDenoiser>["x0"]>[0]) => stopGradient(mlpDenoiser(phi).x0(b))
  }
  const partial = tf.variableGrads(() => generatorLoss(detachedTeacher, mlpDenoiser(psi), xG, diffuse(xG, eps, t, c), lossOptions).loss, [xG]).grads[xG.name]!
  assert.ok(maxAbsDiff(full, partial) > 1e-6, "the teacher must be differentiated w.r.t. its input")
})

test("L_ψ is the ε-MSE summed over elements and averaged over the batch; κ1 = 1 needs one pass", () => {
  const { psi, xG, eps, t, c } = setup()
  const noisy = diffuse(xG, eps, t, c)
  const den = mlpDenoiser(psi)
  const epsHat = den.eps(noisy)
  const manual = tf.tidy(() => tf.div(tf.sum(tf.square(tf.sub(epsHat, eps))), B)).dataSync()[0]!
  assert.ok(Math.abs(fakeScoreLoss(den, noisy, eps, 1, 1).dataSync()[0]! - manual) < 1e-4 * manual)
  assert.ok(Math.abs(fakeScoreLoss(den, noisy, eps, 1, 3).dataSync()[0]! - 3 * manual) < 3e-4 * manual)
  // κ1 = 0 trains the unconditional pass only
  const uncond = tf.tidy(() => {
    const null_ = tf.fill([B], shape.classes, "int32") as tf.Tensor1D
    const e = den.eps({ ...noisy, c: null_ })
    return tf.div(tf.sum(tf.square(tf.sub(e, eps))), B)
  }).dataSync()[0]!
  assert.ok(Math.abs(fakeScoreLoss(den, noisy, eps, 0, 1).dataSync()[0]! - uncond) < 1e-4 * uncond)
})

test("CFG combines [uncond; cond] as out(∅) + κ·(out(c) − out(∅))", () => {
  const { phi, xG, eps, t, c } = setup()
  const noisy = diffuse(xG, eps, t, c)
  const den = mlpDenoiser(phi)
  const u = den.x0({ ...noisy, c: tf.fill([B], shape.classes, "int32") as tf.Tensor1D })
  const k = den.x0(noisy)
  const expected = tf.add(u, tf.mul(2.5, tf.sub(k, u)))
  assert.ok(maxAbsDiff(cfg(den, noisy, 2.5, "x0"), expected) < 1e-4)
  // CFG in ε-space equals CFG in x0-space (affine conversion, §1.1)
  const viaEps = tf.tidy(() => tf.div(tf.sub(noisy.xT, tf.mul(tf.expandDims(noisy.s, 1), cfg(den, noisy, 2.5, "eps"))), tf.expandDims(noisy.a, 1)))
  assert.ok(maxAbsDiff(viaEps, expected) < 1e-3)
})

test("NaN samples are dropped from the loss instead of poisoning it", () => {
  const good = tf.tensor2d([[1, 2], [3, 4], [5, 6]])
  const bad = tf.tensor2d([[1, 2], [NaN, 4], [5, Infinity]])
  assert.deepEqual(Array.from(finiteRows(good, bad).dataSync()), [1, 0, 0])
})
