/**
 * Fashion-MNIST, the real image data of the latent path (architecture.md, "teacher load": Fashion-MNIST
 * latents; method.md §5.4 "how real data enters"). Reads the gzip IDX files of Debian's
 * `dataset-fashion-mnist` package (platform-notes.md) from `SIDLAB_FMNIST_DIR` or
 * `/usr/share/datasets/fashion-mnist/`; class names are the prompts.
 *
 * IDX (LeCun's format): big-endian u32 magic 0x00000803 (u8, 3 dims) for images, 0x00000801 for labels,
 * then one big-endian u32 per dimension, then the bytes. Decoded splits are cached per process.
 * Also the shuffled mini-batch schedule every trainer on this data uses.
 */
import { Schema } from "effect"
import { existsSync, readFileSync } from "node:fs"
import { join } from "node:path"
import { gunzipSync } from "node:zlib"
import type { Streams } from "./rng.ts"

/** The ten classes, in label order. */
export const FMNIST_CLASSES = [
  "T-shirt/top",
  "Trouser",
  "Pullover",
  "Dress",
  "Coat",
  "Sandal",
  "Shirt",
  "Sneaker",
  "Bag",
  "Ankle boot"
] as const

export const FMNIST_SIDE = 28
export const FMNIST_PIXELS = FMNIST_SIDE * FMNIST_SIDE
export const FMNIST_DEFAULT_DIR = "/usr/share/datasets/fashion-mnist"
export const FMNIST_DIR_ENV = "SIDLAB_FMNIST_DIR"

export type FmnistSplit = "train" | "test"

export interface FmnistData {
  /** n × 784 row-major, pixel/255 ∈ [0, 1]. Shared with the cache: do not write into it. */
  readonly images: Float32Array
  /** n labels in 0..9. */
  readonly labels: Int32Array
  readonly n: number
}

//---- errors

/** The data set is not where it is looked for. */
export class FmnistMissing extends Schema.TaggedError<FmnistMissing>()("FmnistMissing", {
  path: Schema.String
}) {
  override get message() {
    return `Fashion-MNIST not found: ${this.path} does not exist. Install it with ` +
      `\`apt-get install dataset-fashion-mnist\` (files in ${FMNIST_DEFAULT_DIR}/), or set ${FMNIST_DIR_ENV} to a ` +
      `directory holding train-images-idx3-ubyte.gz, train-labels-idx1-ubyte.gz, t10k-images-idx3-ubyte.gz ` +
      `and t10k-labels-idx1-ubyte.gz`
  }
}

/** A file is there but is not a valid (gzip) IDX file of the expected kind and size. */
export class FmnistCorrupt extends Schema.TaggedError<FmnistCorrupt>()("FmnistCorrupt", {
  path: Schema.String,
  detail: Schema.String
}) {
  override get message() {
    return `Fashion-MNIST file ${this.path} is corrupt (${this.detail}); reinstall dataset-fashion-mnist or fix ${FMNIST_DIR_ENV}`
  }
}

//---- loading

const FILES: Record<FmnistSplit, { images: string; labels: string }> = {
  train: { images: "train-images-idx3-ubyte.gz", labels: "train-labels-idx1-ubyte.gz" },
  test: { images: "t10k-images-idx3-ubyte.gz", labels: "t10k-labels-idx1-ubyte.gz" }
}

/** The directory the data is read from: `options.dir`, else `SIDLAB_FMNIST_DIR`, else the Debian path. */
export const fmnistDir = (dir?: string): string => dir ?? process.env[FMNIST_DIR_ENV] ?? FMNIST_DEFAULT_DIR

/** Raw bytes of one split, validated; decoded once per (path, split) and process. */
interface RawSplit {
  readonly pixels: Uint8Array
  readonly labels: Uint8Array
  readonly n: number
}
const rawCache = new Map<string, RawSplit>()
const decodedCache = new Map<string, FmnistData>()

/**
 * One split of Fashion-MNIST (the first `limit` examples when given). Throws `FmnistMissing` or
 * `FmnistCorrupt`, both naming the path. The arrays are cached: callers must not modify them.
 */
export const loadFmnist = (split: FmnistSplit, options?: { readonly limit?: number; readonly dir?: string }): FmnistData => {
  const dir = fmnistDir(options?.dir)
  const raw = loadRaw(dir, split)
  const limit = options?.limit
  if (limit !== undefined && !(Number.isInteger(limit) && limit >= 0)) {
    throw new RangeError(`loadFmnist: limit must be a non-negative integer, got ${limit}`)
  }
  const n = Math.min(limit ?? raw.n, raw.n)
  const key = `${dir}\u0000${split}\u0000${n}`
  const hit = decodedCache.get(key)
  if (hit) return hit
  const images = new Float32Array(n * FMNIST_PIXELS)
  for (let i = 0; i < images.length; i++) images[i] = raw.pixels[i]! / 255
  const labels = Int32Array.from(raw.labels.subarray(0, n))
  const data = { images, labels, n }
  decodedCache.set(key, data)
  return data
}

const loadRaw = (dir: string, split: FmnistSplit): RawSplit => {
  const key = `${dir}\u0000${split}`
  const hit = rawCache.get(key)
  if (hit) return hit
  if (!existsSync(dir)) throw new FmnistMissing({ path: dir })
  const imagesPath = join(dir, FILES[split].images)
  const labelsPath = join(dir, FILES[split].labels)
  const images = readIdx(imagesPath, 0x00000803, 3)
  const labels = readIdx(labelsPath, 0x00000801, 1)
  const [n, rows, cols] = images.dims as [number, number, number]
  if (rows !== FMNIST_SIDE || cols !== FMNIST_SIDE) {
    throw new FmnistCorrupt({ path: imagesPath, detail: `images are ${rows}×${cols}, expected 28×28` })
  }
  if (labels.dims[0] !== n) {
    throw new FmnistCorrupt({ path: labelsPath, detail: `${labels.dims[0]} labels for ${n} images in ${imagesPath}` })
  }
  const bad = labels.data.findIndex((l) => l > 9)
  if (bad >= 0) throw new FmnistCorrupt({ path: labelsPath, detail: `label ${labels.data[bad]} at index ${bad} is not in 0..9` })
  const raw = { pixels: images.data, labels: labels.data, n }
  rawCache.set(key, raw)
  return raw
}

/** Reads a gzip IDX file of unsigned bytes and checks its magic number and length. */
const readIdx = (path: string, magic: number, rank: number): { dims: ReadonlyArray<number>; data: Uint8Array } => {
  if (!existsSync(path)) throw new FmnistMissing({ path })
  let bytes: Buffer
  try {
    bytes = gunzipSync(readFileSync(path))
  } catch (e) {
    throw new FmnistCorrupt({ path, detail: `not a readable gzip file: ${(e as Error).message}` })
  }
  const header = 4 + 4 * rank
  if (bytes.byteLength < header) throw new FmnistCorrupt({ path, detail: `${bytes.byteLength} bytes, shorter than the IDX header` })
  const found = bytes.readUInt32BE(0)
  if (found !== magic) {
    throw new FmnistCorrupt({ path, detail: `IDX magic 0x${found.toString(16).padStart(8, "0")}, expected 0x${magic.toString(16).padStart(8, "0")}` })
  }
  const dims = Array.from({ length: rank }, (_, i) => bytes.readUInt32BE(4 + 4 * i))
  const size = dims.reduce((p, x) => p * x, 1)
  if (bytes.byteLength - header !== size) {
    throw new FmnistCorrupt({ path, detail: `header [${dims.join("×")}] needs ${size} data bytes, found ${bytes.byteLength - header}` })
  }
  return { dims, data: new Uint8Array(bytes.buffer, bytes.byteOffset + header, size) }
}

//---- mini-batches

/**
 * Row indices of mini-batch `iteration`: epochs of shuffled rows, each epoch a Fisher–Yates permutation
 * from stream (key, "epoch", e), so batch i is a pure function of (seed, i) and a resumed run sees the
 * same batches. An epoch is ⌊n / batch⌋ batches (the remainder waits for the next shuffle).
 */
export const minibatchIndices = (streams: Streams, key: string, iteration: number, n: number, batch: number): Int32Array => {
  if (batch > n) throw new RangeError(`minibatchIndices: batch ${batch} is larger than the data set (${n} rows)`)
  const perEpoch = Math.floor(n / batch)
  const epoch = Math.floor(iteration / perEpoch)
  const perm = epochPermutation(streams, key, epoch, n)
  const start = (iteration % perEpoch) * batch
  return perm.slice(start, start + batch)
}

// One permutation is kept: consecutive iterations share an epoch.
let lastPermutation: { id: string; perm: Int32Array } | undefined
const epochPermutation = (streams: Streams, key: string, epoch: number, n: number): Int32Array => {
  const id = `${streams.seed}\u0000${streams.prefix.join("\u0000")}\u0000${key}\u0000${epoch}\u0000${n}`
  if (lastPermutation?.id === id) return lastPermutation.perm
  const stream = streams.stream(key, "epoch", epoch)
  const perm = Int32Array.from({ length: n }, (_, i) => i)
  for (let i = n - 1; i > 0; i--) {
    const j = stream.int(0, i + 1)
    const tmp = perm[i]!
    perm[i] = perm[j]!
    perm[j] = tmp
  }
  lastPermutation = { id, perm }
  return perm
}

/** Copies rows `idx` of a row-major n × d array into a new idx.length × d array. */
export const gatherRows = (data: Float32Array, d: number, idx: Int32Array): Float32Array => {
  const out = new Float32Array(idx.length * d)
  for (let i = 0; i < idx.length; i++) out.set(data.subarray(idx[i]! * d, idx[i]! * d + d), i * d)
  return out
}
