#!/usr/bin/env node
// Builds dist/, the compiled `sidlab`: bin/sidlab.ts and everything it imports, bundled by the esbuild that
// tsx ships into ES modules split at every dynamic import(), so a command loads only the code it uses.
// `effect` (with its CLI module), `@effect/platform-node-shared` and `apache-arrow` are bundled (tree-shaken:
// their indexes would load hundreds of modules); the other packages (tfjs, ts-morph, vega, native code)
// stay in node_modules. dist/manifest.json records each
// input's size, mtime and hash (a bundled package's: its package.json's); bin/sidlab.js runs dist/ only
// while they all match and rebuilds it otherwise.
//
// Run by `npm ci` / `npm install` ("prepare") and `npm run build`. It never fails an install: on an error
// it says why and exits 0, and sidlab then runs from source through tsx (slower to start, same results).
import { createHash } from "node:crypto"
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from "node:fs"
import { createRequire } from "node:module"
import path from "node:path"
import { fileURLToPath } from "node:url"

const here = fileURLToPath(new URL(".", import.meta.url))
export const manifestName = "manifest.json"
const format = 1
/** Unreferenced outputs of older builds are removed after this long (a running sidlab may still load them). */
const keepOldMs = 24 * 3600 * 1000
/** Packages compiled into dist/; every other import stays a node_modules import. */
const bundled = ["effect", "@effect/platform-node-shared", "apache-arrow"]

const posix = (p) => p.split(path.sep).join("/")
export const sha256 = (bytes) => createHash("sha256").update(bytes).digest("hex")

/** tsx's own esbuild (a dependency of tsx, so of every install of sidlab). */
const loadEsbuild = () => {
  const require = createRequire(import.meta.url)
  return { esbuild: createRequire(require.resolve("tsx/package.json"))("esbuild"), packageJson: createRequire(require.resolve("tsx/package.json")).resolve("esbuild/package.json") }
}

/**
 * Project files use `import.meta.url` to find files next to them (the project root, workers, the native
 * addon); in dist/ that would be dist/. Each use becomes the URL of the source file it was written in.
 */
const sourceUrls = (root, dist) => ({
  name: "sidlab-source-urls",
  setup(b) {
    b.onResolve({ filter: /^[^./]/ }, (args) => {
      if (bundled.some((p) => args.path === p || args.path.startsWith(`${p}/`))) return undefined
      return { path: args.path, external: true }
    })
    b.onLoad({ filter: /\.ts$/ }, (args) => {
      if (args.path.includes(`${path.sep}node_modules${path.sep}`)) return undefined
      const text = readFileSync(args.path, "utf8")
      const rel = posix(path.relative(dist, args.path))
      return { contents: text.replaceAll("import.meta.url", `new URL(${JSON.stringify(rel)}, import.meta.url).href`), loader: "ts" }
    })
  }
})

/** The esbuild options: bin/sidlab.ts and its imports as split ES modules in dist/. */
const options = (root, dist) => ({
  absWorkingDir: root,
  entryPoints: { sidlab: path.join(root, "bin", "sidlab.ts") },
  bundle: true,
  splitting: true,
  format: "esm",
  platform: "node",
  target: "node20",
  outdir: dist,
  entryNames: "[name]-[hash]",
  chunkNames: "chunk-[hash]",
  sourcemap: "linked",
  metafile: true,
  write: false,
  logLevel: "silent",
  plugins: [sourceUrls(root, dist)]
})

/** `node_modules/<pkg>/…` → `node_modules/<pkg>/package.json` (scoped names too); other paths as they are. */
const packageFile = (rel) => {
  const m = /^((?:.*\/)?node_modules\/(?:@[^/]+\/)?[^/]+)\//.exec(rel)
  return m ? `${m[1]}/package.json` : rel
}

// its own temp + rename, not dsl/internal/atomicFile.ts: this script runs under plain node, before tsx can load TypeScript
const writeAtomic = (file, data) => {
  const tmp = `${file}.${process.pid}.tmp`
  writeFileSync(tmp, data)
  renameSync(tmp, file)
}

/** Builds dist/ for the project at `root`; returns the manifest written. Throws on failure. */
export const build = async (root = path.resolve(here, "..")) => {
  const dist = path.join(root, "dist")
  const { esbuild, packageJson } = loadEsbuild()
  const result = await esbuild.build(options(root, dist)).catch((e) => {
    // esbuild's own message is "Build failed with N errors:"; name the first one
    const first = e?.errors?.[0]
    throw first ? new Error(`${first.location ? `${first.location.file}:${first.location.line}:${first.location.column}: ` : ""}${first.text}`) : e
  })
  mkdirSync(dist, { recursive: true })
  const outputs = []
  for (const f of result.outputFiles) {
    outputs.push(path.basename(f.path))
    if (!existsSync(f.path)) writeAtomic(f.path, f.contents)
  }
  const entry = Object.entries(result.metafile.outputs).find(([, o]) => o.entryPoint === "bin/sidlab.ts")?.[0]
  if (entry === undefined) throw new Error("esbuild produced no entry file")
  // what the build read (a bundled package by its package.json: its version), and what decides how it reads it
  const inputs = new Set([
    ...Object.keys(result.metafile.inputs).map(packageFile),
    "tsconfig.json", "package.json", posix(path.relative(root, fileURLToPath(import.meta.url))), posix(path.relative(root, packageJson))
  ])
  const recorded = {}
  for (const rel of [...inputs].sort()) {
    const abs = path.join(root, rel)
    const st = statSync(abs)
    recorded[rel] = [st.size, st.mtimeMs, sha256(readFileSync(abs))]
  }
  const manifest = { format, node: process.versions.node.split(".")[0], entry: path.basename(entry), outputs: outputs.sort(), inputs: recorded }
  writeAtomic(path.join(dist, manifestName), `${JSON.stringify(manifest, null, 1)}\n`)
  const keep = new Set([...outputs, manifestName])
  for (const f of readdirSync(dist)) {
    const abs = path.join(dist, f)
    if (!keep.has(f) && Date.now() - statSync(abs).mtimeMs > keepOldMs) rmSync(abs, { force: true })
  }
  return manifest
}

/**
 * The manifest when dist/ was built from the sources as they are (and by this major of Node), else
 * undefined. Size and mtime first; a file whose mtime changed but whose bytes did not still counts.
 */
export const freshManifest = (root) => {
  let manifest
  try {
    manifest = JSON.parse(readFileSync(path.join(root, "dist", manifestName), "utf8"))
  } catch {
    return undefined
  }
  if (manifest.format !== format || manifest.node !== process.versions.node.split(".")[0] || typeof manifest.inputs !== "object") return undefined
  for (const [rel, [size, mtimeMs, hash]] of Object.entries(manifest.inputs)) {
    const abs = path.join(root, rel)
    let st
    try {
      st = statSync(abs)
    } catch {
      return undefined
    }
    if (st.size === size && st.mtimeMs === mtimeMs) continue
    if (st.size !== size || sha256(readFileSync(abs)) !== hash) return undefined
  }
  return existsSync(path.join(root, "dist", manifest.entry)) ? manifest : undefined
}

if (process.argv[1] !== undefined && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const t0 = Date.now()
  try {
    const m = await build()
    console.log(`sidlab: built dist/ (${m.outputs.filter((f) => f.endsWith(".js")).length} modules from ${Object.keys(m.inputs).length} inputs, ${((Date.now() - t0) / 1000).toFixed(1)} s)`)
  } catch (e) {
    const first = String(e instanceof Error ? e.message : e).split("\n")[0]
    console.log(`sidlab: could not build dist/ (${first}); sidlab will run from source through tsx (slower to start)`)
  }
}
