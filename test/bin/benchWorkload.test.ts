/**
 * --kernels' accounting of the native network passes (bin/bench-workload.ts `fusedPassFlops`): the
 * products denoiser.h runs in one forward or backward call, counted from the layer shapes alone.
 */
import assert from "node:assert/strict"
import { test } from "node:test"
import { fusedPassFlops, pairedShares } from "../../bin/bench-workload.ts"

// the bench-mlp network: D = 64, embedding E = 128 (input 64 + 2·128 = 320), 4 × 512, output 64
const widths: Array<[number, number]> = [[320, 512], [512, 512], [512, 512], [512, 512], [512, 64]]
const layers = Object.fromEntries(widths.flatMap(([i, o], l) => [[`W${l}`, { shape: [i, o] }], [`b${l}`, { shape: [o] }]]))
const inputs = (first: "xT" | "dy", batch: number) => ({ ...layers, [first]: { shape: [batch, 64] } }) as never
const attrs = (mode: 0 | 2, weights?: boolean) => ({ count: 5, mode, dim: 64, embedding: 128, ...(weights === undefined ? {} : { weights }) })
const perRow = 2 * widths.reduce((s, [i, o]) => s + i * o, 0)

test("forward: every layer on B rows, 2B under CFG", () => {
  assert.deepEqual(fusedPassFlops("SidlabMlp", inputs("xT", 256), attrs(0)), { key: "SidlabMlp R=256 320→512→512→512→512→64", flop: 256 * perRow })
  assert.equal(fusedPassFlops("SidlabMlp", inputs("xT", 256), attrs(2))!.flop, 512 * perRow)
})

test("backward: layer 0's input gradient only on x_t's columns (and the embedding's when the weights train), dW when they train", () => {
  const inputGrads = (cols: number) => 2 * 512 * (cols * 512 + 3 * 512 * 512 + 512 * 64)
  assert.deepEqual(fusedPassFlops("SidlabMlpGrad", inputs("dy", 256), attrs(2, false)), { key: "SidlabMlpGrad R=512", flop: inputGrads(64) })
  assert.deepEqual(fusedPassFlops("SidlabMlpGrad", inputs("dy", 256), attrs(2, true)), { key: "SidlabMlpGrad R=512 +dW", flop: inputGrads(64 + 128) + 512 * perRow })
})

test("other kernels are not passes", () => {
  assert.equal(fusedPassFlops("BatchMatMul", inputs("xT", 4), attrs(0)), undefined)
})

test("paired shares: each run over the mean of the peaks sampled before and after it", () => {
  assert.deepEqual(pairedShares([50, 90], [100, 100, 200]), [0.5, 0.6])
  assert.deepEqual(pairedShares([], [120]), [])
})
