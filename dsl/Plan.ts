/**
 * The shape of a compiled plan: what the runner, `sidlab plan`, tables and checks read (`Plan`), and
 * how `generated/<experiment>.plan.ts` lays it out (`PlanFile`, ending `as const satisfies PlanFile`, so
 * tsc checks it). The file lists each code closure once; a run cell carries its own, because cells
 * travel alone to worker processes and cluster jobs and their manifests record the closure.
 */
import type { CellKind, Metric, StageName, TablePhase, Tolerance } from "./Experiment.ts"
import type { Autoencoder, CellConfig, Evaluator, FmnistTeacher, Network, Prefit, Teacher } from "./Hyperparams.ts"

/** What a cell's key is made of (CacheKey.ts). Hashes are sha256 hex. */
export interface KeyParts {
  /** Hash of the canonical resolved config. */
  readonly config: string
  /** Hash of the code closure (`codeFiles`). */
  readonly code: string
  /** Project file → content hash, for every file the cell's stages import (transitively). */
  readonly codeFiles: Readonly<Record<string, string>>
  /** Tensor package → installed version. */
  readonly packages: Readonly<Record<string, string>>
  /** Dependency cell id → its plan key (the Merkle edges). */
  readonly dependencies: Readonly<Record<string, string>>
}

/** The config of a prefit cell: the seed-independent part of a distill config it serves. */
export interface PrefitConfig {
  readonly teacher: Teacher
  readonly network: Network
  readonly prefit: Prefit
}

interface CellBase<K extends CellKind, C> {
  /** Stable id: `<kind>/<hash>` for dependency cells, `<experiment>/<axis>=<value>,...` for distill cells. */
  readonly id: string
  /** Human-readable name from the axis values. */
  readonly name: string
  readonly kind: K
  /** Axis name → value label (empty for dependency cells). */
  readonly axes: Readonly<Record<string, string>>
  /** The stages the cell runs, in order. */
  readonly stages: ReadonlyArray<StageName>
  /** Ids of the cells that must finish first. */
  readonly dependsOn: ReadonlyArray<string>
  /** Backend-independent key; the store key is `storeKey(planKey, backend)`. */
  readonly planKey: string
  readonly keyParts: KeyParts
  /** The fully resolved config (every default filled in). */
  readonly config: C
}
export type PrefitCell = CellBase<"prefit", PrefitConfig>
/** The config of an autoencoder cell: the data it trains on, the latent dimension and its own block. */
export interface AutoencoderConfig {
  readonly trainImages: number
  readonly testImages: number
  readonly dim: number
  readonly autoencoder: Autoencoder
}
/** The config of an evaluator cell: the data and its own block. */
export interface EvaluatorConfig {
  readonly trainImages: number
  readonly testImages: number
  readonly evaluator: Evaluator
}
export type AutoencoderCell = CellBase<"autoencoder", AutoencoderConfig>
export type EvaluatorCell = CellBase<"evaluator", EvaluatorConfig>
/** A learned teacher: trained like a prefit (network, prefit blocks) but on data latents. */
export type TeacherCell = CellBase<"teacher", PrefitConfig & { readonly teacher: FmnistTeacher }>
export type DistillCell = CellBase<"distill", CellConfig>
export type PlanCell = PrefitCell | AutoencoderCell | TeacherCell | EvaluatorCell | DistillCell
/** The kinds that produce weights for distill cells, in the order a plan lists them. */
export const dependencyKinds = ["prefit", "autoencoder", "teacher", "evaluator"] as const

/** A table declaration, validated: selectors as axis-value labels. */
export interface PlanTable {
  readonly name: string
  readonly rows: ReadonlyArray<string>
  readonly columns: ReadonlyArray<string>
  readonly metrics: ReadonlyArray<Metric>
  readonly cells?: Readonly<Record<string, string>>
  readonly k?: ReadonlyArray<number>
  /** Absent: ["after"] only. */
  readonly phases?: ReadonlyArray<TablePhase>
}

/** A check declaration, validated, with the cells it selects and the metric's direction. */
export interface PlanCheck {
  readonly name: string
  readonly metric: Metric
  readonly better: "lower" | "higher"
  readonly cells: Readonly<Record<string, string>>
  readonly cellIds: ReadonlyArray<string>
  readonly k: number
  /** The check reads metric ÷ this metric of the same cell (CheckSpec.relativeTo). */
  readonly relativeTo?: Metric
  readonly tolerance: Tolerance
  readonly baseline?: number
  readonly informational: boolean
}

export interface Plan {
  readonly experiment: string
  /** The experiment file, project-relative. */
  readonly source: string
  readonly description?: string
  /** Sweep axis → its value labels in declared order (tables lay rows and columns out in this order). */
  readonly axes: Readonly<Record<string, ReadonlyArray<string>>>
  /** Sorted: dependency cells first (prefit, autoencoder, teacher, evaluator), then by id. */
  readonly cells: ReadonlyArray<PlanCell>
  readonly tables: ReadonlyArray<PlanTable>
  readonly checks: ReadonlyArray<PlanCheck>
}

/** Key parts as a plan file lists them: `code` names an entry of the file's `codeClosures`. */
export type FileKeyParts = Omit<KeyParts, "codeFiles">
/** A cell as a plan file lists it. */
export type FileCell = PlanCell extends infer C ? (C extends PlanCell ? Omit<C, "keyParts"> & { readonly keyParts: FileKeyParts } : never) : never

/** `generated/<experiment>.plan.ts`: a plan whose cells point at code closures listed once. */
export interface PlanFile extends Omit<Plan, "cells"> {
  readonly cells: ReadonlyArray<FileCell>
  /** Closure hash (a cell's `keyParts.code`) → project file → content hash. */
  readonly codeClosures: Readonly<Record<string, Readonly<Record<string, string>>>>
}

/** The plan-file layout of a plan: every distinct code closure once, by its hash. */
export const toPlanFile = (plan: Plan): PlanFile => {
  const codeClosures: Record<string, Readonly<Record<string, string>>> = {}
  const cells = plan.cells.map((c): FileCell => {
    const { codeFiles, ...parts } = c.keyParts
    codeClosures[parts.code] = codeFiles
    return { ...c, keyParts: parts } as FileCell
  })
  return { ...plan, cells, codeClosures }
}

/** A plan file back as a plan: each cell gets the closure its `keyParts.code` names. */
export const fromPlanFile = (file: PlanFile): Plan => {
  const { codeClosures, ...plan } = file
  const cells = file.cells.map((c): PlanCell => {
    const codeFiles = codeClosures[c.keyParts.code]
    if (codeFiles === undefined) throw new Error(`plan ${file.experiment}: cell ${c.id} names code closure ${c.keyParts.code}, which the plan does not list`)
    return { ...c, keyParts: { ...c.keyParts, codeFiles } } as PlanCell
  })
  return { ...plan, cells }
}
