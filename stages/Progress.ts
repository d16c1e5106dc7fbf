/**
 * Service `Progress`: a live progress line for long work (architecture.md, "Progress"): iterations,
 * rate, ETA and the latest values on a terminal (redrawn in place), plain lines otherwise (CI logs,
 * pipes), at most one every few seconds so logs stay readable.
 */
import { Context, Layer } from "effect"

export interface ProgressBar {
  /** Reports `done` of `total` units, with values to show beside the bar. */
  readonly update: (done: number, values?: Readonly<Record<string, number | string>>) => void
  /** Ends the bar with a final line. */
  readonly finish: (summary?: string) => void
}

export interface ProgressShape {
  readonly start: (label: string, total: number, unit?: string) => ProgressBar
  readonly log: (line: string) => void
}

export class Progress extends Context.Service<Progress, ProgressShape>()("sid/stages/Progress") {
  /** Writes to stderr: a redrawn line on a TTY, a plain line at most every `plainEverySeconds` otherwise. */
  static readonly layer = (plainEverySeconds = 10) => Layer.succeed(Progress, terminalProgress(process.stderr, plainEverySeconds))
  /** Silent, for tests. */
  static readonly layerTest = Layer.succeed(Progress, { start: () => ({ update: () => {}, finish: () => {} }), log: () => {} })
}

const format = (v: number | string): string =>
  typeof v === "string" ? v : Math.abs(v) >= 1000 || (Math.abs(v) < 1e-3 && v !== 0) ? v.toExponential(2) : v.toFixed(4)

const duration = (s: number): string =>
  !Number.isFinite(s) ? "?" : s >= 3600 ? `${Math.floor(s / 3600)}h${String(Math.floor((s % 3600) / 60)).padStart(2, "0")}m`
  : s >= 60 ? `${Math.floor(s / 60)}m${String(Math.floor(s % 60)).padStart(2, "0")}s` : `${s.toFixed(0)}s`

export const terminalProgress = (out: NodeJS.WriteStream, plainEverySeconds: number): ProgressShape => {
  const tty = out.isTTY === true
  return {
    log: (line) => out.write(`${line}\n`),
    start: (label, total, unit = "it") => {
      const t0 = performance.now()
      let lastPlain = -Infinity
      let lastLine = ""
      const render = (done: number, values: Readonly<Record<string, number | string>>) => {
        const elapsed = (performance.now() - t0) / 1000
        const rate = done / Math.max(elapsed, 1e-9)
        const eta = (total - done) / rate
        const width = 24
        const filled = total > 0 ? Math.round((width * done) / total) : width
        const bar = `[${"#".repeat(filled)}${".".repeat(width - filled)}]`
        const extra = Object.entries(values).map(([k, v]) => `${k} ${format(v)}`).join("  ")
        return `${label} ${bar} ${done}/${total} ${unit}  ${rate.toFixed(2)} ${unit}/s  ETA ${duration(eta)}${extra ? `  ${extra}` : ""}`
      }
      return {
        update: (done, values = {}) => {
          lastLine = render(done, values)
          const now = performance.now() / 1000
          if (tty) out.write(`\r\x1b[2K${lastLine}`)
          else if (now - lastPlain >= plainEverySeconds || done === total) {
            lastPlain = now
            out.write(`${lastLine}\n`)
          }
        },
        finish: (summary) => {
          const elapsed = (performance.now() - t0) / 1000
          if (tty) out.write(`\r\x1b[2K`)
          out.write(`${label} done in ${duration(elapsed)}${summary ? `: ${summary}` : ""}\n`)
        }
      }
    }
  }
}
