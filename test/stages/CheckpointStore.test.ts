import { test } from "node:test"
import assert from "node:assert/strict"
import { mkdtempSync, readFileSync, writeFileSync, readdirSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { Effect, Option, Schema } from "effect"
import { checkpointMeta, CorruptCheckpoint, directoryStore, IncompatibleState } from "../../stages/CheckpointStore.ts"

const ckpt = {
  meta: { iteration: 7, note: "x" },
  arrays: [
    { name: "a", shape: [2, 2], data: Float32Array.from([1, 2, 3, 4]) },
    { name: "b", shape: [3], data: Float32Array.from([-1, 0.5, 1e-7]) }
  ]
}

test("a checkpoint round-trips exactly and leaves no temp file", async () => {
  const dir = mkdtempSync(join(tmpdir(), "sidlab-ckpt-"))
  const store = directoryStore(dir)
  assert.ok(Option.isNone(await Effect.runPromise(store.load("cell"))))
  await Effect.runPromise(store.save("cell", ckpt))
  const back = Option.getOrThrow(await Effect.runPromise(store.load("cell")))
  assert.deepEqual(back.meta, ckpt.meta)
  assert.deepEqual(back.arrays.map((a) => [a.name, a.shape, Array.from(a.data)]), ckpt.arrays.map((a) => [a.name, a.shape, Array.from(a.data)]))
  assert.deepEqual(readdirSync(dir), ["cell.ckpt"])
})

test("a truncated or altered checkpoint is reported as corrupt, by path", async () => {
  const dir = mkdtempSync(join(tmpdir(), "sidlab-ckpt-"))
  const store = directoryStore(dir)
  await Effect.runPromise(store.save("cell", ckpt))
  const path = store.path("cell")
  const bytes = readFileSync(path)
  for (const bad of [bytes.subarray(0, bytes.length - 3), Buffer.concat([bytes.subarray(0, bytes.length - 1), Buffer.from([7])]), Buffer.from("garbage")]) {
    writeFileSync(path, bad)
    const result = await Effect.runPromise(Effect.flip(store.load("cell")))
    assert.ok(result instanceof CorruptCheckpoint)
    assert.match(result.message, new RegExp(`checkpoint ${path.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")} is corrupt`))
  }
})

test("metadata is decoded, not cast: a field that does not fit names the checkpoint's file and the field", async () => {
  const dir = mkdtempSync(join(tmpdir(), "sidlab-ckpt-"))
  const store = directoryStore(dir)
  await Effect.runPromise(store.save("cell", ckpt))
  const loaded = Option.getOrThrow(await Effect.runPromise(store.load("cell")))
  assert.deepEqual(checkpointMeta(loaded, Schema.Struct({ iteration: Schema.Number }), "checkpoint"), { iteration: 7 })
  assert.throws(
    () => checkpointMeta(loaded, Schema.Struct({ iteration: Schema.String }), "checkpoint"),
    (e: unknown) => e instanceof IncompatibleState && e.message === `checkpoint ${store.path("cell")} does not fit this cell: its meta field iteration: Expected string`
  )
})
