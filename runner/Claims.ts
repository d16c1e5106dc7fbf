/**
 * Claims: how many runs sharing one store compute each cell once. A run claims a cell by creating
 * `claims/<storeKey>.lease` exclusively (O_EXCL, atomic on local and NFSv3+ file systems); the file names
 * the holder (host, pid) and a worker thread touches it every few seconds as a heartbeat, so the heartbeat
 * goes on while the main thread is busy with tensor work. A claim is dead when its holder's process is gone
 * (same host) or its heartbeat is older than the timeout (any host); a dead claim is taken over under a
 * second exclusive file, so two runs never both take it. The new holder resumes from the cell's checkpoints.
 */
import { Result, Schema } from "effect"
import { randomBytes } from "node:crypto"
import { closeSync, mkdirSync, openSync, readFileSync, rmSync, utimesSync, writeSync } from "node:fs"
import { hostname } from "node:os"
import * as path from "node:path"
import { Worker } from "node:worker_threads"
import { writeFileAtomic } from "../dsl/internal/atomicFile.ts"
import { fileDecoder } from "../dsl/internal/common.ts"
import { errnoOf, messageOf, StoreIOError } from "./errors.ts"
import { ageSeconds } from "./Store.ts"

const Lease = Schema.Struct({ host: Schema.String, pid: Schema.Number, cellId: Schema.String, token: Schema.String, startedAt: Schema.String })
export type Lease = typeof Lease.Type
const decodeLease = fileDecoder(Lease)

/** Seconds without a heartbeat after which a claim is dead (SIDLAB_CLAIM_TIMEOUT, default 60). */
export const claimTimeoutSeconds = (): number => {
  const v = Number(process.env.SIDLAB_CLAIM_TIMEOUT ?? "")
  return Number.isFinite(v) && v > 0 ? v : 60
}

export const leasePath = (store: string, key: string): string => path.join(store, "claims", `${key}.lease`)

/** Whether a process is alive; only meaningful for this host. */
export const pidAlive = (pid: number): boolean => {
  try {
    process.kill(pid, 0)
    return true
  } catch (e) {
    return errnoOf(e) === "EPERM"
  }
}

/** Whether the holder (host, pid) may still be working: on this host we can ask the kernel. */
export const holderLive = (host: string, pid: number): boolean => host !== hostname() || pidAlive(pid)

/** The lease in `file`; undefined when it is unreadable (e.g. still being written), which is judged by its age alone. */
const readLease = (file: string): Lease | undefined => {
  try {
    return Result.getOrUndefined(decodeLease(JSON.parse(readFileSync(file, "utf8"))))
  } catch {
    return undefined
  }
}

/** A held claim: its heartbeat runs until `release`. */
export interface Claim {
  readonly key: string
  readonly lease: Lease
  /** Whether the claim was taken over from a dead holder (the cell then resumes from its checkpoints). */
  readonly tookOver: boolean
  readonly release: () => void
}

export type ClaimAttempt =
  | { readonly _tag: "Claimed"; readonly claim: Claim }
  | { readonly _tag: "Held"; readonly holder: Lease | undefined; readonly ageSeconds: number }

const HEARTBEAT = `
const { workerData } = require("node:worker_threads")
const fs = require("node:fs")
setInterval(() => { try { const t = new Date(); fs.utimesSync(workerData.file, t, t) } catch {} }, workerData.ms)
`

const startHeartbeat = (file: string, lease: Lease, key: string, tookOver: boolean): Claim => {
  const ms = Math.max(200, Math.floor((claimTimeoutSeconds() * 1000) / 4))
  const worker = new Worker(HEARTBEAT, { eval: true, workerData: { file, ms } })
  worker.unref()
  let released = false
  return {
    key,
    lease,
    tookOver,
    release: () => {
      if (released) return
      released = true
      void worker.terminate()
      // only our own lease is removed: a holder that lost it to a takeover leaves the new one alone
      if (readLease(file)?.token === lease.token) rmSync(file, { force: true })
    }
  }
}

const newLease = (cellId: string): Lease => ({
  host: hostname(),
  pid: process.pid,
  cellId,
  token: randomBytes(8).toString("hex"),
  startedAt: new Date().toISOString()
})

const createExclusive = (file: string, text: string): boolean => {
  let fd: number
  try {
    fd = openSync(file, "wx")
  } catch (e) {
    if (errnoOf(e) === "EEXIST") return false
    throw new StoreIOError({ path: file, operation: "create", detail: messageOf(e) })
  }
  try {
    writeSync(fd, text)
  } finally {
    closeSync(fd)
  }
  return true
}

const isDead = (holder: Lease | undefined, age: number): boolean =>
  age > claimTimeoutSeconds() || (holder !== undefined && !holderLive(holder.host, holder.pid))

/** Tries to claim a cell: a fresh claim, a takeover of a dead one, or the live holder's lease. */
export const tryClaim = (store: string, key: string, cellId: string): ClaimAttempt => {
  const file = leasePath(store, key)
  mkdirSync(path.dirname(file), { recursive: true })
  const lease = newLease(cellId)
  if (createExclusive(file, JSON.stringify(lease))) return { _tag: "Claimed", claim: startHeartbeat(file, lease, key, false) }
  const holder = readLease(file)
  const age = ageSeconds(file) ?? 0
  if (!isDead(holder, age)) return { _tag: "Held", holder, ageSeconds: age }
  // takeover: one taker at a time, under `<lease>.takeover`; a taker that died mid-way is itself timed out
  const guard = `${file}.takeover`
  if (!createExclusive(guard, JSON.stringify(lease))) {
    if ((ageSeconds(guard) ?? 0) > claimTimeoutSeconds()) rmSync(guard, { force: true })
    return { _tag: "Held", holder, ageSeconds: age }
  }
  try {
    const now = readLease(file)
    const stillDead = now?.token === holder?.token && isDead(now, ageSeconds(file) ?? Number.POSITIVE_INFINITY)
    if (!stillDead) return { _tag: "Held", holder: now, ageSeconds: ageSeconds(file) ?? 0 }
    writeFileAtomic(file, JSON.stringify(lease))
    const t = new Date()
    utimesSync(file, t, t)
    return { _tag: "Claimed", claim: startHeartbeat(file, lease, key, true) }
  } finally {
    rmSync(guard, { force: true })
  }
}
