/** Test helpers shared by the stage tests: the wasm backend, small configs, tensor comparisons. */
import { Effect } from "effect"
import { decodeCellConfig, type CellConfig, type CellConfigInput } from "../dsl/Hyperparams.ts"
import { initBackend } from "../stages/TensorBackend.ts"
import { tf } from "../stages/internal/tf.ts"

/** Selects the wasm backend once (the default backend of this machine, and deterministic). */
export const useWasm = (): Promise<unknown> => Effect.runPromise(initBackend({ name: "wasm", reason: "tests" }))

/** A small, fast cell config; `over` replaces whole blocks. */
export const smallConfig = (over: Partial<Record<keyof CellConfigInput, unknown>> = {}): CellConfig =>
  decodeCellConfig({
    teacher: { kind: "gmm", dim: 4, classes: 3, componentsPerClass: 2 },
    network: { hidden: 32, depth: 2, embedding: 16 },
    prefit: { iterations: 20, batch: 64 },
    optimizer: { batch: 32 },
    evaluation: { samplesPerClass: 40 },
    budget: { iterations: 4, checkpointEvery: 2 },
    ...over
  })

export const maxAbsDiff = (a: tf.Tensor, b: tf.Tensor): number => {
  const x = a.dataSync()
  const y = b.dataSync()
  let m = 0
  for (let i = 0; i < x.length; i++) m = Math.max(m, Math.abs(x[i]! - y[i]!))
  return m
}

export const maxAbs = (a: tf.Tensor): number => Array.from(a.dataSync()).reduce((p, v) => Math.max(p, Math.abs(v)), 0)
