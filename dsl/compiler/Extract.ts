/**
 * Extract: the reading half of the compiler. Loads experiment files with ts-morph, type-checks them
 * against the DSL, checks that they are deterministic and import only the DSL (Purity.ts), and evaluates
 * the good ones in a guarded worker (Evaluate.ts) to get their `experiment(...)` values and sweeps.
 *
 * A bad file never stops the others: its problems become diagnostics. Syntax errors hide type errors
 * (they are mostly noise after a parse error), and a file with either is not evaluated.
 */
import * as path from "node:path"
import { pathToFileURL } from "node:url"
import { existsSync } from "node:fs"
import { type Diagnostic as TsDiagnostic, Node, Project, type SourceFile, SyntaxKind, ts } from "ts-morph"
import type { Experiment } from "../Experiment.ts"
import { sha256 } from "./CacheKey.ts"
import { at, type Diagnostic, didYouMean, editDistance, experimentCall, formatDiagnostic, pathOfNode, quoteList } from "./Diagnostics.ts"
import { defaultEvaluatorOptions, Evaluator, type EvaluatorOptions, type SweepOutcome } from "./Evaluate.ts"
import { purityDiagnostics } from "./Purity.ts"

/** One experiment file after extraction. */
export interface ExtractedFile {
  /** Project-relative path with forward slashes, as printed in diagnostics. */
  readonly file: string
  readonly absPath: string
  readonly sourceFile: SourceFile
  /** The default export, when the file type-checked and evaluated to an experiment (without its sweep). */
  readonly experiment?: Experiment
  /** Its expanded sweep, or why there is none. */
  readonly sweep?: SweepOutcome
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

/**
 * A selector value that is not one of its axis's values (`cells: { stepMatching: "finl" }`), in the words
 * the compiler uses when it finds the same mistake in an untyped file (Validate.ts).
 */
const selectorValue = (where: string, message: string): string | undefined => {
  const at = /^((?:checks|tables|dependencies)\[\d+\]\.(?:cells|after))\.([^.]+)$/.exec(where)
  const types = /^Type '("?)([^']*)\1' is not assignable to type '([^']*)'/.exec(message)
  if (!at || !types || types[3]!.includes("more ...")) return undefined
  const values = [...new Set(types[3]!.split(" | ").filter((t) => t !== "undefined").map((t) => t.replace(/^"(.*)"$/, "$1")))]
  const value = types[2]!
  return `${at[1]} names the value "${value}" of the axis "${at[2]}", which does not exist; values: ${quoteList(values)}${didYouMean(value, values)}`
}

/** `axis("generator.stepMatch", ...)`: the path is not a config path; name the nearest ones. */
const unknownAxisPath = (node: Node | undefined): string | undefined => {
  const call = node?.getParent()
  if (!Node.isStringLiteral(node) || !Node.isCallExpression(call) || call.getExpression().getText() !== "axis" || call.getArguments()[0] !== node) return undefined
  const expected = node.getContextualType()
  const paths = (expected?.isUnion() ? expected.getUnionTypes() : []).map((t) => t.getLiteralValue()).filter((v): v is string => typeof v === "string")
  const word = node.getLiteralValue()
  if (paths.length === 0 || paths.includes(word)) return undefined
  const nearest = [...paths].sort((a, b) => editDistance(word, a) - editDistance(word, b) || (a < b ? -1 : 1)).slice(0, 3)
  return `unknown config path "${word}" in axis(...)${didYouMean(word, paths)} (nearest valid paths: ${quoteList(nearest)})`
}

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
  const path = code === 2345 ? unknownAxisPath(node) : undefined
  if (path) return at(file, sf, node, path)
  const where = node ? configPath(pathOfNode(node)) : ""
  const selector = selectorValue(where, message)
  if (selector && (code === 2322 || code === 2820)) return at(file, sf, node, selector)
  // A string literal outside a union of string literals: name the allowed values.
  const literal = /^Type '"([^"]*)"' is not assignable to type '((?:"[^"]*"(?: \| )?)+)'/.exec(message)
  if (literal && (code === 2322 || code === 2820)) {
    // sorted: TypeScript lists a union in the order its literal types were created, which depends on
    // what else the checker saw first, so its order is not stable across runs
    const allowed = [...literal[2]!.matchAll(/"([^"]*)"/g)].map((m) => m[1]!).sort((a, b) => a.localeCompare(b))
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

/** Stack frames as (absolute file, line, col), innermost first; tsx source-maps them to the TypeScript. */
const frames = (stack: string): ReadonlyArray<{ file: string; line: number; col: number }> =>
  stack.split("\n").flatMap((line) => {
    const m = /(?:\(|at )((?:file:\/\/)?\/[^()]*?):(\d+):(\d+)\)?\s*$/.exec(line)
    return m ? [{ file: decodeURIComponent(m[1]!.replace(/^file:\/\//, "").replace(/\?.*$/, "")), line: Number(m[2]), col: Number(m[3]) }] : []
  })

/**
 * Where a throw during evaluation was triggered: the innermost frame in the experiment file, else (a
 * helper it imports, e.g. a temporal-dead-zone error in an import cycle) the innermost frame in another
 * project file outside the DSL and node_modules, reported against that file.
 */
const throwSite = (stack: string, root: string, absPath: string): { file: string; line: number; col: number } | undefined => {
  const all = frames(stack)
  const own = all.find((f) => f.file === absPath)
  const dsl = path.join(root, "dsl") + path.sep
  const other = own ?? all.find((f) => f.file.startsWith(root + path.sep) && !f.file.startsWith(dsl) && !f.file.includes(`${path.sep}node_modules${path.sep}`))
  return other && { ...other, file: path.relative(root, other.file).split(path.sep).join("/") }
}

/** Evaluates a file in the guarded worker; the experiment and its sweep, or a diagnostic. */
const evaluate = async (
  evaluator: Evaluator,
  root: string,
  file: string,
  absPath: string,
  sf: SourceFile
): Promise<{ experiment?: Experiment; sweep?: SweepOutcome; diagnostic?: Diagnostic }> => {
  // The content hash in the URL re-imports an edited file in a long-lived worker, and keeps returning the
  // cached module while the file is unchanged.
  const url = `${pathToFileURL(absPath).href}?sidlab=${sha256(sf.getFullText()).slice(0, 16)}`
  const r = await evaluator.evaluate(url)
  switch (r.kind) {
    case "experiment":
      return { experiment: r.experiment as Experiment, sweep: r.sweep }
    case "notExperiment": {
      const node = sf.getDefaultExportSymbol()?.getDeclarations()[0] ?? experimentCall(sf)
      return { diagnostic: at(file, sf, node, "the file must `export default experiment({...})`") }
    }
    case "threw": {
      const pos = throwSite(r.stack, root, absPath)
      const message = r.dsl ? r.message : `evaluating the file failed: ${r.message}`
      if (!pos) return { diagnostic: at(file, sf, undefined, message) }
      return { diagnostic: pos.file === file ? { ...pos, message } : { ...pos, message: `${message} (while evaluating ${file})` } }
    }
    case "timeout":
      return { diagnostic: at(file, sf, undefined, `evaluation did not finish within ${r.seconds} s (an endless loop?)`) }
    case "memory":
      return { diagnostic: at(file, sf, undefined, `evaluation ran out of memory (the limit is ${r.megabytes} MB)`) }
    case "crashed":
      return { diagnostic: at(file, sf, undefined, `evaluating the file failed: ${r.message}`) }
  }
}

/**
 * One file's problems before evaluation: syntax, else types and purity (its own and its helpers').
 * A file whose helper has problems is not evaluated; the helper's diagnostics are listed once.
 */
const problems = (project: Project, root: string, file: string, sf: SourceFile, reported: Set<string>): { diagnostics: ReadonlyArray<Diagnostic>; blocked: boolean } => {
  const types = typeCheck(project, file, sf)
  if (types.some((d) => d.message.startsWith("syntax error:"))) return { diagnostics: types, blocked: true }
  const fileOf = (s: SourceFile): string => path.relative(root, s.getFilePath()).split(path.sep).join("/")
  const purity = purityDiagnostics(root, sf, fileOf)
  const helpers = purity.helpers.filter((d) => !reported.has(formatDiagnostic(d)))
  for (const d of helpers) reported.add(formatDiagnostic(d))
  const diagnostics = [...types, ...purity.own, ...helpers]
  return { diagnostics, blocked: diagnostics.length > 0 || purity.helpers.length > 0 }
}

export interface ExtractOptions extends Partial<EvaluatorOptions> {}

/** Loads, type-checks, purity-checks and evaluates experiment files (absolute paths), in the given order. */
export const extract = async (projectRoot: string, absPaths: ReadonlyArray<string>, opts: ExtractOptions = {}): Promise<ReadonlyArray<ExtractedFile>> => {
  const root = path.resolve(projectRoot)
  const project = loadProject(root)
  const sources = absPaths.map((p) => project.addSourceFileAtPath(p))
  project.resolveSourceFileDependencies()
  const evaluator = new Evaluator({ ...defaultEvaluatorOptions, ...opts })
  const reported = new Set<string>()
  const out: Array<ExtractedFile> = []
  try {
    for (const [i, absPath] of absPaths.entries()) {
      const sf = sources[i]!
      const file = path.relative(root, absPath).split(path.sep).join("/")
      const { diagnostics, blocked } = problems(project, root, file, sf, reported)
      if (blocked) {
        out.push({ file, absPath, sourceFile: sf, diagnostics })
        continue
      }
      const { experiment, sweep, diagnostic } = await evaluate(evaluator, root, file, absPath, sf)
      out.push({ file, absPath, sourceFile: sf, diagnostics: diagnostic ? [diagnostic] : [], ...(experiment ? { experiment } : {}), ...(sweep ? { sweep } : {}) })
    }
  } finally {
    await evaluator.close()
  }
  return out
}
