/**
 * Stage "teacher load": builds the teacher φ of a cell (architecture.md, stage 1). The `gmm` teacher is
 * the exact mixture of sid-algorithm.md Appendix C, optionally imperfect on purpose; metrics always use
 * the TRUE mixture, so the teacher's own error stays measurable.
 */
import { tf } from "./internal/tf.ts"
import { Effect } from "effect"
import type { CellConfig, Teacher } from "../dsl/Hyperparams.ts"
import { gmmDenoiser, type Denoiser } from "./internal/denoiser.ts"
import { disposeMixtureTensors, mixtureTensors, teacherMixture, trueMixture, type Mixture } from "./internal/gmm.ts"

export interface LoadedTeacher {
  readonly denoiser: Denoiser
  /** The distribution the teacher was made to model (what metrics compare against). */
  readonly truth: Mixture
  /** The distribution the teacher actually denoises (differs when imperfect on purpose). */
  readonly modelled: Mixture
  readonly dispose: () => void
}

/** Loads an analytic teacher; the returned handle owns its tensors. */
export const loadTeacher = (cfg: Teacher): LoadedTeacher => {
  const truth = trueMixture(cfg)
  const modelled = teacherMixture(cfg)
  const tensors = mixtureTensors(modelled)
  return {
    denoiser: gmmDenoiser(tensors),
    truth,
    modelled,
    dispose: () => disposeMixtureTensors(tensors)
  }
}

/** Teacher load as an Effect, scoped: the teacher's tensors are freed when the scope closes. */
export const acquireTeacher = (cfg: CellConfig) =>
  Effect.acquireRelease(Effect.sync(() => loadTeacher(cfg.teacher)), (t) => Effect.sync(() => t.dispose()))

/** Live tensor count, for leak checks around a stage. */
export const liveTensors = (): number => tf.memory().numTensors
