/**
 * Runs one plan cell against the results store (layout: dsl/compiler/Store.ts):
 *
 *   <store>/work/<storeKey>/        in progress: checkpoints of a distill cell (resume reads them)
 *   <store>/cells/<storeKey>/       finished: manifest.json, metrics.arrow, summary.json, samples.ckpt
 *                                   (final evaluation samples by k; k0 = reference data), or weights.ckpt
 *
 * A finished cell is assembled in a temp directory and published with one rename, so the store never
 * holds half a result; the index entry is written after it.
 */
import { Effect, Layer, Option } from "effect"
import { cpus } from "node:os"
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync } from "node:fs"
import * as path from "node:path"
import { storeKey } from "../../dsl/compiler/CacheKey.ts"
import type { AutoencoderCell, DistillCell, EvaluatorCell, PlanCell, PrefitCell, TeacherCell } from "../../dsl/compiler/Plan.ts"
import { cellDir, readIndex, recordCell, type StoreManifest } from "../../dsl/compiler/Store.ts"
import { decodeCellConfig, type CellConfig } from "../../dsl/Hyperparams.ts"
import { type Checkpoint, CheckpointStore, decodeCheckpoint, directoryStore, encodeCheckpoint } from "../../stages/CheckpointStore.ts"
import { type Artefact, artefactCheckpoint, type GreyImage } from "../../stages/internal/artefact.ts"
import { teacherWeightsFromCheckpoint } from "../../stages/internal/imageArtefacts.ts"
import { encode as encodePng } from "fast-png"
import { MetricsSink } from "../../stages/MetricsSink.ts"
import { distill, type DistillResult } from "../../stages/Pipeline.ts"
import { prefit } from "../../stages/Prefit.ts"
import { acquireGmmTeacher, acquireTeacher } from "../../stages/TeacherLoad.ts"
import { mlpArrayShapes, mlpShapeOf } from "../../stages/internal/mlp.ts"
import { Rng } from "../../stages/Rng.ts"
import { TensorBackend } from "../../stages/TensorBackend.ts"
import { writeFileAtomic } from "../../stages/internal/atomicFile.ts"
import { encodeMetrics, readMetricsFile, type MetricRecord } from "../../stages/internal/metricsArrow.ts"

export const workDir = (store: string, key: string): string => path.join(store, "work", key)

/** The issue-2 summary rows: before/after per k, plus the data-vs-data floor. */
export interface SummaryRow {
  readonly phase: "data" | "before" | "after"
  readonly k: number
  readonly fd: number
  readonly alignment: number
  readonly precision: number
  readonly recall: number
  readonly coverage: number
}

export const summaryRows = (r: DistillResult): ReadonlyArray<SummaryRow> => [
  ...r.before.filter((x) => x.k === 0).map((x) => ({ ...x, phase: "data" as const })),
  ...r.before.filter((x) => x.k > 0).map((x) => ({ ...x, phase: "before" as const })),
  ...r.after.filter((x) => x.k > 0).map((x) => ({ ...x, phase: "after" as const }))
]

/** Publishes a finished cell: files into a temp dir, one rename, then the index entry. */
const publish = (store: string, manifest: StoreManifest & Record<string, unknown>, files: Record<string, string | ReadonlyArray<Uint8Array>>): string => {
  const final = cellDir(store, manifest.storeKey)
  const tmp = `${final}.tmp-${process.pid}`
  rmSync(tmp, { recursive: true, force: true })
  mkdirSync(tmp, { recursive: true })
  for (const [name, data] of Object.entries(files)) writeFileAtomic(path.join(tmp, name), data as string)
  writeFileAtomic(path.join(tmp, "manifest.json"), `${JSON.stringify(manifest, null, 2)}\n`)
  // a result already there (same key, recomputed) is moved aside, not deleted, until the new one is in place
  const previous = existsSync(final) ? `${final}.old-${process.pid}` : undefined
  if (previous) renameSync(final, previous)
  renameSync(tmp, final)
  if (previous) rmSync(previous, { recursive: true, force: true })
  recordCell(store, manifest)
  return final
}

const baseManifest = (cell: PlanCell, backend: { name: string; packageVersions: Readonly<Record<string, string>> }, seconds: number) => ({
  cellId: cell.id,
  cellName: cell.name,
  kind: cell.kind,
  storeKey: storeKey(cell.planKey, backend.name),
  planKey: cell.planKey,
  parts: { ...cell.keyParts, backend: backend.name },
  config: cell.config,
  backend: backend.name,
  packageVersions: backend.packageVersions,
  node: process.version,
  cpu: cpus()[0]?.model ?? "unknown",
  wallSeconds: seconds,
  peakRssMb: process.resourceUsage().maxRSS / 1024
})

/** The prefit config as a full cell config (the stages take one); the run seed does not matter here. */
const prefitAsCell = (cell: PrefitCell): CellConfig => decodeCellConfig({ ...cell.config, seed: 0 }, cell.id)

/** Runs a prefit cell and stores the fitted weights. */
export const runPrefitCell = (store: string, cell: PrefitCell) =>
  Effect.gen(function*() {
    const t0 = performance.now()
    const backend = yield* TensorBackend
    const cfg = prefitAsCell(cell)
    const teacher = yield* acquireGmmTeacher(cfg)
    const { weights, loss } = yield* prefit(cfg, teacher).pipe(Effect.provide(Rng.layer(0, "prefit")))
    const shapes = mlpArrayShapes(mlpShapeOf(cfg))
    const ckpt = encodeCheckpoint({ meta: { loss }, arrays: weights.map((data, i) => ({ name: `phi/${i}`, shape: shapes[i]!, data })) })
    return publish(store, { ...baseManifest(cell, backend, (performance.now() - t0) / 1000), prefitLoss: loss }, { "weights.ckpt": ckpt })
  })

/**
 * Runs a dependency cell of an image teacher (autoencoder, learned teacher, evaluator): its stage returns
 * an Artefact; the weights go to weights.ckpt, images to <name>.png, the report into the manifest.
 */
export const runArtefactCell = <E, R>(store: string, cell: AutoencoderCell | TeacherCell | EvaluatorCell, stage: Effect.Effect<Artefact, E, R>) =>
  Effect.gen(function*() {
    const t0 = performance.now()
    const backend = yield* TensorBackend
    const artefact = yield* stage
    const images = Object.fromEntries(Object.entries(artefact.images ?? {}).map(([name, img]) => [`${name}.png`, [greyPng(img)]]))
    const seconds = (performance.now() - t0) / 1000
    const dir = publish(store, { ...baseManifest(cell, backend, seconds), report: artefact.report }, { "weights.ckpt": encodeCheckpoint(artefactCheckpoint(artefact)), ...images })
    return { dir, report: artefact.report, seconds }
  })

const greyPng = (img: GreyImage): Uint8Array => encodePng({ width: img.width, height: img.height, channels: 1, depth: 8, data: img.pixels })

/** The stored artefact (weights and meta) of a dependency cell of `cell`, by kind. */
export const dependencyArtefact = (store: string, cell: PlanCell, kind: "prefit" | "autoencoder" | "teacher" | "evaluator", backend?: string): Checkpoint => {
  const dep = cell.dependsOn.find((id) => id.startsWith(`${kind}/`))
  if (dep === undefined) throw new Error(`${cell.id}: no ${kind} dependency in the plan`)
  const key = readIndex(store)[dep]
  const file = key === undefined ? undefined : path.join(cellDir(store, key), "weights.ckpt")
  if (file === undefined || !existsSync(file)) throw new Error(`${cell.id}: its ${kind} cell ${dep} has no stored weights${backend === undefined ? "" : ` for backend ${backend}`}; run it first`)
  return decodeCheckpoint(readFileSync(file), file)
}

/** The final evaluation samples as a checkpoint file: arrays "k0" (reference data), "k1".."kK", each [n, D]. */
const samplesCheckpoint = (result: DistillResult, cfg: CellConfig): ReadonlyArray<Uint8Array> => {
  const dim = cfg.teacher.dim
  const arrays = [...result.samples].sort(([a], [b]) => a - b).map(([k, data]) => ({ name: `k${k}`, shape: [data.length / dim, dim], data }))
  return encodeCheckpoint({ meta: { classes: cfg.teacher.classes, samplesPerClass: cfg.evaluation.samplesPerClass, order: "class-major" }, arrays })
}

/** Reads a finished cell's evaluation samples: sample sets by k (0 = reference data) and the layout. */
export const storedSamples = (store: string, key: string): Option.Option<{ readonly classes: number; readonly samplesPerClass: number; readonly dim: number; readonly byK: ReadonlyMap<number, Float32Array> }> => {
  const file = path.join(cellDir(store, key), "samples.ckpt")
  if (!existsSync(file)) return Option.none()
  const ckpt = decodeCheckpoint(readFileSync(file), file)
  const meta = ckpt.meta as { classes: number; samplesPerClass: number }
  const byK = new Map(ckpt.arrays.map((a) => [Number(a.name.slice(1)), a.data]))
  return Option.some({ classes: meta.classes, samplesPerClass: meta.samplesPerClass, dim: ckpt.arrays[0]?.shape[1] ?? 0, byK })
}

export interface DistillCellOutcome {
  readonly dir: string
  readonly result: DistillResult
  readonly summary: ReadonlyArray<SummaryRow>
}

/** Runs (or resumes) a distill cell; checkpoints live in the work dir until the cell is published. */
export const runDistillCell = (store: string, cell: DistillCell, shouldStop?: () => boolean) =>
  Effect.gen(function*() {
    const t0 = performance.now()
    const backend = yield* TensorBackend
    const key = storeKey(cell.planKey, backend.name)
    const cfg = decodeCellConfig(cell.config, cell.id)
    // ψ and θ start from φ: the prefit copy of an analytic teacher, or a learned teacher's own weights
    const artefacts = cfg.teacher.kind === "gmm" ? undefined : {
      teacher: dependencyArtefact(store, cell, "teacher"),
      autoencoder: dependencyArtefact(store, cell, "autoencoder"),
      evaluator: dependencyArtefact(store, cell, "evaluator")
    }
    const weights = artefacts === undefined ? dependencyArtefact(store, cell, "prefit", backend.name).arrays.map((a) => a.data) : teacherWeightsFromCheckpoint(artefacts.teacher)
    const teacher = yield* acquireTeacher(cfg, artefacts)
    const { result, rows } = yield* Effect.gen(function*() {
      const result = yield* distill(cfg, teacher, weights, { checkpointKey: "distill", ...(shouldStop ? { shouldStop } : {}) })
      return { result, rows: (yield* MetricsSink).rows() }
    }).pipe(Effect.provide(Layer.mergeAll(Rng.layer(cfg.seed), CheckpointStore.layer(workDir(store, key)), MetricsSink.layerMemory)))
    const summary = summaryRows(result)
    const dir = publish(
      store,
      { ...baseManifest(cell, backend, (performance.now() - t0) / 1000), iterations: result.iterations, imagesSeen: result.imagesSeen, resumedFrom: result.resumedFrom, secondsPerIteration: result.secondsPerIteration },
      {
        "metrics.arrow": [encodeMetrics(rows.map((r) => ({ ...r, cellId: cell.id, cellName: cell.name, axes: cell.axes })), Object.keys(cell.axes))],
        "summary.json": `${JSON.stringify(summary, null, 2)}\n`,
        "samples.ckpt": samplesCheckpoint(result, cfg),
        ...Object.fromEntries(Object.entries(result.images).map(([name, img]) => [`${name}.png`, [greyPng(img)]]))
      }
    )
    rmSync(workDir(store, key), { recursive: true, force: true })
    return { dir, result, summary } satisfies DistillCellOutcome
  })

/** Reads a finished distill cell's summary rows back from the store. */
export const storedSummary = (store: string, key: string): Option.Option<ReadonlyArray<SummaryRow>> => {
  const file = path.join(cellDir(store, key), "summary.json")
  return existsSync(file) ? Option.some(JSON.parse(readFileSync(file, "utf8"))) : Option.none()
}

export { directoryStore }

/** The metric rows of a finished cell (latest run of that cell id), read from its Arrow file. */
export const storedMetrics = (store: string, key: string): ReadonlyArray<MetricRecord> =>
  readMetricsFile(path.join(cellDir(store, key), "metrics.arrow"))
