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
 * without tfjs; the layer probes what is installed, loads the chosen package and sets it.
 */
import { Context, Effect, Layer, Result, Schema } from "effect"
import { createRequire } from "node:module"
import { tf } from "./internal/tf.ts"
import { loadNativeAddon } from "./internal/nativeAddon.ts"
import { nativeBackendName, registerNativeBackend } from "./internal/nativeBackend.ts"
import { registerWasmKernels } from "./internal/wasmKernels.ts"

const require = createRequire(import.meta.url)

/** Backends in order of preference; the first one installed is the default. */
export const BackendNames = ["tensorflow-gpu", "tensorflow", "native", "wasm", "cpu"] as const
export type BackendName = (typeof BackendNames)[number]

/**
 * The npm package providing each backend, and the name it registers under in tfjs. `native` runs on the
 * wasm package plus the project's addon (`native/`).
 */
export const backendPackages: { readonly [K in BackendName]: { readonly npm: string; readonly tfName: string } } = {
  "tensorflow-gpu": { npm: "@tensorflow/tfjs-node-gpu", tfName: "tensorflow" },
  tensorflow: { npm: "@tensorflow/tfjs-node", tfName: "tensorflow" },
  native: { npm: "@tensorflow/tfjs-backend-wasm", tfName: nativeBackendName },
  wasm: { npm: "@tensorflow/tfjs-backend-wasm", tfName: "wasm" },
  cpu: { npm: "@tensorflow/tfjs-backend-cpu", tfName: "cpu" }
}

/** The environment variable that overrides the choice. */
export const backendEnvVar = "SIDLAB_BACKEND"

//---- errors

/** `SIDLAB_BACKEND` names no known backend. */
export class UnknownBackend extends Schema.TaggedError<UnknownBackend>()("UnknownBackend", {
  requested: Schema.String
}) {
  override get message() {
    return `${backendEnvVar}=${this.requested} is not a backend; valid names: ${BackendNames.join(", ")}`
  }
}

/** The backend's npm package is not installed, or (for `native`) the addon is not built or does not load. */
export class BackendUnavailable extends Schema.TaggedError<BackendUnavailable>()("BackendUnavailable", {
  backend: Schema.Literals(BackendNames),
  npmPackage: Schema.String,
  /** Why, when it is more than a missing package (the native addon's build or load failure). */
  detail: Schema.optionalKey(Schema.String)
}) {
  override get message() {
    const other = `choose another with ${backendEnvVar}=${BackendNames.join("|")}`
    if (this.backend === "native") {
      return `backend "native" is not available: ${this.detail ?? "the native addon is not built"}. ` +
        `It needs a C++ compiler and OpenBLAS (Debian: apt-get install g++ libopenblas-dev), then ` +
        `\`node native/build.mjs\` (npm ci runs it); or ${other}`
    }
    return `backend "${this.backend}" is not available: install the npm package ${this.npmPackage} ` +
      `(npm install ${this.npmPackage}), or ${other}`
  }
}

/** The package is installed but loading or initialising it failed. */
export class BackendInitFailed extends Schema.TaggedError<BackendInitFailed>()("BackendInitFailed", {
  backend: Schema.Literals(BackendNames),
  detail: Schema.String
}) {
  override get message() {
    return `backend "${this.backend}" failed to initialise: ${this.detail}`
  }
}

/** Any failure to select or initialise a backend; handle variants with `Effect.catchReason`. */
export class BackendError extends Schema.TaggedError<BackendError>()("BackendError", {
  reason: Schema.Union([UnknownBackend, BackendUnavailable, BackendInitFailed])
}) {
  override get message() {
    return this.reason.message
  }
}

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

//---- selection and initialisation

/** A backend name and the one-line reason it was chosen. */
export interface BackendChoice {
  readonly name: BackendName
  readonly reason: string
}

/** Whether each backend's npm package is installed (for `native`: whether the addon loads). */
export type Availability = { readonly [K in BackendName]: boolean }

/** Why a backend is unavailable, where that is more than "package not installed" (the native addon). */
export type UnavailableDetails = { readonly [K in BackendName]?: string }

export const isBackendName = (s: string): s is BackendName => (BackendNames as ReadonlyArray<string>).includes(s)

const fail = (reason: BackendError["reason"]) => Result.fail(new BackendError({ reason }))

/**
 * Chooses the backend: `SIDLAB_BACKEND` if set (it must be a known, available backend), else the
 * first available one in `BackendNames` order. The reason names what was skipped and why (`details`
 * says why the native addon is unavailable). Pure.
 */
export function chooseBackend(
  env: Readonly<Record<string, string | undefined>>,
  available: Availability,
  details: UnavailableDetails = {}
): Result.Result<BackendChoice, BackendError> {
  const unavailable = (backend: BackendName) => {
    const detail = details[backend]
    return new BackendUnavailable({ backend, npmPackage: backendPackages[backend].npm, ...(detail ? { detail } : {}) })
  }
  const requested = env[backendEnvVar]?.trim()
  if (requested) {
    if (!isBackendName(requested)) return fail(new UnknownBackend({ requested }))
    if (!available[requested]) return fail(unavailable(requested))
    return Result.succeed({ name: requested, reason: `${backendEnvVar}=${requested}` })
  }
  const missing: Array<string> = [] // npm packages not installed
  const notes: Array<string> = [] // other reasons (the native addon)
  for (const name of BackendNames) {
    const { npm } = backendPackages[name]
    if (available[name]) {
      const skipped = [
        ...(missing.length > 0 ? [`${missing.join(", ")} not installed`] : []),
        ...notes
      ]
      const why = skipped.length === 0 ? (name === "native" ? "native addon built" : `${npm} installed`) : skipped.join("; ")
      return Result.succeed({ name, reason: `${name}: ${why}` })
    }
    if (name === "native") notes.push(`native unavailable (${details.native ?? "addon not built"})`)
    else missing.push(npm)
  }
  return fail(unavailable("cpu"))
}

/** True when `pkg` resolves from this project (installed); absence is normal. */
const isInstalled = (pkg: string): boolean => {
  try {
    require.resolve(pkg)
    return true
  } catch {
    return false
  }
}

/** Which backends are available here: packages installed and, for `native`, the addon loads. */
export function probeAvailability(): Availability {
  const entries = BackendNames.map((name) => {
    const installed = isInstalled(backendPackages[name].npm)
    return [name, name === "native" ? installed && loadNativeAddon().ok : installed] as const
  })
  return Object.fromEntries(entries) as Record<BackendName, boolean>
}

/** Why unavailable backends are unavailable, beyond a missing package (for `chooseBackend`). */
export function probeDetails(): UnavailableDetails {
  const native = loadNativeAddon()
  return native.ok ? {} : { native: native.reason }
}

/** Versions of the installed tfjs packages (core and every backend package), read from their package.json. */
export function packageVersions(): Record<string, string> {
  const versions: Record<string, string> = {}
  for (const pkg of ["@tensorflow/tfjs-core", ...BackendNames.map((name) => backendPackages[name].npm)]) {
    if (!isInstalled(pkg)) continue
    const { version } = require(`${pkg}/package.json`) as { version: string }
    versions[pkg] = version
  }
  return versions
}

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
