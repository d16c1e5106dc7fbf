/** The options and help text `sidlab run` adds for a cluster (clusterRun.ts does the work, loaded only then). */

/** The options `run` adds for a cluster (parseArgs config). */
export const clusterOptions = {
  executor: { type: "string" },
  follow: { type: "boolean" },
  "dry-run": { type: "boolean" },
  partition: { type: "string" },
  account: { type: "string" },
  time: { type: "string" },
  cpus: { type: "string" },
  "mem-mb": { type: "string" },
  "sbatch-arg": { type: "string", multiple: true },
  "signal-lead": { type: "string" }
} as const

export const clusterUsage = `Cluster (Slurm) options:
  --executor slurm Submit every cell that is not cached as a batch job (sbatch), with the plan's edges as
                   afterok dependencies; returns after submitting and prints the job ids
  --follow         Show the run's progress until every job ends; exit 0 only if every cell is done
  --dry-run        Print the dependency graph and the job scripts instead of submitting
  --partition P, --account A, --time T (e.g. 4:00:00), --cpus N, --mem-mb MB, --sbatch-arg OPT (repeatable),
  --signal-lead S  Per-cell job settings; defaults from SIDLAB_SLURM_* and the "slurm" block of
                   <root>/sidlab.config.json (docs/slurm.md)`
