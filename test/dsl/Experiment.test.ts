/**
 * Selector typing: a check's, table's or dependency's cell selector takes only the sweep's values (or
 * an axis's `labels`), so tsc and the editor reject a misspelt value before `sidlab compile` does.
 * The `@ts-expect-error` lines fail `npm run typecheck` if the mistake stops being a type error; the
 * test runs the type checker on a fixture to show the same at run time.
 */
import assert from "node:assert/strict"
import * as path from "node:path"
import { describe, it } from "node:test"
import { axis, experiment, grid, lsg, seeds, union, where } from "../../dsl/index.ts"
import { loadProject } from "../../dsl/compiler/Extract.ts"
import { repoRoot } from "./compiler/tempProject.ts"

const sweep = grid(
  axis("generator.stepMatching", ["uniform", "final"]),
  axis("generator.numSteps", [1, 4]),
  axis("guidance", [lsg(1.5)]),
  axis("adversarial.enabled", [false, true], { name: "method", labels: ["SiD", "SiDa"] })
)
const base = { teacher: { kind: "gmm" } } as const
const tolerance = { abs: 0.1 }

describe("selector types", () => {
  it("accept the sweep's values, their text, labels and seeds", () => {
    const e = experiment({
      name: "t", base, sweep, seeds: 2,
      checks: [{ metric: "fd", cells: { stepMatching: "final", numSteps: 4, method: "SiDa", guidance: "LSG κ=1.5", seed: 1 }, k: 1, tolerance }],
      tables: [{ name: "t", rows: ["numSteps"], columns: ["k"], metrics: ["fd"], cells: { numSteps: "1" } }],
      dependencies: [{ cells: { stepMatching: "final" }, after: { stepMatching: "uniform" } }]
    })
    assert.equal(e.checks?.length, 1)
    // a union of sweeps: each member's axes
    const u = experiment({ name: "u", base, sweep: union(axis("generator.numSteps", [1]), axis("loss.alpha", [1.2])), checks: [{ metric: "fd", cells: { alpha: 1.2 }, k: 1, tolerance }] })
    assert.equal(u.checks?.length, 1)
  })

  it("reject a value the axis does not have", () => {
    const bad = () => [
      // @ts-expect-error "finall" is not a stepMatching value of this sweep
      experiment({ name: "t", base, sweep, checks: [{ metric: "fd", cells: { stepMatching: "finall" }, k: 1, tolerance }] }),
      // @ts-expect-error 3 is not a numSteps value
      experiment({ name: "t", base, sweep, checks: [{ metric: "fd", cells: { numSteps: 3 }, k: 1, tolerance }] }),
      // @ts-expect-error with labels, the selector names the labels ("SiD", "SiDa"), not the values
      experiment({ name: "t", base, sweep, checks: [{ metric: "fd", cells: { method: true }, k: 1, tolerance }] }),
      // @ts-expect-error through where(...) and in a dependency
      experiment({ name: "t", base, sweep: where(sweep, (r) => r.numSteps > 1), dependencies: [{ cells: { numSteps: 4 }, after: { stepMatching: "unifrom" } }] }),
      // @ts-expect-error in a table's cells
      experiment({ name: "t", base, sweep: grid(sweep, seeds(2)), tables: [{ name: "t", rows: ["k"], columns: ["seed"], metrics: ["fd"], cells: { method: "SiDb" } }] })
    ]
    assert.equal(typeof bad, "function")
  })

  it("the type checker reports the misspelt value of a fixture at its position", () => {
    const project = loadProject(repoRoot)
    const file = path.join(repoRoot, "test/fixtures/compiler/check-misspelt-value.ts")
    const sf = project.addSourceFileAtPath(file)
    project.resolveSourceFileDependencies()
    const found = project.getProgram().getSemanticDiagnostics(sf).map((d) => ({ code: d.getCode(), line: d.getLineNumber() }))
    assert.deepEqual(found, [{ code: 2820, line: 8 }])
  })
})
