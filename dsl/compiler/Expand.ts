/**
 * Expand: an experiment value → its cells. Takes the sweep's points (crossed by dsl/Axis.ts `expand` in
 * the evaluation worker, Evaluate.ts), lays each point over the base config, decodes it with the Schema
 * (all defaults filled in), names it, and adds the cells it depends on. Every problem becomes a diagnostic at the source line that caused it:
 * the axis value for a swept field, the `base` property otherwise.
 */
import { Result, Schema, SchemaAST, SchemaIssue } from "effect"
import type { SourceFile } from "ts-morph"
import { Node } from "ts-morph"
import { cellKinds, type Experiment } from "../Experiment.ts"
import { CellConfig } from "../Hyperparams.ts"
import { firstSchemaIssue } from "../internal/common.ts"
import { plainData } from "../internal/common.ts"
import { canonicalJson, sha256 } from "./CacheKey.ts"
import {
  at,
  callAt,
  type Diagnostic,
  didYouMean,
  experimentCall,
  findProperty,
  locateInExperiment,
  parseSite,
  quoteList,
  walkPath
} from "./Diagnostics.ts"
import type { PlainPoint, SweepOutcome } from "./Evaluate.ts"
import type { PlanCell, PrefitConfig } from "../Plan.ts"

/** A cell before keys are computed. */
export type CellDraft = PlanCell extends infer C ? (C extends PlanCell ? Omit<C, "planKey" | "keyParts"> : never) : never

/** A file-bound diagnostic reporter. */
export interface Reporter {
  readonly sf: SourceFile
  readonly absPath: string
  report(node: Node | undefined, message: string): void
  readonly diagnostics: ReadonlyArray<Diagnostic>
}

export const reporter = (file: string, absPath: string, sf: SourceFile): Reporter => {
  const diagnostics: Array<Diagnostic> = []
  const seen = new Set<string>()
  return {
    sf,
    absPath,
    diagnostics,
    report(node, message) {
      const d = at(file, sf, node ?? experimentCall(sf), message)
      const key = `${d.line}:${d.col}:${d.message}`
      if (!seen.has(key)) diagnostics.push(d), seen.add(key)
    }
  }
}

/** The node a DSL call site points at, when the site is in this file. */
export const siteNode = (r: Reporter, site: string | undefined): Node | undefined => {
  const s = parseSite(site)
  return s && s.file === r.absPath ? callAt(r.sf, s.line, s.col) : undefined
}

// ---------------------------------------------------------------------------------------------------
// config decoding with located errors

/** Schema keys at a dotted config path ("" = the cell), for "did you mean". */
const schemaKeys = (fieldPath: ReadonlyArray<string>): ReadonlyArray<string> => {
  let asts: ReadonlyArray<any> = [CellConfig.ast]
  const keysOf = (a: any): ReadonlyArray<any> => (a._tag === "Union" ? a.types.flatMap(keysOf) : a._tag === "Objects" ? a.propertySignatures : [])
  for (const seg of fieldPath) asts = asts.flatMap(keysOf).filter((p: any) => p.name === seg).map((p: any) => p.type)
  return [...new Set(asts.flatMap(keysOf).map((p: any) => String(p.name)))]
}

const valueAt = (input: unknown, fieldPath: ReadonlyArray<string>): unknown =>
  fieldPath.reduce<unknown>((v, k) => (typeof v === "object" && v !== null ? (v as Record<string, unknown>)[k] : undefined), input)

const show = (v: unknown): string => (typeof v === "number" || v === undefined ? String(v) : JSON.stringify(v))
const lowerFirst = (s: string): string => s.charAt(0).toLowerCase() + s.slice(1)

/** The first failure of a config decode, as the Schema formatter lists it first: its path, sentence and leaf. */
interface ConfigProblem {
  readonly fieldPath: ReadonlyArray<string>
  /** The Schema's sentence for it ("Expected …", or a check's own words). */
  readonly detail: string
  readonly leaf: SchemaIssue.Issue
  /** The sentence is a check's own message, not an "Expected …" the value can follow. */
  readonly ownWords: boolean
}

const hasMessage = (annotations: unknown): boolean =>
  typeof (annotations as { readonly message?: unknown } | undefined)?.message === "string"

/** Walks the branch the formatter lists first, down to its leaf (a union that matched no member is one). */
const firstLeaf = (issue: SchemaIssue.Issue, ownWords = false): { readonly leaf: SchemaIssue.Issue; readonly ownWords: boolean } => {
  switch (issue._tag) {
    case "Filter":
      return firstLeaf(issue.issue, ownWords || hasMessage(issue.filter.annotations))
    case "Encoding":
    case "Pointer":
      return firstLeaf(issue.issue, ownWords)
    case "Composite":
    case "AnyOf":
      if (issue.issues.length > 0) return firstLeaf(issue.issues[0]!, ownWords)
      return { leaf: issue, ownWords }
    default:
      return { leaf: issue, ownWords: ownWords || ("annotations" in issue && hasMessage(issue.annotations)) }
  }
}

const decodeConfig = Schema.decodeUnknownResult(CellConfig)

/** Decodes (and defaults) a cell config, rejecting unknown keys, or says what is wrong first. */
const decodeOrProblem = (input: unknown): Result.Result<CellConfig, ConfigProblem> => {
  const result = decodeConfig(input, { onExcessProperty: "error" })
  if (Result.isSuccess(result)) return Result.succeed(result.success)
  const issue = result.failure.issue
  return Result.fail({ ...firstSchemaIssue(issue), ...firstLeaf(issue) })
}

/** String literals a union accepts, when it is a union of string literals (a mode name). */
const literalChoices = (leaf: SchemaIssue.Issue): ReadonlyArray<string> | undefined => {
  if (leaf._tag !== "AnyOf" || !SchemaAST.isUnion(leaf.ast)) return undefined
  const types = leaf.ast.types
  const choices = types.flatMap((t) => (SchemaAST.isLiteral(t) && typeof t.literal === "string" ? [t.literal] : []))
  return choices.length === types.length ? choices : undefined
}

/** One plain sentence for a config problem, with the offending value. */
const configMessage = (p: ConfigProblem, input: unknown): string => {
  const field = p.fieldPath.join(".")
  if (p.leaf._tag === "UnexpectedKey") {
    const key = p.fieldPath.at(-1)!
    const parent = p.fieldPath.slice(0, -1)
    return `unknown key "${key}" in ${parent.length ? parent.join(".") : "the cell config"}${didYouMean(key, schemaKeys(parent))}`
  }
  if (p.leaf._tag === "MissingKey") return `${field} is required but missing`
  if (p.ownWords) return `${field}: ${p.detail}`
  const value = valueAt(input, p.fieldPath)
  // a mode name: the same sentence the type checker path gives
  const allowed = literalChoices(p.leaf)
  if (allowed !== undefined && typeof value === "string") return `${field}: "${value}" is not one of ${quoteList(allowed)}${didYouMean(value, allowed)}`
  return `${field}: ${lowerFirst(p.detail)}, got ${show(value)}`
}

/** Sets a dotted path in a plain object (creating objects on the way): an axis replaces the value there. */
const assign = (target: Record<string, unknown>, dotted: string, value: unknown): void => {
  const keys = dotted.split(".")
  let obj = target
  for (const k of keys.slice(0, -1)) {
    if (typeof obj[k] !== "object" || obj[k] === null) obj[k] = {}
    obj = obj[k] as Record<string, unknown>
  }
  obj[keys.at(-1)!] = plainData(value)
}

/** Where a bad field was written: inside the axis value that set it, else under `base`. */
const locateField = (r: Reporter, point: PlainPoint, fieldPath: ReadonlyArray<string>): Node | undefined => {
  const dotted = fieldPath.join(".")
  const owner = Object.keys(point.assignments)
    .filter((p) => dotted === p || dotted.startsWith(`${p}.`))
    .sort((a, b) => b.length - a.length)[0]
  if (owner !== undefined) {
    const origin = point.origins[owner]!
    const call = siteNode(r, origin.site)
    const values = Node.isCallExpression(call) ? call.getArguments()[1] : undefined
    if (values) return walkPath(values, [origin.index, ...fieldPath.slice(owner.split(".").length)])
    return call ?? locateInExperiment(r.sf, ["sweep"])
  }
  const node = locateInExperiment(r.sf, ["base", ...fieldPath])
  const reached = Node.isPropertyAssignment(node) || Node.isShorthandPropertyAssignment(node) ? node.getName() : undefined
  if (reached === fieldPath.at(-1)) return node
  return findProperty(r.sf, fieldPath) ?? node
}

// ---------------------------------------------------------------------------------------------------
// cells

const prefitName = (c: PrefitConfig): string =>
  `prefit mlp ${c.network.hidden}×${c.network.depth} on ${c.teacher.kind} D=${c.teacher.dim} C=${c.teacher.classes} (${c.prefit.iterations} iterations)`

const hashId = (kind: string, config: unknown): string => `${kind}/${sha256(canonicalJson(config)).slice(0, 12)}`

/**
 * The cells a distill cell needs before it can train: the prefit copy of an analytic teacher, or the
 * autoencoder, learned teacher and evaluator of an image teacher. Ids hash the config they depend on.
 */
const dependencyCells = (config: CellConfig): ReadonlyArray<CellDraft> => {
  const t = config.teacher
  if (t.kind === "gmm") {
    const prefitConfig: PrefitConfig = { teacher: t, network: config.network, prefit: config.prefit }
    return [{ id: hashId("prefit", prefitConfig), name: prefitName(prefitConfig), kind: "prefit", axes: {}, stages: cellKinds.prefit, dependsOn: [], config: prefitConfig }]
  }
  const data = `fashion-mnist (${t.trainImages} training images)`
  // the autoencoder and evaluator depend only on the data and their own blocks, so more cells share them
  const aeConfig = { trainImages: t.trainImages, testImages: t.testImages, dim: t.dim, autoencoder: t.autoencoder }
  const evConfig = { trainImages: t.trainImages, testImages: t.testImages, evaluator: t.evaluator }
  const autoencoder: CellDraft = {
    id: hashId("autoencoder", aeConfig), name: `autoencoder 784→${t.autoencoder.hidden}→${t.dim} on ${data} (${t.autoencoder.iterations} iterations)`,
    kind: "autoencoder", axes: {}, stages: cellKinds.autoencoder, dependsOn: [], config: aeConfig
  }
  const teacherConfig = { teacher: t, network: config.network, prefit: config.prefit }
  const teacher: CellDraft = {
    id: hashId("teacher", teacherConfig), name: `teacher mlp ${config.network.hidden}×${config.network.depth} on ${t.dim}-d latents of ${data} (${config.prefit.iterations} iterations)`,
    kind: "teacher", axes: {}, stages: cellKinds.teacher, dependsOn: [autoencoder.id], config: teacherConfig
  }
  const evaluator: CellDraft = {
    id: hashId("evaluator", evConfig), name: `evaluator 784→${t.evaluator.hidden}→${Math.max(1, t.evaluator.hidden >> 1)}→10 on ${data} (${t.evaluator.iterations} iterations)`,
    kind: "evaluator", axes: {}, stages: cellKinds.evaluator, dependsOn: [], config: evConfig
  }
  return [autoencoder, teacher, evaluator]
}

/** The expanded points (the worker expanded them), or undefined after reporting why there are none. */
export const sweepPoints = (r: Reporter, outcome: SweepOutcome): ReadonlyArray<PlainPoint> | undefined => {
  switch (outcome.kind) {
    case "points":
      return outcome.points
    case "badSeeds":
      r.report(locateInExperiment(r.sf, ["seeds"]), `seeds must be a whole number ≥ 1, got ${show(outcome.seeds)}`)
      return undefined
    case "badMaxCells":
      r.report(locateInExperiment(r.sf, ["maxCells"]), `maxCells must be a whole number ≥ 1, got ${show(outcome.maxCells)}`)
      return undefined
    case "tooMany": {
      const n = `${outcome.count} cells${outcome.filtered ? " (counted before its where filters)" : ""}`
      const limit = outcome.ownLimit ? `its maxCells of ${outcome.limit}` : `the limit of ${outcome.limit}; set maxCells in experiment({...}) to allow more`
      r.report(locateInExperiment(r.sf, [outcome.hasSweep ? "sweep" : "seeds"]), `the sweep has ${n}, more than ${limit}`)
      return undefined
    }
    case "sweepError":
      r.report(siteNode(r, outcome.site) ?? locateInExperiment(r.sf, ["sweep"]), outcome.detail)
      return undefined
    case "expandFailed":
      r.report(locateInExperiment(r.sf, ["sweep"]), `expanding the sweep failed: ${outcome.message}`)
      return undefined
  }
}

/** Decodes every point into distill cells and the prefit cells they share; reports bad configs and duplicates. */
export const expandCells = (r: Reporter, exp: Experiment, points: ReadonlyArray<PlainPoint>): ReadonlyArray<CellDraft> => {
  const cells = new Map<string, CellDraft>()
  const byConfig = new Map<string, CellDraft>()
  for (const point of points) {
    const input = plainData(exp.base ?? {}) as Record<string, unknown>
    for (const [p, v] of Object.entries(point.assignments)) assign(input, p, v)
    const decoded = decodeOrProblem(input)
    if (Result.isFailure(decoded)) {
      r.report(locateField(r, point, decoded.failure.fieldPath), configMessage(decoded.failure, input))
      continue
    }
    const config = decoded.success
    const dependsOn = dependencyCells(config).map((dep) => (cells.set(dep.id, dep), dep.id))
    const slugs = Object.entries(point.slugs).map(([n, s]) => `${n}=${s}`)
    const id = slugs.length === 0 ? exp.name : `${exp.name}/${slugs.join(",")}`
    const name = Object.entries(point.labels).map(([n, l]) => `${n}: ${l}`).join(" · ") || exp.name
    const cell: CellDraft = { id, name, kind: "distill", axes: point.labels, stages: cellKinds.distill, dependsOn, config }
    const twin = byConfig.get(canonicalJson(config))
    const sweepNode = locateInExperiment(r.sf, ["sweep"])
    if (twin !== undefined) {
      r.report(sweepNode, `duplicate cell: "${twin.name}" and "${name}" resolve to the same config`)
    } else if (cells.has(id)) {
      r.report(sweepNode, `two different cells get the id "${id}"; give the axis values distinct labels (axis option "labels")`)
    } else {
      cells.set(id, cell)
      byConfig.set(canonicalJson(config), cell)
    }
  }
  return [...cells.values()]
}
