/**
 * The machine's practical fp32 matmul peak for `npm run bench`: one 2048² × 2048² sgemm through the
 * native addon (OpenBLAS, every pool thread), the yardstick for each implementation's iteration GFLOP/s.
 */
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
