/**
 * `sidlab status <experiment>...`: each cell's state, from the results store (cached) and from the cluster
 * (queued, running on which node, failed with its exit code and log, cancelled because of which
 * dependency), using the submission records `run --executor slurm` leaves in the store.
 */
import * as path from "node:path"
import { cellsToRun } from "../../runner/Plans.ts"
import { type Command, ExitCode, out, parseOptions, UsageError } from "../internal/command.ts"
import { loadPlans, pickPlans, resolveBackend, resultOptions } from "../internal/experimentArgs.ts"

export const statusCommand: Command = {
  name: "status",
  summary: "Show each cell's state: cached, or its cluster job's (queued, running, failed, cancelled)",
  usage: `Usage: sidlab status <experiment>... [--cells PATTERN] [--store DIR] [--backend NAME] [--root DIR]

Prints one line per cell of <experiment> (and the cells it depends on): "cached" when the store holds
its result, else the state of the latest job submitted for it by sidlab run --executor slurm (queued and
why, running on which node with its latest metric, failed with its exit code and the path of its log,
cancelled because a dependency failed), "being computed by host:pid" for a local run's claim, or "not
submitted". Then a count by state.

Options:
  --cells PATTERN  Only cells whose id or name matches PATTERN (* is a wildcard), plus their dependencies
  --store DIR      Results store (default: .sidlab in the project root)
  --backend NAME   The backend whose results count (default: the one sidlab run would use)
  --root DIR       Project root (default: this repository)
  -h, --help       Show this help

Exit status: 0 printed (whatever the states), 1 Slurm or the store could not be read, 2 usage error.`,

  async run(argv) {
    const { values, positionals } = parseOptions(argv, { ...resultOptions, cells: { type: "string" } }, Number.MAX_SAFE_INTEGER)
    if (values.help) return out(this.usage), ExitCode.ok
    if (positionals.length === 0) throw new UsageError("missing <experiment>")
    const loaded = await loadPlans(values, undefined)
    if (loaded === undefined) return ExitCode.failure
    const plans = [...new Set(positionals.flatMap((t) => pickPlans(loaded.plans, loaded.root, t)))]
    const cells = cellsToRun(plans, values.cells)
    if (cells.length === 0) throw new UsageError(`--cells ${values.cells} matches no cell`)
    const ctx = { store: loaded.store, backend: await resolveBackend(values.backend) }
    const [{ cellStatusLines }, { slurmLayer, withExecutor }] = await Promise.all([import("../../runner/BatchFollow.ts"), import("../internal/clusterRun.ts")])
    const lines = await withExecutor("status", slurmLayer(ctx, loaded.root), cellStatusLines(ctx, cells))
    if (lines === undefined) return ExitCode.failure
    const width = Math.max(...lines.map((l) => l.cell.id.length))
    out(`${plans.map((p) => p.experiment).join(", ")}: store ${path.relative(process.cwd(), loaded.store) || "."}, backend ${ctx.backend.name}`)
    for (const l of lines) out(`${l.cell.id.padEnd(width)}  ${l.line}`)
    const counts = new Map<string, number>()
    for (const l of lines) counts.set(l.state, (counts.get(l.state) ?? 0) + 1)
    out(`${lines.length} cells: ${[...counts].map(([s, n]) => `${n} ${s}`).join(", ")}`)
    return ExitCode.ok
  }
}
