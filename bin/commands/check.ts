/**
 * `sidlab check [experiment]` and `sidlab baseline <experiment>`: regression checks of stored metrics
 * against committed baselines (generated/baselines/<experiment>.json, reviewable text; runner/Baselines.ts).
 */
import { existsSync } from "node:fs"
import * as path from "node:path"
import { writeFileAtomic } from "../../dsl/internal/atomicFile.ts"
import type { MetricRecord } from "../../stages/internal/metricsArrow.ts"
import { Option } from "effect"
import { Argument } from "effect/cli"
import { command, ExitCode, err, fromPromise, out, resultFlags, switchFlag } from "../internal/command.ts"
import { loadPlans, resolveBackend } from "../internal/experimentArgs.ts"

/** What reading metrics and baselines needs (the Arrow reader among it), loaded only by these commands. */
const metricsModules = async () => {
  const [arrow, baselines, checks, results] = await Promise.all([
    import("../../stages/internal/metricsArrow.ts"), import("../../runner/Baselines.ts"), import("../../runner/Checks.ts"), import("../../runner/Results.ts")
  ])
  return { ...arrow, ...baselines, ...checks, ...results }
}

export const checkCommand = command(
  "check",
  {
    summary: "Compare stored metrics with committed baselines; fail on a regression",
    description: `For every check declared by the experiment (all experiments when none is named), compares the metric
of the selected cells (mean over seeds) with generated/baselines/<experiment>.json within the check's
absolute, relative or k·σ tolerance, in the metric's better direction: an improvement never fails, and
an informational check never fails. Prints one line per check, flags tolerances below the seed-to-seed
spread, then "N passed, N failed". (Without the .json file it reads the .arrow file of older checkouts;
when both exist and differ it says so: the .json file is the one checks use.)

Exit status: 0 no check failed, 1 a check failed or results/baselines are missing, 2 usage error.`
  },
  { experiment: Argument.String("experiment").pipe(Argument.withDescription("The experiment to check (default: all of them)"), Argument.optional), ...resultFlags },
  (flags) => fromPromise(async () => {
    const loaded = await loadPlans(flags, Option.getOrUndefined(flags.experiment))
    if (!loaded) return ExitCode.failure
    const backend = await resolveBackend(flags.backend)
    const { baselineArrowPath, baselineValues, evaluateCheck, experimentResults, formatOutcome, MissingResults, readBaseline, readMetricsFile } = await metricsModules()
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
      const baseline = readBaseline(loaded.root, plan)
      out(`${plan.experiment} (baseline ${baseline === undefined ? "missing" : path.relative(loaded.root, baseline.file)}, backend ${backend.name})`)
      const arrow = baselineArrowPath(loaded.root, plan)
      if (baseline !== undefined && baseline.file !== arrow && existsSync(arrow) && !sameValues(baselineValues, readMetricsFile(arrow), baseline.rows)) {
        err(`  note: ${path.relative(loaded.root, arrow)} differs from ${path.relative(loaded.root, baseline.file)}; the checks use the .json (sidlab baseline ${plan.experiment} rewrites both)`)
      }
      for (const check of plan.checks) {
        const o = evaluateCheck(check, results, baseline?.rows)
        out(`  ${formatOutcome(o)}`)
        if (o.verdict === "pass") passed++
        else if (o.verdict === "FAIL" || (o.verdict === "missing" && !check.informational)) failed++
      }
    }
    out(`${passed} passed, ${failed} failed`)
    return failed > 0 ? ExitCode.failure : ExitCode.ok
  })
)

export const baselineCommand = command(
  "baseline",
  {
    summary: "Store an experiment's current metrics as its committed baseline",
    description: `Writes the final metrics of every cell of <experiment> (from the results store) to
generated/baselines/<experiment>.json, which sidlab check compares against: one value per line,
sorted, so a pull request that moves a baseline shows the old and the new numbers. Also writes the
same rows as generated/baselines/<experiment>.arrow for tools that read Arrow. Commit both.

Exit status: 0 written, 1 missing results, 2 usage error.`
  },
  {
    experiment: Argument.String("experiment").pipe(Argument.withDescription("The experiment whose metrics become its baseline")),
    ...resultFlags,
    fromArrow: switchFlag("from-arrow", "Write the .json from the committed .arrow instead of the store (same values)")
  },
  (flags) => fromPromise(async () => {
    const loaded = await loadPlans(flags, flags.experiment)
    if (!loaded) return ExitCode.failure
    const { baselineArrowPath, baselineTextPath, encodeBaseline, encodeMetrics, experimentResults, MissingResults, readMetricsFile } = await metricsModules()
    if (flags.fromArrow) {
      for (const plan of loaded.plans) {
        const arrow = baselineArrowPath(loaded.root, plan)
        if (!existsSync(arrow)) return err(`sidlab baseline: ${path.relative(loaded.root, arrow)} does not exist (--from-arrow converts a committed .arrow baseline)`), ExitCode.failure
        const rows = readMetricsFile(arrow)
        writeFileAtomic(baselineTextPath(loaded.root, plan), encodeBaseline(plan.experiment, rows))
        out(`wrote ${path.relative(loaded.root, baselineTextPath(loaded.root, plan))} from ${path.relative(loaded.root, arrow)} (${rows.length} values)`)
      }
      return ExitCode.ok
    }
    const backend = await resolveBackend(flags.backend)
    for (const plan of loaded.plans) {
      let results
      try {
        results = experimentResults(loaded.store, plan, backend)
      } catch (e) {
        if (e instanceof MissingResults) return err(`sidlab baseline: ${e.message}`), ExitCode.failure
        throw e
      }
      const rows = results.flatMap((r) => r.rows)
      const text = baselineTextPath(loaded.root, plan)
      writeFileAtomic(text, encodeBaseline(plan.experiment, rows))
      writeFileAtomic(baselineArrowPath(loaded.root, plan), [encodeMetrics(rows, Object.keys(plan.axes))])
      out(`wrote ${path.relative(loaded.root, text)} and .arrow (${results.length} cells, ${rows.length} values, backend ${backend.name})`)
    }
    return ExitCode.ok
  })
)

/** True when two baselines hold the same values for the same (cell, phase, metric, k). */
const sameValues = (baselineValues: (rows: ReadonlyArray<MetricRecord>) => ReadonlyArray<string>, a: ReadonlyArray<MetricRecord>, b: ReadonlyArray<MetricRecord>): boolean => {
  const x = baselineValues(a)
  const y = baselineValues(b)
  return x.length === y.length && x.every((line, i) => line === y[i])
}
