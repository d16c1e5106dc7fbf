/**
 * What a cluster run looks like from the submitting machine: each cell's state from the store (a cell is
 * done only when its result is published) and from the engine (queued, running on a node, failed with
 * its exit code and log, cancelled because a dependency failed), the latest metric of a running cell from
 * its checkpoint, one progress display for `run --follow`, and the lines `sidlab status` prints.
 */
import { closeSync, existsSync, openSync, readFileSync, readSync } from "node:fs"
import * as path from "node:path"
import { Effect } from "effect"
import type { PlanCell } from "../dsl/Plan.ts"
import type { CellContext } from "./Cells.ts"
import { type CellJob, readLatestJobs } from "./Batch.ts"
import { leasePath } from "./Claims.ts"
import { BatchExecutor, type BatchJob, type ExecutorError } from "./Executor.ts"
import { cellStatus } from "./Store.ts"
import { storeKey, workDir } from "./StoreManifest.ts"

export type CellState = "done" | "queued" | "running" | "failed" | "cancelled" | "unknown"

export interface CellView {
  readonly cell: PlanCell
  readonly job: BatchJob
  readonly state: CellState
  /** The engine's line: "running on node1 for 0:05", "failed (exit 1), log ...". */
  readonly detail: string
  /** A running distill cell's iteration and latest metric, from its checkpoint. */
  readonly progress?: string
}

const MAGIC = "SIDCKPT1"

interface CheckpointMeta {
  readonly iteration?: number
  readonly rows?: ReadonlyArray<{ readonly phase: string; readonly iteration: number; readonly k: number; readonly metric: string; readonly value: number }>
}

/** The JSON header of a checkpoint file (stages/CheckpointStore.ts's format), without reading its tensors. */
const checkpointMeta = (file: string): CheckpointMeta | undefined => {
  let fd: number | undefined
  try {
    fd = openSync(file, "r")
    const prefix = Buffer.alloc(MAGIC.length + 4)
    if (readSync(fd, prefix, 0, prefix.length, 0) !== prefix.length || prefix.toString("latin1", 0, MAGIC.length) !== MAGIC) return undefined
    const header = Buffer.alloc(prefix.readUInt32LE(MAGIC.length))
    if (readSync(fd, header, 0, header.length, prefix.length) !== header.length) return undefined
    return (JSON.parse(header.toString("utf8")) as { meta?: CheckpointMeta }).meta
  } catch {
    return undefined // being replaced, or not there yet: the next poll looks again
  } finally {
    if (fd !== undefined) closeSync(fd)
  }
}

/** "it 8/12  fd 0.1234 (k=2, it 4)" for a distill cell with a checkpoint; undefined before its first one. */
export const cellProgress = (ctx: CellContext, cell: PlanCell): string | undefined => {
  if (cell.kind !== "distill") return undefined
  const meta = checkpointMeta(path.join(workDir(ctx.store, storeKey(cell.planKey, ctx.backend)), "distill.ckpt"))
  if (meta?.iteration === undefined) return undefined
  const fds = (meta.rows ?? []).filter((r) => r.metric === "fd" && Number.isFinite(r.value))
  const last = fds.reduce<(typeof fds)[number] | undefined>((a, r) => (a === undefined || r.iteration > a.iteration || (r.iteration === a.iteration && r.k >= a.k) ? r : a), undefined)
  const metric = last === undefined ? "" : `  fd ${last.value.toFixed(4)} (k=${last.k}, it ${last.iteration})`
  return `it ${meta.iteration}/${cell.config.budget.iterations}${metric}`
}

/** The worker's own failure line from the end of a job's log ("sidlab: cell … failed: …"), if any. */
export const failureFromLog = (logPath: string): string | undefined => {
  if (!existsSync(logPath)) return undefined
  const lines = readFileSync(logPath, "utf8").split("\n").filter((l) => /^sidlab: cell .* failed: /.test(l))
  return lines.at(-1)?.replace(/^sidlab: /, "")
}

/** The state of every watched cell: the engine's, except that an ended job's cell is done when the store has it. */
export const cellViews = (
  ctx: CellContext,
  jobs: ReadonlyArray<CellJob>,
  ended: ReadonlyMap<string, CellView> = new Map()
): Effect.Effect<ReadonlyArray<CellView>, ExecutorError, BatchExecutor> =>
  Effect.gen(function*() {
    const executor = yield* BatchExecutor
    // every job is polled, ended ones too: a cancelled job is traced to the failed dependency that caused it
    const statuses = jobs.length > 0 ? yield* executor.poll(jobs.map((j) => j.job)) : new Map()
    return jobs.map(({ cell, job }): CellView => {
      const known = ended.get(cell.id)
      if (known !== undefined) return known
      const s = statuses.get(job.jobId)
      // the store is asked only once a job has ended (a queued or running job's cell is not done yet)
      const open = s !== undefined && (s.state === "queued" || s.state === "running")
      if (!open && cellStatus(ctx.store, cell, ctx.backend).status === "cached") return { cell, job, state: "done", detail: "done" }
      // a job that completed without a result in the store cannot be counted done
      const state: CellState = s === undefined ? "unknown" : s.state === "completed" ? "failed" : s.state
      const detail = s === undefined ? "unknown" : s.state === "completed" ? `completed but its result is not in the store, log ${job.logPath}` : s.detail
      const progress = state === "running" ? cellProgress(ctx, cell) : undefined
      return { cell, job, state, detail, ...(progress === undefined ? {} : { progress }) }
    })
  })

const isFinal = (s: CellState) => s !== "queued" && s !== "running"

/** "8 cells: 2 queued, 1 running, 5 done, 0 failed" */
export const tallyLine = (views: ReadonlyArray<CellView>): string => {
  const n = (s: CellState) => views.filter((v) => v.state === s).length
  const extra = (["cancelled", "unknown"] as const).filter((s) => n(s) > 0).map((s) => `, ${n(s)} ${s}`).join("")
  return `${views.length} cells: ${n("queued")} queued, ${n("running")} running, ${n("done")} done, ${n("failed")} failed${extra}`
}

/** One line per cell that did not finish: its id, job id and what the engine says (exit code, log, culprit). */
export const problemLine = (v: CellView): string => `cell ${v.cell.id} (job ${v.job.jobId}) ${stateLine(v)}`

/** "failed (exit 1), log …; cell … failed: <the worker's reason from its log>" */
const stateLine = (v: CellView): string => {
  const why = v.state === "failed" ? failureFromLog(v.job.logPath) : undefined
  return `${v.detail}${why === undefined ? "" : `; ${why}`}${v.progress ? `  ${v.progress}` : ""}`
}

export interface FollowOptions {
  readonly pollMs: number
  /** Lines of the display, each poll (a terminal redraws them in place). */
  readonly draw: (lines: ReadonlyArray<string>) => void
  /** Lines said once (a cell failed or was cancelled). */
  readonly say: (line: string) => void
}

/** Polls until every cell is done, failed or cancelled; returns the last views. Interrupt it to stop following. */
export const followCells = (ctx: CellContext, jobs: ReadonlyArray<CellJob>, options: FollowOptions): Effect.Effect<ReadonlyArray<CellView>, ExecutorError, BatchExecutor> =>
  Effect.gen(function*() {
    const told = new Set<string>()
    // a cell that ended keeps its view: the store is not asked about it again
    const ended = new Map<string, CellView>()
    while (true) {
      const views = yield* cellViews(ctx, jobs, ended)
      for (const v of views) if (isFinal(v.state)) ended.set(v.cell.id, v)
      const running = views.filter((v) => v.state === "running").map((v) => `  ▶ ${v.cell.id}  ${v.detail}${v.progress ? `  ${v.progress}` : ""}`)
      options.draw([tallyLine(views), ...running])
      for (const v of views) {
        if ((v.state === "failed" || v.state === "cancelled") && !told.has(v.cell.id)) {
          told.add(v.cell.id)
          options.say(`✗ ${problemLine(v)}`)
        }
      }
      if (views.every((v) => isFinal(v.state))) return views
      yield* Effect.sleep(options.pollMs)
    }
  })

/** What `sidlab status` prints for one cell: cached, its latest job's state, a claim, or not submitted. */
export interface StatusLine {
  readonly cell: PlanCell
  readonly state: CellState | "cached" | "computing" | "not submitted"
  readonly line: string
}

const leaseHolder = (ctx: CellContext, cell: PlanCell): string | undefined => {
  try {
    const l = JSON.parse(readFileSync(leasePath(ctx.store, storeKey(cell.planKey, ctx.backend)), "utf8")) as { host?: unknown; pid?: unknown }
    return `${String(l.host)}:${String(l.pid)}`
  } catch {
    return undefined
  }
}

export const cellStatusLines = (ctx: CellContext, cells: ReadonlyArray<PlanCell>): Effect.Effect<ReadonlyArray<StatusLine>, ExecutorError, BatchExecutor> =>
  Effect.gen(function*() {
    const latest = yield* readLatestJobs(ctx.store)
    const pending = cells.filter((c) => cellStatus(ctx.store, c, ctx.backend).status !== "cached")
    const watched = pending.flatMap((cell) => {
      const job = latest.get(storeKey(cell.planKey, ctx.backend))
      return job ? [{ cell, job, adopted: false }] : []
    })
    const views = new Map((yield* cellViews(ctx, watched)).map((v) => [v.cell.id, v]))
    return cells.map((cell): StatusLine => {
      const v = views.get(cell.id)
      if (v !== undefined) {
        return { cell, state: v.state, line: v.state === "done" ? "done" : `job ${v.job.jobId} ${stateLine(v)}` }
      }
      if (!pending.includes(cell)) return { cell, state: "cached", line: "cached" }
      const holder = leaseHolder(ctx, cell)
      return holder ? { cell, state: "computing", line: `being computed by ${holder} (not by a job)` } : { cell, state: "not submitted", line: "not submitted" }
    })
  })
