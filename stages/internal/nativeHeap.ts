/**
 * What the native kernels use of tfjs-backend-wasm's `BackendWasm` (its public fields), and how they
 * find a tensor in its heap: the addon reads and writes the wasm memory in place, at byte offsets.
 */
import { tf } from "./tf.ts"

export type Info = tf.TensorInfo

export interface WasmBackend extends tf.KernelBackend {
  readonly wasm: { readonly HEAPU8: Uint8Array }
  readonly dataIdMap: { get(dataId: object): { memoryOffset: number } | undefined }
  makeOutput(shape: ReadonlyArray<number>, dtype: tf.DataType): Info
  incRef(dataId: object): void
}

/** The kernel for `name` on the wasm backend (the native kernels' fallback). */
export type Fallback = (name: string) => tf.KernelFunc

export const heapOf = (b: WasmBackend): ArrayBuffer => b.wasm.HEAPU8.buffer as ArrayBuffer

/** The byte offset of `t`'s data in the heap. */
export const offsetOf = (b: WasmBackend, t: Info): number => {
  const data = b.dataIdMap.get(t.dataId)
  if (data === undefined) throw new Error("native backend: tensor data not found (disposed?)")
  return data.memoryOffset
}

export const size = (shape: ReadonlyArray<number>): number => tf.util.sizeFromShape(shape as Array<number>)

/**
 * Tokens for the addon's packed-weights cache (native/src/level3.h): one per tensor data, the first time
 * a network pass sees it. tfjs never reuses a dataId object and no kernel writes its inputs, so the values
 * behind a token never change; `releaseWeightsToken` is called when tfjs frees the data.
 */
const tokens = new WeakMap<object, number>()
let lastToken = 0

export const weightsToken = (t: Info): number => {
  let token = tokens.get(t.dataId)
  if (token === undefined) {
    token = ++lastToken
    tokens.set(t.dataId, token)
  }
  return token
}

/** The token of freed data (then forgotten), or undefined when it never had one. */
export const releaseWeightsToken = (dataId: object): number | undefined => {
  const token = tokens.get(dataId)
  if (token !== undefined) tokens.delete(dataId)
  return token
}
