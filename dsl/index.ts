/**
 * The public authoring API: experiment files import only from "../dsl/index.ts".
 * Nothing here loads tfjs or `stages/`.
 */
export { experiment, isExperiment, metrics, metricNames, cellKinds, tablePhases } from "./Experiment.ts"
export type {
  CellKind,
  CheckSpec,
  DependencySpec,
  Experiment,
  ExperimentSpec,
  Metric,
  Selector,
  StageName,
  TablePhase,
  TableSpec,
  Tolerance
} from "./Experiment.ts"
export { axis, expand, grid, seeds, SweepError, union, where, zip } from "./Axis.ts"
export type { AxisOptions, ConfigPath, ConfigValue, Sweep, SweepPoint } from "./Axis.ts"
export { antiCfg, guidanceLabel, longCfg, lsg, noGuidance, shortCfg, zeroCfg } from "./Guidance.ts"
export type { AntiCfgOptions, GuidancePreset, PresetOptions } from "./Guidance.ts"
export { DslError, labelOf } from "./internal/common.ts"
export type { CellConfig, CellConfigInput } from "./Hyperparams.ts"
