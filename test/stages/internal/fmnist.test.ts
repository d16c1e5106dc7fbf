/** Fashion-MNIST loading: shapes, ranges, labels, the install hint and corrupt-file errors, mini-batches. */
import { test } from "node:test"
import assert from "node:assert/strict"
import { mkdtempSync, writeFileSync, copyFileSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { gzipSync } from "node:zlib"
import {
  FMNIST_CLASSES,
  FMNIST_DEFAULT_DIR,
  FmnistCorrupt,
  FmnistMissing,
  loadFmnist,
  minibatchIndices
} from "../../../stages/internal/fmnist.ts"
import { Streams } from "../../../stages/internal/rng.ts"

test("a few hundred training images: shapes, pixel range, labels in 0..9 and roughly balanced", () => {
  const { images, labels, n } = loadFmnist("train", { limit: 500 })
  assert.equal(n, 500)
  assert.equal(images.length, 500 * 784)
  assert.equal(labels.length, 500)
  let min = Infinity
  let max = -Infinity
  for (const v of images) {
    min = Math.min(min, v)
    max = Math.max(max, v)
  }
  assert.equal(min, 0)
  assert.equal(max, 1)
  const counts = new Array<number>(10).fill(0)
  for (const l of labels) {
    assert.ok(l >= 0 && l <= 9)
    counts[l]! += 1
  }
  for (const c of counts) assert.ok(c >= 25 && c <= 80, `class counts ${counts}`)
  assert.equal(FMNIST_CLASSES.length, 10)
  assert.equal(FMNIST_CLASSES[9], "Ankle boot")
})

test("the test split has 10000 images; repeated loads come from the cache", () => {
  const a = loadFmnist("test", { limit: 200 })
  const b = loadFmnist("test", { limit: 200 })
  assert.equal(a, b)
  const full = loadFmnist("test", { limit: 10 ** 9 })
  assert.equal(full.n, 10000)
  assert.deepEqual(Array.from(full.labels.subarray(0, 200)), Array.from(a.labels))
})

test("a missing directory or file says how to install the data set", () => {
  const err = (() => {
    try {
      loadFmnist("train", { dir: "/nonexistent/fmnist", limit: 1 })
    } catch (e) {
      return e
    }
  })()
  assert.ok(err instanceof FmnistMissing)
  assert.match(err.message, /apt-get install dataset-fashion-mnist/)
  assert.match(err.message, /SIDLAB_FMNIST_DIR/)
  assert.match(err.message, /\/nonexistent\/fmnist/)

  const dir = mkdtempSync(join(tmpdir(), "fmnist-"))
  copyFileSync(join(FMNIST_DEFAULT_DIR, "t10k-images-idx3-ubyte.gz"), join(dir, "t10k-images-idx3-ubyte.gz"))
  assert.throws(() => loadFmnist("test", { dir }), (e: unknown) => e instanceof FmnistMissing && e.path.endsWith("t10k-labels-idx1-ubyte.gz"))
})

test("a corrupt file is named: not gzip, wrong magic, wrong length, label count mismatch", () => {
  const dir = mkdtempSync(join(tmpdir(), "fmnist-"))
  const images = join(dir, "t10k-images-idx3-ubyte.gz")
  const labels = join(dir, "t10k-labels-idx1-ubyte.gz")
  const idx = (magic: number, dims: Array<number>, bytes: number) => {
    const b = Buffer.alloc(4 + 4 * dims.length + bytes)
    b.writeUInt32BE(magic, 0)
    dims.forEach((d, i) => b.writeUInt32BE(d, 4 + 4 * i))
    return gzipSync(b)
  }
  const corrupt = (path: string, detail: RegExp) => (e: unknown) =>
    e instanceof FmnistCorrupt && e.path === path && detail.test(e.detail) && e.message.includes(path)

  writeFileSync(images, Buffer.from("not gzip at all"))
  writeFileSync(labels, idx(0x801, [2], 2))
  assert.throws(() => loadFmnist("test", { dir }), corrupt(images, /gzip/))

  writeFileSync(images, idx(0x801, [2, 28, 28], 2 * 784))
  assert.throws(() => loadFmnist("test", { dir }), corrupt(images, /magic/))

  writeFileSync(images, idx(0x803, [2, 28, 28], 784))
  assert.throws(() => loadFmnist("test", { dir }), corrupt(images, /needs 1568 data bytes, found 784/))

  writeFileSync(images, idx(0x803, [2, 28, 28], 2 * 784))
  writeFileSync(labels, idx(0x801, [3], 3))
  assert.throws(() => loadFmnist("test", { dir }), corrupt(labels, /3 labels for 2 images/))

  writeFileSync(labels, idx(0x801, [2], 2))
  assert.equal(loadFmnist("test", { dir }).n, 2)
})

test("mini-batches: epochs are permutations, batches reproducible from the seed", () => {
  const s = new Streams(3)
  const seen = new Set<number>()
  for (let i = 0; i < 5; i++) for (const j of minibatchIndices(s, "k", i, 50, 10)) seen.add(j)
  assert.equal(seen.size, 50)
  assert.deepEqual(minibatchIndices(s, "k", 7, 50, 10), minibatchIndices(new Streams(3), "k", 7, 50, 10))
  assert.notDeepEqual(minibatchIndices(s, "k", 0, 50, 10), minibatchIndices(s, "k", 5, 50, 10))
})
