/**
 * Sweep axes as values (architecture.md, "The DSL"): `axis(path, values)` varies one config path;
 * `grid` crosses sweeps, `zip` pairs them, `union` concatenates, `where` filters, `seeds(n)` replicates.
 * `expand(sweep)` is the pure function that turns a sweep into points; the compiler decodes each point
 * on top of the experiment's base config.
 *
 * Typing: `path` is any dotted path of `CellConfigInput` ("generator.stepMatching", or "guidance" for a
 * whole block) and each value must have that path's type, with literal types kept, so
 * `axis("generator.stepMatching", ["unifrom"])` is a type error. The compiler decodes again anyway.
 */
import { Schema } from "effect"
import type { CellConfigInput } from "./Hyperparams.ts"
import { callSite, DslError, labelOf, Site, slugOf, slugify, withMeta } from "./internal/common.ts"

// ---------------------------------------------------------------------------------------------------
// config paths and their value types

type Leaf = string | number | boolean | bigint | symbol | null | undefined

/** Every dotted path of a config type, e.g. "generator" | "generator.numSteps" | "teacher.imperfection.meanShift". */
export type PathsOf<T> = T extends Leaf
  ? never
  : T extends ReadonlyArray<unknown>
    ? never
    : { [K in keyof T & string]-?: K | `${K}.${PathsOf<NonNullable<T[K]>>}` }[keyof T & string]

type Required<T> = { [K in keyof T]-?: T[K] }

/** The (input) type at a dotted path; distributes over unions (the teacher block is one of several kinds). */
export type ValueAt<T, P extends string> = T extends unknown
  ? P extends `${infer H}.${infer R}`
    ? H extends keyof T ? ValueAt<Required<T>[H], R> : never
    : P extends keyof T ? Required<T>[P] : never
  : never

/** A dotted path of a cell config. */
export type ConfigPath = PathsOf<CellConfigInput>
/** The type of the value at a config path. */
export type ConfigValue<P extends ConfigPath> = ValueAt<CellConfigInput, P>

/** The last segment of a dotted path: the default axis name ("generator.stepMatching" → "stepMatching"). */
export type LastSegment<P extends string> = P extends `${string}.${infer R}` ? LastSegment<R> : P

type UnionToIntersection<U> = (U extends unknown ? (u: U) => void : never) extends (i: infer I) => void ? I : never
type Simplify<T> = { [K in keyof T]: T[K] } & {}

// ---------------------------------------------------------------------------------------------------
// sweep values

/** One point of a sweep: config assignments by path, and each axis's value label by axis name. */
export interface SweepPoint {
  readonly assignments: Readonly<Record<string, unknown>>
  readonly labels: Readonly<Record<string, string>>
  /** Id-safe labels, by axis name, in axis order. */
  readonly slugs: Readonly<Record<string, string>>
  /** Raw values by axis name (what `where` predicates see). */
  readonly values: Readonly<Record<string, unknown>>
  /** Where each assignment was written: its axis's call site and the value's index (for diagnostics). */
  readonly origins: Readonly<Record<string, { readonly site: string | undefined; readonly index: number }>>
}

interface Node {
  /** Where the node was created ("file:line:col"), for diagnostics; not enumerable. */
  readonly [Site]?: string
}

/**
 * What a table, check or dependency selector may write for an axis value: a string value itself, a number
 * or boolean or its text, else (a preset, a whole block) its label, which only the compiler checks.
 */
export type SelectorValue<V> = V extends string ? V : V extends number | boolean | bigint ? V | `${V}` : string
/** The selector values of each axis of a row (distributes over the rows of a union). */
export type SelectorsOf<Row> = Row extends unknown ? { readonly [K in keyof Row]: SelectorValue<Row[K]> } : never

/**
 * Phantom `Row` = the axis values a point of this sweep carries, by axis name; phantom `Sel` = what a
 * selector may name each value by (the values, or the axis's `labels`), so tsc catches a misspelt value.
 */
export type Sweep<Row = {}, Sel = SelectorsOf<Row>> = (AxisNode | GridNode | ZipNode | UnionNode | WhereNode) & {
  readonly __row?: Row
  readonly __select?: Sel
}

export interface AxisNode extends Node {
  readonly _tag: "Axis"
  readonly path: string
  readonly name: string
  readonly values: ReadonlyArray<unknown>
  readonly labels?: ReadonlyArray<string>
}
export interface GridNode extends Node { readonly _tag: "Grid"; readonly sweeps: ReadonlyArray<Sweep<any, any>> }
export interface ZipNode extends Node { readonly _tag: "Zip"; readonly sweeps: ReadonlyArray<Sweep<any, any>> }
export interface UnionNode extends Node { readonly _tag: "Union"; readonly sweeps: ReadonlyArray<Sweep<any, any>> }
export interface WhereNode extends Node {
  readonly _tag: "Where"
  readonly sweep: Sweep<any, any>
  readonly predicate: (row: any, labels: Readonly<Record<string, string>>) => boolean
}

type RowOf<S> = S extends { readonly __row?: infer R } ? R : never
type SelOf<S> = S extends { readonly __select?: infer L } ? L : never
type Merged<S extends ReadonlyArray<unknown>> = Simplify<UnionToIntersection<RowOf<S[number]>>>
type MergedSel<S extends ReadonlyArray<unknown>> = Simplify<UnionToIntersection<SelOf<S[number]>>>

const node = <T extends object>(value: T): T => withMeta(value, Site, callSite())

/** Options of `axis`. */
export interface AxisOptions<N extends string, L extends ReadonlyArray<string> = ReadonlyArray<string>> {
  /** Axis name in labels, tables and checks; default: the path's last segment. */
  readonly name?: N
  /** Human labels of the values (same length); default: each value's own label. Selectors then use these. */
  readonly labels?: L
}

/** One swept config path and its values, e.g. `axis("generator.stepMatching", ["uniform", "final"])`. */
export const axis = <
  const P extends ConfigPath,
  const V extends ReadonlyArray<ConfigValue<P>>,
  const N extends string = LastSegment<P>,
  const L extends ReadonlyArray<string> = never
>(
  path: P,
  values: V,
  opts?: AxisOptions<N, L>
): Sweep<{ readonly [K in N]: V[number] }, { readonly [K in N]: [L] extends [never] ? SelectorValue<V[number]> : L[number] }> => {
  if (opts?.labels !== undefined && opts.labels.length !== values.length) {
    throw new DslError({ argument: `labels in axis("${path}", values, { labels })`, detail: `must give one label per value (${values.length}), got ${opts.labels.length}` })
  }
  const name = opts?.name ?? path.split(".").at(-1)!
  return node({ _tag: "Axis" as const, path, name, values: [...values], ...(opts?.labels ? { labels: [...opts.labels] } : {}) })
}

/** `seeds(n)`: n replicates with run seeds first..first+n−1 (axis "seed"). */
export const seeds = (n: number, first = 0): Sweep<{ readonly seed: number }> => {
  if (!Number.isInteger(n) || n < 1) throw new DslError({ argument: "n in seeds(n)", detail: `must be a whole number ≥ 1, got ${n}` })
  if (!Number.isInteger(first) || first < 0) throw new DslError({ argument: "first in seeds(n, first)", detail: `must be a whole number ≥ 0, got ${first}` })
  return node({ _tag: "Axis" as const, path: "seed", name: "seed", values: Array.from({ length: n }, (_, i) => first + i) })
}

/** The cartesian product; the first sweep varies slowest. `grid()` is the single empty point. */
export const grid = <const S extends ReadonlyArray<Sweep<any, any>>>(...sweeps: S): Sweep<Merged<S>, MergedSel<S>> =>
  node({ _tag: "Grid" as const, sweeps })

/** Pairs the i-th points of equally long sweeps. */
export const zip = <const S extends ReadonlyArray<Sweep<any, any>>>(...sweeps: S): Sweep<Merged<S>, MergedSel<S>> =>
  node({ _tag: "Zip" as const, sweeps })

/** All points of each sweep, in order (a union of grids). */
export const union = <const S extends ReadonlyArray<Sweep<any, any>>>(...sweeps: S): Sweep<RowOf<S[number]>, SelOf<S[number]>> =>
  node({ _tag: "Union" as const, sweeps })

/** Keeps the points for which `predicate(row, labels)` is true; removing every point is a compile error. */
export const where = <R, L>(
  sweep: Sweep<R, L>,
  predicate: (row: R, labels: Readonly<Record<keyof R & string, string>>) => boolean
): Sweep<R, L> => node({ _tag: "Where" as const, sweep, predicate })

// ---------------------------------------------------------------------------------------------------
// expansion

/** Why a sweep cannot expand; `site` is where the offending node was written. */
export class SweepError extends Schema.TaggedError<SweepError>()("SweepError", {
  reason: Schema.Literals(["empty", "whereRemovedAll", "predicateThrew", "zipLengths", "duplicateAxis", "notASweep"]),
  detail: Schema.String,
  site: Schema.optional(Schema.String)
}) {
  override get message() {
    return this.detail
  }
}

const siteOf = (n: unknown): string | undefined => (n as Node | undefined)?.[Site]

const mergePoints = (a: SweepPoint, b: SweepPoint, at: unknown): SweepPoint => {
  for (const name of Object.keys(b.labels)) {
    if (name in a.labels) throw new SweepError({ reason: "duplicateAxis", detail: `the axis "${name}" appears twice in one grid or zip`, site: siteOf(at) })
  }
  for (const path of Object.keys(b.assignments)) {
    if (path in a.assignments) throw new SweepError({ reason: "duplicateAxis", detail: `the config path "${path}" is swept twice in one grid or zip`, site: siteOf(at) })
  }
  return {
    assignments: { ...a.assignments, ...b.assignments },
    labels: { ...a.labels, ...b.labels },
    slugs: { ...a.slugs, ...b.slugs },
    values: { ...a.values, ...b.values },
    origins: { ...a.origins, ...b.origins }
  }
}

const emptyPoint: SweepPoint = { assignments: {}, labels: {}, slugs: {}, values: {}, origins: {} }

const expandNode = (s: Sweep<any, any>): ReadonlyArray<SweepPoint> => {
  switch (s?._tag) {
    case "Axis":
      return s.values.map((v, i) => ({
        assignments: { [s.path]: v },
        labels: { [s.name]: s.labels?.[i] ?? labelOf(v) },
        slugs: { [s.name]: s.labels?.[i] !== undefined ? slugify(s.labels[i]!) : slugOf(v) },
        values: { [s.name]: v },
        origins: { [s.path]: { site: siteOf(s), index: i } }
      }))
    case "Grid":
      return s.sweeps.reduce<ReadonlyArray<SweepPoint>>(
        (acc, child) => {
          const points = expandNode(child)
          return acc.flatMap((a) => points.map((b) => mergePoints(a, b, s)))
        },
        [emptyPoint]
      )
    case "Zip": {
      const parts = s.sweeps.map(expandNode)
      const lengths = parts.map((p) => p.length)
      if (new Set(lengths).size > 1) {
        throw new SweepError({ reason: "zipLengths", detail: `zip needs sweeps of equal length, got lengths ${lengths.join(", ")}`, site: siteOf(s) })
      }
      return (parts[0] ?? []).map((_, i) => parts.reduce((acc, p) => mergePoints(acc, p[i]!, s), emptyPoint))
    }
    case "Union":
      return s.sweeps.flatMap(expandNode)
    case "Where": {
      const points = expandNode(s.sweep)
      const kept = points.filter((p) => {
        try {
          return s.predicate(p.values, p.labels)
        } catch (e) {
          throw new SweepError({ reason: "predicateThrew", detail: `the where(...) predicate threw on ${JSON.stringify(p.labels)}: ${e instanceof Error ? e.message : String(e)}`, site: siteOf(s) })
        }
      })
      if (points.length > 0 && kept.length === 0) {
        throw new SweepError({ reason: "whereRemovedAll", detail: `the where(...) filter removes all ${points.length} cells of its sweep`, site: siteOf(s) })
      }
      return kept
    }
    default:
      throw new SweepError({ reason: "notASweep", detail: `expected a sweep made by axis, grid, zip, union, where or seeds, got ${JSON.stringify(s)}` })
  }
}

/** The first node that is empty by itself (an axis without values, a union or zip of nothing). */
const findEmpty = (s: Sweep<any, any>): Sweep<any, any> | undefined => {
  switch (s._tag) {
    case "Axis":
      return s.values.length === 0 ? s : undefined
    case "Where":
      return findEmpty(s.sweep)
    default:
      if (s.sweeps.length === 0 && s._tag !== "Grid") return s
      for (const child of s.sweeps) {
        const found = findEmpty(child)
        if (found) return found
      }
      return undefined
  }
}

/**
 * How many points a sweep has, without expanding it: products for grid, sums for union, the longest for
 * zip and the unfiltered count for where (an upper bound). The compiler refuses huge sweeps before building them.
 */
export const sweepSize = (s: Sweep<any, any>): number => {
  switch (s?._tag) {
    case "Axis":
      return Array.isArray(s.values) ? s.values.length : 0
    case "Grid":
      return s.sweeps.reduce((n, c) => n * sweepSize(c), 1)
    case "Zip":
      return Math.max(0, ...s.sweeps.map(sweepSize))
    case "Union":
      return s.sweeps.reduce((n, c) => n + sweepSize(c), 0)
    case "Where":
      return sweepSize(s.sweep)
    default:
      return 0
  }
}

/** Expands a sweep into its points, in order. Throws SweepError when it is empty or malformed. */
export const expand = (sweep: Sweep<any, any>): ReadonlyArray<SweepPoint> => {
  const points = expandNode(sweep)
  if (points.length === 0) {
    const culprit = findEmpty(sweep)
    const what = culprit?._tag === "Axis" ? `the axis "${culprit.name}" has no values` : "an empty union or zip"
    throw new SweepError({ reason: "empty", detail: `the sweep has no cells (${what})`, site: siteOf(culprit ?? sweep) })
  }
  return points
}
