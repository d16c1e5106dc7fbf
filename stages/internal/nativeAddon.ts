/**
 * The optional native kernel addon (`native/sidlab_native.cc`, built at install time by
 * `native/build.mjs` against OpenBLAS): finding it, loading it once, and setting its thread count.
 *
 * Loading never throws: `loadNativeAddon()` returns the addon or the one-line reason it is unavailable
 * (not built — with the build script's own reason, e.g. "OpenBLAS not found" — or failing to load), which
 * `TensorBackend` reports when it falls back to wasm or when `SIDLAB_BACKEND=native` cannot be honoured.
 *
 * Threads: the addon's pool runs `SIDLAB_THREADS` threads, by default min(2, available CPUs); OpenBLAS
 * itself runs serial calls on them. Results do not depend on the thread count: every kernel's arithmetic
 * order depends only on the shapes. What they do depend on is `nativeIdentity()`.
 */
import { createHash } from "node:crypto"
import { existsSync, readdirSync, readFileSync } from "node:fs"
import { createRequire } from "node:module"
import { availableParallelism, cpus } from "node:os"
import { fileURLToPath } from "node:url"
import { Result } from "effect"
import type { NativeAddon } from "./nativeAddonApi.ts"
import { type NativeBuildStatus, readBuildStatus } from "./nativeBuildStatus.ts"

const require = createRequire(import.meta.url)

export type { NativeAddon } from "./nativeAddonApi.ts"

/** The addon's ABI version this module was written for (`info().abi`). */
const ABI = 6

/** Where `native/build.mjs` puts the addon and its status record. */
export const nativeAddonPath = fileURLToPath(new URL("../../native/build/sidlab_native.node", import.meta.url))
const sidlabRoot = fileURLToPath(new URL("../../", import.meta.url))

/**
 * Every source file of the addon, relative to the project root and sorted: the entry file, the build
 * script and each `native/src/*.h`. What the addon identity hashes (here and in runner/Backend.ts).
 */
export const nativeSourceFiles = (root = sidlabRoot): ReadonlyArray<string> => {
  let headers: Array<string> = []
  try {
    headers = readdirSync(`${root}/native/src`).filter((f) => f.endsWith(".h")).map((f) => `native/src/${f}`)
  } catch {
    // no src directory: the hash then says so through the missing files' absence
  }
  return ["native/build.mjs", "native/sidlab_native.cc", ...headers].sort()
}

/** The thread-count environment variable. */
export const threadsEnvVar = "SIDLAB_THREADS"

export type NativeLoad =
  | { readonly ok: true; readonly addon: NativeAddon; readonly threads: number; readonly description: string }
  | { readonly ok: false; readonly reason: string }

/** `SIDLAB_THREADS`, else min(2, available CPUs); an invalid value is an error naming the variable. */
export const nativeThreads = (env: Readonly<Record<string, string | undefined>> = process.env): number | { error: string } => {
  const raw = env[threadsEnvVar]?.trim()
  if (!raw) return Math.max(1, Math.min(2, availableParallelism()))
  const n = Number(raw)
  if (!Number.isInteger(n) || n < 1 || n > 1024) return { error: `${threadsEnvVar}=${raw} must be a whole number from 1 to 1024` }
  return n
}

/** The compiler the addon was built with, from the status record (when it is there and sound). */
const compilerOf = (status: NativeBuildStatus | undefined): string => status?.compilerVersion ?? status?.compiler ?? "unknown"

/** Why the build script did not produce the addon, from its status record. */
const buildReason = (): string => {
  const read = readBuildStatus()
  if (Result.isFailure(read)) return read.failure.message
  const status = read.success
  if (status?.built === false && status.reason) return `the native addon was not built: ${status.reason}`
  return "the native addon is not built (run `node native/build.mjs`; it needs g++ and libopenblas-dev)"
}

let cached: NativeLoad | undefined

/** Loads the addon once per process and applies the thread count; never throws. */
export function loadNativeAddon(): NativeLoad {
  if (cached) return cached
  cached = load()
  return cached
}

/**
 * Changes the thread count of the loaded addon (BLAS and elementwise pool), e.g. for a test that
 * compares thread counts. No-op when the addon is not loaded.
 */
export function setNativeThreads(n: number): void {
  const loaded = loadNativeAddon()
  if (loaded.ok) loaded.addon.setThreads(n)
}

function load(): NativeLoad {
  if (!existsSync(nativeAddonPath)) return { ok: false, reason: buildReason() }
  let addon: NativeAddon
  try {
    addon = require(nativeAddonPath) as NativeAddon
  } catch (e) {
    const first = String(e instanceof Error ? e.message : e).split("\n")[0]
    return { ok: false, reason: `the native addon failed to load (${first}); rebuild it with \`node native/build.mjs\`` }
  }
  const info = addon.info()
  if (info.abi !== ABI) return { ok: false, reason: `the native addon is out of date (ABI ${info.abi}, expected ${ABI}); rebuild it with \`node native/build.mjs\`` }
  const threads = nativeThreads()
  if (typeof threads !== "number") return { ok: false, reason: threads.error }
  addon.setThreads(threads)
  const version = info.blas.split(" ").slice(0, 2).join(" ")
  return { ok: true, addon, threads, description: `${version} (${info.core}), ${threads} thread${threads === 1 ? "" : "s"}` }
}

/**
 * What decides the bits of a native result besides the inputs (record it in manifests, hash it into
 * keys): the BLAS build and the kernel set it runs (`OPENBLAS_CORETYPE` can force one), the CPU, the C
 * library (its exp, log, sin, cos, tanh serve the addon's libm kernels), the compiler and the addon's
 * source. Not the thread count. Undefined when the addon is unavailable. Computed once per process.
 */
export interface NativeIdentity {
  /** e.g. "OpenBLAS 0.3.21" */
  readonly blasLibrary: string
  /** the kernel set OpenBLAS uses, e.g. "Haswell" */
  readonly blasCore: string
  /** from /proc/cpuinfo, e.g. "AMD EPYC (family 26, model 2)" */
  readonly cpuModel: string
  /** e.g. "glibc 2.36" */
  readonly libc: string
  /** the compiler that built the addon (its vectorised loops), e.g. "g++ (Debian 12.2.0-14) 12.2.0" */
  readonly compiler: string
  /** sha256 of the addon's sources (`nativeSourceFiles`: the .cc, its src/*.h and build.mjs) */
  readonly addonSourceHash: string
}

let identity: NativeIdentity | undefined

export function nativeIdentity(): NativeIdentity | undefined {
  if (identity) return identity
  const loaded = loadNativeAddon()
  if (!loaded.ok) return undefined
  const info = loaded.addon.info()
  const hash = createHash("sha256")
  for (const f of nativeSourceFiles()) {
    const p = `${sidlabRoot}/${f}`
    hash.update(`${f}\0`).update(existsSync(p) ? readFileSync(p) : "missing").update("\0")
  }
  const glibc = (process.report?.getReport() as { header?: { glibcVersionRuntime?: string } } | undefined)?.header?.glibcVersionRuntime
  identity = {
    blasLibrary: info.blas.split(" ").slice(0, 2).join(" "),
    blasCore: info.core,
    cpuModel: cpuModel(),
    libc: glibc ? `glibc ${glibc}` : "unknown",
    compiler: compilerOf(Result.getOrUndefined(readBuildStatus())),
    addonSourceHash: hash.digest("hex")
  }
  return identity
}

/** The first processor's model name, family and model from /proc/cpuinfo (Linux), else os.cpus(). */
export const cpuModel = (cpuinfo = readCpuinfo()): string => {
  const first = cpuinfo.split(/\n\s*\n/)[0] ?? ""
  const field = (name: string) => first.match(new RegExp(`^${name}\\s*:\\s*(.*)$`, "m"))?.[1]?.trim()
  const name = field("model name") ?? cpus()[0]?.model ?? "unknown CPU"
  const family = field("cpu family")
  const model = field("model")
  return family !== undefined && model !== undefined ? `${name} (family ${family}, model ${model})` : name
}

const readCpuinfo = (): string => {
  try {
    return readFileSync("/proc/cpuinfo", "utf8")
  } catch {
    return ""
  }
}
