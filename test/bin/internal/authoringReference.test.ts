/** The reference section of docs/authoring.md is what the Schemas render (npm run docs:reference). */
import assert from "node:assert/strict"
import { readFileSync } from "node:fs"
import { test } from "node:test"
import { fileURLToPath } from "node:url"
import { BEGIN, END, renderReference, withReference } from "../../../bin/internal/authoringReference.ts"

const file = fileURLToPath(new URL("../../../docs/authoring.md", import.meta.url))

test("the committed reference section equals the one rendered from dsl/Hyperparams.ts", () => {
  const doc = readFileSync(file, "utf8")
  const committed = doc.slice(doc.indexOf(BEGIN), doc.indexOf(END) + END.length)
  assert.equal(committed, renderReference(), "docs/authoring.md is stale: run npm run docs:reference")
})

test("the reference shows each field's decoded default, type and doc comment", () => {
  const ref = renderReference()
  assert.match(ref, /^\| `emaHalfLifeImages` \| NonNegative \| `50000` \| EMA half-life of θ in images; /m)
  assert.match(ref, /^\| `stepMatching` \| "uniform" \\\| "final" \\\| "backpropAll" \| `"uniform"` \| §2\.4: /m)
  assert.match(ref, /^\| `discLayer` \| PositiveInt \| — \| /m)
  assert.match(ref, /^### `teacher\.imperfection`$/m)
  assert.throws(() => withReference("# no markers", ref, "docs/x.md"), /docs\/x\.md: no reference block/)
})
