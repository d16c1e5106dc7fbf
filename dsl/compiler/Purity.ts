/**
 * Purity: an experiment file must evaluate to the same plan on every compile and every machine, and may
 * import only the DSL and helper files beside it (which follow the same rule). Checked statically with the
 * type checker, so an alias (`const M = Math; M.random()`) is caught too, on the experiment file and every
 * helper it imports. Each finding is a diagnostic at the offending expression.
 */
import * as path from "node:path"
import { Node, type SourceFile, SyntaxKind } from "ts-morph"
import { at, type Diagnostic } from "./Diagnostics.ts"

/** Members of built-in objects whose value differs between calls or machines (by qualified symbol name). */
const nondeterministicMembers: ReadonlyArray<RegExp> = [
  /(^|\.)Math\.random$/,
  /(^|\.)DateConstructor\.now$/,
  /(^|\.)Performance\.\w+$/,
  /(^|\.)Crypto\.\w+$/
]
/** Globals that read the environment or load code; any reference to them is refused. */
const environmentGlobals = new Set(["process", "require", "eval", "Function", "navigator"])

const SAME_PLAN = "an experiment must evaluate to the same plan on every compile and machine"
const IMPORTS = "experiment files may import only dsl/ and helper files beside them"

/** True when every declaration of the node's symbol is in a library .d.ts (a built-in, not the author's own). */
const isBuiltin = (node: Node): boolean => {
  const decls = node.getSymbol()?.getDeclarations() ?? []
  return decls.length > 0 && decls.every((d) => d.getSourceFile().isDeclarationFile() && d.getSourceFile().getFilePath().includes("/node_modules/"))
}

const inTypePosition = (id: Node): boolean => {
  const p = id.getParent()
  return Node.isTypeReference(p) || Node.isQualifiedName(p) || Node.isTypeQuery(p) || Node.isExpressionWithTypeArguments(p) || Node.isTypeNode(p)
}

const inside = (file: string, dir: string): boolean => {
  const rel = path.relative(dir, file)
  return rel !== "" && !rel.startsWith("..") && !path.isAbsolute(rel)
}

interface Context {
  readonly root: string
  /** Where the experiment file is: helpers must be in this directory or below. */
  readonly helperDir: string
  readonly fileOf: (sf: SourceFile) => string
}

/** Where an import may point: dsl/ (not the compiler) or the helper directory. */
const allowedTarget = (ctx: Context, target: string): boolean =>
  (inside(target, path.join(ctx.root, "dsl")) && !inside(target, path.join(ctx.root, "dsl", "compiler"))) || inside(target, ctx.helperDir)

/** Problems in one file, and the local helper files it imports. */
const checkFile = (ctx: Context, sf: SourceFile): { diagnostics: Array<Diagnostic>; helpers: Array<SourceFile> } => {
  const file = ctx.fileOf(sf)
  const diagnostics: Array<Diagnostic> = []
  const helpers: Array<SourceFile> = []
  const report = (node: Node, message: string): void => void diagnostics.push(at(file, sf, node, message))

  for (const decl of [...sf.getImportDeclarations(), ...sf.getExportDeclarations()]) {
    const spec = decl.getModuleSpecifier()
    if (spec === undefined) continue
    const text = spec.getLiteralValue()
    const target = text.startsWith(".") ? path.resolve(path.dirname(sf.getFilePath()), text) : undefined
    if (target === undefined || !allowedTarget(ctx, target)) {
      const what = target === undefined ? `the module "${text}"` : `"${text}" (${path.relative(ctx.root, target).split(path.sep).join("/")})`
      report(spec, `imports ${what}, but ${IMPORTS}`)
      continue
    }
    const helper = decl.getModuleSpecifierSourceFile()
    if (helper && inside(helper.getFilePath(), ctx.helperDir)) helpers.push(helper)
  }

  sf.forEachDescendant((node) => {
    if (Node.isImportEqualsDeclaration(node)) report(node, `import = require(...) is not allowed: ${IMPORTS}`)
    else if (Node.isCallExpression(node) && node.getExpression().getKind() === SyntaxKind.ImportKeyword) {
      report(node, `a dynamic import() is not allowed: ${IMPORTS}`)
    } else if (Node.isMetaProperty(node) && node.getKeywordToken() === SyntaxKind.ImportKeyword) {
      report(node, `${node.getText()} depends on where the file is: ${SAME_PLAN}`)
    } else if (Node.isNewExpression(node) || Node.isCallExpression(node)) {
      // new Date() / Date(): the current time (new Date(ms) with an argument is fine)
      const callee = node.getExpression()
      if (Node.isIdentifier(callee) && callee.getText() === "Date" && isBuiltin(callee) && (Node.isCallExpression(node) || node.getArguments().length === 0)) {
        report(node, `${node.getText()} reads the clock: ${SAME_PLAN}`)
      }
    } else if (Node.isPropertyAccessExpression(node) || Node.isElementAccessExpression(node)) {
      const member = Node.isPropertyAccessExpression(node) ? node.getNameNode() : node.getArgumentExpression()
      const name = member?.getSymbol()?.getFullyQualifiedName()
      if (member && name !== undefined && isBuiltin(member) && nondeterministicMembers.some((re) => re.test(name))) {
        report(node, `${node.getText()} is not deterministic: ${SAME_PLAN}`)
      }
    } else if (Node.isIdentifier(node) && environmentGlobals.has(node.getText()) && !inTypePosition(node) && isBuiltin(node)) {
      const parent = node.getParent()
      const shown = Node.isPropertyAccessExpression(parent) && parent.getExpression() === node ? parent.getText() : node.getText()
      const why = ["require", "eval", "Function"].includes(node.getText()) ? `${shown} loads code at run time: ${IMPORTS}` : `${shown} reads the environment: ${SAME_PLAN}`
      report(node, why)
    }
  })
  return { diagnostics, helpers }
}

/**
 * Checks an experiment file and every helper it imports (transitively, within its directory).
 */
export const purityDiagnostics = (
  root: string,
  entry: SourceFile,
  fileOf: (sf: SourceFile) => string
): { readonly own: ReadonlyArray<Diagnostic>; readonly helpers: ReadonlyArray<Diagnostic> } => {
  const ctx: Context = { root, helperDir: path.dirname(entry.getFilePath()), fileOf }
  const first = checkFile(ctx, entry)
  const helpers: Array<Diagnostic> = []
  const seen = new Set<string>([entry.getFilePath()])
  const queue = [...first.helpers]
  while (queue.length > 0) {
    const sf = queue.shift()!
    if (seen.has(sf.getFilePath())) continue
    seen.add(sf.getFilePath())
    const r = checkFile(ctx, sf)
    helpers.push(...r.diagnostics)
    queue.push(...r.helpers)
  }
  return { own: first.diagnostics, helpers }
}
