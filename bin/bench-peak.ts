/**
 * The machine's practical fp32 matmul peak for `npm run bench`: one 2048² × 2048² sgemm through the
 * native addon (OpenBLAS, every pool thread), the yardstick for each implementation's iteration GFLOP/s.
 */
import { spawnSync } from "node:child_process"
import { loadNativeAddon, nativeIdentity } from "../stages/internal/nativeAddon.ts"

export interface Peak {
  /** median GFLOP/s of the timed calls */
  readonly gflops: number
  readonly n: number
  readonly threads: number
  readonly runs: ReadonlyArray<number>
  readonly cpu: string
  readonly blas: string
}

/** Times `repeats` single calls C = A·B at n × n after one warm-up call; why not, when the addon is unavailable. */
export const measurePeak = (n = 2048, repeats = 5): Peak | { readonly error: string } => {
  const loaded = loadNativeAddon()
  const id = nativeIdentity()
  if (!loaded.ok || id === undefined) return { error: loaded.ok ? "native identity unavailable" : loaded.reason }
  const heap = new ArrayBuffer(3 * n * n * 4)
  const ab = new Float32Array(heap, 0, 2 * n * n)
  let s = 12345
  for (let i = 0; i < ab.length; i++) {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0
    ab[i] = s / 2 ** 31 - 1
  }
  const call = () => {
    const t0 = performance.now()
    loaded.addon.gemm(heap, 1, n, n, n, 0, 0, 0, 0, 4 * n * n, 0, 8 * n * n, 0, 0, 0, 0, 0)
    return (2 * n ** 3) / ((performance.now() - t0) / 1000) / 1e9
  }
  call()
  const runs = Array.from({ length: repeats }, call)
  const sorted = [...runs].sort((a, b) => a - b)
  return {
    gflops: sorted[Math.floor(sorted.length / 2)]!,
    n,
    threads: loaded.addon.info().poolThreads,
    runs,
    cpu: id.cpuModel,
    blas: `${id.blasLibrary} (${id.blasCore} kernels)`
  }
}

/**
 * One peak sample (median of `repeats` calls) taken by `script --peak-sample` in a child process, so its
 * 48 MB of operands stay out of the caller's peak RSS; undefined when it fails.
 */
export const samplePeakInChild = (script: string, repeats = 3): number | undefined => {
  const r = spawnSync(process.execPath, ["--import", "tsx", script, "--peak-sample", "--repeats", String(repeats)], { encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] })
  try {
    const g = (JSON.parse(r.stdout.trim().split("\n").at(-1) ?? "") as { gflops?: unknown }).gflops
    return r.status === 0 && typeof g === "number" ? g : undefined
  } catch {
    return undefined
  }
}

export interface Ceiling {
  /** median GFLOP/s of the timed sweeps */
  readonly gflops: number
  readonly runs: ReadonlyArray<number>
}

/**
 * The native backend's ceiling for one bench-mlp iteration: the very products docs/benchmark.md counts
 * (per k: forward at B rows ×2k, forward at 2B ×3, weight and input gradients at B ×1 each, at 2B ×1
 * and ×3, for every layer), through the addon's gemm, whose tiles are the fused network pass's, back to
 * back with nothing else. The iteration's GFLOP/s on native cannot exceed it; its share of the 2048²
 * peak says how much the shapes themselves cost on this CPU.
 */
export const measureCeiling = (batch: number, widths: ReadonlyArray<number>, repeats = 5): Ceiling | { readonly error: string } => {
  const loaded = loadNativeAddon()
  if (!loaded.ok) return { error: loaded.reason }
  const maxW = Math.max(...widths)
  const size = 2 * batch * maxW // the largest operand: 2B rows of the widest layer, or a widest² weight
  const floats = Math.max(size, maxW * maxW)
  const heap = new ArrayBuffer(3 * floats * 4)
  const ab = new Float32Array(heap, 0, 2 * floats)
  for (let i = 0; i < ab.length; i++) ab[i] = ((i * 2654435761) % 1000) / 1000 - 0.5
  const [a, b, c] = [0, 4 * floats, 8 * floats]
  // [m, n, k, transA, transB] of each counted product
  const products: Array<readonly [number, number, number, number, number]> = []
  const layer = (rows: number, fwd: number, dW: number, dX: number) => {
    for (let l = 0; l + 1 < widths.length; l++) {
      const inW = widths[l]!, outW = widths[l + 1]!
      for (let i = 0; i < fwd; i++) products.push([rows, outW, inW, 0, 0])
      for (let i = 0; i < dW; i++) products.push([inW, outW, rows, 1, 0])
      for (let i = 0; i < dX; i++) products.push([rows, inW, outW, 0, 1])
    }
  }
  for (let k = 1; k <= 4; k++) {
    layer(batch, 2 * k, 1, 1)
    layer(2 * batch, 3, 1, 3)
  }
  const flop = products.reduce((s, [m, n, k]) => s + 2 * m * n * k, 0)
  const sweep = () => {
    const t0 = performance.now()
    for (const [m, n, k, ta, tb] of products) loaded.addon.gemm(heap, 1, m, n, k, ta, tb, a, 0, b, 0, c, 0, 0, 0, 0, 0)
    return flop / ((performance.now() - t0) / 1000) / 1e9
  }
  sweep()
  const runs = Array.from({ length: repeats }, sweep)
  return { gflops: [...runs].sort((x, y) => x - y)[Math.floor(runs.length / 2)]!, runs }
}
