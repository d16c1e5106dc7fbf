/**
 * Evaluating experiment files under guards: one worker thread (EvaluateWorker.ts) imports the files in
 * turn with a time limit per file and a heap limit, so an endless loop or a runaway allocation in an
 * experiment becomes a diagnostic instead of a hung or crashed compile. A timed-out or crashed worker is
 * replaced by a fresh one for the remaining files.
 */
import { Worker } from "node:worker_threads"
import type { SweepPoint } from "../Axis.ts"
import type { Experiment } from "../Experiment.ts"

/** A sweep point as the worker posts it: `values` (only `where` predicates read them) stay behind. */
export type PlainPoint = Omit<SweepPoint, "values">

/** The experiment value without its sweep (already expanded), selectors as labels. */
export type ExperimentData = Omit<Experiment, "sweep">

/** What became of the sweep of an evaluated experiment. */
export type SweepOutcome =
  | { readonly kind: "points"; readonly points: ReadonlyArray<PlainPoint> }
  | { readonly kind: "badSeeds"; readonly seeds: unknown }
  | { readonly kind: "badMaxCells"; readonly maxCells: unknown }
  | { readonly kind: "tooMany"; readonly count: number; readonly limit: number; readonly ownLimit: boolean; readonly filtered: boolean; readonly hasSweep: boolean }
  | { readonly kind: "sweepError"; readonly detail: string; readonly site?: string }
  | { readonly kind: "expandFailed"; readonly message: string; readonly hasSweep: boolean }

/** The result of evaluating one file. */
export type Evaluated =
  | { readonly kind: "experiment"; readonly experiment: ExperimentData; readonly sweep: SweepOutcome }
  | { readonly kind: "notExperiment" }
  | { readonly kind: "threw"; readonly message: string; readonly dsl: boolean; readonly stack: string }
  | { readonly kind: "timeout"; readonly seconds: number }
  | { readonly kind: "memory"; readonly megabytes: number }
  | { readonly kind: "crashed"; readonly message: string }

export interface EvaluateRequest {
  readonly url: string
  /** The sweep-size limit for experiments that set no `maxCells`. */
  readonly maxCells: number
}

export interface EvaluatorOptions {
  /** Per file, from the import to the expanded sweep. */
  readonly timeoutMs: number
  /** The worker's old-generation heap limit. */
  readonly memoryMb: number
  readonly maxCells: number
}

export const defaultEvaluatorOptions: EvaluatorOptions = { timeoutMs: 30_000, memoryMb: 1024, maxCells: 5000 }

/** The worker runs TypeScript: register tsx inside it, then load the worker module. */
const bootstrap = (): URL => {
  const code = [
    `import { register } from ${JSON.stringify(import.meta.resolve("tsx/esm/api"))}`,
    "register()",
    `await import(${JSON.stringify(new URL("./EvaluateWorker.ts", import.meta.url).href)})`
  ].join("\n")
  return new URL(`data:text/javascript,${encodeURIComponent(code)}`)
}

export class Evaluator {
  private worker: { readonly w: Worker; readonly ready: Promise<boolean> } | undefined

  constructor(private readonly opts: EvaluatorOptions) {}

  private start(): { readonly w: Worker; readonly ready: Promise<boolean> } {
    const w = new Worker(bootstrap(), { resourceLimits: { maxOldGenerationSizeMb: this.opts.memoryMb } })
    const ready = new Promise<boolean>((resolve) => {
      w.once("message", () => resolve(true))
      w.once("error", () => resolve(false))
      w.once("exit", () => resolve(false))
    })
    return { w, ready }
  }

  /** Imports the module at `url` (a file URL) and expands its sweep; never throws. */
  async evaluate(url: string): Promise<Evaluated> {
    const worker = this.worker ?? (this.worker = this.start())
    if (!(await worker.ready)) {
      this.worker = undefined
      return { kind: "crashed", message: "the evaluation worker did not start" }
    }
    const { w } = worker
    return new Promise<Evaluated>((resolve) => {
      const finish = (result: Evaluated, stop: boolean): void => {
        clearTimeout(timer)
        w.off("message", onMessage).off("error", onError).off("exit", onExit)
        if (stop) {
          void w.terminate()
          this.worker = undefined
        }
        resolve(result)
      }
      const onMessage = (m: Evaluated): void => finish(m, false)
      const onError = (e: Error & { code?: string }): void =>
        finish(e.code === "ERR_WORKER_OUT_OF_MEMORY" ? { kind: "memory", megabytes: this.opts.memoryMb } : { kind: "crashed", message: e.message }, true)
      const onExit = (code: number): void => finish({ kind: "crashed", message: `the evaluation worker exited with code ${code}` }, true)
      const timer = setTimeout(() => finish({ kind: "timeout", seconds: this.opts.timeoutMs / 1000 }, true), this.opts.timeoutMs)
      w.on("message", onMessage).on("error", onError).on("exit", onExit)
      w.postMessage({ url, maxCells: this.opts.maxCells } satisfies EvaluateRequest)
    })
  }

  /** Stops the worker. */
  async close(): Promise<void> {
    const worker = this.worker
    this.worker = undefined
    if (worker) await worker.w.terminate()
  }
}
