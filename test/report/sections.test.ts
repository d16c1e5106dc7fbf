import assert from "node:assert/strict"
import { test } from "node:test"
import { groupLabel } from "../../report/sections.ts"
import type { DistillCell } from "../../report/storeAccess.ts"

// only the fields groupLabel reads
const cell = (id: string, axes: Record<string, string>) => ({ id, axes }) as unknown as DistillCell

test("groupLabel lists axes in the experiment's declared order (the cell id's), not the plan's sorted order", () => {
  const c = cell("uniform-vs-final/stepMatching=final,iterations=1500,seed=0", { iterations: "1500", seed: "0", stepMatching: "final" })
  assert.equal(groupLabel(c), "stepMatching=final · iterations=1500")
  assert.equal(groupLabel(c, ["seed", "iterations"]), "stepMatching=final")
})

test("groupLabel keeps an axis the id does not name (last), and says so when no axis is left", () => {
  assert.equal(groupLabel(cell("e/b=1,seed=0", { a: "x", b: "1", seed: "0" })), "b=1 · a=x")
  assert.equal(groupLabel(cell("e/seed=0", { seed: "0" })), "all cells")
})
