import { test } from "node:test"
import assert from "node:assert/strict"
import { Effect } from "effect"
import { renderDryRun } from "../../../../runner/executors/slurm/DryRun.ts"
import { dag, job } from "./fixtures.ts"

test("the dry run prints the dependency graph by level, then each job's sbatch line and script", async () => {
  const text = await Effect.runPromise(renderDryRun([...dag(), job("late", ["eval"], { afterJobIds: ["77"] })]))
  const graph = text.slice(0, text.indexOf("\n# ----"))
  assert.equal(graph, [
    "# dependency graph: 8 job(s), 10 afterok edge(s), 4 level(s)",
    "prefit-a",
    "prefit-b",
    "  distill-1  <- afterok prefit-a, prefit-b",
    "  distill-2  <- afterok prefit-a, prefit-b",
    "  distill-3  <- afterok prefit-a, prefit-b",
    "  distill-4  <- afterok prefit-a, prefit-b",
    "    eval  <- afterok distill-1",
    "      late  <- afterok eval, job 77",
    ""
  ].join("\n"))
  assert.match(text, /^# ---- distill-1: sbatch --parsable --dependency=afterok:<prefit-a>:<prefit-b> < script\n#!\/bin\/bash\n#SBATCH --job-name=distill-1\n/m)
  assert.match(text, /^# ---- late: sbatch --parsable --dependency=afterok:<eval>:77 < script$/m)
  assert.equal(text.match(/^#!\/bin\/bash$/gm)!.length, 8)
})

test("the dry run refuses an invalid job list like a real submission would", async () => {
  const e = await Effect.runPromise(Effect.flip(renderDryRun([job("a", ["a"])])))
  assert.match(e.message, /dependsOn names the job itself/)
})
