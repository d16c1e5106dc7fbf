/** Types of bin/cli-build.mjs (plain JavaScript so that the launcher runs it without tsx). */
export interface DistManifest {
  readonly format: number
  readonly node: string
  readonly entry: string
  readonly outputs: ReadonlyArray<string>
  /** project-relative input → [size, mtimeMs, sha256] */
  readonly inputs: Readonly<Record<string, readonly [number, number, string]>>
}
export declare const manifestName: string
export declare const sha256: (bytes: string | Uint8Array) => string
export declare const build: (root?: string) => Promise<DistManifest>
export declare const freshManifest: (root: string) => DistManifest | undefined
