/**
 * The Slurm executor: a job per cell, submitted with afterok dependencies, followed by polling squeue,
 * cancelled by id or name prefix. docs/slurm.md describes the mapping and what must be shared.
 */
export * from "./Cancel.ts"
export * from "./Cells.ts"
export * from "./DryRun.ts"
export * from "./Follow.ts"
export * from "./Job.ts"
export * from "./Parse.ts"
export * from "./Script.ts"
export * from "./Settings.ts"
export * from "./SlurmCli.ts"
export * from "./Status.ts"
export * from "./Submit.ts"
