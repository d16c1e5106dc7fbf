/**
 * The backend `sidlab run` would choose, without loading tfjs: stages/TensorBackend.ts's `chooseBackend`
 * for the cases where a backend is chosen, over the same probes (installed packages, the native addon).
 * Commands that only read results (plan, table, check, status) need the choice for store keys, and loading
 * TensorBackend.ts loads tfjs. Every other case (a bad SIDLAB_BACKEND, nothing available) is left to
 * TensorBackend.ts, whose messages stay the only ones. test/runner/BackendChoice.test.ts keeps the two equal.
 */
import { createRequire } from "node:module"
import { loadNativeAddon } from "../stages/internal/nativeAddon.ts"

/** TensorBackend's `BackendNames` (order of preference) and the npm package of each. */
export const backendOrder = ["tensorflow-gpu", "tensorflow", "native", "wasm", "cpu"] as const
export type QuickBackendName = (typeof backendOrder)[number]
export const backendNpm: { readonly [K in QuickBackendName]: string } = {
  "tensorflow-gpu": "@tensorflow/tfjs-node-gpu",
  tensorflow: "@tensorflow/tfjs-node",
  native: "@tensorflow/tfjs-backend-wasm",
  wasm: "@tensorflow/tfjs-backend-wasm",
  cpu: "@tensorflow/tfjs-backend-cpu"
}

export type QuickAvailability = { readonly [K in QuickBackendName]: boolean }

const require = createRequire(import.meta.url)
const isInstalled = (pkg: string): boolean => {
  try {
    require.resolve(pkg)
    return true
  } catch {
    return false
  }
}

/** TensorBackend's `probeAvailability`: packages installed and, for `native`, the addon loads. */
export const quickAvailability = (): QuickAvailability =>
  Object.fromEntries(backendOrder.map((name) => [name, isInstalled(backendNpm[name]) && (name !== "native" || loadNativeAddon().ok)])) as Record<QuickBackendName, boolean>

/** TensorBackend's `probeDetails`. */
export const quickDetails = (): { readonly native?: string } => {
  const native = loadNativeAddon()
  return native.ok ? {} : { native: native.reason }
}

/** TensorBackend's `chooseBackend` when it succeeds (same name and reason); undefined when it would fail. */
export const quickChoice = (
  env: Readonly<Record<string, string | undefined>>,
  available: QuickAvailability,
  details: { readonly native?: string } = {}
): { readonly name: QuickBackendName; readonly reason: string } | undefined => {
  const requested = env.SIDLAB_BACKEND?.trim()
  if (requested) {
    const name = backendOrder.find((n) => n === requested)
    return name !== undefined && available[name] ? { name, reason: `SIDLAB_BACKEND=${name}` } : undefined
  }
  const missing: Array<string> = []
  const notes: Array<string> = []
  for (const name of backendOrder) {
    if (available[name]) {
      const skipped = [...(missing.length > 0 ? [`${missing.join(", ")} not installed`] : []), ...notes]
      const why = skipped.length === 0 ? (name === "native" ? "native addon built" : `${backendNpm[name]} installed`) : skipped.join("; ")
      return { name, reason: `${name}: ${why}` }
    }
    if (name === "native") notes.push(`native unavailable (${details.native ?? "addon not built"})`)
    else missing.push(backendNpm[name])
  }
  return undefined
}
