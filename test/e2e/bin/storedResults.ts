/**
 * Stored results without training, for the table/baseline/check tests: a compiled copy of the project
 * (test/dsl/compiler/tempProject.ts) and metrics.arrow files published under the plans' keys, so the
 * commands read them exactly as they read a real run's.
 */
import { spawnSync } from "node:child_process"
import { mkdtempSync, rmSync } from "node:fs"
import { tmpdir } from "node:os"
import * as path from "node:path"
import { compile } from "../../../dsl/compiler/main.ts"
import type { DistillCell, Plan } from "../../../dsl/Plan.ts"
import { manifestFor } from "../../../runner/StoreManifest.ts"
import { publishCell } from "../../../runner/StorePublish.ts"
import { encodeMetrics, type MetricRecord } from "../../../stages/internal/metricsArrow.ts"
import { repoRoot, tempProject } from "../../dsl/compiler/tempProject.ts"

/** Runs `sidlab` in a child process (the commands print to stdout and stderr). */
export const sidlab = (cwd: string, ...args: Array<string>) => {
  const r = spawnSync(process.execPath, ["--import", "tsx", path.join(repoRoot, "bin/sidlab.ts"), ...args], { encoding: "utf8", cwd, env: { ...process.env, SIDLAB_BACKEND: "wasm" } })
  return { code: r.status, stdout: r.stdout, stderr: r.stderr }
}

/** A project copy with the given experiments, compiled in memory, and an empty store beside it. */
export const storedProject = async (experiments: Readonly<Record<string, string>>) => {
  const project = tempProject(experiments)
  const store = mkdtempSync(path.join(tmpdir(), "sidlab-stored-"))
  const compiled = await compile(project.root, { write: false })
  if (compiled.diagnostics.length > 0) throw new Error(compiled.diagnostics.map((d) => d.message).join("\n"))
  return {
    root: project.root,
    store,
    plan: (name: string): Plan => compiled.plans.find((p) => p.experiment === name)!,
    /** `sidlab <args> --root <copy> --store <store> --backend wasm`. */
    cmd: (...args: Array<string>) => sidlab(project.root, ...args, "--root", project.root, "--store", store, "--backend", "wasm"),
    dispose: () => (project.dispose(), rmSync(store, { recursive: true, force: true }))
  }
}

const SAMPLE = ["fd", "alignment", "precision", "recall", "coverage"] as const

/**
 * Publishes a distill cell's metrics: for each phase, every sample metric at k = 0..K from `value`
 * (k = 0 is the data floor), stored at the given iteration.
 */
export const publishMetrics = (
  store: string,
  plan: Plan,
  cell: DistillCell,
  phases: ReadonlyArray<readonly [phase: string, iteration: number]>,
  value: (phase: string, k: number, metric: string) => number
): ReadonlyArray<MetricRecord> => {
  const K = cell.config.generator.numSteps
  const rows: Array<MetricRecord> = phases.flatMap(([phase, iteration]) =>
    Array.from({ length: K + 1 }, (_, k) => k).flatMap((k) =>
      SAMPLE.map((metric) => ({ cellId: cell.id, cellName: cell.name, phase, iteration, imagesSeen: iteration * 256, k, metric, value: value(phase, k, metric), axes: cell.axes }))))
  publishCell(store, manifestFor(cell, "wasm"), { "metrics.arrow": encodeMetrics(rows, Object.keys(plan.axes)) })
  return rows
}
