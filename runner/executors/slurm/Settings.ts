/**
 * Per-cell job settings (partition, account, time limit, CPUs, memory, extra sbatch options) resolved
 * from, in order of precedence: command-line flags, the environment (SIDLAB_SLURM_*), the project config
 * file's `slurm` block, defaults. Bad values fail with one sentence naming the source and field.
 */
import { Effect, Schema } from "effect"

export interface SlurmSettings {
  readonly partition: string | undefined
  readonly account: string | undefined
  readonly timeLimit: string
  readonly cpus: number
  readonly memMb: number
  readonly extraArgs: ReadonlyArray<string>
  /** Seconds before the time limit at which the job is told to checkpoint (--signal=B:USR1@...). */
  readonly signalLeadSeconds: number
}

export const defaultSettings: SlurmSettings = {
  partition: undefined,
  account: undefined,
  timeLimit: "4:00:00",
  cpus: 2,
  memMb: 4000,
  extraArgs: [],
  signalLeadSeconds: 120
}

export class InvalidSlurmSettings extends Schema.TaggedError<InvalidSlurmSettings>()("InvalidSlurmSettings", {
  source: Schema.String,
  field: Schema.String,
  detail: Schema.String
}) {
  override get message() {
    return `${this.source}: ${this.field} ${this.detail}`
  }
}

/** The settings' names in each source: flag, environment variable, config-file key. */
export const SETTING_NAMES = {
  partition: { flag: "--partition", env: "SIDLAB_SLURM_PARTITION" },
  account: { flag: "--account", env: "SIDLAB_SLURM_ACCOUNT" },
  timeLimit: { flag: "--time", env: "SIDLAB_SLURM_TIME" },
  cpus: { flag: "--cpus", env: "SIDLAB_SLURM_CPUS" },
  memMb: { flag: "--mem-mb", env: "SIDLAB_SLURM_MEM_MB" },
  extraArgs: { flag: "--sbatch-arg", env: "SIDLAB_SLURM_SBATCH_ARGS" },
  signalLeadSeconds: { flag: "--signal-lead", env: "SIDLAB_SLURM_SIGNAL_LEAD" }
} as const

type Key = keyof SlurmSettings
type Raw = Partial<Record<Key, unknown>>

const parseField = (key: Key, v: unknown): { ok: unknown } | { bad: string } => {
  switch (key) {
    case "partition":
    case "account":
      return typeof v === "string" && /^[A-Za-z0-9_.+:@-]+$/.test(v) ? { ok: v } : { bad: `must be a plain name, not ${JSON.stringify(v)}` }
    case "timeLimit":
      return typeof v === "string" && /^(\d+|\d+:\d{2}|\d+:\d{2}:\d{2}|\d+-\d{1,2}(:\d{2}(:\d{2})?)?)$/.test(v) ? { ok: v }
        : { bad: `must be minutes, MM:SS, HH:MM:SS or D-HH:MM:SS, not ${JSON.stringify(v)}` }
    case "cpus":
    case "memMb":
    case "signalLeadSeconds": {
      const n = typeof v === "string" && /^\d+$/.test(v.trim()) ? Number(v) : v
      return typeof n === "number" && Number.isInteger(n) && n > 0 ? { ok: n } : { bad: `must be a positive integer, not ${JSON.stringify(v)}` }
    }
    case "extraArgs": {
      // the environment gives one string: split on whitespace (options with spaces belong in the config file)
      const list = typeof v === "string" ? v.split(/\s+/).filter((a) => a !== "") : v
      return Array.isArray(list) && list.every((a) => typeof a === "string" && a.startsWith("-")) ? { ok: list }
        : { bad: `must be a list of sbatch options each starting with "-", not ${JSON.stringify(v)}` }
    }
  }
}

const layer = (source: string, raw: Raw, name: (k: Key) => string): Effect.Effect<Partial<SlurmSettings>, InvalidSlurmSettings> =>
  Effect.suspend(() => {
    const out: Record<string, unknown> = {}
    for (const [k, v] of Object.entries(raw) as Array<[Key, unknown]>) {
      if (v === undefined) continue
      const r = parseField(k, v)
      if ("bad" in r) return Effect.fail(new InvalidSlurmSettings({ source, field: name(k), detail: r.bad }))
      out[k] = r.ok
    }
    return Effect.succeed(out as Partial<SlurmSettings>)
  })

export interface SettingsSources {
  /** The config file's `slurm` block as parsed JSON, and the file's name for messages. */
  readonly file?: { readonly path: string; readonly block: unknown }
  readonly env?: NodeJS.ProcessEnv
  readonly flags?: Raw
}

export const resolveSettings = (sources: SettingsSources): Effect.Effect<SlurmSettings, InvalidSlurmSettings> =>
  Effect.gen(function*() {
    const keys = Object.keys(SETTING_NAMES) as Array<Key>
    const block = sources.file?.block
    if (sources.file && block !== undefined && (typeof block !== "object" || block === null || Array.isArray(block)))
      return yield* new InvalidSlurmSettings({ source: sources.file.path, field: "slurm", detail: "must be an object" })
    const fileRaw = (block ?? {}) as Record<string, unknown>
    if (sources.file)
      for (const k of Object.keys(fileRaw))
        if (!keys.includes(k as Key)) return yield* new InvalidSlurmSettings({ source: sources.file.path, field: `slurm.${k}`, detail: `is not a setting (known: ${keys.join(", ")})` })
    const fromFile = sources.file ? yield* layer(sources.file.path, fileRaw, (k) => `slurm.${k}`) : {}
    const env = sources.env ?? {}
    const fromEnv = yield* layer("environment", Object.fromEntries(keys.map((k) => [k, env[SETTING_NAMES[k].env]])), (k) => SETTING_NAMES[k].env)
    const fromFlags = yield* layer("command line", sources.flags ?? {}, (k) => SETTING_NAMES[k].flag)
    return { ...defaultSettings, ...fromFile, ...fromEnv, ...fromFlags }
  })
