/**
 * The import rules of the layout (README, "Layout"): dsl ← stages ← runner ← report ← bin (report never imports
 * bin/commands/), experiments → dsl only,
 * dsl never loads tfjs, no cycles. `npm run lint:deps` checks them; CI runs it.
 */
/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    { name: "no-circular", severity: "error", comment: "import cycles make load order fragile", from: {}, to: { circular: true } },
    {
      name: "dsl-is-the-bottom", severity: "error",
      comment: "dsl/ (what authors import, and the compiler) never reaches the tensor code or the runner",
      from: { path: "^dsl/" }, to: { path: "^(stages|runner|bin|report|experiments)/" }
    },
    {
      name: "dsl-loads-no-tfjs", severity: "error", comment: "authoring and compiling an experiment never loads tensor code",
      from: { path: "^dsl/" }, to: { path: "node_modules/@tensorflow/" }
    },
    {
      name: "stages-below-runner", severity: "error", comment: "stages use dsl types only; never the compiler, runner or commands",
      from: { path: "^stages/" }, to: { path: "^(dsl/compiler|runner|bin|report|experiments)/" }
    },
    {
      name: "runner-below-report", severity: "error", comment: "the engine imports dsl and stages only: never the report, a command or an experiment",
      from: { path: "^runner/" }, to: { path: "^(bin|experiments|report)/" }
    },
    {
      name: "report-below-commands", severity: "error", comment: "the report and its charts are used by commands, never the other way",
      from: { path: "^report/" }, to: { path: "^bin/commands/" }
    },
    {
      name: "experiments-import-dsl-only", severity: "error", comment: "experiment files are values over the DSL",
      from: { path: "^experiments/" }, to: { path: "^(stages|runner|bin|report|native)/" }
    }
  ],
  options: {
    doNotFollow: { path: "node_modules" },
    exclude: { path: "^(generated|test/fixtures)/" },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: "tsconfig.json" },
    enhancedResolveOptions: { exportsFields: ["exports"], conditionNames: ["import", "require", "node", "default"], extensions: [".ts", ".js", ".mjs", ".cjs", ".json"] }
  }
}
