/**
 * Renders a job as an sbatch script. The script runs the worker in the background and waits for it, so
 * that bash can act on signals while the worker runs:
 * - Slurm's `--signal=B:USR1@<lead>` (the time limit is near) goes to the batch shell only: the script
 *   passes SIGTERM to the worker, which checkpoints and exits 130, and then requeues the job with
 *   `scontrol requeue`; the next run resumes from the checkpoint (Slurm keeps the job id and name).
 * - `scancel` and preemption send SIGTERM to every process of the job, the worker included: the script
 *   only keeps waiting, so the worker's checkpoint is not cut short by a second signal.
 * Threads inside the job come from `SLURM_CPUS_PER_TASK` (`nproc` shows the whole node under task/none).
 */
import type { SlurmJob } from "./Job.ts"

export interface ScriptOptions {
  /** Seconds before the time limit at which Slurm sends USR1 (it may come up to 60 s earlier). */
  readonly signalLeadSeconds: number
  /** A job requeued this many times fails instead (a worker that cannot checkpoint in time loops). */
  readonly maxRequeues: number
}

export const defaultScriptOptions: ScriptOptions = { signalLeadSeconds: 120, maxRequeues: 20 }

/** Single-quotes a word for bash. */
export const shellQuote = (s: string): string => (/^[\w@%+=:,./-]+$/.test(s) ? s : `'${s.replace(/'/g, `'\\''`)}'`)

/** The `#SBATCH` options of a job, in script order (the dependency is given at submission, by job id). */
export const sbatchOptions = (job: SlurmJob, options: ScriptOptions = defaultScriptOptions): ReadonlyArray<string> => [
  `--job-name=${job.name}`,
  `--output=${job.logPath}`,
  "--open-mode=append", // a requeued run appends to the first run's log
  "--nodes=1",
  "--ntasks=1",
  `--cpus-per-task=${job.cpus}`,
  `--mem=${job.memMb}M`,
  `--time=${job.timeLimit}`,
  ...(job.partition === undefined ? [] : [`--partition=${job.partition}`]),
  ...(job.account === undefined ? [] : [`--account=${job.account}`]),
  ...(job.workDir === undefined ? [] : [`--chdir=${job.workDir}`]),
  `--signal=B:USR1@${options.signalLeadSeconds}`,
  "--requeue",
  "--kill-on-invalid-dep=yes", // a failed dependency cancels this job instead of leaving it pending forever
  ...job.extraArgs
]

export const renderScript = (job: SlurmJob, options: ScriptOptions = defaultScriptOptions): string => {
  const lines = [
    "#!/bin/bash",
    ...sbatchOptions(job, options).map((o) => `#SBATCH ${o}`),
    `# sidlab slurm executor: job ${job.name}`,
    "set -u",
    `export SIDLAB_THREADS="\${SLURM_CPUS_PER_TASK:-${job.cpus}}"`,
    ...Object.entries(job.env).map(([k, v]) => `export ${k}=${shellQuote(v)}`),
    `echo "sidlab: job \${SLURM_JOB_ID:-} (\${SLURM_JOB_NAME:-}) run $(( \${SLURM_RESTART_COUNT:-0} + 1 )) on $(hostname -s) at $(date -u +%FT%TZ)"`,
    "requeue=0",
    "worker=",
    "# time limit near (--signal=B:USR1): the worker checkpoints on SIGTERM, then the job is requeued",
    `trap 'requeue=1; [ -n "$worker" ] && kill -TERM "$worker" 2>/dev/null' USR1`,
    "# scancel or preemption: the worker got SIGTERM too; wait for its checkpoint",
    "trap ':' TERM",
    `${job.command.map(shellQuote).join(" ")} &`,
    "worker=$!",
    "while :; do",
    `  wait "$worker"; status=$?`,
    `  kill -0 "$worker" 2>/dev/null || break # a trap interrupted wait: the worker still runs`,
    "done",
    `if [ "$requeue" = 1 ] && [ "$status" = 130 ] && [ "\${SLURM_RESTART_COUNT:-0}" -lt ${options.maxRequeues} ]; then`,
    `  echo "sidlab: checkpointed before the time limit; requeueing job \${SLURM_JOB_ID}"`,
    `  scontrol requeue "$SLURM_JOB_ID" && exit 0`,
    "fi",
    `echo "sidlab: worker exited $status at $(date -u +%FT%TZ)"`,
    `exit "$status"`
  ]
  return lines.join("\n") + "\n"
}
