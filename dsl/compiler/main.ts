/**
 * The compiler's entry: `compile(projectRoot, { check })` = extract → expand → validate → keys → emit.
 * Writes `generated/<name>.plan.ts`, `<name>.plan.mmd` and `index.ts`, or in check mode compares them with
 * what is on disk and names every stale, missing or extra file. `sidlab compile` and `sidlab plan` call it.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync } from "node:fs"
import { writeFileAtomic } from "../internal/atomicFile.ts"
import * as path from "node:path"
import { CodeClosure, keyParts, packageVersions, planKey } from "./CacheKey.ts"
import type { Diagnostic } from "./Diagnostics.ts"
import { indexSource, planMermaid, planSource } from "./Emit.ts"
import { expandCells, reporter, sweepPoints } from "./Expand.ts"
import type { EvaluatorOptions } from "./Evaluate.ts"
import { extract, type ExtractedFile } from "./Extract.ts"
import { experimentFilesIn, inputsFile, inputsSource } from "./Freshness.ts"
import { dependencyKinds, type Plan, type PlanCell } from "../Plan.ts"
import { applyDependencies, axisValues, validateChecks, validateTables } from "./Validate.ts"
import { locateInExperiment } from "./Diagnostics.ts"

export interface CompileOptions {
  /** Compare with disk instead of writing. */
  readonly check?: boolean
  /** Write the outputs (default: true unless `check`); `sidlab plan` compiles without writing. */
  readonly write?: boolean
  /** Where experiment files are, relative to the root (default "experiments"). */
  readonly experimentsDir?: string
  /** Only these files (relative to the root or absolute); default every `*.ts` in `experimentsDir` not starting with "_". */
  readonly files?: ReadonlyArray<string>
  /** Output directory, relative to the root (default "generated"). */
  readonly outDir?: string
  /**
   * The most cells a sweep may have when its experiment sets no `maxCells` (default 5000); counted before
   * expanding. An experiment raises its own limit with `maxCells` in experiment({...}).
   */
  readonly maxCells?: number
  /** Time limit for evaluating one experiment file and expanding its sweep (default 30 s). */
  readonly evaluationTimeoutMs?: number
  /** Heap limit of the evaluation worker (default 1024 MB). */
  readonly evaluationMemoryMb?: number
}

export interface CompileResult {
  readonly diagnostics: ReadonlyArray<Diagnostic>
  readonly plans: ReadonlyArray<Plan>
  /** Output path (relative to the root) → text: what compile writes. */
  readonly outputs: ReadonlyMap<string, string>
  /** Check mode: one line per stale, missing or extra output file. */
  readonly problems: ReadonlyArray<string>
  /** Files written (relative to the root). */
  readonly written: ReadonlyArray<string>
  /** 0 when there were no diagnostics (and, in check mode, no problems), else 1. */
  readonly exitCode: 0 | 1
}

const posix = (p: string): string => p.split(path.sep).join("/")
const kindRank = (c: PlanCell): number => {
  const i = (dependencyKinds as ReadonlyArray<string>).indexOf(c.kind)
  return i < 0 ? dependencyKinds.length : i
}
const byId = (a: PlanCell, b: PlanCell): number =>
  kindRank(a) !== kindRank(b) ? kindRank(a) - kindRank(b) : a.id < b.id ? -1 : a.id > b.id ? 1 : 0

/** Experiment files to compile, absolute and sorted. */
const experimentFiles = (root: string, opts: CompileOptions): ReadonlyArray<string> =>
  opts.files ? opts.files.map((f) => path.resolve(root, f)) : experimentFilesIn(path.join(root, opts.experimentsDir ?? "experiments"))

const validName = (name: unknown): name is string => typeof name === "string" && /^[a-z0-9][a-z0-9._-]*$/.test(name)

/** The source an existing generated/<name>.plan.ts was compiled from (its first line), if any. */
const recordedSource = (outDir: string, name: string): string | undefined => {
  const file = path.join(outDir, `${name}.plan.ts`)
  if (!existsSync(file)) return undefined
  return /generated from (\S+) by dsl\/compiler/.exec(readFileSync(file, "utf8").split("\n", 1)[0]!)?.[1]
}

/**
 * Experiment name → the file that keeps it when several files declare it: the one its committed plan was
 * generated from, else the first in order. Every other file is the one that declared it second and gets
 * the diagnostic (a new file that reuses a name is reported, not the file that had it first).
 */
const nameOwners = (files: ReadonlyArray<ExtractedFile>, outDir: string): ReadonlyMap<string, string> => {
  const declaring = new Map<string, Array<string>>()
  for (const x of files) {
    const name = x.experiment?.name
    if (validName(name)) declaring.set(name, [...(declaring.get(name) ?? []), x.file])
  }
  return new Map([...declaring].map(([name, fs]) => {
    const recorded = fs.length > 1 ? recordedSource(outDir, name) : undefined
    return [name, recorded !== undefined && fs.includes(recorded) ? recorded : fs[0]!]
  }))
}

const evaluatorOptions = (opts: CompileOptions): Partial<EvaluatorOptions> => ({
  ...(opts.maxCells !== undefined ? { maxCells: opts.maxCells } : {}),
  ...(opts.evaluationTimeoutMs !== undefined ? { timeoutMs: opts.evaluationTimeoutMs } : {}),
  ...(opts.evaluationMemoryMb !== undefined ? { memoryMb: opts.evaluationMemoryMb } : {})
})

/** Compiles experiments into plans; see CompileOptions. */
export const compile = async (projectRoot: string, opts: CompileOptions = {}): Promise<CompileResult> => {
  const root = path.resolve(projectRoot)
  const outDir = path.join(root, opts.outDir ?? "generated")
  const diagnostics: Array<Diagnostic> = []
  const plans: Array<Plan> = []
  const closure = new CodeClosure(root)
  const packages = packageVersions(root)
  const extracted = await extract(root, experimentFiles(root, opts), evaluatorOptions(opts))
  const owners = nameOwners(extracted, outDir)

  for (const x of extracted) {
    diagnostics.push(...x.diagnostics)
    const exp = x.experiment
    if (!exp) continue
    const r = reporter(x.file, x.absPath, x.sourceFile)
    if (!validName(exp.name)) {
      r.report(locateInExperiment(x.sourceFile, ["name"]), `name must be lower-case letters, digits, ".", "_" or "-" (it names generated/<name>.plan.ts), got ${JSON.stringify(exp.name)}`)
    } else if (owners.get(exp.name) !== x.file) {
      r.report(locateInExperiment(x.sourceFile, ["name"]), `the experiment name "${exp.name}" is already used by ${owners.get(exp.name)}`)
    }
    const points = x.sweep ? sweepPoints(r, x.sweep) : undefined
    if (points && r.diagnostics.length === 0) {
      const axes = axisValues(points)
      const decoded = expandCells(r, exp, points)
      // declarations are checked against the cells only once every cell decoded (no cascading errors)
      const drafts = r.diagnostics.length === 0 ? applyDependencies(r, exp, decoded, axes) : []
      const tables = r.diagnostics.length === 0 ? validateTables(r, exp, drafts, axes) : []
      const checks = r.diagnostics.length === 0 ? validateChecks(r, exp, drafts, axes) : []
      if (r.diagnostics.length === 0) {
        // Merkle keys: a cell's key hashes the keys of the cells it depends on, so keys are computed
        // dependencies first
        const byDraftId = new Map(drafts.map((c) => [c.id, c]))
        const keyed = new Map<string, PlanCell>()
        const keyOf = (id: string): PlanCell => {
          const done = keyed.get(id)
          if (done) return done
          const c = byDraftId.get(id)!
          const dependencies = Object.fromEntries([...c.dependsOn].sort().map((d) => [d, keyOf(d).planKey]))
          const parts = keyParts(c.config, closure.forStages(c.stages), packages, dependencies)
          const cell = { ...c, planKey: planKey(parts), keyParts: parts } as PlanCell
          keyed.set(id, cell)
          return cell
        }
        const cells = drafts.map((c) => keyOf(c.id))
        plans.push({
          experiment: exp.name,
          source: x.file,
          ...(exp.description !== undefined ? { description: exp.description } : {}),
          axes: Object.fromEntries([...axes].map(([name, labels]) => [name, [...labels]])),
          cells: cells.sort(byId),
          tables,
          checks
        })
      }
    }
    diagnostics.push(...r.diagnostics)
  }

  const outputs = new Map<string, string>()
  const planImport = posix(path.relative(outDir, path.join(root, "dsl/Plan.ts")))
  for (const plan of plans) {
    outputs.set(posix(path.relative(root, path.join(outDir, `${plan.experiment}.plan.ts`))), planSource(plan, planImport.startsWith(".") ? planImport : `./${planImport}`))
    outputs.set(posix(path.relative(root, path.join(outDir, `${plan.experiment}.plan.mmd`))), planMermaid(plan))
  }
  const complete = diagnostics.length === 0 && opts.files === undefined
  if (complete) outputs.set(posix(path.relative(root, path.join(outDir, "index.ts"))), indexSource(plans.map((p) => p.experiment)))
  // the record that lets commands reuse these plans (Freshness.ts); only for the default layout and limits
  if (complete && opts.experimentsDir === undefined && opts.outDir === undefined && opts.maxCells === undefined) {
    const loaded = extracted[0]?.sourceFile.getProject().getSourceFiles().map((s) => s.getFilePath()) ?? []
    outputs.set(inputsFile, inputsSource(root, loaded, plans, outputs))
  }
  const extras = complete && existsSync(outDir)
    ? readdirSync(outDir).filter((f) => /\.plan\.(ts|mmd)$/.test(f)).map((f) => posix(path.relative(root, path.join(outDir, f)))).filter((f) => !outputs.has(f)).sort()
    : []

  const problems: Array<string> = []
  const written: Array<string> = []
  if (opts.check) {
    for (const [file, text] of [...outputs].sort(([a], [b]) => (a < b ? -1 : 1))) {
      const abs = path.join(root, file)
      if (!existsSync(abs)) problems.push(`${file} is missing (run sidlab compile)`)
      else if (readFileSync(abs, "utf8") !== text) problems.push(`${file} is stale (run sidlab compile)`)
    }
    for (const file of extras) problems.push(`${file} has no experiment any more (run sidlab compile to remove it)`)
  } else if (opts.write ?? true) {
    mkdirSync(outDir, { recursive: true })
    for (const [file, text] of outputs) {
      const abs = path.join(root, file)
      if (existsSync(abs) && readFileSync(abs, "utf8") === text) continue
      // a reader never sees a half-written plan, and two runs compiling one project at once never collide
      writeFileAtomic(abs, text)
      written.push(file)
    }
    for (const file of extras) rmSync(path.join(root, file)), written.push(file)
  }
  return { diagnostics, plans, outputs, problems, written, exitCode: diagnostics.length > 0 || problems.length > 0 ? 1 : 0 }
}
