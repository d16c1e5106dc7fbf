/** The report's HTML pieces: escaping, the page shell, `sidlab table` Markdown as an HTML table. */
import assert from "node:assert/strict"
import { test } from "node:test"
import { esc, markdownTable, page } from "../../report/html.ts"

test("a rendered Markdown table becomes an HTML table with its caption, bold kept, comment dropped", () => {
  const md = [
    "<!-- DO NOT EDIT – rendered by sidlab table -->",
    "**e / t** (mean ± std over seeds; best per column in bold)",
    "",
    "| guidance | k=1 FD ↓ |",
    "|---|---:|",
    "| LSG κ=1 | **0.0407 ± 0.0100** |",
    "| a<b | 1.2 |"
  ].join("\n")
  const html = markdownTable(md)
  assert.ok(!html.includes("DO NOT EDIT"))
  assert.match(html, /<p class="note"><b>e \/ t<\/b> \(mean ± std/)
  assert.match(html, /<th>guidance<\/th><th>k=1 FD ↓<\/th>/)
  assert.match(html, /<td>LSG κ=1<\/td><td><b>0.0407 ± 0.0100<\/b><\/td>/)
  assert.match(html, /<td>a&lt;b<\/td>/)
  assert.equal((html.match(/<tr>/g) ?? []).length, 3)
})

test("pages are self-contained: inline favicon and style, no script, escaped title", () => {
  const html = page("a <b>", "<p>x</p>")
  assert.match(html, /<link rel="icon" href="data:image\/gif;base64,/)
  assert.match(html, /<title>a &lt;b&gt;<\/title>/)
  assert.ok(!/<script|https?:\/\//.test(html))
  assert.equal(esc(`"&'`), "&quot;&amp;'")
})
