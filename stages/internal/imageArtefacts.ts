/**
 * The stored form of the image path's networks (issue 7): autoencoder, evaluator and learned teacher
 * weights as named arrays plus the metadata their loaders need, and back.
 */
import type { Checkpoint, NamedArray } from "../CheckpointStore.ts"
import { arraysByName } from "./artefact.ts"
import type { AutoencoderWeights } from "./autoencoder.ts"
import type { ClassifierWeights } from "./classifier.ts"
import type { DenseArrays } from "./dense.ts"

const named = (prefix: string, w: DenseArrays): ReadonlyArray<NamedArray> =>
  w.arrays.map((data, i) => ({ name: `${prefix}/${i}`, shape: w.shapes[i]!, data }))

const unnamed = (ckpt: Checkpoint, prefix: string, count: number, what: string): DenseArrays => {
  const get = arraysByName(ckpt, what)
  const arrays = Array.from({ length: count }, (_, i) => get(`${prefix}/${i}`))
  return { arrays: arrays.map((a) => a.data), shapes: arrays.map((a) => a.shape) }
}

export const autoencoderArrays = (w: AutoencoderWeights): { arrays: ReadonlyArray<NamedArray>; meta: Record<string, unknown> } => ({
  arrays: [...named("ae", w), { name: "latentMean", shape: [w.latentDim], data: w.latentMean }, { name: "latentStd", shape: [w.latentDim], data: w.latentStd }],
  meta: { latentDim: w.latentDim, hidden: w.hidden, layers: w.arrays.length, loss: w.loss }
})

export const autoencoderFromCheckpoint = (ckpt: Checkpoint): AutoencoderWeights => {
  const m = ckpt.meta as { latentDim: number; hidden: number; layers: number; loss: number }
  const get = arraysByName(ckpt, "autoencoder")
  return { ...unnamed(ckpt, "ae", m.layers, "autoencoder"), latentDim: m.latentDim, hidden: m.hidden, latentMean: get("latentMean").data, latentStd: get("latentStd").data, loss: m.loss }
}

export const classifierArrays = (w: ClassifierWeights): { arrays: ReadonlyArray<NamedArray>; meta: Record<string, unknown> } => ({
  arrays: named("evaluator", w),
  meta: { hidden: [...w.hidden], layers: w.arrays.length, loss: w.loss }
})

export const classifierFromCheckpoint = (ckpt: Checkpoint): ClassifierWeights => {
  const m = ckpt.meta as { hidden: ReadonlyArray<number>; layers: number; loss: number }
  return { ...unnamed(ckpt, "evaluator", m.layers, "evaluator"), hidden: m.hidden, loss: m.loss }
}

/** A learned teacher's `mlp` weights (mlpToArrays order), stored like prefit weights ("phi/i"). */
export const teacherWeightsFromCheckpoint = (ckpt: Checkpoint): ReadonlyArray<Float32Array> =>
  ckpt.arrays.filter((a) => a.name.startsWith("phi/")).sort((a, b) => Number(a.name.slice(4)) - Number(b.name.slice(4))).map((a) => a.data)
