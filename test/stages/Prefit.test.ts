/** The prefit regression makes an `mlp` a copy of the analytic teacher (ψ, θ start from it). */
import { before, test } from "node:test"
import assert from "node:assert/strict"
import { tf } from "../../stages/internal/tf.ts"
import { disposeMlp } from "../../stages/internal/mlp.ts"
import { Streams } from "../../stages/internal/rng.ts"
import { PrefitDiverged, prefitMlp } from "../../stages/Prefit.ts"
import { loadTeacher } from "../../stages/TeacherLoad.ts"
import { smallConfig, useWasm } from "../support.ts"

before(useWasm)

test("the regression loss falls well below its starting value, without leaking tensors", () => {
  const cfg = smallConfig({ prefit: { iterations: 150, batch: 64, lr: 3e-3 } })
  const teacher = loadTeacher(cfg.teacher)
  const losses: Array<number> = []
  const live = tf.memory().numTensors
  const { net, loss } = prefitMlp(teacher.denoiser, teacher.modelled, cfg.network, cfg.prefit, new Streams(1), (p) => losses.push(p.loss))
  assert.ok(losses.length >= 2)
  assert.ok(loss < 0.5 * losses[0]!, `loss went from ${losses[0]} to ${loss}`)
  disposeMlp(net)
  assert.equal(tf.memory().numTensors, live)
  teacher.dispose()
})

test("a diverging regression fails with the iteration and the block to change, without leaking tensors", () => {
  for (const lr of [1e30, 1e3]) {
    const cfg = smallConfig({ prefit: { iterations: 100, batch: 32, lr } })
    const teacher = loadTeacher(cfg.teacher)
    const live = tf.memory().numTensors
    assert.throws(
      () => prefitMlp(teacher.denoiser, teacher.modelled, cfg.network, cfg.prefit, new Streams(1)),
      (e: unknown) => e instanceof PrefitDiverged && e.iteration >= 1 && /prefit diverged at iteration \d+: .*lower prefit\.lr/.test(e.message),
      `lr ${lr}`
    )
    assert.equal(tf.memory().numTensors, live)
    teacher.dispose()
  }
})
