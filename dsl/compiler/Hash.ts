/**
 * The hashes cache keys are made of (CacheKey.ts re-exports them). Free of ts-morph, so the runner and
 * the plan-freshness check (Freshness.ts) hash without loading the compiler.
 */
import { createHash } from "node:crypto"
import { existsSync, readFileSync, statSync } from "node:fs"
import * as path from "node:path"

export const sha256 = (text: string): string => createHash("sha256").update(text).digest("hex")

/** JSON with object keys sorted at every level and `undefined` fields dropped: equal values, equal text. */
export const canonicalJson = (value: unknown): string => {
  if (Array.isArray(value)) return `[${value.map((v) => canonicalJson(v === undefined ? null : v)).join(",")}]`
  if (typeof value === "object" && value !== null) {
    const entries = Object.keys(value)
      .sort()
      .filter((k) => (value as Record<string, unknown>)[k] !== undefined)
      .map((k) => `${JSON.stringify(k)}:${canonicalJson((value as Record<string, unknown>)[k])}`)
    return `{${entries.join(",")}}`
  }
  if (typeof value === "number" && !Number.isFinite(value)) throw new Error(`cannot hash the non-finite number ${value}`)
  return JSON.stringify(value)
}

/** Text with CRLF and CR line endings as LF, so a CRLF checkout hashes like an LF one. */
export const lfText = (text: string): string => text.replace(/\r\n?/g, "\n")

/** The hash of a file's text with line endings normalised, so a CRLF checkout keys like an LF one. */
export const fileHash = (absPath: string): string => sha256(lfText(readFileSync(absPath, "utf8")))

/** Installed versions of `packages` (those present), read from `node_modules/<pkg>/package.json`, sorted by name. */
export const installedVersions = (projectRoot: string, packages: Iterable<string>): Readonly<Record<string, string>> => {
  const out: Record<string, string> = {}
  for (const pkg of [...new Set(packages)].sort()) {
    const file = path.join(projectRoot, "node_modules", pkg, "package.json")
    if (!existsSync(file) || !statSync(file).isFile()) continue
    out[pkg] = (JSON.parse(readFileSync(file, "utf8")) as { version: string }).version
  }
  return out
}
