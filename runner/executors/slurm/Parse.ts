/**
 * Parsers for what Slurm 22.05 prints: `squeue -O` rows (jobs it still remembers, for MinJobAge after
 * they end) and the `jobcomp/filetxt` file (one line per finished run, kept for good). Pure functions.
 */

/** The `squeue -O` fields we ask for, `|`-separated (job names and partitions never contain `|`). */
export const SQUEUE_FORMAT = "JobID:|,Name:|,State:|,Reason:|,NodeList:|,TimeUsed:|,exit_code:|,StdOut:"

export interface SqueueRow {
  readonly jobId: string
  readonly name: string
  /** PENDING, RUNNING, COMPLETED, FAILED, CANCELLED, TIMEOUT, ... */
  readonly state: string
  /** Why it waits or ended: Dependency, DependencyNeverSatisfied, NonZeroExitCode, None, ... */
  readonly reason: string
  readonly nodes: string
  readonly elapsed: string
  readonly exit: ExitStatus | undefined
  readonly logPath: string
}

/** A job's exit: `code` from exit(), or `signal` when a signal ended it (Slurm's "code:signal"). */
export interface ExitStatus {
  readonly code: number
  readonly signal: number
}

/** squeue's `exit_code` is the raw wait status (768 = exit 3), not jobcomp's "3:0". */
export const decodeWaitStatus = (raw: number): ExitStatus =>
  (raw & 0x7f) === 0 ? { code: (raw >> 8) & 0xff, signal: 0 } : { code: 0, signal: raw & 0x7f }

export const parseSqueue = (text: string): ReadonlyArray<SqueueRow> =>
  text.split("\n").filter((l) => l.trim() !== "").map((line) => {
    const [jobId = "", name = "", state = "", reason = "", nodes = "", elapsed = "", exit = "", ...log] = line.split("|")
    const raw = Number(exit.trim())
    return {
      jobId: jobId.trim(),
      name: name.trim(),
      state: state.trim(),
      reason: reason.trim(),
      nodes: nodes.trim(),
      elapsed: elapsed.trim(),
      exit: exit.trim() === "" || !Number.isFinite(raw) ? undefined : decodeWaitStatus(raw),
      logPath: log.join("|").trim()
    }
  })

export interface JobcompRecord {
  readonly jobId: string
  readonly name: string
  readonly state: string
  readonly nodes: string
  readonly exit: ExitStatus | undefined
  readonly start: string
  readonly end: string
}

/** `key=value key=value ...` where a value runs up to the next ` key=` (values may be empty). */
export const parseKeyValues = (line: string): Map<string, string> => {
  const out = new Map<string, string>()
  const re = /(?:^|\s)([A-Za-z]+)=(.*?)(?=\s+[A-Za-z]+=|\s*$)/g
  for (const m of line.matchAll(re)) out.set(m[1]!, m[2]!)
  return out
}

/** "3:0" → { code 3, signal 0 }. */
export const parseExitPair = (s: string | undefined): ExitStatus | undefined => {
  const m = /^(\d+):(\d+)$/.exec(s ?? "")
  return m ? { code: Number(m[1]), signal: Number(m[2]) } : undefined
}

/** The jobcomp file by job id; a requeued job has one line per run and the last one wins. */
export const parseJobcomp = (text: string): Map<string, JobcompRecord> => {
  const out = new Map<string, JobcompRecord>()
  for (const line of text.split("\n")) {
    if (!line.startsWith("JobId=")) continue
    const kv = parseKeyValues(line)
    const jobId = kv.get("JobId")!
    out.set(jobId, {
      jobId,
      name: kv.get("Name") ?? "",
      state: kv.get("JobState") ?? "",
      nodes: kv.get("NodeList") ?? "",
      exit: parseExitPair(kv.get("ExitCode")),
      start: kv.get("StartTime") ?? "",
      end: kv.get("EndTime") ?? ""
    })
  }
  return out
}

/** `JobCompType` and `JobCompLoc` from `scontrol show config`. */
export const parseJobcompConfig = (text: string): { readonly type: string; readonly loc: string } => {
  const get = (key: string) => new RegExp(`^${key}\\s*=\\s*(.*)$`, "m").exec(text)?.[1]?.trim() ?? ""
  return { type: get("JobCompType"), loc: get("JobCompLoc") }
}
