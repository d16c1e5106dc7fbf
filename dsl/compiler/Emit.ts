/**
 * Emit: the writing half of the compiler. Builds `generated/<name>.plan.ts` from ts-morph structures
 * (values printed by a deterministic literal printer: sorted keys, fixed record field order, no
 * timestamps), the Mermaid graph `<name>.plan.mmd`, and `generated/index.ts`. Pure: returns text.
 */
import { IndentationText, Project, QuoteKind, type StatementStructures, StructureKind, type WriterFunction } from "ts-morph"
import { type Plan, type PlanCell, toPlanFile } from "../Plan.ts"

/** First line of every generated file. */
export const header = (source: string, comment = "//"): string =>
  `${comment} DO NOT EDIT – generated from ${source} by dsl/compiler (sidlab compile)`

/** Record fields in reading order; any other object prints its keys sorted. */
const fieldOrder: ReadonlyArray<string> = [
  "experiment", "source", "description", "id", "name", "kind", "axes", "stages", "dependsOn", "planKey", "keyParts",
  "config", "cells", "tables", "checks", "codeClosures"
]
const orderedKeys = (obj: object): ReadonlyArray<string> => {
  const keys = Object.keys(obj).filter((k) => (obj as Record<string, unknown>)[k] !== undefined)
  const known = fieldOrder.filter((k) => keys.includes(k))
  return known.length > 0 ? [...known, ...keys.filter((k) => !known.includes(k)).sort()] : [...keys].sort()
}

const isIdentifier = (k: string): boolean => /^[A-Za-z_$][A-Za-z0-9_$]*$/.test(k)
const isPrimitive = (v: unknown): boolean => v === null || typeof v !== "object"

/** Prints a JSON-like value as a TypeScript literal, two-space indented from column `depth`. */
export const printValue = (value: unknown, depth = 0): string => {
  const pad = "  ".repeat(depth + 1)
  const close = "  ".repeat(depth)
  if (typeof value === "string") return JSON.stringify(value)
  if (typeof value === "number") {
    if (!Number.isFinite(value)) throw new Error(`cannot print the non-finite number ${value}`)
    return Object.is(value, -0) ? "0" : String(value)
  }
  if (typeof value === "boolean" || value === null) return String(value)
  if (Array.isArray(value)) {
    if (value.length === 0) return "[]"
    if (value.every(isPrimitive)) return `[${value.map((v) => printValue(v)).join(", ")}]`
    return `[\n${value.map((v) => pad + printValue(v, depth + 1)).join(",\n")}\n${close}]`
  }
  if (typeof value === "object") {
    const keys = orderedKeys(value)
    if (keys.length === 0) return "{}"
    const lines = keys.map((k) => `${pad}${isIdentifier(k) ? k : JSON.stringify(k)}: ${printValue((value as Record<string, unknown>)[k], depth + 1)}`)
    return `{\n${lines.join(",\n")}\n${close}}`
  }
  throw new Error(`cannot print a ${typeof value}`)
}

const project = new Project({
  useInMemoryFileSystem: true,
  manipulationSettings: { indentationText: IndentationText.TwoSpaces, quoteKind: QuoteKind.Double }
})

/** Builds a source file from statements and returns its text (LF, trailing newline). */
const render = (statements: Array<string | WriterFunction | StatementStructures>): string => {
  const sf = project.createSourceFile("/out.ts", { statements }, { overwrite: true })
  const text = sf.getFullText().replace(/\r\n/g, "\n")
  project.removeSourceFile(sf)
  return text.endsWith("\n") ? text : `${text}\n`
}

/**
 * `generated/<name>.plan.ts`: `export const plan = {...} as const satisfies PlanFile`, each code closure
 * listed once at the end, so a diff shows the cells that changed rather than copies of one file table.
 */
export const planSource = (plan: Plan, planTypeImport: string): string =>
  render([
    header(plan.source),
    { kind: StructureKind.ImportDeclaration, isTypeOnly: true, namedImports: ["PlanFile"], moduleSpecifier: planTypeImport },
    // A statement-level writer, not an initializer: ts-morph hanging-indents multi-line initializers.
    (w) => w.write(`/** The cells of experiment "${plan.experiment}" (${plan.cells.length}), sorted: dependency cells first, then by id. */\n`)
      .write(`export const plan = ${printValue(toPlanFile(plan))} as const satisfies PlanFile;`)
  ])

const mermaidText = (s: string): string => s.replace(/"/g, "#quot;")

/** `generated/<name>.plan.mmd`: cells as nodes, dependencies as edges (dependency → dependant). */
export const planMermaid = (plan: Plan): string => {
  const node = new Map(plan.cells.map((c, i) => [c.id, `c${i}`]))
  const shape = (c: PlanCell) => (c.kind === "distill" ? ["[", "]"] : ["[(", ")]"])
  const lines = [header(plan.source, "%%"), "flowchart LR"]
  for (const c of plan.cells) {
    const [open, close] = shape(c)
    lines.push(`  ${node.get(c.id)}${open}"${mermaidText(c.id)}<br/>${mermaidText(c.name)}"${close}`)
  }
  for (const c of plan.cells) for (const d of c.dependsOn) lines.push(`  ${node.get(d) ?? mermaidText(d)} --> ${node.get(c.id)}`)
  return `${lines.join("\n")}\n`
}

/** `generated/index.ts`: every plan by experiment name. */
export const indexSource = (names: ReadonlyArray<string>): string => {
  const sorted = [...names].sort()
  const ident = (n: string) => `plan_${n.replace(/[^A-Za-z0-9_$]/g, "_")}`
  return render([
    "// DO NOT EDIT – generated by dsl/compiler (sidlab compile)",
    ...sorted.map((n) => ({
      kind: StructureKind.ImportDeclaration as const,
      namedImports: [{ name: "plan", alias: ident(n) }],
      moduleSpecifier: `./${n}.plan.ts`
    })),
    (w) => w.write("/** Every compiled plan, by experiment name. */\n")
      .write(`export const plans = ${sorted.length === 0 ? "{}" : `{\n${sorted.map((n) => `  ${JSON.stringify(n)}: ${ident(n)}`).join(",\n")}\n}`} as const;`),
    { kind: StructureKind.TypeAlias, isExported: true, name: "PlanName", type: "keyof typeof plans" }
  ])
}
