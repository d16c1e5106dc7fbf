/** A plan cell's key fields and a temp store, for the store's tests. */
import { mkdtempSync } from "node:fs"
import { tmpdir } from "node:os"
import * as path from "node:path"
import { keyParts, planKey } from "../../dsl/compiler/CacheKey.ts"

export const cell = (config: unknown, codeFiles: Record<string, string>, packages = { "@tensorflow/tfjs-core": "4.22.0" }, dependencies: Record<string, string> = {}) => {
  const parts = keyParts(config, codeFiles, packages, dependencies)
  return { id: "exp/alpha=1", kind: "distill" as const, planKey: planKey(parts), keyParts: parts }
}
export const tempStore = () => mkdtempSync(path.join(tmpdir(), "sidlab-store-"))
