/**
 * `--dry-run`: what would be submitted, without Slurm. The dependency graph first (one line per job, in
 * submission order, with the jobs it waits for), then every job's sbatch command and script.
 */
import { Effect } from "effect"
import { orderJobs, type InvalidJobs, type SlurmJob } from "./Job.ts"
import { defaultScriptOptions, renderScript, type ScriptOptions } from "./Script.ts"
import { dependencyLevels } from "./Submit.ts"

export const renderGraph = (ordered: ReadonlyArray<SlurmJob>): string => {
  const levels = dependencyLevels(ordered)
  const lines = ordered.map((j) => {
    const after = [...j.dependsOn, ...(j.afterJobIds ?? []).map((id) => `job ${id}`)]
    return `${"  ".repeat(levels.get(j.name)!)}${j.name}${after.length > 0 ? `  <- afterok ${after.join(", ")}` : ""}`
  })
  const edges = ordered.reduce((n, j) => n + j.dependsOn.length, 0)
  return [`# dependency graph: ${ordered.length} job(s), ${edges} afterok edge(s), ${Math.max(0, ...levels.values()) + (ordered.length > 0 ? 1 : 0)} level(s)`, ...lines].join("\n") + "\n"
}

export const renderDryRun = (jobs: ReadonlyArray<SlurmJob>, options: ScriptOptions = defaultScriptOptions): Effect.Effect<string, InvalidJobs> =>
  Effect.map(orderJobs(jobs), (ordered) => {
    const scripts = ordered.map((j) => {
      const after = [...j.dependsOn.map((d) => `<${d}>`), ...(j.afterJobIds ?? [])]
      const dep = after.length > 0 ? ` --dependency=afterok:${after.join(":")}` : ""
      return `# ---- ${j.name}: sbatch --parsable${dep} < script\n${renderScript(j, options)}`
    })
    return [renderGraph(ordered), ...scripts].join("\n")
  })
