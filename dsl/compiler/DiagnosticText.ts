/**
 * The text half of compiler diagnostics: the Diagnostic record, its `file:line:col: message` form and the
 * "did you mean" helpers. Free of ts-morph, so commands that only print or suggest load no compiler
 * (Diagnostics.ts re-exports all of it).
 */

/** One problem in one experiment file (cf. ts-morph's verification Problem). */
export interface Diagnostic {
  /** Path relative to the project root, with forward slashes. */
  readonly file: string
  readonly line: number
  readonly col: number
  readonly message: string
}

export const formatDiagnostic = (d: Diagnostic): string => `${d.file}:${d.line}:${d.col}: ${d.message}`

// ---------------------------------------------------------------------------------------------------
// did you mean

/** Levenshtein distance (insert, delete, substitute; each costs 1). */
export const editDistance = (a: string, b: string): number => {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j)
  for (let i = 1; i <= a.length; i++) {
    const cur = [i]
    for (let j = 1; j <= b.length; j++) {
      cur[j] = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1))
    }
    prev = cur
  }
  return prev[b.length]!
}

/** The closest candidate within a third of the word's length (at least 2 edits), if any; ties → first. */
export const closest = (word: string, candidates: Iterable<string>): string | undefined => {
  let best: string | undefined
  let bestDistance = Math.max(2, Math.floor(word.length / 3)) + 1
  for (const c of candidates) {
    const d = editDistance(word.toLowerCase(), c.toLowerCase())
    if (d < bestDistance) [best, bestDistance] = [c, d]
  }
  return best
}

/** "; did you mean "x"?" or "" */
export const didYouMean = (word: string, candidates: Iterable<string>): string => {
  const c = closest(word, candidates)
  return c === undefined ? "" : `; did you mean "${c}"?`
}

/** `"a", "b", "c"` */
export const quoteList = (xs: Iterable<string>): string => [...xs].map((x) => JSON.stringify(x)).join(", ")
