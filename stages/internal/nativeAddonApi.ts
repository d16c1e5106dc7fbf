/**
 * The functions the native addon exports (native/sidlab_native.cc and native/src/*.h), as nativeAddon.ts
 * loads them. Offsets are byte offsets into `heap`, the wasm backend's memory.
 */
export interface NativeAddon {
  gemm(
    heap: ArrayBuffer, batch: number, m: number, n: number, k: number, transA: number, transB: number,
    a: number, aBatchStride: number, b: number, bBatchStride: number, c: number,
    bias: number, biasMode: number, biasBatchStride: number, activation: number, alpha: number
  ): void
  binary(heap: ArrayBuffer, op: number, out: number, a: number, aMode: number, b: number, bMode: number, rows: number, cols: number): void
  unary(heap: ArrayBuffer, op: number, out: number, x: number, n: number, p1: number, p2: number): void
  /**
   * dx = dy·σ(x)·(1 + x·(1 − σ(x))), the gradient of SiLU x·σ(x) (unary op 13). Not used by the tfjs
   * kernels yet: ready for a fused SiLU op in the network (one pass instead of the ~6 kernels autodiff
   * of x·sigmoid(x) runs).
   */
  siluGrad(heap: ArrayBuffer, out: number, dy: number, x: number, n: number): void
  sum(heap: ArrayBuffer, out: number, x: number, outer: number, reduce: number, inner: number): void
  select(heap: ArrayBuffer, out: number, cond: number, a: number, b: number, n: number): void
  isNan(heap: ArrayBuffer, out: number, x: number, n: number): void
  /** `rows` rows of `rowBytes` bytes; strides in bytes. */
  copyRows(heap: ArrayBuffer, dst: number, dstStride: number, src: number, srcStride: number, rows: number, rowBytes: number): void
  /** One Adam step per variable; `table` holds [x, g, v, m, xOut, vOut, mOut, n] per variable. */
  adam(heap: ArrayBuffer, table: Float64Array, beta1: number, beta2: number, eps: number, lr: number, bc1: number, bc2: number, decay: number, hasM: number, nanToNum: number): void
  /** out = β·ema + (1 − β)·x per variable; `table` holds [ema, x, out, n] per variable. */
  ema(heap: ArrayBuffer, table: Float64Array, beta: number): void
  /**
   * A Linear layer: z = x·W + b, y = act(z) (act 0 identity, 1 SiLU; z is written only for SiLU).
   * x [m, k], W [k, n], b [n]; the same bits as matMul, add and SiLU on the native backend.
   */
  linearForward(heap: ArrayBuffer, m: number, n: number, k: number, x: number, w: number, b: number, act: number, y: number, z: number): void
  /**
   * Its backward: dz = dy·act'(z), dx = dz·Wᵀ, dW = xᵀ·dz, db = Σ_rows dz; an output offset of −1 skips
   * that output. The same bits as the tfjs gradients of matMul, add and SiLU on the native backend.
   */
  linearBackward(
    heap: ArrayBuffer, m: number, n: number, k: number, dy: number, z: number, x: number, w: number, act: number,
    dx: number, dw: number, db: number
  ): void
  /**
   * The `mlp` ε-network (mlp.ts) in one guided pass: the input row [x_t, sin/cos(t·f), E[c]], every
   * layer, then §1.1 guidance (mode 0 prompts c, 1 all ∅ = nullId, 2 CFG over [∅; c] with κ; x0 converts
   * with a_t, s_t). `layers` holds [W, b, in, out, W's packed-weights token] per layer; t and c are int32
   * [B]; `tape` receives what `mlpBackward` needs (nativeDenoise.ts sizes it), without the layer inputs
   * when `slim` (no weights' gradients will be asked).
   */
  mlpForward(
    heap: ArrayBuffer, rows: number, dim: number, embedding: number, classes1: number, layers: Float64Array,
    xT: number, t: number, c: number, emb: number, out: number, tape: number,
    mode: number, x0: number, kappa: number, nullId: number, a: number, s: number, slim: number
  ): void
  /**
   * Its backward from dOut: dx_t, and when `dEmb` is not −1 the class embedding's gradient and
   * [dW, db] per layer (offsets in `grads`).
   */
  mlpBackward(
    heap: ArrayBuffer, rows: number, dim: number, embedding: number, classes1: number, layers: Float64Array,
    tape: number, c: number, dOut: number, dxT: number, dEmb: number, grads: Float64Array,
    mode: number, x0: number, kappa: number, nullId: number, a: number, s: number, slim: number
  ): void
  /**
   * L_ψ = scale·mean over finite rows of Σ(ε̂ − ε)²: forward (dOut −1) writes out[0]; backward writes
   * dε̂ from dOut.
   */
  sidFakeLoss(heap: ArrayBuffer, B: number, D: number, epsHat: number, eps: number, scale: number, out: number, dOut: number, dEpsHat: number): void
  /**
   * L_θ (Loss.ts's sidGeneratorTerms): forward (dOut −1) writes out[0] and w [B]; backward writes
   * dx_g, dy_real, dy_fake2, dy_fake3 from dOut.
   */
  sidGenLoss(
    heap: ArrayBuffer, B: number, D: number, xG: number, yReal: number, yFake2: number, yFake3: number, alpha: number, floor: number,
    scale: number, out: number, w: number, dOut: number, dxG: number, dReal: number, dFake2: number, dFake3: number
  ): void
  /**
   * rng.ts's Box–Muller pairs: fills out[from .. from + 2·pairs) from the xoshiro128** state and advances
   * it, calling V8's own Math.log, sin and cos (exported by the node binary). False, drawing nothing, when
   * this runtime does not export them.
   */
  normalPairs(state: Int32Array, out: Float32Array, from: number, pairs: number): boolean
  /** The pool's thread count (OpenBLAS stays at one thread). */
  setThreads(n: number): void
  /**
   * `blas`: OpenBLAS's build string; `core`: the kernel set it chose (or `OPENBLAS_CORETYPE`);
   * `blasThreads`: OpenBLAS's own thread count (1); `poolThreads`: the pool's; `helperChunks`: chunks of
   * work run by the pool's helper threads since load (grows only when work really ran in parallel).
   */
  info(): {
    readonly blas: string; readonly core: string; readonly blasThreads: number; readonly poolThreads: number
    readonly helperChunks: number; readonly abi: number
    /**
     * how products run: "OpenBLAS level-3 driver (P …, Q …, unroll …)" or "cblas_sgemm tiles (why)",
     * decided at the first product large enough for the driver ("not decided yet …" before it)
     */
    readonly gemm: string
    /** the packed-weights cache (native/src/level3.h): entries, bytes, byte limit, hits and packs so far */
    readonly packedWeights: { readonly entries: number; readonly bytes: number; readonly limit: number; readonly hits: number; readonly packs: number }
  }
  /** tfjs freed the data behind a weights token: its packed copies go */
  dropPacked(token: number): void
}
