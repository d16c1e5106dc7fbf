/**
 * `sidlab table --into`: fills the marked blocks of a document, nothing else. (The command itself, on stored
 * results: test/e2e/bin/table.test.ts.)
 */
import assert from "node:assert/strict"
import { test } from "node:test"
import { fillTableBlocks } from "../../../bin/commands/table.ts"

const tables = new Map([["exp.t1", "| a |\n|---|\n| 1 |\n"], ["exp.t2", "| b |\n|---|\n| 2 |\n"]])

test("fills every block of a rendered table and keeps the prose and other experiments' blocks", () => {
  const doc = [
    "# Results", "", "Verdict: prose stays.", "",
    "<!-- sidlab:table exp.t1 -->", "old table", "<!-- /sidlab:table -->", "",
    "<!-- sidlab:table other.t -->", "kept", "<!-- /sidlab:table -->", "",
    "<!-- sidlab:table exp.t2 -->", "<!-- /sidlab:table -->", ""
  ].join("\n")
  const out = fillTableBlocks(doc, tables, "doc.md")
  assert.match(out, /Verdict: prose stays\./)
  assert.match(out, /<!-- sidlab:table exp.t1 -->\n\| a \|\n\|---\|\n\| 1 \|\n<!-- \/sidlab:table -->/)
  assert.match(out, /<!-- sidlab:table exp.t2 -->\n\| b \|/)
  assert.match(out, /<!-- sidlab:table other.t -->\nkept\n/)
  assert.doesNotMatch(out, /old table/)
  assert.equal(fillTableBlocks(out, tables, "doc.md"), out, "filling twice changes nothing")
})

test("a misspelt table of a rendered experiment and an unclosed block are errors naming the file", () => {
  assert.throws(() => fillTableBlocks("<!-- sidlab:table exp.t3 -->\nx\n<!-- /sidlab:table -->", tables, "doc.md"), /doc\.md: table block "exp\.t3".*exp\.t1, exp\.t2/)
  assert.throws(() => fillTableBlocks("<!-- sidlab:table exp.t1 -->\nx\n", tables, "doc.md"), /doc\.md: 1 table blocks opened but 0 closed/)
})
