/**
 * Plain fully connected stacks and their Adam fitting loop, shared by the image-side networks that are
 * not denoisers: the autoencoder (the VAE analogue, method.md §1.1 "Latents") and the evaluator
 * (the Inception/CLIP stand-in, §7.1). The denoisers (`mlp.ts`) are such a stack plus a class embedding,
 * with their own forward pass.
 *
 * Layer i maps widths[i] → widths[i+1]; weights are in × out, biases out. Array order is w0, b0, w1, b1, ….
 */
import { tf } from "./tf.ts"
import type { RandomStream } from "./rng.ts"
import { adamStep, disposeAdam, initAdam } from "../Update.ts"
import { linear, withGradTargets } from "./nativeLinear.ts"

export interface DenseStack {
  readonly widths: ReadonlyArray<number>
  readonly weights: ReadonlyArray<tf.Variable>
  readonly biases: ReadonlyArray<tf.Variable>
}

/** Serialisable weights of a stack: the arrays and their shapes, in w0, b0, w1, b1 … order. */
export interface DenseArrays {
  readonly arrays: ReadonlyArray<Float32Array>
  readonly shapes: ReadonlyArray<ReadonlyArray<number>>
}

let instances = 0
/** tfjs variable names are global: every instance gets its own prefix. */
export const uniqueName = (name: string): string => `${name}#${++instances}`

export const denseShapes = (widths: ReadonlyArray<number>): Array<Array<number>> => {
  const shapes: Array<Array<number>> = []
  for (let i = 0; i + 1 < widths.length; i++) shapes.push([widths[i]!, widths[i + 1]!], [widths[i + 1]!])
  return shapes
}

/** PyTorch's default Linear init, U(±1/√fan_in) for weights and biases, from a seeded stream (as `initMlp`). */
export const initDense = (widths: ReadonlyArray<number>, stream: RandomStream, name: string, trainable = true): DenseStack => {
  const arrays = denseShapes(widths).map((shape, k) => {
    const fanIn = widths[Math.floor(k / 2)]!
    const bound = 1 / Math.sqrt(fanIn)
    const out = new Float32Array(shape.reduce((p, x) => p * x, 1))
    for (let i = 0; i < out.length; i++) out[i] = (2 * stream.uniform() - 1) * bound
    return out
  })
  return denseFromArrays(widths, arrays, name, trainable)
}

/** Throws unless there is one array per shape, of its size; `of` says what the shapes are of. */
export const checkArrays = (
  name: string,
  shapes: ReadonlyArray<ReadonlyArray<number>>,
  arrays: ReadonlyArray<Float32Array>,
  of: string
): void => {
  if (arrays.length !== shapes.length) throw new Error(`${name}: expected ${shapes.length} weight arrays ${of}, found ${arrays.length}`)
  shapes.forEach((shape, k) => {
    const size = shape.reduce((p, x) => p * x, 1)
    if (arrays[k]!.length !== size) {
      throw new Error(`${name}: weight array ${k} has ${arrays[k]!.length} values, the shape [${shape.join(", ")}] needs ${size}`)
    }
  })
}

/** Variables holding copies of `arrays` (checked against `widths`). Caller disposes with `disposeDense`. */
export const denseFromArrays = (
  widths: ReadonlyArray<number>,
  arrays: ReadonlyArray<Float32Array>,
  name: string,
  trainable = false
): DenseStack => {
  const shapes = denseShapes(widths)
  checkArrays(name, shapes, arrays, `for widths [${widths.join(", ")}]`)
  const prefix = uniqueName(name)
  const vars = shapes.map((shape, k) => {
    // tidy frees the initial-value tensor; the variable survives it
    return tf.tidy(() => tf.variable(tf.tensor(arrays[k]!, shape), trainable, `${prefix}/${k % 2 === 0 ? "w" : "b"}${k >> 1}`))
  })
  return { widths, weights: vars.filter((_, k) => k % 2 === 0), biases: vars.filter((_, k) => k % 2 === 1) }
}

/** A new stack holding copies of `net`'s values. Caller disposes it. */
export const cloneDense = (net: DenseStack, name: string, trainable = true): DenseStack => {
  const prefix = uniqueName(name)
  return {
    widths: net.widths,
    weights: net.weights.map((w, i) => tf.variable(w, trainable, `${prefix}/w${i}`)),
    biases: net.biases.map((b, i) => tf.variable(b, trainable, `${prefix}/b${i}`))
  }
}

export const denseVariables = (net: DenseStack): ReadonlyArray<tf.Variable> => net.weights.flatMap((w, i) => [w, net.biases[i]!])

export const denseToArrays = (net: DenseStack): DenseArrays => ({
  arrays: denseVariables(net).map((v) => v.dataSync() as Float32Array),
  shapes: denseShapes(net.widths)
})

export const disposeDense = (net: DenseStack): void => {
  for (const v of denseVariables(net)) v.dispose()
}

export const silu = (z: tf.Tensor): tf.Tensor => tf.mul(z, tf.sigmoid(z))

/**
 * Layers [from, to) of the stack: Linear then SiLU on every layer but the last of the range, whose output
 * gets `last` ("silu" or none). Borrows inputs; caller disposes the result.
 */
export const denseForward = (
  net: DenseStack,
  x: tf.Tensor2D,
  from = 0,
  to = net.weights.length,
  last: "silu" | "linear" = "linear"
): tf.Tensor2D =>
  tf.tidy("dense.forward", () => {
    let h: tf.Tensor = x
    for (let i = from; i < to; i++) {
      h = linear(h as tf.Tensor2D, net.weights[i]!, net.biases[i]!, i < to - 1 || last === "silu" ? "silu" : "linear")
    }
    return h as tf.Tensor2D
  })

/**
 * Runs `fn` on row blocks of a host array and concatenates the host results (evaluation over data sets
 * larger than one batch). `fn` gets a [rows, d] tensor it must not dispose and returns a tensor of
 * `outWidth` columns, which is read and disposed here.
 */
export const mapRows = (
  data: Float32Array,
  n: number,
  d: number,
  outWidth: number,
  fn: (x: tf.Tensor2D) => tf.Tensor2D,
  batch = 1024
): Float32Array => {
  if (data.length < n * d) throw new RangeError(`mapRows: ${data.length} values cannot hold ${n} rows of ${d}`)
  const out = new Float32Array(n * outWidth)
  for (let start = 0; start < n; start += batch) {
    const rows = Math.min(batch, n - start)
    const x = tf.tensor2d(data.subarray(start * d, (start + rows) * d), [rows, d])
    const y = fn(x)
    out.set(y.dataSync() as Float32Array, start * outWidth)
    tf.dispose([x, y])
  }
  return out
}

export interface FitProgress {
  readonly iteration: number
  readonly total: number
  readonly loss: number
}

/** How `fitAdam` reads its loss: how often, and what counts as divergence (default: a non-finite loss). */
export interface FitReading {
  /** Read (and check) the loss every `check` steps and at the end. */
  readonly check: number
  /** Report progress every `report` steps (a multiple of `check`) and at the end. */
  readonly report: number
  /** The error to throw for a read loss at (1-based) `iteration`, or undefined when it is fine. */
  readonly diverged: (loss: number, iteration: number) => Error | undefined
}

const finiteLoss: FitReading["diverged"] = (loss, iteration) =>
  Number.isFinite(loss) ? undefined : new Error(`training diverged: loss ${loss} at iteration ${iteration}`)

/**
 * Adam (β1 = 0.9, β2 = 0.999) on `vars` for `iterations` steps with the learning rate decayed linearly
 * to 0 (Prefit's regression too). `lossAt(i)` builds iteration i's scalar loss inside the gradient tape:
 * tensors it creates are freed with the tape. Returns the last read loss; on divergence throws after
 * freeing its own tensors (the caller still owns `vars`).
 */
export const fitAdam = (
  vars: ReadonlyArray<tf.Variable>,
  cfg: { readonly iterations: number; readonly lr: number },
  lossAt: (i: number) => tf.Scalar,
  onProgress?: (p: FitProgress) => void,
  reading: Partial<FitReading> = {}
): number => {
  const { check = 50, report = check, diverged = finiteLoss } = reading
  const adam = initAdam(vars, 0.9)
  let last = NaN
  for (let i = 0; i < cfg.iterations; i++) {
    const { value, grads } = withGradTargets(vars, () => tf.variableGrads(() => lossAt(i), [...vars]))
    const lr = cfg.lr * (1 - i / cfg.iterations)
    adamStep(vars, vars.map((v) => grads[v.name]!), adam, { lr, beta1: 0.9, beta2: 0.999, eps: 1e-8, weightDecay: 0, nanToNum: true })
    const end = i === cfg.iterations - 1
    if (end || i % check === 0) {
      last = value.dataSync()[0]!
      const error = diverged(last, i + 1)
      if (error !== undefined) {
        tf.dispose([value, ...Object.values(grads)])
        disposeAdam(adam)
        throw error
      }
      if (end || i % report === 0) onProgress?.({ iteration: i + 1, total: cfg.iterations, loss: last })
    }
    tf.dispose([value, ...Object.values(grads)])
  }
  disposeAdam(adam)
  return last
}
