/**
 * `sidlab check [experiment]` and `sidlab baseline <experiment>`: regression checks of stored metrics
 * against committed baselines (generated/baselines/<experiment>.arrow).
 */
import { existsSync } from "node:fs"
import * as path from "node:path"
import type { Plan } from "../../dsl/Plan.ts"
import { writeFileAtomic } from "../../stages/internal/atomicFile.ts"
import { encodeMetrics, readMetricsFile } from "../../stages/internal/metricsArrow.ts"
import { type Command, ExitCode, err, out, parseOptions, UsageError } from "../internal/command.ts"
import { evaluateCheck, formatOutcome } from "../../runner/Checks.ts"
import { loadPlans, resolveBackend, resultOptions } from "../internal/experimentArgs.ts"
import { experimentResults, MissingResults } from "../../runner/Results.ts"

export const baselinePath = (root: string, plan: Plan): string => path.join(root, "generated", "baselines", `${plan.experiment}.arrow`)

export const checkCommand: Command = {
  name: "check",
  summary: "Compare stored metrics with committed baselines; fail on a regression",
  usage: `Usage: sidlab check [experiment] [--store DIR] [--backend NAME] [--root DIR]

For every check declared by the experiment (all experiments when none is named), compares the metric
of the selected cells (mean over seeds) with generated/baselines/<experiment>.arrow within the check's
absolute, relative or k·σ tolerance, in the metric's better direction: an improvement never fails, and
an informational check never fails. Prints one line per check, flags tolerances below the seed-to-seed
spread, then "N passed, N failed".

Exit status: 0 no check failed, 1 a check failed or results/baselines are missing, 2 usage error.`,

  async run(argv) {
    const { values, positionals } = parseOptions(argv, resultOptions, 1)
    if (values.help) return out(this.usage), ExitCode.ok
    const loaded = await loadPlans(values, positionals[0])
    if (!loaded) return ExitCode.failure
    const backend = await resolveBackend(values.backend)
    let passed = 0
    let failed = 0
    for (const plan of loaded.plans.filter((p) => p.checks.length > 0)) {
      let results
      try {
        // only the cells the checks read: CI runs just those (sidlab run --checks-only)
        results = experimentResults(loaded.store, plan, backend, new Set(plan.checks.flatMap((c) => c.cellIds)))
      } catch (e) {
        if (!(e instanceof MissingResults)) throw e
        err(`MISSING  ${e.message}`)
        failed += plan.checks.filter((c) => !c.informational).length
        continue
      }
      const file = baselinePath(loaded.root, plan)
      const baseline = existsSync(file) ? readMetricsFile(file) : undefined
      out(`${plan.experiment} (baseline ${existsSync(file) ? path.relative(loaded.root, file) : "missing"}, backend ${backend.name})`)
      for (const check of plan.checks) {
        const o = evaluateCheck(check, results, baseline)
        out(`  ${formatOutcome(o)}`)
        if (o.verdict === "pass") passed++
        else if (o.verdict === "FAIL" || (o.verdict === "missing" && !check.informational)) failed++
      }
    }
    out(`${passed} passed, ${failed} failed`)
    return failed > 0 ? ExitCode.failure : ExitCode.ok
  }
}

export const baselineCommand: Command = {
  name: "baseline",
  summary: "Store an experiment's current metrics as its committed baseline",
  usage: `Usage: sidlab baseline <experiment> [--store DIR] [--backend NAME] [--root DIR]

Writes the final metrics of every cell of <experiment> (from the results store) to
generated/baselines/<experiment>.arrow, which sidlab check compares against. Commit the file.

Exit status: 0 written, 1 missing results, 2 usage error.`,

  async run(argv) {
    const { values, positionals } = parseOptions(argv, resultOptions, 1)
    if (values.help) return out(this.usage), ExitCode.ok
    if (positionals[0] === undefined) throw new UsageError("missing <experiment>")
    const loaded = await loadPlans(values, positionals[0])
    if (!loaded) return ExitCode.failure
    const backend = await resolveBackend(values.backend)
    for (const plan of loaded.plans) {
      let results
      try {
        results = experimentResults(loaded.store, plan, backend)
      } catch (e) {
        if (e instanceof MissingResults) return err(`sidlab baseline: ${e.message}`), ExitCode.failure
        throw e
      }
      const rows = results.flatMap((r) => r.rows)
      const file = baselinePath(loaded.root, plan)
      writeFileAtomic(file, [encodeMetrics(rows, Object.keys(plan.axes))])
      out(`wrote ${path.relative(loaded.root, file)} (${results.length} cells, ${rows.length} values, backend ${backend.name})`)
    }
    return ExitCode.ok
  }
}
