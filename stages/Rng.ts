/**
 * Service `Rng`: the counter-based random streams of a cell (architecture.md, "Rng"), seeded from
 * (run seed, cell id). Every draw is addressed by (stage, iteration, purpose), so a resumed run draws
 * the same numbers as an uninterrupted one.
 */
import { Context, Layer } from "effect"
import { Streams } from "./internal/rng.ts"

export class Rng extends Context.Service<Rng, { readonly seed: number; readonly streams: Streams }>()("sid/stages/Rng") {
  /** Streams for one cell: `seed` is the cell's run seed, `cellId` separates cells sharing a seed. */
  static readonly layer = (seed: number, cellId = "") =>
    Layer.succeed(Rng, { seed, streams: new Streams(seed, cellId === "" ? [] : [cellId]) })
}
