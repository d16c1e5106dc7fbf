/**
 * Which source file implements each stage: the entry points of a cell's code closure (CacheKey.ts).
 * The compiler never imports stages; it only reads these files. Add a stage here when `dsl/Experiment.ts`
 * gains one, so its code is hashed into the keys of the cells that run it.
 */
import type { StageName } from "../Experiment.ts"

/** Stage → entry file, relative to the project root. */
export const stageFiles: { readonly [S in StageName]: string } = {
  teacherLoad: "stages/TeacherLoad.ts",
  prefit: "stages/Prefit.ts",
  autoencoderTrain: "stages/AutoencoderTrain.ts",
  teacherTrain: "stages/TeacherTrain.ts",
  evaluatorTrain: "stages/EvaluatorTrain.ts",
  // the training loop (checkpoints, evaluation schedule) lives in Pipeline.ts, which imports Train.ts
  train: "stages/Pipeline.ts",
  evaluate: "stages/Evaluate.ts"
}

/**
 * The tensor packages whose versions enter every cache key: tfjs-core and every backend package that is
 * installed (mirrors `backendPackages` in stages/TensorBackend.ts, which the compiler may not import).
 */
export const tensorPackages: ReadonlyArray<string> = [
  "@tensorflow/tfjs-core",
  "@tensorflow/tfjs-node-gpu",
  "@tensorflow/tfjs-node",
  "@tensorflow/tfjs-backend-wasm",
  "@tensorflow/tfjs-backend-cpu"
]
