/**
 * The backend a run uses and its identity: what, besides the plan, decides a result's bits. wasm and cpu
 * are bit-reproducible everywhere, so their name is their identity. `native` results also depend on the
 * addon's code and on the BLAS library, so its identity hashes the addon's sources and names the BLAS
 * (package and version) from the build's status file; the CPU model and BLAS kernel go into manifests.
 */
import { Result } from "effect"
import { spawnSync } from "node:child_process"
import { createHash } from "node:crypto"
import { existsSync, readFileSync } from "node:fs"
import { cpus } from "node:os"
import * as path from "node:path"
import { fileURLToPath } from "node:url"
import { chooseBackend, probeAvailability, probeDetails } from "../stages/internal/backendChoice.ts"
import { nativeIdentity, nativeSourceFiles } from "../stages/internal/nativeAddon.ts"
import { type NativeBuildStatus, readBuildStatus } from "../stages/internal/nativeBuildStatus.ts"
import type { BackendIdentity } from "./StoreManifest.ts"

const sidlabRoot = fileURLToPath(new URL("../", import.meta.url))

/** The backend `sidlab run` chooses here and why; a bad SIDLAB_BACKEND is reported as `usage`. */
export const chosenBackend = async (): Promise<{ readonly name: string; readonly reason: string } | { readonly usage: string }> => {
  // TensorBackend's own choice, from a module that loads no tfjs
  const choice = chooseBackend(process.env, probeAvailability(), probeDetails())
  return choice._tag === "Failure" ? { usage: choice.failure.message } : choice.success
}

/** The build's status record under `root`; a damaged one throws BadBuildStatus (it would hide the BLAS from the key). */
const nativeStatus = (root: string): NativeBuildStatus | undefined => {
  const status = readBuildStatus(path.join(root, "native", "build", "status.json"))
  if (Result.isFailure(status)) throw status.failure
  return status.success
}

const hashFiles = (root: string, files: ReadonlyArray<string>): string => {
  const h = createHash("sha256")
  for (const f of files) {
    const abs = path.join(root, f)
    h.update(`${f}\0${existsSync(abs) ? readFileSync(abs, "utf8").replace(/\r\n?/g, "\n") : "missing"}\n`)
  }
  return h.digest("hex")
}

/** The identity a backend's results are keyed by (see the module comment). */
export const backendIdentity = (name: string, root = sidlabRoot): BackendIdentity => {
  if (name !== "native") return { name }
  const status = nativeStatus(root)
  // "OpenBLAS 0.3.21 NO_LAPACKE DYNAMIC_ARCH ..." → the package and version; the kernel is recorded, not keyed
  const blas = (status?.blas ?? "unknown BLAS").split(/\s+/).slice(0, 2).join(" ")
  return { name, addon: hashFiles(root, nativeSourceFiles(root)), blas }
}

/** What decides the bits of a result, for its manifest: backend identity plus CPU and BLAS kernel. */
export const bitsProvenance = (name: string, root = sidlabRoot): Readonly<Record<string, string>> => {
  const cpuModel = cpus()[0]?.model ?? "unknown"
  const info: Record<string, string> = { ...backendIdentity(name, root), cpu: cpuModel, cpuFamily: cpuFamily() }
  if (name === "native") {
    // the addon's own account: BLAS kernel set, libc (exp/log/...), compiler; threads do not change the bits
    const native = nativeIdentity()
    if (native !== undefined) Object.assign(info, { blasCore: native.blasCore, cpuModel: native.cpuModel, libc: native.libc, compiler: native.compiler })
    info.threads = process.env.SIDLAB_THREADS ?? "default"
  }
  return info
}

/** "family F model M" from /proc/cpuinfo (Linux), which tells CPU generations apart where the name does not. */
const cpuFamily = (): string => {
  try {
    const text = readFileSync("/proc/cpuinfo", "utf8")
    const family = /^cpu family\s*:\s*(\d+)/m.exec(text)?.[1]
    const model = /^model\s*:\s*(\d+)/m.exec(text)?.[1]
    return family && model ? `family ${family} model ${model}` : "unknown"
  } catch {
    return "unknown"
  }
}

let commit: string | undefined | null = null
/** The sidlab commit computing a cell (with "+dirty" for uncommitted changes), or undefined outside git. */
export const sidlabCommit = (root = sidlabRoot): string | undefined => {
  if (commit !== null) return commit
  const git = (args: ReadonlyArray<string>) => spawnSync("git", ["-C", root, ...args], { encoding: "utf8" })
  const head = git(["rev-parse", "HEAD"])
  commit = head.status === 0 ? `${head.stdout.trim()}${git(["status", "--porcelain", "--untracked-files=no"]).stdout.trim() === "" ? "" : "+dirty"}` : undefined
  return commit
}
