/**
 * compile(): the plan of the valid fixture (cells, shared prefit, dependencies, ids, defaults) from one
 * compile. What needs several compiles of one project (byte-stable output, an edited file re-read, check
 * mode) is in test/e2e/dsl/compiler/main.test.ts.
 */
import assert from "node:assert/strict"
import { existsSync, readFileSync, rmSync, writeFileSync } from "node:fs"
import * as path from "node:path"
import { after, before, describe, it } from "node:test"
import { compile, type CompileResult } from "../../../dsl/compiler/main.ts"
import type { Plan } from "../../../dsl/Plan.ts"
import { tempProject } from "./tempProject.ts"

describe("compile", () => {
  const project = tempProject({ "valid.ts": "test/fixtures/compiler/valid.ts", "example-sweep.ts": "experiments/example-sweep.ts" })
  const read = (f: string) => readFileSync(path.join(project.root, f), "utf8")
  // one compile serves every test that only reads its result (a compile costs seconds: ts-morph, a worker)
  let first: CompileResult
  let plan: Plan
  before(async () => {
    first = await compile(project.root)
    assert.deepEqual(first.diagnostics, [])
    plan = first.plans.find((p) => p.experiment === "fixture-valid")!
  })
  after(() => project.dispose())

  it("writes a plan, a Mermaid graph and the index", () => {
    for (const f of ["fixture-valid.plan.ts", "fixture-valid.plan.mmd", "example-sweep.plan.ts", "index.ts"]) {
      assert.ok(existsSync(path.join(project.root, "generated", f)), f)
    }
    assert.equal(read("generated/fixture-valid.plan.ts").split("\n")[0],
      "// DO NOT EDIT – generated from experiments/valid.ts by dsl/compiler (sidlab compile)")
    assert.match(read("generated/index.ts"), /"example-sweep": plan_example_sweep,\n  "fixture-valid": plan_fixture_valid\n/)
  })

  it("one distill cell per sweep point, all sharing one prefit cell, prefit first", () => {
    assert.equal(plan.cells.length, 1 + 2 * 2 * 2)
    const [prefit, ...distill] = plan.cells
    assert.equal(prefit!.kind, "prefit")
    assert.deepEqual(prefit!.stages, ["prefit"])
    assert.deepEqual(Object.keys(prefit!.config).sort(), ["network", "prefit", "teacher"])
    for (const c of distill) {
      assert.equal(c.kind, "distill")
      assert.deepEqual(c.stages, ["teacherLoad", "train", "evaluate"])
      assert.ok(c.dependsOn.includes(prefit!.id))
    }
    assert.deepEqual(distill.map((c) => c.id), [...distill.map((c) => c.id)].sort())
  })

  it("ids and names come from the axis values; configs have every default", () => {
    const c = plan.cells.find((x) => x.id === "fixture-valid/guidance=lsg1.5,stepMatching=final,seed=1")!
    assert.equal(c.name, "guidance: LSG κ=1.5 · stepMatching: final · seed: 1")
    assert.ok(c.kind === "distill")
    if (c.kind !== "distill") return
    assert.equal(c.config.seed, 1)
    assert.equal(c.config.guidance.kappa1, 1.5)
    assert.equal(c.config.generator.tInit, 999)
    assert.equal(c.config.loss.alpha, 1)
  })

  it("extra dependencies: final-step cells run after every uniform-step cell", () => {
    const finals = plan.cells.filter((c) => c.axes.stepMatching === "final")
    const uniforms = plan.cells.filter((c) => c.axes.stepMatching === "uniform").map((c) => c.id)
    for (const f of finals) for (const u of uniforms) assert.ok(f.dependsOn.includes(u))
  })

  it("the same prefit config in two experiments is one cell", () => {
    const prefits = new Set(first.plans.flatMap((p) => p.cells.filter((c) => c.kind === "prefit").map((c) => `${c.id} ${c.planKey}`)))
    // valid.ts uses a 2-D teacher, example-sweep the default: two distinct prefit cells, each with one key
    assert.equal(prefits.size, 2)
  })
})

describe("compile: a learned image teacher", () => {
  const project = tempProject({ "image.ts": "test/fixtures/image/image-teacher.ts" })
  after(() => project.dispose())

  it("each distill cell depends on an autoencoder, a teacher and an evaluator cell; only the teacher depends on the network", async () => {
    const r = await compile(project.root, { write: false })
    assert.deepEqual(r.diagnostics, [])
    const plan = r.plans[0]!
    assert.deepEqual(plan.cells.map((c) => c.kind), ["autoencoder", "teacher", "teacher", "evaluator", "distill", "distill"])
    const byKind = (k: string) => plan.cells.filter((c) => c.kind === k)
    const [ae] = byKind("autoencoder")
    const [ev] = byKind("evaluator")
    for (const t of byKind("teacher")) assert.deepEqual(t.dependsOn, [ae!.id])
    for (const d of byKind("distill")) {
      assert.equal(d.dependsOn.length, 3)
      assert.ok(d.dependsOn.includes(ae!.id) && d.dependsOn.includes(ev!.id))
    }
    assert.notEqual(byKind("distill")[0]!.dependsOn.find((id) => id.startsWith("teacher/")), byKind("distill")[1]!.dependsOn.find((id) => id.startsWith("teacher/")))
    assert.deepEqual(ae!.config, { trainImages: 500, testImages: 200, dim: 8, autoencoder: { hidden: 32, iterations: 5, batch: 256, lr: 1e-3, seed: 0 } })
  })
})
