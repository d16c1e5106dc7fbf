/**
 * Extract: the reading half of the compiler. Loads experiment files with ts-morph, type-checks them
 * against the DSL, and evaluates the good ones to get their `experiment(...)` values.
 *
 * A bad file never stops the others: its problems become diagnostics. Syntax errors hide type errors
 * (they are mostly noise after a parse error), and a file with either is not evaluated.
 */
import * as path from "node:path"
import { pathToFileURL } from "node:url"
import { existsSync } from "node:fs"
import { type Diagnostic as TsDiagnostic, Node, Project, type SourceFile, SyntaxKind, ts } from "ts-morph"
import { type Experiment, isExperiment } from "../Experiment.ts"
import { DslError } from "../internal/common.ts"
import { sha256 } from "./CacheKey.ts"
import { at, type Diagnostic, didYouMean, experimentCall, pathOfNode, quoteList } from "./Diagnostics.ts"

/** One experiment file after extraction. */
export interface ExtractedFile {
  /** Project-relative path with forward slashes, as printed in diagnostics. */
  readonly file: string
  readonly absPath: string
  readonly sourceFile: SourceFile
  /** The default export, when the file type-checked and evaluated to an experiment. */
  readonly experiment?: Experiment
  readonly diagnostics: ReadonlyArray<Diagnostic>
}

/** A ts-morph project with the repository's compiler options (or strict defaults without a tsconfig). */
export const loadProject = (projectRoot: string): Project => {
  const tsConfigFilePath = path.join(projectRoot, "tsconfig.json")
  return existsSync(tsConfigFilePath)
    ? new Project({ tsConfigFilePath, skipAddingFilesFromTsConfig: true })
    : new Project({
      compilerOptions: {
        strict: true,
        target: ts.ScriptTarget.ES2022,
        module: ts.ModuleKind.NodeNext,
        allowImportingTsExtensions: true,
        noEmit: true,
        skipLibCheck: true
      }
    })
}

/** The most specific line of a (possibly chained) TypeScript message. */
const innermostMessage = (d: TsDiagnostic): string => {
  const text = d.getMessageText()
  if (typeof text === "string") return text
  let chain = text
  for (let next = chain.getNext()?.[0]; next !== undefined; next = chain.getNext()?.[0]) chain = next
  return chain.getMessageText()
}

const configPath = (p: string): string => p.replace(/^base\./, "").replace(/^base$/, "")
/** TypeScript's sentence, lower-cased at the start and without the final period, to follow a colon. */
const lowerFirst = (s: string): string => s.charAt(0).toLowerCase() + s.slice(1).replace(/\.$/, "")

/** Rewrites a TypeScript diagnostic as one plain sentence naming the config path where possible. */
const translate = (file: string, sf: SourceFile, d: TsDiagnostic, syntactic: boolean): Diagnostic => {
  const start = d.getStart() ?? 0
  const node = sf.getDescendantAtPos(start)
  const message = innermostMessage(d)
  if (syntactic) return at(file, sf, node, `syntax error: ${lowerFirst(message)}`)
  const code = d.getCode()
  // 2353 / 2561: an object literal names a property its type does not have.
  if ((code === 2353 || code === 2561) && node) {
    const prop = node.getFirstAncestor((a) => Node.isPropertyAssignment(a) || Node.isShorthandPropertyAssignment(a)) ?? node
    const key = Node.isPropertyAssignment(prop) || Node.isShorthandPropertyAssignment(prop) ? prop.getName() : node.getText()
    const obj = prop.getParentIfKind(SyntaxKind.ObjectLiteralExpression)
    const type = obj?.getContextualType()
    const known = (type === undefined ? [] : type.isUnion() ? type.getUnionTypes() : [type]).flatMap((t) => t.getProperties().map((p) => p.getName()))
    const where = obj ? configPath(pathOfNode(obj)) : ""
    return at(file, sf, prop, `unknown key "${key}" in ${where === "" ? "experiment({...})" : where}${didYouMean(key, known)}`)
  }
  const where = node ? configPath(pathOfNode(node)) : ""
  // A string literal outside a union of string literals: name the allowed values.
  const literal = /^Type '"([^"]*)"' is not assignable to type '((?:"[^"]*"(?: \| )?)+)'/.exec(message)
  if (literal && (code === 2322 || code === 2820)) {
    const allowed = [...literal[2]!.matchAll(/"([^"]*)"/g)].map((m) => m[1]!)
    const what = `"${literal[1]}" is not one of ${quoteList(allowed)}${didYouMean(literal[1]!, allowed)}`
    return at(file, sf, node, where === "" ? what : `${where}: ${what}`)
  }
  if (code === 2322 || code === 2820 || code === 2345) {
    return at(file, sf, node, `wrong type${where === "" ? "" : ` for ${where}`}: ${lowerFirst(message)}`)
  }
  return at(file, sf, node, where === "" ? message : `${where}: ${lowerFirst(message)}`)
}

/** Type-checks one file: syntax errors if any, else type errors. */
const typeCheck = (project: Project, file: string, sf: SourceFile): ReadonlyArray<Diagnostic> => {
  const program = project.getProgram()
  const syntax = program.getSyntacticDiagnostics(sf)
  if (syntax.length > 0) return syntax.map((d) => translate(file, sf, d, true))
  return program
    .getSemanticDiagnostics(sf)
    .filter((d) => d.getCategory() === ts.DiagnosticCategory.Error)
    .map((d) => translate(file, sf, d, false))
}

/** The position in `absPath` of the deepest stack frame in that file (where the throw was triggered). */
const framePosition = (error: unknown, absPath: string): { line: number; col: number } | undefined => {
  const stack = error instanceof Error ? (error.stack ?? "") : ""
  for (const line of stack.split("\n")) {
    const m = /(?:\(|at )((?:file:\/\/)?\/[^()]*?):(\d+):(\d+)\)?\s*$/.exec(line)
    if (!m) continue
    const file = decodeURIComponent(m[1]!.replace(/^file:\/\//, "").replace(/\?.*$/, ""))
    if (file === absPath) return { line: Number(m[2]), col: Number(m[3]) }
  }
  return undefined
}

/** Imports a file and returns its default export, or a diagnostic for a throw or a missing export. */
const evaluate = async (
  file: string,
  absPath: string,
  sf: SourceFile
): Promise<{ experiment?: Experiment; diagnostic?: Diagnostic }> => {
  try {
    // The content hash in the URL re-imports an edited file in a long-lived process (tests, watch),
    // and keeps returning the cached module while the file is unchanged.
    const url = `${pathToFileURL(absPath).href}?sidlab=${sha256(sf.getFullText()).slice(0, 16)}`
    const mod = (await import(url)) as { default?: unknown }
    if (isExperiment(mod.default)) return { experiment: mod.default }
    const node = sf.getDefaultExportSymbol()?.getDeclarations()[0] ?? experimentCall(sf)
    return { diagnostic: at(file, sf, node, "the file must `export default experiment({...})`") }
  } catch (error) {
    const pos = framePosition(error, absPath)
    const message = error instanceof DslError
      ? error.message
      : `evaluating the file failed: ${error instanceof Error ? error.message : String(error)}`
    return { diagnostic: pos ? { file, ...pos, message } : at(file, sf, undefined, message) }
  }
}

/** Loads, type-checks and evaluates experiment files (absolute paths), in the given order. */
export const extract = async (projectRoot: string, absPaths: ReadonlyArray<string>): Promise<ReadonlyArray<ExtractedFile>> => {
  const project = loadProject(projectRoot)
  const sources = absPaths.map((p) => project.addSourceFileAtPath(p))
  project.resolveSourceFileDependencies()
  const out: Array<ExtractedFile> = []
  for (const [i, absPath] of absPaths.entries()) {
    const sf = sources[i]!
    const file = path.relative(projectRoot, absPath).split(path.sep).join("/")
    const diagnostics = typeCheck(project, file, sf)
    if (diagnostics.length > 0) {
      out.push({ file, absPath, sourceFile: sf, diagnostics })
      continue
    }
    const { experiment, diagnostic } = await evaluate(file, absPath, sf)
    out.push({ file, absPath, sourceFile: sf, diagnostics: diagnostic ? [diagnostic] : [], ...(experiment ? { experiment } : {}) })
  }
  return out
}
