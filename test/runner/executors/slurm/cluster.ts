/** Test helper: a throwaway cluster from scripts/slurm-cluster.sh, or the reason there cannot be one. */
import { execFileSync } from "node:child_process"
import { mkdtempSync, rmSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { fileURLToPath } from "node:url"

const script = fileURLToPath(new URL("../../../../scripts/slurm-cluster.sh", import.meta.url))

export interface TestCluster {
  readonly dir: string
  readonly conf: string
  readonly stop: () => void
}

/** Starts a cluster in a fresh directory (installing Slurm if missing and root); a string says why not. */
export const startCluster = (): TestCluster | string => {
  const dir = mkdtempSync(join(tmpdir(), "sidlab-slurm-test-"))
  try {
    const out = execFileSync("bash", [script, "start", dir], { encoding: "utf8", stdio: ["ignore", "pipe", "pipe"], timeout: 300_000 })
    const conf = /export SLURM_CONF=(\S+)/.exec(out)?.[1]
    if (conf === undefined) return `scripts/slurm-cluster.sh start printed no SLURM_CONF: ${out}`
    return {
      dir,
      conf,
      stop: () => {
        execFileSync("bash", [script, "stop", dir], { stdio: "ignore", timeout: 120_000 })
        rmSync(dir, { recursive: true, force: true })
      }
    }
  } catch (e) {
    const err = e as { stderr?: string; message: string }
    try { execFileSync("bash", [script, "stop", dir], { stdio: "ignore", timeout: 120_000 }) } catch { /* nothing started */ }
    return `cannot start a Slurm test cluster (scripts/slurm-cluster.sh start): ${(err.stderr ?? err.message).trim().split("\n").slice(-3).join(" / ")}`
  }
}
