/**
 * TensorBackend — selects and initialises the TensorFlow.js backend (`architecture.md`, "The stages").
 *
 * Order of preference: `tensorflow-gpu` (`@tensorflow/tfjs-node-gpu`), `tensorflow`
 * (`@tensorflow/tfjs-node`), `native` (the project's own addon over OpenBLAS, built at install time when
 * a C++ compiler and libopenblas-dev are present; `internal/nativeBackend.ts`), `wasm`
 * (`@tensorflow/tfjs-backend-wasm`, always installed), `cpu` (`@tensorflow/tfjs-backend-cpu`, the last
 * resort). `SIDLAB_BACKEND=<name>` overrides the order. The TensorFlow packages are optional and not
 * dependencies of the project (their install downloads the TensorFlow C library; `platform-notes.md`),
 * and the native addon is optional too (its build exits quietly when the BLAS or compiler is missing),
 * so their absence is normal: the reason then says what was skipped and why.
 *
 * The service value — backend name, a one-line reason and the tfjs package versions — goes into
 * every result manifest and cache key. The choice itself is the pure `chooseBackend`, testable
 * without tfjs, in `internal/backendChoice.ts` (which the commands import without loading tfjs); the
 * layer probes what is installed, loads the chosen package and sets it.
 */
import { Context, Effect, Layer } from "effect"
import { tf } from "./internal/tf.ts"
import {
  type BackendChoice,
  BackendError,
  type BackendName,
  BackendInitFailed,
  backendEnvVar,
  backendPackages,
  BackendUnavailable,
  chooseBackend,
  packageVersions,
  probeAvailability,
  probeDetails
} from "./internal/backendChoice.ts"
import { loadNativeAddon } from "./internal/nativeAddon.ts"
import { registerNativeBackend } from "./internal/nativeBackend.ts"
import { registerWasmKernels } from "./internal/wasmKernels.ts"

export {
  type Availability,
  type BackendChoice,
  BackendError,
  BackendInitFailed,
  type BackendName,
  BackendNames,
  backendEnvVar,
  backendPackages,
  BackendUnavailable,
  chooseBackend,
  isBackendName,
  packageVersions,
  probeAvailability,
  probeDetails,
  type UnavailableDetails,
  UnknownBackend
} from "./internal/backendChoice.ts"

//---- service

/** Which backend runs, why, and the installed tfjs package versions (package name → version). */
export interface TensorBackendInfo {
  readonly name: BackendName
  readonly reason: string
  readonly packageVersions: Readonly<Record<string, string>>
}

export class TensorBackend extends Context.Service<TensorBackend, TensorBackendInfo>()("sid/stages/TensorBackend") {
  /** Live: choose from `SIDLAB_BACKEND` and what is installed, then initialise (idempotent). */
  static readonly layer = Layer.effect(
    TensorBackend,
    Effect.gen(function*() {
      const env = yield* Effect.sync(() => ({ ...process.env }))
      const available = yield* Effect.sync(probeAvailability)
      const details = yield* Effect.sync(probeDetails)
      const choice = yield* Effect.fromResult(chooseBackend(env, available, details))
      return yield* initBackend(choice)
    })
  )

  /** Tests: always wasm (installed with the project, bit-identical run to run), ignoring the env. */
  static readonly layerTest = Layer.effect(
    TensorBackend,
    Effect.suspend(() => initBackend({ name: "wasm", reason: "wasm: TensorBackend.layerTest" }))
  )
}

//---- initialisation

/**
 * Loads the chosen backend's package, adds the wasm gap kernels when it is wasm (or native, which runs
 * on wasm), registers the native backend when it is native, and makes it the active tfjs backend.
 * Setting the backend that is already active is a no-op. For native, the package versions also record
 * the BLAS (results do not depend on the thread count: the addon splits work by shape alone).
 */
export const initBackend = Effect.fn("TensorBackend.init")(function*(choice: BackendChoice) {
  const { name } = choice
  const { npm, tfName } = backendPackages[name]
  const initFailed = (detail: string) => new BackendError({ reason: new BackendInitFailed({ backend: name, detail }) })

  yield* Effect.tryPromise({
    try: () => import(npm),
    catch: (e) => initFailed(`could not load ${npm} (${String(e)}); set ${backendEnvVar} to another backend`)
  })
  if (name === "wasm" || name === "native") registerWasmKernels()
  let nativeVersion: Record<string, string> = {}
  if (name === "native") {
    const native = loadNativeAddon()
    if (!native.ok) {
      return yield* new BackendError({
        reason: new BackendUnavailable({ backend: name, npmPackage: npm, detail: native.reason })
      })
    }
    // the native backend is a view of the wasm backend: initialise wasm first
    if (tf.engine().registry["wasm"] === undefined) {
      const ok = yield* Effect.tryPromise({ try: () => tf.setBackend("wasm"), catch: (e) => initFailed(String(e)) })
      if (!ok) return yield* initFailed(`tf.setBackend("wasm") returned false`)
    }
    yield* Effect.try({ try: () => registerNativeBackend(native.addon), catch: (e) => initFailed(String(e)) })
    nativeVersion = { "sidlab-native": native.description }
  }
  if (tf.getBackend() !== tfName) {
    const ok = yield* Effect.tryPromise({ try: () => tf.setBackend(tfName), catch: (e) => initFailed(String(e)) })
    if (!ok) return yield* initFailed(`tf.setBackend("${tfName}") returned false`)
  }
  yield* Effect.tryPromise({ try: () => tf.ready(), catch: (e) => initFailed(String(e)) })
  return { name, reason: choice.reason, packageVersions: { ...packageVersions(), ...nativeVersion } } satisfies TensorBackendInfo
})
