/**
 * HTML pieces of the report: escaping, the page shell (inline CSS, an inline favicon so no request
 * 404s when served over http), and the rendered Markdown tables of `sidlab table` as HTML tables.
 * Pages need no JavaScript and load nothing from the network.
 */

export const esc = (s: string): string =>
  s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;")

/** A 1×1 transparent GIF: the favicon, inline. */
const FAVICON = "data:image/gif;base64,R0lGODlhAQABAAAAACH5BAEKAAEALAAAAAABAAEAAAICTAEAOw=="

const CSS = `
body { font-family: "DejaVu Sans", Verdana, sans-serif; margin: 1.5rem auto; max-width: 1280px; padding: 0 1rem; color: #222; }
h1 { font-size: 1.5rem; } h2 { font-size: 1.2rem; margin-top: 2rem; border-bottom: 1px solid #ddd; } h3 { font-size: 1rem; }
table { border-collapse: collapse; margin: .5rem 0 1rem; font-size: .85rem; }
th, td { border: 1px solid #ccc; padding: .2rem .45rem; text-align: right; } th { background: #f4f4f4; }
td:first-child, th:first-child { text-align: left; }
figure { margin: .5rem 0 1.5rem; overflow-x: auto; } figcaption { font-size: .85rem; color: #555; margin-bottom: .3rem; }
pre { background: #f7f7f7; padding: .6rem; overflow-x: auto; font-size: .8rem; }
.pass { color: #17702a; font-weight: bold; } .FAIL { color: #b00020; font-weight: bold; } .missing, .info { color: #8a6d00; }
.grids { display: flex; flex-wrap: wrap; gap: 1rem; } .grids figure { margin: 0; } .grids img { image-rendering: pixelated; width: 240px; }
.note { color: #666; font-size: .85rem; }
`

/** A whole page. */
export const page = (title: string, body: string): string => `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>${esc(title)}</title>
<link rel="icon" href="${FAVICON}">
<style>${CSS}</style>
</head>
<body>
${body}
</body>
</html>
`

/** An HTML table from a header row and body rows (cells already escaped HTML). */
export const table = (head: ReadonlyArray<string>, rows: ReadonlyArray<ReadonlyArray<string>>, attrs = ""): string =>
  `<table${attrs}><thead><tr>${head.map((h) => `<th>${h}</th>`).join("")}</tr></thead><tbody>\n${rows
    .map((r) => `<tr>${r.map((c) => `<td>${c}</td>`).join("")}</tr>`)
    .join("\n")}\n</tbody></table>`

const inline = (s: string): string => esc(s).replace(/\*\*(.+?)\*\*/g, "<b>$1</b>")

/** `sidlab table`'s Markdown (comment, bold caption, pipe table) as HTML. */
export const markdownTable = (md: string): string => {
  const lines = md.split("\n").filter((l) => l.trim() !== "" && !l.startsWith("<!--"))
  const cells = (l: string) => l.trim().replace(/^\||\|$/g, "").split("|").map((c) => c.trim())
  const pipe = lines.filter((l) => l.trim().startsWith("|"))
  const caption = lines.filter((l) => !l.trim().startsWith("|")).map(inline).join(" ")
  if (pipe.length < 2) return `<p>${caption}</p>`
  return `<p class="note">${caption}</p>\n${table(cells(pipe[0]!).map(inline), pipe.slice(2).map((l) => cells(l).map(inline)))}`
}
