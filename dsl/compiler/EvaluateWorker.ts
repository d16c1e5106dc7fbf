/**
 * The evaluation worker that dsl/compiler/Evaluate.ts starts: imports one experiment file at a time,
 * folds in `seeds`, counts the sweep, expands it when it is small enough, and posts back plain data.
 * It is a worker thread so that an endless loop or a memory blow-up in an experiment file can be
 * stopped (terminate, resourceLimits) without taking the compiler with it.
 */
import { parentPort } from "node:worker_threads"
import { expand, grid, seeds as seedsAxis, type Sweep, SweepError, sweepSize } from "../Axis.ts"
import { type Experiment, isExperiment } from "../Experiment.ts"
import { DslError, labelOf, plainData } from "../internal/common.ts"
import type { Evaluated, EvaluateRequest, ExperimentData, SweepOutcome } from "./Evaluate.ts"

const hasWhere = (s: Sweep<any, any>): boolean =>
  s?._tag === "Where" || ((s?._tag === "Grid" || s?._tag === "Zip" || s?._tag === "Union") && s.sweeps.some(hasWhere))

const isWhole = (n: unknown): n is number => typeof n === "number" && Number.isInteger(n) && n >= 1

/** The expanded points as plain data, or why there are none; counts before expanding. */
const sweepOutcome = (exp: Experiment, defaultMaxCells: number): SweepOutcome => {
  const hasSweep = exp.sweep !== undefined
  if (exp.maxCells !== undefined && !isWhole(exp.maxCells)) return { kind: "badMaxCells", maxCells: exp.maxCells }
  if (exp.seeds !== undefined && !isWhole(exp.seeds)) return { kind: "badSeeds", seeds: exp.seeds }
  const base = exp.sweep ?? grid()
  const sweep = exp.seeds === undefined ? base : grid(base, seedsAxis(exp.seeds))
  const limit = exp.maxCells ?? defaultMaxCells
  const count = sweepSize(sweep)
  if (count > limit) return { kind: "tooMany", count, limit, ownLimit: exp.maxCells !== undefined, filtered: hasWhere(sweep), hasSweep }
  try {
    const points = expand(sweep)
    return {
      kind: "points",
      points: points.map((p) => ({ assignments: plainData(p.assignments) as Record<string, unknown>, labels: p.labels, slugs: p.slugs, origins: p.origins }))
    }
  } catch (e) {
    if (e instanceof SweepError) return { kind: "sweepError", detail: e.detail, ...(e.site !== undefined ? { site: e.site } : {}) }
    return { kind: "expandFailed", message: e instanceof Error ? e.message : String(e), hasSweep }
  }
}

/** A selector with every value replaced by its label (presets carry theirs in a symbol a worker cannot post). */
const labels = (sel: unknown): unknown =>
  typeof sel === "object" && sel !== null && !Array.isArray(sel)
    ? Object.fromEntries(Object.entries(sel).map(([k, v]) => [k, labelOf(v)]))
    : sel

const mapArray = <T>(xs: unknown, f: (x: T) => unknown): unknown => (Array.isArray(xs) ? xs.map((x) => f(x)) : xs)

/** The parts of an experiment the compiler reads after the sweep is expanded, as postable data. */
const experimentData = (exp: Experiment): ExperimentData => ({
  _tag: "Experiment",
  name: exp.name,
  description: exp.description,
  base: plainData(exp.base) as ExperimentData["base"],
  seeds: exp.seeds,
  maxCells: exp.maxCells,
  tables: mapArray<any>(exp.tables, (t) => (typeof t === "object" && t !== null ? { ...t, cells: t.cells === undefined ? undefined : labels(t.cells) } : t)) as ExperimentData["tables"],
  checks: mapArray<any>(exp.checks, (c) => (typeof c === "object" && c !== null ? { ...c, cells: labels(c.cells) } : c)) as ExperimentData["checks"],
  dependencies: mapArray<any>(exp.dependencies, (d) => (typeof d === "object" && d !== null ? { ...d, cells: labels(d.cells), after: labels(d.after) } : d)) as ExperimentData["dependencies"]
})

const evaluate = async (req: EvaluateRequest): Promise<Evaluated> => {
  try {
    const mod = (await import(req.url)) as { default?: unknown }
    if (!isExperiment(mod.default)) return { kind: "notExperiment" }
    return { kind: "experiment", experiment: experimentData(mod.default), sweep: sweepOutcome(mod.default, req.maxCells) }
  } catch (error) {
    return {
      kind: "threw",
      message: error instanceof Error ? error.message : String(error),
      dsl: error instanceof DslError,
      stack: error instanceof Error ? (error.stack ?? "") : ""
    }
  }
}

const port = parentPort!
port.on("message", (req: EvaluateRequest) => {
  void evaluate(req).then((result) => {
    try {
      port.postMessage(result)
    } catch (e) {
      // a function or other uncloneable value somewhere in the experiment
      port.postMessage({ kind: "threw", message: `the experiment value cannot be read: ${e instanceof Error ? e.message : String(e)}`, dsl: false, stack: "" } satisfies Evaluated)
    }
  })
})
port.postMessage("ready")
