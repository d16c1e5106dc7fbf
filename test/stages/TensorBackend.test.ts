/**
 * TensorBackend: the pure selection rules (`chooseBackend`), and the live layer on this machine: the
 * expectations follow what is installed here (the TensorFlow packages, the native addon), probed
 * independently of the module under test, so the file holds with or without them.
 */
import assert from "node:assert/strict"
import { createRequire } from "node:module"
import { describe, it } from "node:test"
import { Effect, Result } from "effect"
import {
  type Availability,
  BackendNames,
  chooseBackend,
  probeAvailability,
  probeDetails,
  TensorBackend
} from "../../stages/TensorBackend.ts"
import { loadNativeAddon } from "../../stages/internal/nativeAddon.ts"
import { tf } from "../../stages/internal/tf.ts"

const all: Availability = { "tensorflow-gpu": true, tensorflow: true, native: true, wasm: true, cpu: true }
/** A machine without the TensorFlow packages and without the native addon. */
const here: Availability = { "tensorflow-gpu": false, tensorflow: false, native: false, wasm: true, cpu: true }
const noBlas = { native: "the native addon was not built: OpenBLAS not found (install libopenblas-dev)" }
const nativeBuilt = loadNativeAddon().ok
const installed = (pkg: string): boolean => {
  try {
    return createRequire(import.meta.url).resolve(pkg) !== ""
  } catch {
    return false
  }
}
const tfGpu = installed("@tensorflow/tfjs-node-gpu")
const tfNode = installed("@tensorflow/tfjs-node")
/** What the live layer must pick here without SIDLAB_BACKEND, and the reason it must give. */
const expectedDefault = tfGpu ? "tensorflow-gpu" : tfNode ? "tensorflow" : nativeBuilt ? "native" : "wasm"
const expectedReason: RegExp = {
  "tensorflow-gpu": /^tensorflow-gpu: @tensorflow\/tfjs-node-gpu installed$/,
  tensorflow: /^tensorflow: @tensorflow\/tfjs-node-gpu not installed$/,
  native: /^native: @tensorflow\/tfjs-node-gpu, @tensorflow\/tfjs-node not installed$/,
  wasm: /^wasm: .*@tensorflow\/tfjs-node not installed; native unavailable \(.+\)$/
}[expectedDefault]

const ok = (r: ReturnType<typeof chooseBackend>) => {
  if (Result.isFailure(r)) assert.fail(`expected a choice, got ${r.failure.message}`)
  return r.success
}
const err = (r: ReturnType<typeof chooseBackend>) => {
  if (Result.isSuccess(r)) assert.fail(`expected an error, got ${r.success.name}`)
  return r.failure
}

describe("chooseBackend", () => {
  it("SIDLAB_BACKEND overrides the order", () => {
    assert.deepEqual(ok(chooseBackend({ SIDLAB_BACKEND: "cpu" }, all)), { name: "cpu", reason: "SIDLAB_BACKEND=cpu" })
    assert.equal(ok(chooseBackend({ SIDLAB_BACKEND: " wasm " }, all)).name, "wasm")
  })

  it("an unknown name is a BackendError listing the valid names", () => {
    const e = err(chooseBackend({ SIDLAB_BACKEND: "tpu" }, all))
    assert.equal(e._tag, "BackendError")
    assert.equal(e.reason._tag, "UnknownBackend")
    assert.match(e.message, /tpu/)
    for (const name of BackendNames) assert.ok(e.message.includes(name), `message lists ${name}: ${e.message}`)
  })

  it("a known but uninstalled name says which npm package to install", () => {
    const e = err(chooseBackend({ SIDLAB_BACKEND: "tensorflow" }, here))
    assert.equal(e.reason._tag, "BackendUnavailable")
    assert.match(e.message, /npm install @tensorflow\/tfjs-node\)/)
    const gpu = err(chooseBackend({ SIDLAB_BACKEND: "tensorflow-gpu" }, here))
    assert.match(gpu.message, /npm install @tensorflow\/tfjs-node-gpu\)/)
  })

  it("without an override falls back tensorflow-gpu → tensorflow → native → wasm → cpu", () => {
    assert.deepEqual(ok(chooseBackend({}, all)), {
      name: "tensorflow-gpu",
      reason: "tensorflow-gpu: @tensorflow/tfjs-node-gpu installed"
    })
    assert.equal(ok(chooseBackend({}, { ...all, "tensorflow-gpu": false })).name, "tensorflow")
    assert.deepEqual(ok(chooseBackend({}, { ...here, native: true })), {
      name: "native",
      reason: "native: @tensorflow/tfjs-node-gpu, @tensorflow/tfjs-node not installed"
    })
    assert.deepEqual(ok(chooseBackend({}, here, noBlas)), {
      name: "wasm",
      reason: "wasm: @tensorflow/tfjs-node-gpu, @tensorflow/tfjs-node not installed; " +
        "native unavailable (the native addon was not built: OpenBLAS not found (install libopenblas-dev))"
    })
    assert.match(ok(chooseBackend({}, here)).reason, /native unavailable \(addon not built\)$/)
    assert.equal(ok(chooseBackend({}, { ...here, wasm: false })).name, "cpu")
    assert.equal(err(chooseBackend({}, { ...here, wasm: false, cpu: false })).reason._tag, "BackendUnavailable")
  })

  it("SIDLAB_BACKEND=native without the addon fails with the build's reason and how to fix it", () => {
    const e = err(chooseBackend({ SIDLAB_BACKEND: "native" }, here, noBlas))
    assert.equal(e.reason._tag, "BackendUnavailable")
    assert.match(e.message, /^backend "native" is not available: the native addon was not built: OpenBLAS not found/)
    assert.match(e.message, /apt-get install g\+\+ libopenblas-dev/)
    assert.match(e.message, /node native\/build\.mjs/)
    assert.match(e.message, /SIDLAB_BACKEND=tensorflow-gpu\|tensorflow\|native\|wasm\|cpu/)
    assert.equal(ok(chooseBackend({ SIDLAB_BACKEND: "native" }, { ...here, native: true })).reason, "SIDLAB_BACKEND=native")
  })

  it("an empty SIDLAB_BACKEND counts as unset", () => {
    assert.equal(ok(chooseBackend({ SIDLAB_BACKEND: "" }, here)).name, "wasm")
  })
})

describe("TensorBackend.layer (live)", () => {
  const current = Effect.gen(function*() {
    return yield* TensorBackend
  })
  const withEnv = <A>(value: string | undefined, run: () => Promise<A>): Promise<A> => {
    const saved = process.env.SIDLAB_BACKEND
    if (value === undefined) delete process.env.SIDLAB_BACKEND
    else process.env.SIDLAB_BACKEND = value
    return run().finally(() => {
      if (saved === undefined) delete process.env.SIDLAB_BACKEND
      else process.env.SIDLAB_BACKEND = saved
    })
  }

  it("finds the TensorFlow packages exactly when they resolve, and the native addon exactly when it loads", () => {
    assert.deepEqual(probeAvailability(), { "tensorflow-gpu": tfGpu, tensorflow: tfNode, native: nativeBuilt, wasm: true, cpu: true })
    assert.equal(probeDetails().native === undefined, nativeBuilt)
  })

  it(`selects and initialises ${expectedDefault} by default, idempotently`, async () => {
    for (let i = 0; i < 2; i++) {
      const info = await withEnv(undefined, () => Effect.runPromise(Effect.provide(current, TensorBackend.layer)))
      assert.equal(info.name, expectedDefault)
      assert.match(info.reason, expectedReason)
      if (expectedDefault === "native") assert.match(info.packageVersions["sidlab-native"] ?? "", /^OpenBLAS \S+ \(.+\), \d+ threads?$/)
      assert.equal(tf.getBackend(), expectedDefault === "native" ? "native" : expectedDefault === "wasm" ? "wasm" : "tensorflow")
      assert.equal(info.packageVersions["@tensorflow/tfjs-core"], "4.22.0")
      assert.equal(info.packageVersions["@tensorflow/tfjs-backend-wasm"], "4.22.0")
      assert.equal(info.packageVersions["@tensorflow/tfjs-node"] !== undefined, tfNode)
    }
  })

  it("SIDLAB_BACKEND=native selects native when built and otherwise fails saying why", async () => {
    const exit = await withEnv("native", () => Effect.runPromiseExit(Effect.provide(current, TensorBackend.layer)))
    if (nativeBuilt) {
      assert.ok(exit._tag === "Success")
      assert.deepEqual([exit.value.name, exit.value.reason, tf.getBackend()], ["native", "SIDLAB_BACKEND=native", "native"])
    } else {
      assert.ok(exit._tag === "Failure")
      assert.match(String(exit.cause), /backend "native" is not available/)
    }
  })

  it(`honours SIDLAB_BACKEND=cpu, and SIDLAB_BACKEND=tensorflow ${tfNode ? "selects it" : "fails naming the package"}`, async () => {
    const cpu = await withEnv("cpu", () => Effect.runPromise(Effect.provide(current, TensorBackend.layer)))
    assert.deepEqual([cpu.name, cpu.reason, tf.getBackend()], ["cpu", "SIDLAB_BACKEND=cpu", "cpu"])
    const exit = await withEnv("tensorflow", () => Effect.runPromiseExit(Effect.provide(current, TensorBackend.layer)))
    if (tfNode) {
      assert.ok(exit._tag === "Success")
      assert.deepEqual([exit.value.name, exit.value.reason, tf.getBackend()], ["tensorflow", "SIDLAB_BACKEND=tensorflow", "tensorflow"])
    } else {
      assert.ok(exit._tag === "Failure")
      assert.match(String(exit.cause), /backend "tensorflow" is not available: install the npm package @tensorflow\/tfjs-node/)
    }
  })

  it("layerTest is wasm whatever the environment says", async () => {
    const info = await withEnv("cpu", () => Effect.runPromise(Effect.provide(current, TensorBackend.layerTest)))
    assert.deepEqual([info.name, tf.getBackend()], ["wasm", "wasm"])
  })
})
