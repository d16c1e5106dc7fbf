/**
 * Cache keys (architecture.md, "The compiler"). A cell's key hashes
 *   config   — canonical JSON (sorted keys) of its resolved config,
 *   code     — its code closure: the stage entry files of its chain (StageFiles.ts) and every project
 *              file they import, transitively (ts-morph import graph; node_modules excluded),
 *   packages — the installed tensor package versions,
 *   backend  — the tfjs backend that runs it.
 *   dependencies — the plan keys of the cells it depends on (a Merkle DAG).
 * The plan is backend-independent, so it records `planKey` = hash(config, code, packages, dependencies) and
 * its parts; the runner stores a result under `storeKey(planKey, backend identity)` (runner/Store.ts).
 */
import { existsSync, statSync } from "node:fs"
import * as path from "node:path"
import { type ExportDeclaration, type ImportDeclaration, Node, Project, SyntaxKind } from "ts-morph"
import type { StageName } from "../Experiment.ts"
import type { KeyParts } from "../Plan.ts"
import { canonicalJson, fileHash, installedVersions, sha256 } from "./Hash.ts"
import { stageFiles, tensorPackages } from "./StageFiles.ts"

export { canonicalJson, fileHash, sha256 } from "./Hash.ts"

const isFile = (p: string): boolean => existsSync(p) && statSync(p).isFile()

/** Resolves a relative specifier the way tsx does: as written, `.js` → `.ts`, then `.ts`, `/index.ts`. */
const resolveRelative = (fromFile: string, spec: string): string | undefined => {
  const base = path.resolve(path.dirname(fromFile), spec)
  const candidates = [base, base.replace(/\.js$/, ".ts"), `${base}.ts`, path.join(base, "index.ts")]
  return candidates.find(isFile)
}

/**
 * Every module specifier a file mentions at run time: imports, re-exports, `import("…")` and
 * `import x = require("…")`. Type-only imports and exports (`import type …`, or every name marked
 * `type`) are erased by the compiler, so they cannot change what a cell computes and are not followed.
 */
const specifiersOf = (project: Project, absPath: string): ReadonlyArray<string> => {
  const sf = project.getSourceFile(absPath) ?? project.addSourceFileAtPath(absPath)
  const typeOnlyImport = (d: ImportDeclaration) => {
    if (d.isTypeOnly()) return true
    const named = d.getNamedImports()
    return d.getDefaultImport() === undefined && d.getNamespaceImport() === undefined && named.length > 0 && named.every((n) => n.isTypeOnly())
  }
  const typeOnlyExport = (d: ExportDeclaration) => d.isTypeOnly() || (d.getNamedExports().length > 0 && d.getNamedExports().every((n) => n.isTypeOnly()))
  const specs = [
    ...sf.getImportDeclarations().filter((d) => !typeOnlyImport(d)).map((d) => d.getModuleSpecifierValue()),
    ...sf.getExportDeclarations().filter((d) => !typeOnlyExport(d)).flatMap((d) => d.getModuleSpecifierValue() ?? [])
  ]
  for (const call of sf.getDescendantsOfKind(SyntaxKind.CallExpression)) {
    const arg = call.getArguments()[0]
    if (call.getExpression().getKind() === SyntaxKind.ImportKeyword && Node.isStringLiteral(arg)) specs.push(arg.getLiteralValue())
  }
  for (const ext of sf.getDescendantsOfKind(SyntaxKind.ExternalModuleReference)) {
    const e = ext.getExpression()
    if (Node.isStringLiteral(e)) specs.push(e.getLiteralValue())
  }
  return specs
}

/**
 * Computes code closures of project files; memoised per instance. Unresolvable relative imports are
 * kept as `missing:<path>` entries, so creating the file later still changes the key.
 */
export class CodeClosure {
  private readonly project = new Project({ skipAddingFilesFromTsConfig: true, skipFileDependencyResolution: true })
  private readonly hashes = new Map<string, string>()
  private readonly imports = new Map<string, ReadonlyArray<string>>()

  constructor(readonly projectRoot: string) {}

  private rel(abs: string): string {
    return path.relative(this.projectRoot, abs).split(path.sep).join("/")
  }

  /** Project-relative file → content hash, for the transitive closure of the given entry files. */
  files(entries: ReadonlyArray<string>): Readonly<Record<string, string>> {
    const seen = new Map<string, string>()
    const stack = entries.map((e) => path.resolve(this.projectRoot, e))
    while (stack.length > 0) {
      const abs = stack.pop()!
      const rel = this.rel(abs)
      if (seen.has(rel)) continue
      if (!isFile(abs)) {
        seen.set(rel, "missing")
        continue
      }
      if (!this.hashes.has(abs)) this.hashes.set(abs, fileHash(abs))
      seen.set(rel, this.hashes.get(abs)!)
      if (!this.imports.has(abs)) {
        const deps = specifiersOf(this.project, abs)
          .filter((s) => s.startsWith("./") || s.startsWith("../"))
          .map((s) => resolveRelative(abs, s) ?? path.resolve(path.dirname(abs), s))
          .filter((d) => !d.includes(`${path.sep}node_modules${path.sep}`) && !path.relative(this.projectRoot, d).startsWith(".."))
        this.imports.set(abs, deps)
      }
      stack.push(...this.imports.get(abs)!)
    }
    return Object.fromEntries([...seen.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
  }

  /** The closure of a stage chain, by way of `stageFiles`. */
  forStages(stages: ReadonlyArray<StageName>): Readonly<Record<string, string>> {
    return this.files(stages.map((s) => stageFiles[s]))
  }
}

/** One hash over a closure: sorted `path\0hash` lines. */
export const closureHash = (files: Readonly<Record<string, string>>): string =>
  sha256(Object.keys(files).sort().map((f) => `${f}\0${files[f]}\n`).join(""))

/** Installed versions of the tensor packages, read from `node_modules/<pkg>/package.json`. */
export const packageVersions = (projectRoot: string): Readonly<Record<string, string>> => installedVersions(projectRoot, tensorPackages)

/** The key parts of one cell. */
export const keyParts = (
  config: unknown,
  codeFiles: Readonly<Record<string, string>>,
  packages: Readonly<Record<string, string>>,
  dependencies: Readonly<Record<string, string>> = {}
): KeyParts => ({ config: sha256(canonicalJson(config)), code: closureHash(codeFiles), codeFiles, packages, dependencies })

/**
 * The backend-independent key recorded in the plan: a Merkle hash over the cell's own parts and the plan
 * keys of the cells it depends on, so a changed dependency re-keys every cell downstream of it.
 */
export const planKey = (parts: KeyParts): string =>
  sha256(canonicalJson({ code: parts.code, config: parts.config, dependencies: parts.dependencies, packages: parts.packages }))
