/**
 * Service `Rng`: the counter-based random streams of a cell (architecture.md, "Rng"), seeded from the
 * run seed alone. Every draw is addressed by (stage, iteration, purpose), so a resumed run draws the same
 * numbers as an uninterrupted one.
 *
 * Not from the cell id: the cache key hashes the config, not the id, so two experiments' identical cells
 * share one result, and the result must not depend on which id computed it. A side effect is wanted:
 * cells of a sweep with the same seed draw the same z and t (common random numbers), so their differences
 * are the config's and not the noise's.
 */
import { Context, Layer } from "effect"
import { Streams } from "./internal/rng.ts"

export class Rng extends Context.Service<Rng, { readonly seed: number; readonly streams: Streams }>()("sid/stages/Rng") {
  /** Streams for one cell from its run seed; `purpose` separates unrelated uses (tests, prefit). */
  static readonly layer = (seed: number, purpose?: string) =>
    Layer.succeed(Rng, { seed, streams: new Streams(seed, purpose === undefined ? [] : [purpose]) })
}
