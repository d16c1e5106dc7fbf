/**
 * TensorBackend — selects and initialises the TensorFlow.js backend (`architecture.md`, "The stages").
 *
 * Order of preference: `tensorflow-gpu` (`@tensorflow/tfjs-node-gpu`), `tensorflow`
 * (`@tensorflow/tfjs-node`), `wasm` (`@tensorflow/tfjs-backend-wasm`, the default where the native
 * packages cannot be installed), `cpu` (`@tensorflow/tfjs-backend-cpu`, the last resort).
 * `SIDLAB_BACKEND=<name>` overrides the order. The native packages are optional and not dependencies
 * of the project (their install downloads the TensorFlow C library; `platform-notes.md`), so their
 * absence is normal.
 *
 * The service value — backend name, a one-line reason and the tfjs package versions — goes into
 * every result manifest and cache key. The choice itself is the pure `chooseBackend`, testable
 * without tfjs; the layer probes what is installed, loads the chosen package and sets it.
 */
import { Context, Effect, Layer, Result, Schema } from "effect"
import { createRequire } from "node:module"
import { tf } from "./internal/tf.ts"
import { registerWasmKernels } from "./internal/wasmKernels.ts"

const require = createRequire(import.meta.url)

/** Backends in order of preference; the first one installed is the default. */
export const BackendNames = ["tensorflow-gpu", "tensorflow", "wasm", "cpu"] as const
export type BackendName = (typeof BackendNames)[number]

/** The npm package providing each backend, and the name it registers under in tfjs. */
export const backendPackages: { readonly [K in BackendName]: { readonly npm: string; readonly tfName: string } } = {
  "tensorflow-gpu": { npm: "@tensorflow/tfjs-node-gpu", tfName: "tensorflow" },
  tensorflow: { npm: "@tensorflow/tfjs-node", tfName: "tensorflow" },
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

/** The backend's npm package is not installed. */
export class BackendUnavailable extends Schema.TaggedError<BackendUnavailable>()("BackendUnavailable", {
  backend: Schema.Literals(BackendNames),
  npmPackage: Schema.String
}) {
  override get message() {
    return `backend "${this.backend}" is not available: install the npm package ${this.npmPackage} ` +
      `(npm install ${this.npmPackage}), or choose another with ${backendEnvVar}=${BackendNames.join("|")}`
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
      const choice = yield* Effect.fromResult(chooseBackend(env, available))
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

/** Whether each backend's npm package is installed. */
export type Availability = { readonly [K in BackendName]: boolean }

export const isBackendName = (s: string): s is BackendName => (BackendNames as ReadonlyArray<string>).includes(s)

const fail = (reason: BackendError["reason"]) => Result.fail(new BackendError({ reason }))

/**
 * Chooses the backend: `SIDLAB_BACKEND` if set (it must be a known, installed backend), else the
 * first installed one in `BackendNames` order. Pure.
 */
export function chooseBackend(
  env: Readonly<Record<string, string | undefined>>,
  available: Availability
): Result.Result<BackendChoice, BackendError> {
  const requested = env[backendEnvVar]?.trim()
  if (requested) {
    if (!isBackendName(requested)) return fail(new UnknownBackend({ requested }))
    if (!available[requested]) {
      return fail(new BackendUnavailable({ backend: requested, npmPackage: backendPackages[requested].npm }))
    }
    return Result.succeed({ name: requested, reason: `${backendEnvVar}=${requested}` })
  }
  const skipped: Array<string> = []
  for (const name of BackendNames) {
    const { npm } = backendPackages[name]
    if (available[name]) {
      const why = skipped.length === 0 ? `${npm} installed` : `${skipped.join(", ")} not installed`
      return Result.succeed({ name, reason: `${name}: ${why}` })
    }
    skipped.push(npm)
  }
  return fail(new BackendUnavailable({ backend: "cpu", npmPackage: backendPackages.cpu.npm }))
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

/** Which backend packages are installed here. */
export function probeAvailability(): Availability {
  const entries = BackendNames.map((name) => [name, isInstalled(backendPackages[name].npm)] as const)
  return Object.fromEntries(entries) as Record<BackendName, boolean>
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
 * Loads the chosen backend's package, adds the wasm gap kernels when it is wasm, and makes it the
 * active tfjs backend. Setting the backend that is already active is a no-op.
 */
export const initBackend = Effect.fn("TensorBackend.init")(function*(choice: BackendChoice) {
  const { name } = choice
  const { npm, tfName } = backendPackages[name]
  const initFailed = (detail: string) => new BackendError({ reason: new BackendInitFailed({ backend: name, detail }) })

  yield* Effect.tryPromise({
    try: () => import(npm),
    catch: (e) => initFailed(`could not load ${npm} (${String(e)}); set ${backendEnvVar} to another backend`)
  })
  if (name === "wasm") registerWasmKernels()
  if (tf.getBackend() !== tfName) {
    const ok = yield* Effect.tryPromise({ try: () => tf.setBackend(tfName), catch: (e) => initFailed(String(e)) })
    if (!ok) return yield* initFailed(`tf.setBackend("${tfName}") returned false`)
  }
  yield* Effect.tryPromise({ try: () => tf.ready(), catch: (e) => initFailed(String(e)) })
  return { name, reason: choice.reason, packageVersions: packageVersions() } satisfies TensorBackendInfo
})
