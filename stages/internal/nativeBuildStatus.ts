/**
 * `native/build/status.json`, the record `native/build.mjs` writes of whether it built the addon, why
 * not, and with which compiler and BLAS. Read by the addon loader (why native is unavailable) and by
 * `runner/Backend.ts` (the BLAS in native results' identity); no tfjs here.
 */
import { Result, Schema } from "effect"
import { existsSync, readFileSync } from "node:fs"
import { fileURLToPath } from "node:url"
import { fileDecoder } from "../../dsl/internal/common.ts"

/** Where `native/build.mjs` writes its status record. */
export const buildStatusPath = fileURLToPath(new URL("../../native/build/status.json", import.meta.url))

/** The fields sidlab reads (the script writes a few more: node, date, libs). */
const NativeBuildStatus = Schema.Struct({
  built: Schema.Boolean,
  reason: Schema.String,
  blas: Schema.optionalKey(Schema.String),
  core: Schema.optionalKey(Schema.String),
  compiler: Schema.optionalKey(Schema.String),
  compilerVersion: Schema.optionalKey(Schema.String)
})
export type NativeBuildStatus = typeof NativeBuildStatus.Type

/** A status record that is there but is not one (hand-edited, or from another version of the script). */
export class BadBuildStatus extends Schema.TaggedError<BadBuildStatus>()("BadBuildStatus", {
  path: Schema.String,
  detail: Schema.String
}) {
  override get message() {
    return `${this.path} is not native/build.mjs's status record (${this.detail}); run \`node native/build.mjs\` again`
  }
}

const decodeStatus = fileDecoder(NativeBuildStatus)

/** The build's status record; undefined when the script never ran (e.g. `npm ci --ignore-scripts`). */
export const readBuildStatus = (file = buildStatusPath): Result.Result<NativeBuildStatus | undefined, BadBuildStatus> => {
  if (!existsSync(file)) return Result.succeed(undefined)
  let raw: unknown
  try {
    raw = JSON.parse(readFileSync(file, "utf8"))
  } catch (e) {
    return Result.fail(new BadBuildStatus({ path: file, detail: `unreadable JSON: ${e instanceof Error ? e.message : String(e)}` }))
  }
  return Result.mapError(decodeStatus(raw), (problem) => new BadBuildStatus({ path: file, detail: problem }))
}
