/** The Fashion-MNIST splits as an Effect with a tagged error, and class-ordered picks for sample grids. */
import { Effect } from "effect"
import { type FmnistData, FmnistMissing, FmnistCorrupt, FMNIST_PIXELS, loadFmnist, type FmnistSplit } from "./fmnist.ts"

/** The first `limit` images of a split; a missing or corrupt data set fails with its tagged error. */
export const loadSplit = (split: FmnistSplit, limit: number): Effect.Effect<FmnistData, FmnistMissing | FmnistCorrupt> =>
  Effect.try({
    try: () => loadFmnist(split, { limit }),
    catch: (e) => (e instanceof FmnistMissing || e instanceof FmnistCorrupt ? e : new FmnistCorrupt({ path: split, detail: String(e) }))
  })

/** The first `perClass` images of each class 0..9, class-major (what the grids show). */
export const firstPerClass = (data: FmnistData, perClass: number): Float32Array => {
  const out = new Float32Array(10 * perClass * FMNIST_PIXELS)
  const count = new Int32Array(10)
  for (let i = 0; i < data.n; i++) {
    const c = data.labels[i]!
    if (count[c]! >= perClass) continue
    out.set(data.images.subarray(i * FMNIST_PIXELS, (i + 1) * FMNIST_PIXELS), (c * perClass + count[c]!) * FMNIST_PIXELS)
    count[c]! += 1
  }
  return out
}
