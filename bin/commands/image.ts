/**
 * `sidlab image <experiment> <cell> <name>`: copies a PNG a cell stored next to its results (sample
 * grids of image teachers: before-k1, after-k4, teacher-samples, reconstructions, ...) to a file, so
 * documents show figures made by the tool from the store rather than by hand.
 */
import * as path from "node:path"
import { cellDir, readCellFile, readManifest, storeKey } from "../../runner/StoreManifest.ts"
import { writeFileAtomic } from "../../dsl/internal/atomicFile.ts"
import { Flag, Argument } from "effect/cli"
import { command, ExitCode, err, fromPromise, out, resultFlags, usage } from "../internal/command.ts"
import { loadPlans, resolveBackend } from "../internal/experimentArgs.ts"
import { globToRegExp } from "../../runner/Plans.ts"

export const imageCommand = command(
  "image",
  {
    summary: "Copy a PNG a cell stored (sample grids) to a file",
    description: `<cell> is a cell id of the experiment's plan (e.g. sida-vs-sid/method=sida,numSteps=1,guidance=lsg1.5,seed=0,
or a dependency cell such as teacher/<hash>, e.g. 'teacher/*'; * is a wildcard, the first match in plan order is used).
<name> is the image without .png: before-k1, after-k1, after-k4 (distill cells of image teachers),
teacher-samples, teacher-samples-cfg2 (teacher cells), reconstructions (autoencoder cells).
The cell's result is found under its current key, so the image is the one the current code made.

Exit status: 0 written, 1 missing result or image, 2 usage error.`
  },
  {
    experiment: Argument.String("experiment").pipe(Argument.withDescription("The experiment the cell belongs to")),
    cell: Argument.String("cell").pipe(Argument.withDescription("A cell id (* is a wildcard)")),
    name: Argument.String("name").pipe(Argument.withDescription("The image, without .png")),
    out: Flag.String("out").pipe(Flag.withMetavar("FILE"), Flag.withDescription("Where to write the PNG (required)")),
    ...resultFlags
  },
  (flags) => fromPromise(async () => {
    const { experiment, cell: pattern, name } = flags
    const loaded = await loadPlans(flags, experiment)
    if (!loaded) return ExitCode.failure
    const backend = await resolveBackend(flags.backend)
    const re = globToRegExp(pattern)
    const cell = loaded.plans.flatMap((p) => p.cells).find((c) => re.test(c.id))
    if (cell === undefined) throw usage(`no cell of ${experiment} matches "${pattern}"`)
    const dir = cellDir(loaded.store, storeKey(cell.planKey, backend))
    const key = storeKey(cell.planKey, backend)
    const manifest = readManifest(loaded.store, key)
    if (manifest === undefined) return err(`sidlab image: ${cell.id} has no result for backend ${backend.name} under its current key; run: sidlab run ${experiment}`), ExitCode.failure
    if (manifest.files[`${name}.png`] === undefined) {
      const have = Object.keys(manifest.files).filter((f) => f.endsWith(".png")).map((f) => f.slice(0, -4))
      return err(`sidlab image: ${cell.id} stored no image "${name}" (in ${dir}); it has: ${have.join(", ") || "(none)"}`), ExitCode.failure
    }
    writeFileAtomic(path.resolve(flags.out), readCellFile(loaded.store, key, `${name}.png`, manifest))
    out(`wrote ${path.relative(process.cwd(), path.resolve(flags.out))} (${cell.id}, ${name})`)
    return ExitCode.ok
  })
)
