/**
 * The runner's tagged errors. Each message is one plain sentence that names the file or cell concerned;
 * `bin/` prints it as it is (no stack trace unless SIDLAB_DEBUG is set).
 */
import { Schema } from "effect"

/** A stored file that exists but cannot be used: unreadable, truncated, or not what its manifest says. */
export class StoreCorrupt extends Schema.TaggedError<StoreCorrupt>()("StoreCorrupt", {
  path: Schema.String,
  detail: Schema.String
}) {
  override get message() {
    return `${this.path}: ${this.detail}`
  }
}

/** A file system operation on the store failed (full disk, read-only store, permissions). */
export class StoreIOError extends Schema.TaggedError<StoreIOError>()("StoreIOError", {
  path: Schema.String,
  operation: Schema.String,
  detail: Schema.String
}) {
  override get message() {
    return `cannot ${this.operation} ${this.path}: ${this.detail}`
  }
}

/** A cell's dependency has no usable result under the key the current plan gives it. */
export class MissingDependency extends Schema.TaggedError<MissingDependency>()("MissingDependency", {
  cellId: Schema.String,
  dependency: Schema.String,
  storeKey: Schema.String
}) {
  override get message() {
    return `${this.cellId}: its dependency ${this.dependency} has no stored result under key ${this.storeKey.slice(0, 12)}; run it first`
  }
}

/** A cell's program failed; `detail` is the underlying message. */
export class CellFailed extends Schema.TaggedError<CellFailed>()("CellFailed", {
  cellId: Schema.String,
  detail: Schema.String
}) {
  override get message() {
    return `cell ${this.cellId} failed: ${this.detail}`
  }
}

/** The message of anything thrown by plain code, for wrapping into a tagged error. */
export const messageOf = (e: unknown): string => (e instanceof Error ? e.message : String(e))

/** Node's file-system error code (ENOSPC, EACCES, ...), if `e` is one. */
export const errnoOf = (e: unknown): string | undefined =>
  typeof e === "object" && e !== null && "code" in e && typeof (e as { code: unknown }).code === "string" ? (e as { code: string }).code : undefined
