/**
 * Which TensorFlow.js backend runs, chosen without loading tfjs: the backends and their packages, the pure
 * `chooseBackend`, and the probes it reads (installed packages, the native addon). stages/TensorBackend.ts
 * loads and sets the choice; commands that only read results (plan, table, check, status) need the choice
 * for store keys and import this module alone, so they never load tfjs.
 */
import { Result, Schema } from "effect"
import { createRequire } from "node:module"
import { loadNativeAddon } from "./nativeAddon.ts"

const require = createRequire(import.meta.url)

/** Backends in order of preference; the first one installed is the default. */
export const BackendNames = ["tensorflow-gpu", "tensorflow", "native", "wasm", "cpu"] as const
export type BackendName = (typeof BackendNames)[number]

/** The name the project's native backend registers under in tfjs (`nativeBackend.ts`). */
export const nativeBackendName = "native"

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

//---- selection

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

//---- probes

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
