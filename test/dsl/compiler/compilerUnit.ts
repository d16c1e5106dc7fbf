/** Helpers for the compiler unit tests: an in-memory experiment file, its reporter, sweep points by hand. */
import { Project } from "ts-morph"
import type { Experiment } from "../../../dsl/Experiment.ts"
import type { PlainPoint } from "../../../dsl/compiler/Evaluate.ts"
import { type Reporter, reporter } from "../../../dsl/compiler/Expand.ts"

const project = new Project({ useInMemoryFileSystem: true })

/** A reporter over `text` as experiments/t.ts. */
export const reporterFor = (text: string): Reporter =>
  reporter("experiments/t.ts", "/p/experiments/t.ts", project.createSourceFile("/p/experiments/t.ts", text, { overwrite: true }))

/** The experiment value the worker would hand back (the unit tests build it directly). */
export const experimentValue = (fields: Omit<Experiment, "_tag" | "sweep">): Experiment => ({ _tag: "Experiment", ...fields }) as unknown as Experiment

/** One sweep point setting config paths, labelled by the last path segment; no call sites. */
export const point = (assignments: Readonly<Record<string, unknown>>, labels?: Readonly<Record<string, string>>): PlainPoint => {
  const named = labels ?? Object.fromEntries(Object.entries(assignments).map(([p, v]) => [p.split(".").at(-1)!, String(v)]))
  return {
    assignments,
    labels: named,
    slugs: named,
    origins: Object.fromEntries(Object.keys(assignments).map((p, index) => [p, { site: undefined, index }]))
  }
}

/** `line:col: message` of every diagnostic, the form the fixtures use. */
export const messages = (r: Reporter): ReadonlyArray<string> => r.diagnostics.map((d) => `${d.line}:${d.col}: ${d.message}`)
