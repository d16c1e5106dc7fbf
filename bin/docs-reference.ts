/**
 * `npm run docs:reference [-- --check]`: rewrites the reference section of docs/authoring.md from the
 * Schemas (bin/internal/authoringReference.ts). With --check it writes nothing and fails when stale.
 */
import { readFileSync } from "node:fs"
import { fileURLToPath } from "node:url"
import { writeFileAtomic } from "../dsl/internal/atomicFile.ts"
import { renderReference, withReference } from "./internal/authoringReference.ts"

const file = fileURLToPath(new URL("../docs/authoring.md", import.meta.url))
const before = readFileSync(file, "utf8")
const after = withReference(before, renderReference(), "docs/authoring.md")
if (process.argv.includes("--check")) {
  if (after !== before) {
    console.error("docs/authoring.md: the reference section is stale; run: npm run docs:reference")
    process.exitCode = 1
  } else console.log("docs/authoring.md: the reference section is up to date")
} else if (after !== before) {
  writeFileAtomic(file, after)
  console.log("wrote docs/authoring.md")
} else console.log("docs/authoring.md is up to date")
