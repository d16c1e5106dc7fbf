#!/usr/bin/env node
// The `sidlab` command (package.json "bin", what `npx sidlab` runs). Runs the compiled CLI in dist/ when it
// was built from the sources as they are now (bin/cli-build.mjs checks every input's size and mtime, else
// its hash), rebuilding it first when a source changed; if dist/ cannot be built, runs bin/sidlab.ts from
// source through tsx (slower to start, same behaviour). It never runs JavaScript older than its sources.
// SIDLAB_FROM_SOURCE=1 always runs from source; SIDLAB_DEBUG=1 also maps stack traces to the sources.
import path from "node:path"
import { fileURLToPath, pathToFileURL } from "node:url"

const root = fileURLToPath(new URL("../", import.meta.url))
const argv = process.argv.slice(2)

const compiled = async () => {
  if (process.env.SIDLAB_FROM_SOURCE === "1") return { why: "SIDLAB_FROM_SOURCE=1" }
  const { build, freshManifest } = await import("./cli-build.mjs")
  const fresh = freshManifest(root)
  if (fresh !== undefined) return { manifest: fresh }
  try {
    return { manifest: await build(root) }
  } catch (e) {
    return { why: `dist/ could not be built: ${String(e instanceof Error ? e.message : e).split("\n")[0]}` }
  }
}

const { manifest, why } = await compiled()
let main
if (manifest !== undefined) {
  if (process.env.SIDLAB_DEBUG) process.setSourceMapsEnabled(true)
  // read by runner/tensorCode.ts: tfjs then needs tsx's hooks, which compiled code does not have
  globalThis.sidlabCompiled = true
  main = (await import(pathToFileURL(path.join(root, "dist", manifest.entry)).href)).main
} else {
  if (why !== "SIDLAB_FROM_SOURCE=1") process.stderr.write(`sidlab: running from source (${why})\n`)
  await import("tsx")
  main = (await import("./sidlab.ts")).main
}
// main runs the command as the process's main fiber and exits with its status
main(argv)
