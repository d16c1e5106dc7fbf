/**
 * Cache keys: canonical JSON, the code closure from the import graph, and the promise that editing
 * stages/Loss.ts changes the keys of distill cells (Train.ts imports it) and not of prefit cells.
 */
import assert from "node:assert/strict"
import { appendFileSync, readFileSync, writeFileSync } from "node:fs"
import * as path from "node:path"
import { after, describe, it } from "node:test"
import { canonicalJson, CodeClosure, keyParts, packageVersions, planKey } from "../../../dsl/compiler/CacheKey.ts"
import { storeKey } from "../../../runner/StoreManifest.ts"
import { compile, type CompileResult } from "../../../dsl/compiler/main.ts"
import { repoRoot, tempProject } from "./tempProject.ts"

describe("canonicalJson", () => {
  it("sorts keys at every level and drops undefined", () => {
    assert.equal(canonicalJson({ b: 1, a: { d: [1, { y: 2, x: 1 }], c: undefined } }), '{"a":{"d":[1,{"x":1,"y":2}]},"b":1}')
  })
  it("refuses non-finite numbers", () => assert.throws(() => canonicalJson({ a: NaN })))
})

describe("code closure", () => {
  const closure = new CodeClosure(repoRoot)
  it("distill stages reach stages/Loss.ts; prefit stages do not", () => {
    const distill = Object.keys(closure.forStages(["teacherLoad", "train", "evaluate"]))
    const prefit = Object.keys(closure.forStages(["prefit"]))
    assert.ok(distill.includes("stages/Loss.ts"))
    assert.ok(distill.includes("stages/internal/denoiser.ts"), "transitive imports are followed")
    assert.ok(!prefit.includes("stages/Loss.ts"))
    assert.ok(prefit.includes("stages/Prefit.ts") && prefit.includes("dsl/Hyperparams.ts"))
    assert.ok([...distill, ...prefit].every((f) => !f.includes("node_modules")))
  })
  it("line endings do not change a file's hash", () => {
    const project = tempProject({})
    try {
      const file = path.join(project.root, "stages/Loss.ts")
      const before = new CodeClosure(project.root).files(["stages/Loss.ts"])["stages/Loss.ts"]
      writeFileSync(file, readFileSync(file, "utf8").replace(/\n/g, "\r\n"))
      assert.equal(new CodeClosure(project.root).files(["stages/Loss.ts"])["stages/Loss.ts"], before)
    } finally {
      project.dispose()
    }
  })
})

describe("keys", () => {
  it("record the installed tensor package versions", () => {
    const v = packageVersions(repoRoot)
    assert.match(v["@tensorflow/tfjs-core"] ?? "", /^\d+\.\d+\.\d+/)
  })
  it("the store key differs by backend and is stable", () => {
    const parts = keyParts({ a: 1 }, { "stages/X.ts": "h" }, { "@tensorflow/tfjs-core": "4.22.0" })
    const key = planKey(parts)
    assert.notEqual(storeKey(key, "wasm"), storeKey(key, "cpu"))
    assert.equal(storeKey(key, "wasm"), storeKey(key, "wasm"))
    assert.match(storeKey(key, "wasm"), /^[0-9a-f]{64}$/)
  })
  it("each part changes the plan key", () => {
    const base = keyParts({ a: 1 }, { f: "1" }, { p: "1" })
    assert.notEqual(planKey(keyParts({ a: 2 }, { f: "1" }, { p: "1" })), planKey(base))
    assert.notEqual(planKey(keyParts({ a: 1 }, { f: "2" }, { p: "1" })), planKey(base))
    assert.notEqual(planKey(keyParts({ a: 1 }, { f: "1" }, { p: "2" })), planKey(base))
    // Merkle: a dependency's key is part of the key
    assert.notEqual(planKey(keyParts({ a: 1 }, { f: "1" }, { p: "1" }, { "prefit/x": "k" })), planKey(base))
    assert.notEqual(planKey(keyParts({ a: 1 }, { f: "1" }, { p: "1" }, { "prefit/x": "k2" })), planKey(keyParts({ a: 1 }, { f: "1" }, { p: "1" }, { "prefit/x": "k" })))
  })
})

describe("editing stages/Loss.ts", () => {
  const project = tempProject({ "example-sweep.ts": "experiments/example-sweep.ts" })
  after(() => project.dispose())
  // the unedited compile's plans, which the prefit-closure test below also reads (a compile costs seconds)
  let unedited: CompileResult["plans"] | undefined
  it("changes the keys of distill cells and of no prefit cell", async () => {
    const compiled = async () => {
      const r = await compile(project.root, { write: false })
      assert.deepEqual(r.diagnostics, [])
      return r.plans
    }
    const keys = (plans: CompileResult["plans"]) => new Map(plans[0]!.cells.map((c) => [c.id, { kind: c.kind, key: c.planKey }]))
    unedited = await compiled()
    const before = keys(unedited)
    appendFileSync(path.join(project.root, "stages/Loss.ts"), "\n// a comment is an edit too\n")
    const afterEdit = keys(await compiled())
    assert.equal(before.size, 9)
    for (const [id, { kind, key }] of before) {
      if (kind === "prefit") assert.equal(afterEdit.get(id)!.key, key, id)
      else assert.notEqual(afterEdit.get(id)!.key, key, id)
    }
  })

  it("a prefit cell's key covers the mixture, the network and the prefit loop, but no evaluation or image code", () => {
    assert.ok(unedited, "the compile above ran")
    const prefit = unedited[0]!.cells.find((c) => c.kind === "prefit")!
    const files = Object.keys(prefit.keyParts.codeFiles)
    assert.ok(files.includes("stages/Prefit.ts") && files.includes("stages/internal/gmm.ts"))
    for (const f of ["stages/Evaluate.ts", "stages/TeacherLoad.ts", "stages/internal/imageMetrics.ts", "stages/internal/fmnist.ts", "stages/internal/classifier.ts", "stages/Loss.ts"]) {
      assert.ok(!files.includes(f), `${f} is in the prefit closure`)
    }
  })
})
