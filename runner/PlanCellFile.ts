/**
 * A plan cell as a worker process or cluster job reads it from its cell file: decoded, never cast, so a
 * damaged or foreign file is one sentence naming the file and the field, before any work starts.
 */
import { Result, Schema } from "effect"
import { readFileSync } from "node:fs"
import { cellKinds, type CellKind } from "../dsl/Experiment.ts"
import { Autoencoder, CellConfig, Evaluator, FmnistTeacher, Network, Prefit, Teacher } from "../dsl/Hyperparams.ts"
import { fileDecoder } from "../dsl/internal/common.ts"
import type { PlanCell } from "../dsl/Plan.ts"
import { messageOf } from "./errors.ts"

const StringMap = Schema.Record(Schema.String, Schema.String)
const KeyParts = Schema.Struct({ config: Schema.String, code: Schema.String, codeFiles: StringMap, packages: StringMap, dependencies: StringMap })

const cellOf = <K extends CellKind, C extends Schema.Top>(kind: K, config: C) =>
  Schema.Struct({
    id: Schema.String,
    name: Schema.String,
    kind: Schema.Literal(kind),
    axes: StringMap,
    stages: Schema.Array(Schema.Literals(cellKinds[kind])),
    dependsOn: Schema.Array(Schema.String),
    planKey: Schema.String,
    keyParts: KeyParts,
    config
  })

const Images = { trainImages: Schema.Number, testImages: Schema.Number }
const PlanCellSchema = Schema.Union([
  cellOf("prefit", Schema.Struct({ teacher: Teacher, network: Network, prefit: Prefit })),
  cellOf("autoencoder", Schema.Struct({ ...Images, dim: Schema.Number, autoencoder: Autoencoder })),
  cellOf("teacher", Schema.Struct({ teacher: FmnistTeacher, network: Network, prefit: Prefit })),
  cellOf("evaluator", Schema.Struct({ ...Images, evaluator: Evaluator })),
  cellOf("distill", CellConfig)
])
const decodePlanCell = fileDecoder(PlanCellSchema)

/** A cell file that is not a plan cell. */
export class BadCellFile extends Schema.TaggedError<BadCellFile>()("BadCellFile", {
  path: Schema.String,
  detail: Schema.String
}) {
  override get message() {
    return `cell file ${this.path} is not a plan cell: ${this.detail}`
  }
}

/** Reads and decodes the plan cell in `file`. */
export const readPlanCell = (file: string): Result.Result<PlanCell, BadCellFile> => {
  let raw: unknown
  try {
    raw = JSON.parse(readFileSync(file, "utf8"))
  } catch (e) {
    return Result.fail(new BadCellFile({ path: file, detail: messageOf(e) }))
  }
  return Result.mapError(decodePlanCell(raw), (detail) => new BadCellFile({ path: file, detail }))
}
