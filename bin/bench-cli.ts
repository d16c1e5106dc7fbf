/**
 * Start-up benchmark of the `sidlab` command (README, "CLI start-up"): runs each everyday command as a user would — the
 * installed entry (package.json "bin", what `npx sidlab` runs), a new process each time — and prints the
 * median, min and max wall time per command. Exits 1 if any median is 1 s or more.
 *
 *   npm run bench:cli -- [--runs 5] [--experiment quickstart] [--store DIR] [--entry FILE] [--npx]
 *
 * One unrecorded warm-up run per command first (it builds dist/ if a source changed). The `run` row needs
 * every cell of the experiment in the store (run it once first: npm run quickstart); the benchmark fails
 * if that run had anything to compute. --npx also times `npx sidlab --version` and `npm run sidlab --
 * --version` (npm's own start-up, which no change to sidlab can remove), for information only.
 */
import { spawnSync } from "node:child_process"
import { existsSync, readFileSync } from "node:fs"
import { cpus, loadavg } from "node:os"
import * as path from "node:path"
import { fileURLToPath } from "node:url"
import { parseArgs } from "node:util"
import { median } from "./internal/median.ts"

const root = fileURLToPath(new URL("../", import.meta.url))

export interface Timing {
  readonly label: string
  readonly seconds: ReadonlyArray<number>
  readonly exitCodes: ReadonlyArray<number | null>
}


/** The Markdown table of timings, seconds with two decimals. */
export const timingTable = (rows: ReadonlyArray<Timing>): string =>
  [
    "| command | median (s) | min (s) | max (s) | exit |",
    "|---|---|---|---|---|",
    ...rows.map((r) =>
      `| \`${r.label}\` | ${median(r.seconds).toFixed(2)} | ${Math.min(...r.seconds).toFixed(2)} | ${Math.max(...r.seconds).toFixed(2)} | ${[...new Set(r.exitCodes)].join(",")} |`
    )
  ].join("\n")

const timeOnce = (cmd: string, args: ReadonlyArray<string>, cwd = root): { seconds: number; code: number | null; stdout: string; stderr: string } => {
  const t0 = process.hrtime.bigint()
  const r = spawnSync(cmd, args, { cwd, encoding: "utf8", maxBuffer: 64 << 20 })
  const seconds = Number(process.hrtime.bigint() - t0) / 1e9
  if (r.error) throw new Error(`could not run ${cmd}: ${r.error.message}`)
  return { seconds, code: r.status, stdout: r.stdout, stderr: r.stderr }
}

const installedEntry = (): string => {
  const pkg = JSON.parse(readFileSync(path.join(root, "package.json"), "utf8")) as { bin: Record<string, string> }
  return path.join(root, pkg.bin.sidlab!)
}

const main = (): number => {
  const { values } = parseArgs({
    options: {
      runs: { type: "string", default: "5" },
      experiment: { type: "string", default: "quickstart" },
      store: { type: "string" },
      entry: { type: "string" },
      npx: { type: "boolean", default: false }
    }
  })
  const runs = Number(values.runs)
  if (!Number.isInteger(runs) || runs < 1) throw new Error(`--runs must be a whole number ≥ 1, got "${values.runs}"`)
  const entry = path.resolve(values.entry ?? installedEntry())
  // from the project the entry belongs to (bin/<entry>), as a user of that checkout would
  const cwd = path.resolve(path.dirname(entry), "..")
  const exp = values.experiment
  const file = `experiments/${exp}.ts`
  const target = existsSync(path.join(cwd, file)) ? file : exp
  const store = values.store === undefined ? [] : ["--store", path.resolve(values.store)]
  const commands: ReadonlyArray<ReadonlyArray<string>> = [
    ["--help"],
    ["--version"],
    ["plan", exp, ...store],
    ["table", exp, ...store],
    ["check", exp, ...store],
    ["status", exp, ...store],
    ["run", target, ...store]
  ]
  const before = loadavg()
  const rows: Array<Timing> = []
  let problems = 0
  for (const args of commands) {
    const warm = timeOnce(entry, args, cwd)
    if (args[0] === "run" && !/, 0 to run/.test(warm.stdout)) {
      process.stderr.write(`bench-cli: "sidlab ${args.join(" ")}" had cells to compute; run it once first so that it is fully cached\n${warm.stdout}${warm.stderr}`)
      return 1
    }
    const seconds: Array<number> = []
    const exitCodes: Array<number | null> = []
    for (let i = 0; i < runs; i++) {
      const r = timeOnce(entry, args, cwd)
      seconds.push(r.seconds)
      exitCodes.push(r.code)
    }
    rows.push({ label: `sidlab ${args.filter((a) => !store.includes(a)).join(" ")}`, seconds, exitCodes })
  }
  // for information: the same entry behind npm's own start-up
  const viaNpm = values.npx ? [["npx", "sidlab", "--version"], ["npm", "run", "--silent", "sidlab", "--", "--version"]] : []
  for (const [cmd, ...args] of viaNpm) {
    const seconds: Array<number> = []
    const exitCodes: Array<number | null> = []
    timeOnce(cmd!, args, cwd)
    for (let i = 0; i < runs; i++) {
      const r = timeOnce(cmd!, args, cwd)
      seconds.push(r.seconds)
      exitCodes.push(r.code)
    }
    rows.push({ label: `${[cmd, ...args].join(" ")} (information: npm's start-up included)`, seconds, exitCodes })
  }
  const after = loadavg()
  const la = (l: ReadonlyArray<number>) => l.map((x) => x.toFixed(2)).join(", ")
  console.log(`sidlab start-up, ${new Date().toISOString().slice(0, 16).replace("T", " ")} UTC, ${cpus()[0]?.model ?? "unknown CPU"} × ${cpus().length}, Node ${process.version}`)
  console.log(`entry ${path.relative(root, entry) || entry}, ${runs} runs per command after one warm-up; experiment ${exp}${values.store === undefined ? "" : `, store ${values.store}`}`)
  console.log(`load average (1, 5, 15 min): ${la(before)} before, ${la(after)} after`)
  console.log("")
  console.log(timingTable(rows))
  const slow = rows.filter((r) => r.label.startsWith("sidlab ") && median(r.seconds) >= 1)
  if (slow.length > 0) {
    console.log(`\n${slow.length} command${slow.length === 1 ? "" : "s"} at 1 s or more (median): ${slow.map((r) => r.label).join("; ")}`)
    problems++
  }
  return problems > 0 ? 1 : 0
}

if (process.argv[1] !== undefined && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  try {
    process.exitCode = main()
  } catch (e) {
    process.stderr.write(`bench-cli: ${e instanceof Error ? e.message : String(e)}\n`)
    process.exitCode = 2
  }
}
