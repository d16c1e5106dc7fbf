/** The flags `sidlab run` adds for a cluster (clusterRun.ts does the work, loaded only then). */
import { Flag } from "effect/cli"
import { optionalFlag, switchFlag } from "./command.ts"


export const clusterFlags = {
  executor: Flag.Literals("executor", ["local", "slurm"]).pipe(
    Flag.withMetavar("local|slurm"),
    Flag.withDescription("local (default): run the cells here; slurm: submit every cell that is not cached as a batch job (sbatch), with the plan's edges as afterok dependencies, print the job ids and return. The job settings below default to SIDLAB_SLURM_* and the \"slurm\" block of <root>/sidlab.config.json (docs/slurm.md)"),
    Flag.withDefault("local")
  ),
  follow: switchFlag("follow", "With --executor slurm: show the run's progress until every job ends; exit 0 only if every cell is done"),
  dryRun: switchFlag("dry-run", "With --executor slurm: print the dependency graph and the job scripts instead of submitting"),
  partition: optionalFlag("partition", "P", "With --executor slurm: the jobs' partition"),
  account: optionalFlag("account", "A", "With --executor slurm: the jobs' account"),
  time: optionalFlag("time", "T", "With --executor slurm: each job's time limit, e.g. 4:00:00"),
  cpus: optionalFlag("cpus", "N", "With --executor slurm: CPUs per job"),
  memMb: optionalFlag("mem-mb", "MB", "With --executor slurm: memory per job"),
  sbatchArg: Flag.String("sbatch-arg").pipe(
    Flag.withMetavar("OPT"),
    Flag.withDescription("With --executor slurm: an extra sbatch option, e.g. --sbatch-arg=--qos=short (repeatable)"),
    Flag.atLeast(0)
  ),
  signalLead: optionalFlag("signal-lead", "S", "With --executor slurm: seconds before the time limit at which a job checkpoints")
}

/** The values of the cluster flags. */
export interface ClusterFlags {
  readonly executor: "local" | "slurm"
  readonly follow: boolean
  readonly dryRun: boolean
  readonly partition: string | undefined
  readonly account: string | undefined
  readonly time: string | undefined
  readonly cpus: string | undefined
  readonly memMb: string | undefined
  readonly sbatchArg: ReadonlyArray<string>
  readonly signalLead: string | undefined
}

/** The cluster flags given on the command line (those that need --executor slurm), by their names there. */
export const givenClusterFlags = (f: ClusterFlags): ReadonlyArray<string> => [
  ...(f.follow ? ["--follow"] : []),
  ...(f.dryRun ? ["--dry-run"] : []),
  ...(f.sbatchArg.length > 0 ? ["--sbatch-arg"] : []),
  ...([["partition", f.partition], ["account", f.account], ["time", f.time], ["cpus", f.cpus], ["mem-mb", f.memMb], ["signal-lead", f.signalLead]] as const)
    .filter(([, v]) => v !== undefined).map(([name]) => `--${name}`)
]
