/**
 * What the training stage of a dependency cell (autoencoder, learned teacher, evaluator: the image path)
 * produces: named weight arrays to store, JSON metadata the loader needs, the numbers it reports
 * (reconstruction error, test accuracy, parameter count, ...) and optional grey images (sample grids).
 */
import { type Checkpoint, describeCheckpoint, IncompatibleState, type NamedArray } from "../CheckpointStore.ts"
import type { GreyImage } from "./imageGrid.ts"

export type { GreyImage } from "./imageGrid.ts"

export interface Artefact {
  readonly arrays: ReadonlyArray<NamedArray>
  readonly meta: Readonly<Record<string, unknown>>
  /** Reported in the cell's manifest (and printed by sidlab run). */
  readonly report: Readonly<Record<string, number>>
  /** File name (without .png) → image, written next to the weights. */
  readonly images?: Readonly<Record<string, GreyImage>>
}

/** An artefact as stored: the checkpoint file format with the report folded into its meta. */
export const artefactCheckpoint = (a: Artefact): Checkpoint => ({ meta: { ...a.meta, report: a.report }, arrays: a.arrays })

/** Arrays by name; a missing one is IncompatibleState naming the file. */
export const arraysByName = (ckpt: Checkpoint, what: string): ((name: string) => NamedArray) => {
  const byName = new Map(ckpt.arrays.map((a) => [a.name, a]))
  return (name) => {
    const a = byName.get(name)
    if (a === undefined) {
      throw new IncompatibleState({ what: describeCheckpoint(`${what} weights`, ckpt), detail: `they have no array "${name}" (only ${[...byName.keys()].slice(0, 6).join(", ")}…)` })
    }
    return a
  }
}
