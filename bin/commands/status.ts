/**
 * `sidlab status <experiment>...`: each cell's state, from the results store (cached) and from the cluster
 * (queued, running on which node, failed with its exit code and log, cancelled because of which
 * dependency), using the submission records `run --executor slurm` leaves in the store.
 */
import * as path from "node:path"
import { cellsToRun } from "../../runner/Plans.ts"
import { Effect } from "effect"
import { backendFlag, command, experimentsArg, exitWith, ExitCode, optionalFlag, out, rootFlag, storeFlag, usage } from "../internal/command.ts"
import { loadPlansOf, resolveBackend } from "../internal/experimentArgs.ts"

export const statusCommand = command(
  "status",
  {
    summary: "Show each cell's state: cached, or its cluster job's (queued, running, failed, cancelled)",
    description: `Prints one line per cell of <experiment> (and the cells it depends on): "cached" when the store holds
its result, else the state of the latest job submitted for it by sidlab run --executor slurm (queued and
why, running on which node with its latest metric, failed with its exit code and the path of its log,
cancelled because a dependency failed), "being computed by host:pid" for a local run's claim, or "not
submitted". Then a count by state.

Exit status: 0 printed (whatever the states), 1 Slurm or the store could not be read, 2 usage error.`
  },
  {
    experiments: experimentsArg,
    cells: optionalFlag("cells", "PATTERN", "Only cells whose id or name matches PATTERN (* is a wildcard), plus their dependencies"),
    store: storeFlag,
    backend: backendFlag("The backend whose results count (default: the one sidlab run would use)"),
    root: rootFlag
  },
  (flags) => Effect.gen(function*() {
    const loaded = yield* Effect.promise(() => loadPlansOf(flags, flags.experiments))
    if (loaded === undefined) return yield* exitWith(ExitCode.failure)
    const plans = loaded.plans
    const cells = cellsToRun(plans, flags.cells)
    if (cells.length === 0) throw usage(`--cells ${flags.cells} matches no cell`)
    const ctx = { store: loaded.store, backend: yield* Effect.promise(() => resolveBackend(flags.backend)) }
    // the cluster executor loads only for the commands that talk to the cluster
    const [{ cellStatusLines }, { withSlurm }] = yield* Effect.promise(() => Promise.all([import("../../runner/BatchFollow.ts"), import("../internal/clusterRun.ts")]))
    const lines = yield* withSlurm(ctx, loaded.root, {}, cellStatusLines(ctx, cells))
    const width = Math.max(...lines.map((l) => l.cell.id.length))
    out(`${plans.map((p) => p.experiment).join(", ")}: store ${path.relative(process.cwd(), loaded.store) || "."}, backend ${ctx.backend.name}`)
    for (const l of lines) out(`${l.cell.id.padEnd(width)}  ${l.line}`)
    const counts = new Map<string, number>()
    for (const l of lines) counts.set(l.state, (counts.get(l.state) ?? 0) + 1)
    out(`${lines.length} cells: ${[...counts].map(([s, n]) => `${n} ${s}`).join(", ")}`)
  })
)
