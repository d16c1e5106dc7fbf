/**
 * Compiler diagnostics: one problem = file, line, column and one plain sentence, printed
 * `file:line:col: message` (the shape editors and CI annotate). Also the "did you mean" helper and the
 * ts-morph lookups that turn a config path or a DSL call site into a source position.
 */
import { Node, type ObjectLiteralExpression, type SourceFile, SyntaxKind } from "ts-morph"

export { closest, didYouMean, editDistance, formatDiagnostic, quoteList } from "./DiagnosticText.ts"
export type { Diagnostic } from "./DiagnosticText.ts"
import type { Diagnostic } from "./DiagnosticText.ts"

// ---------------------------------------------------------------------------------------------------
// source positions

/** A diagnostic at a node's first character. */
export const at = (file: string, sf: SourceFile, node: Node | undefined, message: string): Diagnostic => {
  const { line, column } = sf.getLineAndColumnAtPos(node?.getStart() ?? 0)
  return { file, line, col: column, message }
}

/** The first `experiment(...)` call of a file. */
export const experimentCall = (sf: SourceFile): Node | undefined =>
  sf.getDescendantsOfKind(SyntaxKind.CallExpression).find((c) => c.getExpression().getText() === "experiment")

const objectArg = (call: Node | undefined): ObjectLiteralExpression | undefined => {
  const arg = Node.isCallExpression(call) ? call.getArguments()[0] : undefined
  return Node.isObjectLiteralExpression(arg) ? arg : undefined
}

/**
 * Follows a path (property names, array indices) through object and array literals from `start`,
 * as far as literals go; returns the deepest node reached (a property name, element or `start`).
 */
export const walkPath = (start: Node, path: ReadonlyArray<string | number>): Node => {
  let node: Node = start
  for (const step of path) {
    const inner = Node.isPropertyAssignment(node) ? node.getInitializer() : node
    if (typeof step === "number" && Node.isArrayLiteralExpression(inner)) {
      const el = inner.getElements()[step]
      if (!el) return node
      node = el
    } else if (typeof step === "string" && Node.isObjectLiteralExpression(inner)) {
      const prop = inner.getProperty(step)
      if (!prop) return node
      node = prop
    } else {
      return node
    }
  }
  return node
}

/** The node for a path inside the experiment({...}) argument, e.g. ["base", "generator", "numSteps"]. */
export const locateInExperiment = (sf: SourceFile, path: ReadonlyArray<string | number>): Node | undefined => {
  const call = experimentCall(sf)
  const obj = objectArg(call)
  return obj ? walkPath(obj, path) : call
}

/** Parses a DSL call site "abs/path.ts:line:col". */
export const parseSite = (site: string | undefined): { file: string; line: number; col: number } | undefined => {
  const m = site === undefined ? null : /^(.*):(\d+):(\d+)$/.exec(site)
  return m ? { file: m[1]!, line: Number(m[2]), col: Number(m[3]) } : undefined
}

/** The call expression whose callee starts at (line, col) of `sf`, e.g. the `axis(` of an axis site. */
export const callAt = (sf: SourceFile, line: number, col: number): Node | undefined => {
  let pos: number
  try {
    pos = sf.compilerNode.getPositionOfLineAndCharacter(line - 1, col - 1)
  } catch {
    return undefined
  }
  return sf
    .getDescendantsOfKind(SyntaxKind.CallExpression)
    .filter((c) => c.getStart() <= pos && pos < c.getEnd())
    .sort((a, b) => b.getStart() - a.getStart())[0]
}

/** Innermost property assignment named like the path's last segment, preferring longer matching suffixes. */
export const findProperty = (sf: SourceFile, path: ReadonlyArray<string>): Node | undefined => {
  const name = path.at(-1)
  if (name === undefined) return undefined
  let best: { node: Node; score: number; depth: number } | undefined
  for (const p of sf.getDescendants()) {
    if (!(Node.isPropertyAssignment(p) || Node.isShorthandPropertyAssignment(p)) || p.getName() !== name) continue
    let score = 1
    let parent = p.getParent()?.getParent()
    for (let i = path.length - 2; i >= 0 && Node.isPropertyAssignment(parent) && parent.getName() === path[i]; i--) {
      score++
      parent = parent.getParent()?.getParent()
    }
    const depth = p.getAncestors().length
    if (!best || score > best.score || (score === best.score && depth > best.depth)) best = { node: p, score, depth }
  }
  return best?.node
}

/**
 * The path of `node` as an author reads it: property names and [indices] from the experiment call down,
 * or, inside an `axis("path", values)` call, the axis's config path plus the path inside the value.
 */
export const pathOfNode = (node: Node): string => {
  const parts: Array<string> = []
  let n: Node | undefined = node
  while (n && !Node.isSourceFile(n)) {
    const parent: Node | undefined = n.getParent()
    if (Node.isCallExpression(n)) {
      const first = n.getArguments()[0]
      if (n.getExpression().getText() === "axis" && Node.isStringLiteral(first)) {
        if (parts[0]?.startsWith("[")) parts.shift() // the value's index in the values array
        parts.unshift(...first.getLiteralValue().split("."))
      }
      break
    }
    if (Node.isPropertyAssignment(n) || Node.isShorthandPropertyAssignment(n)) parts.unshift(n.getName())
    else if (Node.isArrayLiteralExpression(parent)) parts.unshift(`[${parent.getElements().indexOf(n as never)}]`)
    n = parent
  }
  return parts.join(".").replace(/\.\[/g, "[")
}
