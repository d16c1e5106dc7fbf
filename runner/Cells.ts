/**
 * The program of each cell kind, over the results store (Store.ts): a prefit, the image-teacher
 * dependency cells (autoencoder, learned teacher, evaluator) and a distill cell. Each reads its
 * dependencies' results under the keys the current plan gives them, computes, and publishes atomically.
 * A distill cell keeps its checkpoints in `work/<storeKey>/` until it is published, so a killed or
 * stopped cell resumes where it was.
 */
import { Effect, Layer, Option, Schema } from "effect"
import { rmSync } from "node:fs"
import type { AutoencoderCell, DistillCell, EvaluatorCell, PlanCell, PrefitCell, TeacherCell } from "../dsl/Plan.ts"
import { decodeCellConfig, type CellConfig } from "../dsl/Hyperparams.ts"
import { type Checkpoint, checkpointMeta, CheckpointStore, CorruptCheckpoint, decodeCheckpoint, encodeCheckpoint } from "../stages/CheckpointStore.ts"
import { type Artefact, artefactCheckpoint, type GreyImage } from "../stages/internal/artefact.ts"
import { teacherWeightsFromCheckpoint } from "../stages/internal/imageArtefacts.ts"
import { encode as encodePng } from "fast-png"
import { MetricsSink } from "../stages/MetricsSink.ts"
import { distill, type DistillResult } from "../stages/Pipeline.ts"
import { acquirePrefitTeacher, prefit } from "../stages/Prefit.ts"
import { acquireTeacher } from "../stages/TeacherLoad.ts"
import { mlpArrayShapes, mlpShapeOf } from "../stages/internal/mlp.ts"
import { Rng } from "../stages/Rng.ts"
import { TensorBackend } from "../stages/TensorBackend.ts"
import { decodeMetrics, encodeMetrics, type MetricRecord } from "../stages/internal/metricsArrow.ts"
import { bitsProvenance, sidlabCommit } from "./Backend.ts"
import { CellFailed, MissingDependency, StoreCorrupt } from "./errors.ts"
import { type BackendIdentity, cellDir, manifestFor, readCellFile, readManifest, storeKey, workDir } from "./StoreManifest.ts"
import { type CellFiles, publishCell } from "./StorePublish.ts"

// the stored summary and the cell context are read by commands that load no stages (StoredSummary.ts)
export { type CellContext, storedSummary, type SummaryRow } from "./StoredSummary.ts"
import type { CellContext, SummaryRow } from "./StoredSummary.ts"

export const summaryRows = (r: DistillResult): ReadonlyArray<SummaryRow> => [
  ...r.before.filter((x) => x.k === 0).map((x) => ({ ...x, phase: "data" as const })),
  ...r.before.filter((x) => x.k > 0).map((x) => ({ ...x, phase: "before" as const })),
  ...r.after.filter((x) => x.k > 0).map((x) => ({ ...x, phase: "after" as const })),
  ...(r.best?.metrics ?? []).filter((x) => x.k > 0).map((x) => ({ ...x, phase: "best" as const }))
]

const manifestFields = (ctx: CellContext, cell: PlanCell, seconds: number) => ({
  ...manifestFor(cell, ctx.backend),
  cellName: cell.name,
  config: cell.config,
  backend: ctx.backend.name,
  /** What decides the bits: backend identity, CPU model and family, BLAS kernel, threads. */
  bits: bitsProvenance(ctx.backend.name),
  ...(sidlabCommit() === undefined ? {} : { commit: sidlabCommit() }),
  node: process.version,
  wallSeconds: seconds,
  peakRssMb: process.resourceUsage().maxRSS / 1024
})

const publish = (ctx: CellContext, cell: PlanCell, seconds: number, extra: Readonly<Record<string, unknown>>, files: CellFiles): string =>
  publishCell(ctx.store, { ...manifestFields(ctx, cell, seconds), ...extra }, files).dir

/** The prefit config as a full cell config (the stages take one); the run seed does not matter here. */
const prefitAsCell = (cell: PrefitCell): CellConfig => decodeCellConfig({ ...cell.config, seed: 0 }, cell.id)

/** Runs a prefit cell and stores the fitted weights. */
export const runPrefitCell = (ctx: CellContext, cell: PrefitCell) =>
  Effect.gen(function*() {
    const t0 = performance.now()
    const cfg = prefitAsCell(cell)
    const teacher = yield* acquirePrefitTeacher(cfg)
    const { weights, loss } = yield* prefit(cfg, teacher).pipe(Effect.provide(Rng.layer(0, "prefit")))
    const shapes = mlpArrayShapes(mlpShapeOf(cfg))
    const ckpt = encodeCheckpoint({ meta: { loss }, arrays: weights.map((data, i) => ({ name: `phi/${i}`, shape: shapes[i]!, data })) })
    return publish(ctx, cell, (performance.now() - t0) / 1000, { prefitLoss: loss }, { "weights.ckpt": ckpt })
  })

/**
 * Runs a dependency cell of an image teacher (autoencoder, learned teacher, evaluator): its stage returns
 * an Artefact; the weights go to weights.ckpt, images to <name>.png, the report into the manifest.
 */
export const runArtefactCell = <E, R>(ctx: CellContext, cell: AutoencoderCell | TeacherCell | EvaluatorCell, stage: Effect.Effect<Artefact, E, R>) =>
  Effect.gen(function*() {
    const t0 = performance.now()
    const artefact = yield* stage
    const images = Object.fromEntries(Object.entries(artefact.images ?? {}).map(([name, img]) => [`${name}.png`, greyPng(img)]))
    const seconds = (performance.now() - t0) / 1000
    const dir = publish(ctx, cell, seconds, { report: artefact.report }, { "weights.ckpt": encodeCheckpoint(artefactCheckpoint(artefact)), ...images })
    return { dir, report: artefact.report, seconds }
  })

const greyPng = (img: GreyImage): Uint8Array => encodePng({ width: img.width, height: img.height, channels: 1, depth: 8, data: img.pixels })

/**
 * The stored weights of `cell`'s dependency of `kind`, found under the key the current plan gives that
 * dependency on this backend — never through another run of the same id — and verified against its checksum.
 */
export const dependencyArtefact = (ctx: CellContext, cell: PlanCell, kind: "prefit" | "autoencoder" | "teacher" | "evaluator"): Effect.Effect<Checkpoint, MissingDependency | StoreCorrupt | CorruptCheckpoint> =>
  Effect.suspend(() => {
    const dep = cell.dependsOn.find((id) => id.startsWith(`${kind}/`))
    const depPlanKey = dep === undefined ? undefined : cell.keyParts.dependencies?.[dep]
    if (dep === undefined || depPlanKey === undefined) {
      return Effect.fail(new MissingDependency({ cellId: cell.id, dependency: dep ?? `(no ${kind} cell in the plan)`, storeKey: "" }))
    }
    const key = storeKey(depPlanKey, ctx.backend)
    return Effect.try({
      try: () => {
        const manifest = readManifest(ctx.store, key)
        if (manifest === undefined) throw new MissingDependency({ cellId: cell.id, dependency: dep, storeKey: key })
        const file = `${cellDir(ctx.store, key)}/weights.ckpt`
        return decodeCheckpoint(readCellFile(ctx.store, key, "weights.ckpt", manifest), file)
      },
      catch: (e) => (e instanceof MissingDependency || e instanceof StoreCorrupt || e instanceof CorruptCheckpoint ? e : new StoreCorrupt({ path: cellDir(ctx.store, key), detail: String(e) }))
    })
  })

/** The final evaluation samples as a checkpoint file: arrays "k0" (reference data), "k1".."kK", each [n, D]. */
const samplesCheckpoint = (result: DistillResult, cfg: CellConfig): ReadonlyArray<Uint8Array> => {
  const dim = cfg.teacher.dim
  const arrays = [...result.samples].sort(([a], [b]) => a - b).map(([k, data]) => ({ name: `k${k}`, shape: [data.length / dim, dim], data }))
  return encodeCheckpoint({ meta: { classes: cfg.teacher.classes, samplesPerClass: cfg.evaluation.samplesPerClass, order: "class-major" }, arrays })
}

const SamplesMeta = Schema.Struct({ classes: Schema.Number, samplesPerClass: Schema.Number })

/** Reads a finished cell's evaluation samples: sample sets by k (0 = reference data) and the layout. */
export const storedSamples = (store: string, key: string): Option.Option<{ readonly classes: number; readonly samplesPerClass: number; readonly dim: number; readonly byK: ReadonlyMap<number, Float32Array> }> => {
  const manifest = readManifest(store, key)
  if (manifest?.files["samples.ckpt"] === undefined) return Option.none()
  const ckpt = decodeCheckpoint(readCellFile(store, key, "samples.ckpt", manifest), `${cellDir(store, key)}/samples.ckpt`)
  const meta = checkpointMeta(ckpt, SamplesMeta, "evaluation samples")
  const byK = new Map(ckpt.arrays.map((a) => [Number(a.name.slice(1)), a.data]))
  return Option.some({ classes: meta.classes, samplesPerClass: meta.samplesPerClass, dim: ckpt.arrays[0]?.shape[1] ?? 0, byK })
}

export interface DistillCellOutcome {
  readonly dir: string
  readonly result: DistillResult
  readonly summary: ReadonlyArray<SummaryRow>
}

/** Runs (or resumes) a distill cell; checkpoints live in the work dir until the cell is published. */
export const runDistillCell = (ctx: CellContext, cell: DistillCell, shouldStop?: () => boolean) =>
  Effect.gen(function*() {
    const t0 = performance.now()
    const key = storeKey(cell.planKey, ctx.backend)
    const cfg = decodeCellConfig(cell.config, cell.id)
    // ψ and θ start from φ: the prefit copy of an analytic teacher, or a learned teacher's own weights
    const artefacts = cfg.teacher.kind === "gmm" ? undefined : {
      teacher: yield* dependencyArtefact(ctx, cell, "teacher"),
      autoencoder: yield* dependencyArtefact(ctx, cell, "autoencoder"),
      evaluator: yield* dependencyArtefact(ctx, cell, "evaluator")
    }
    const weights = artefacts === undefined ? (yield* dependencyArtefact(ctx, cell, "prefit")).arrays.map((a) => a.data) : teacherWeightsFromCheckpoint(artefacts.teacher)
    const teacher = yield* acquireTeacher(cfg, artefacts)
    const { result, rows } = yield* Effect.gen(function*() {
      const result = yield* distill(cfg, teacher, weights, { checkpointKey: "distill", ...(shouldStop ? { shouldStop } : {}) })
      return { result, rows: (yield* MetricsSink).rows() }
    }).pipe(Effect.provide(Layer.mergeAll(Rng.layer(cfg.seed), CheckpointStore.layer(workDir(ctx.store, key)), MetricsSink.layerMemory)))
    // a non-finite metric means a broken result: fail the cell rather than store it as success
    const bad = rows.find((r) => r.phase !== "timing" && !Number.isFinite(r.value))
    if (bad !== undefined) {
      return yield* new CellFailed({ cellId: cell.id, detail: `its ${bad.phase} ${bad.metric} at k = ${bad.k} is ${bad.value}, so nothing was stored (did training diverge? lower optimizer.lrTheta or loss.alpha)` })
    }
    const summary = summaryRows(result)
    const dir = publish(
      ctx,
      cell,
      (performance.now() - t0) / 1000,
      {
        iterations: result.iterations, imagesSeen: result.imagesSeen, resumedFrom: result.resumedFrom, secondsPerIteration: result.secondsPerIteration,
        // evaluation.best: the selected iteration, its metric, k and value, the reason, and stoppedAt when patience ended training
        ...(result.best === undefined ? {} : { best: result.best.record })
      },
      {
        "metrics.arrow": encodeMetrics(rows.map((r) => ({ ...r, cellId: cell.id, cellName: cell.name, axes: cell.axes })), Object.keys(cell.axes)),
        "summary.json": `${JSON.stringify(summary, null, 2)}\n`,
        "samples.ckpt": samplesCheckpoint(result, cfg),
        ...Object.fromEntries(Object.entries(result.images).map(([name, img]) => [`${name}.png`, greyPng(img)]))
      }
    )
    rmSync(workDir(ctx.store, key), { recursive: true, force: true })
    return { dir, result, summary } satisfies DistillCellOutcome
  })

/** The metric rows of a finished cell, read from its Arrow file (checksum-verified). */
export const storedMetrics = (store: string, key: string): ReadonlyArray<MetricRecord> =>
  decodeMetrics(readCellFile(store, key, "metrics.arrow"), `${cellDir(store, key)}/metrics.arrow`)
