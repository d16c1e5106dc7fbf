/**
 * A throw-away copy of the project tree for compiler tests: dsl/, stages/, tsconfig.json and the given
 * experiment files, with node_modules linked (not copied). Tests may edit it freely.
 */
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs"
import { tmpdir } from "node:os"
import * as path from "node:path"
import { fileURLToPath } from "node:url"

export const repoRoot = fileURLToPath(new URL("../../../", import.meta.url))

/** Creates the copy; `experiments` maps a file name in experiments/ to a repo-relative source file. */
export const tempProject = (experiments: Readonly<Record<string, string>>): { root: string; dispose: () => void } => {
  const root = mkdtempSync(path.join(tmpdir(), "sidlab-compile-"))
  for (const entry of ["dsl", "stages", "tsconfig.json", "package.json"]) {
    cpSync(path.join(repoRoot, entry), path.join(root, entry), { recursive: true })
  }
  symlinkSync(path.join(repoRoot, "node_modules"), path.join(root, "node_modules"), "dir")
  mkdirSync(path.join(root, "experiments"))
  for (const [name, source] of Object.entries(experiments)) {
    // fixtures import "../../../dsl/index.ts"; from experiments/ that is "../dsl/index.ts"
    const text = readFileSync(path.join(repoRoot, source), "utf8").replace(/"(?:\.\.\/)+dsl\//g, '"../dsl/')
    writeFileSync(path.join(root, "experiments", name), text)
  }
  return { root, dispose: () => rmSync(root, { recursive: true, force: true }) }
}
