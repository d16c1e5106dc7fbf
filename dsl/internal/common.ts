/**
 * Small pieces every DSL module shares: the symbol keys that carry authoring metadata (a value's
 * human label, the source position a DSL value was made at), the DSL's own error, and label/slug rules.
 *
 * Metadata lives under `Symbol.for(...)` keys on purpose: the config decoder and canonical JSON see only
 * string keys, so a preset's label never leaks into a resolved config or a cache key, and the keys
 * survive even when the compiler and an experiment load different copies of this module (a temp tree).
 */

import { Result, Schema, SchemaAST, SchemaIssue } from "effect"

/** Key of a value's human label, e.g. a guidance preset's "LSG κ=1.5". */
export const Label: unique symbol = Symbol.for("sidlab/label") as never
/** Key of a value's short id-safe label, e.g. "lsg1.5". */
export const Slug: unique symbol = Symbol.for("sidlab/slug") as never
/** Key of the "file:line:col" where a DSL value was created (for diagnostics only). */
export const Site: unique symbol = Symbol.for("sidlab/site") as never

/** A mistake in DSL arguments, thrown at authoring time; `argument` names the bad argument. */
export class DslError extends Schema.TaggedError<DslError>()("DslError", {
  argument: Schema.String,
  detail: Schema.String
}) {
  override get message() {
    return `${this.argument} ${this.detail}`
  }
}

/** Throws a DslError unless `x` is a finite number. */
export const requireFinite = (argument: string, x: unknown): number => {
  if (typeof x !== "number" || !Number.isFinite(x)) {
    throw new DslError({ argument, detail: `must be a finite number, got ${typeof x === "number" ? String(x) : JSON.stringify(x) ?? String(x)}` })
  }
  return x
}

/** This package's `dsl/` directory; frames inside it (but not the compiler) are DSL internals. */
const dslDir = decodeURIComponent(new URL("../", import.meta.url).pathname)

/**
 * The "file:line:col" of the first stack frame outside `dsl/`: the experiment line that called the DSL.
 * Node source-maps frames under tsx, so positions are those of the TypeScript source.
 */
export const callSite = (): string | undefined => {
  const stack = new Error().stack ?? ""
  for (const line of stack.split("\n").slice(1)) {
    const m = /(?:\(|at )((?:file:\/\/)?\/[^()]*?):(\d+):(\d+)\)?\s*$/.exec(line)
    if (!m) continue
    const file = decodeURIComponent(m[1]!.replace(/^file:\/\//, "").replace(/\?.*$/, ""))
    if (file.startsWith(dslDir) && !file.startsWith(`${dslDir}compiler/`)) continue
    if (file.includes("/node_modules/")) continue
    return `${file}:${m[2]}:${m[3]}`
  }
  return undefined
}

/** Attaches a symbol-keyed, non-enumerable property (invisible to spreads, JSON and the decoder). */
export const withMeta = <T extends object>(value: T, key: symbol, meta: unknown): T => {
  Object.defineProperty(value, key, { value: meta, enumerable: false, configurable: true })
  return value
}

/** The human label of an axis value: a preset's label, a primitive's text, else compact JSON. */
export const labelOf = (value: unknown): string => {
  if (typeof value === "object" && value !== null && typeof (value as { [Label]?: unknown })[Label] === "string") {
    return (value as { [Label]: string })[Label]
  }
  if (typeof value === "string") return value
  if (typeof value === "number" || typeof value === "boolean") return String(value)
  return JSON.stringify(plainData(value)) ?? String(value)
}

/** Lower-cases and keeps only characters safe in a cell id and a file name. */
export const slugify = (label: string): string =>
  label
    .toLowerCase()
    .replace(/κ\s*=\s*/g, "")
    .replace(/\s+/g, "")
    .replace(/[^a-z0-9._+-]+/g, "_")
    .replace(/^_+|_+$/g, "")

/** The id-safe label of an axis value: a preset's slug, else the slugified label. */
export const slugOf = (value: unknown): string => {
  if (typeof value === "object" && value !== null && typeof (value as { [Slug]?: unknown })[Slug] === "string") {
    return (value as { [Slug]: string })[Slug]
  }
  return slugify(labelOf(value))
}

/** A deep copy with only string keys of plain objects and arrays: what the config decoder should see. */
export const plainData = (value: unknown): unknown => {
  if (Array.isArray(value)) return value.map(plainData)
  if (typeof value === "object" && value !== null) {
    const out: Record<string, unknown> = {}
    for (const key of Object.keys(value)) out[key] = plainData((value as Record<string, unknown>)[key])
    return out
  }
  return value
}

const formatIssues = SchemaIssue.makeFormatterStandardSchemaV1()

/** A Schema failure's first issue, as the formatter lists it: its path (keys) and its sentence. */
export const firstSchemaIssue = (issue: SchemaIssue.Issue): { readonly fieldPath: ReadonlyArray<string>; readonly detail: string } => {
  const first = formatIssues(issue).issues[0]
  return { fieldPath: (first?.path ?? []).map((k) => String(typeof k === "object" ? k.key : k)), detail: first?.message ?? "" }
}

/** A Schema failure as one phrase naming the first bad field: `field meta.iteration: Expected number, got "7"`. */
export const schemaProblem = (issue: SchemaIssue.Issue): string => {
  const { fieldPath, detail } = firstSchemaIssue(issue)
  return fieldPath.length === 0 ? detail : `field ${fieldPath.join(".")}: ${detail}`
}

/** A decoder for data read from a file: the value, or `schemaProblem` of its first bad field (the caller names the file). */
export const fileDecoder = <S extends Schema.Decoder<unknown>>(schema: S, options?: SchemaAST.ParseOptions) => {
  const decode = Schema.decodeUnknownResult(schema, options)
  return (input: unknown): Result.Result<S["Type"], string> => Result.mapError(decode(input), (e) => schemaProblem(e.issue))
}
