/**
 * The PyTorch reference of the `bench-mlp` workload (`bench/torch_reference.py`, run with Debian's
 * python3-torch), as a function for `npm run bench` and as a command:
 *
 *   npm run bench:reference -- [--iters 20] [--repeats 5] [--warmup 3] [--batch 256] [--width 512] [--script PATH] [--python PATH]
 *
 * prints the reference's own JSON line. It runs only when the python has torch; otherwise it says why.
 */
import { spawnSync } from "node:child_process"
import { existsSync } from "node:fs"
import { fileURLToPath } from "node:url"
import { parseArgs } from "node:util"

/** The reference script of this repository (`SIDLAB_TORCH_REFERENCE` may point at another). */
export const defaultReferenceScript = fileURLToPath(new URL("../bench/torch_reference.py", import.meta.url))
export const defaultPython = "/usr/bin/python3"

export interface ReferenceOptions {
  readonly iters: number
  readonly repeats: number
  readonly warmup: number
  readonly batch: number
  /** hidden width of the MLP (512 in the benchmark) */
  readonly hidden?: number
  readonly script?: string
  readonly python?: string
}

/** The reference's JSON line (benchmark.md fields), or why it could not run. */
export type ReferenceResult =
  | { readonly ok: true; readonly result: Record<string, unknown> & { iterations_per_s: number } }
  | { readonly ok: false; readonly reason: string }

/** Whether `python` can import torch: undefined when it can, else the reason. */
export const referenceUnavailable = (python = defaultPython, script = process.env.SIDLAB_TORCH_REFERENCE ?? defaultReferenceScript): string | undefined => {
  if (!existsSync(script)) return `${script} not found`
  if (!existsSync(python)) return `${python} not found`
  const probe = spawnSync(python, ["-c", "import torch"], { encoding: "utf8" })
  if (probe.status !== 0) return `${python} has no torch (Debian: apt-get install python3-torch)`
  return undefined
}

/** Runs the reference once with the same iteration counts as ours. */
export const runReference = (o: ReferenceOptions): ReferenceResult => {
  const python = o.python ?? defaultPython
  const script = o.script ?? process.env.SIDLAB_TORCH_REFERENCE ?? defaultReferenceScript
  const missing = referenceUnavailable(python, script)
  if (missing !== undefined) return { ok: false, reason: missing }
  const args = [script, "--json", "--iters", String(o.iters), "--repeats", String(o.repeats), "--warmup", String(o.warmup), "--batch", String(o.batch),
    "--hidden", String(o.hidden ?? 512)]
  const r = spawnSync(python, args, { encoding: "utf8", stdio: ["ignore", "pipe", "inherit"], maxBuffer: 1 << 24 })
  if (r.status !== 0) return { ok: false, reason: `${python} ${script} exited with ${r.status ?? r.signal}` }
  const line = r.stdout.trim().split("\n").at(-1) ?? ""
  try {
    const result = JSON.parse(line) as Record<string, unknown> & { iterations_per_s: number }
    if (typeof result.iterations_per_s !== "number") throw new Error("no iterations_per_s")
    return { ok: true, result }
  } catch (e) {
    return { ok: false, reason: `unreadable reference output (${String(e)}): ${line.slice(0, 200)}` }
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const { values } = parseArgs({
    options: {
      iters: { type: "string", default: "20" },
      repeats: { type: "string", default: "5" },
      warmup: { type: "string", default: "3" },
      batch: { type: "string", default: "256" },
      width: { type: "string", default: "512" },
      script: { type: "string" },
      python: { type: "string" }
    }
  })
  const r = runReference({
    iters: Number(values.iters), repeats: Number(values.repeats), warmup: Number(values.warmup), batch: Number(values.batch), hidden: Number(values.width),
    ...(values.script ? { script: values.script } : {}), ...(values.python ? { python: values.python } : {})
  })
  if (r.ok) console.log(JSON.stringify(r.result))
  else {
    console.error(`bench-reference: ${r.reason}`)
    process.exit(1)
  }
}
