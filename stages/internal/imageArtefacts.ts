/**
 * The stored form of the image path's networks (README, "Real data"): autoencoder, evaluator and learned teacher
 * weights as named arrays plus the metadata their loaders need, and back.
 */
import { Schema } from "effect"
import { type Checkpoint, checkpointMeta, type NamedArray } from "../CheckpointStore.ts"
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

const AutoencoderMeta = Schema.Struct({ latentDim: Schema.Number, hidden: Schema.Number, layers: Schema.Number, loss: Schema.Number })
const ClassifierMeta = Schema.Struct({ hidden: Schema.Array(Schema.Number), layers: Schema.Number, loss: Schema.Number })

/** The autoencoder's weights; stored weights that do not fit throw IncompatibleState naming the file. */
export const autoencoderFromCheckpoint = (ckpt: Checkpoint): AutoencoderWeights => {
  const m = checkpointMeta(ckpt, AutoencoderMeta, "autoencoder weights")
  const get = arraysByName(ckpt, "autoencoder")
  return { ...unnamed(ckpt, "ae", m.layers, "autoencoder"), latentDim: m.latentDim, hidden: m.hidden, latentMean: get("latentMean").data, latentStd: get("latentStd").data, loss: m.loss }
}

export const classifierArrays = (w: ClassifierWeights): { arrays: ReadonlyArray<NamedArray>; meta: Record<string, unknown> } => ({
  arrays: named("evaluator", w),
  meta: { hidden: [...w.hidden], layers: w.arrays.length, loss: w.loss }
})

/** The evaluator's weights; stored weights that do not fit throw IncompatibleState naming the file. */
export const classifierFromCheckpoint = (ckpt: Checkpoint): ClassifierWeights => {
  const m = checkpointMeta(ckpt, ClassifierMeta, "evaluator weights")
  return { ...unnamed(ckpt, "evaluator", m.layers, "evaluator"), hidden: m.hidden, loss: m.loss }
}

/** A learned teacher's `mlp` weights (mlpToArrays order), stored like prefit weights ("phi/i"). */
export const teacherWeightsFromCheckpoint = (ckpt: Checkpoint): ReadonlyArray<Float32Array> =>
  ckpt.arrays.filter((a) => a.name.startsWith("phi/")).sort((a, b) => Number(a.name.slice(4)) - Number(b.name.slice(4))).map((a) => a.data)
