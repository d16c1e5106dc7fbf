// Elementwise kernels: binary, unary, SiLU gradient, sum, select, isnan, row copies.
// Part of native/sidlab_native.cc (one translation unit; included there in dependency order).
#pragma once

namespace {

// ---- elementwise binary: out[r, c] = a ∘ b with each operand full [rows, cols], scalar, a row [cols]
// broadcast over rows, or a column [rows] broadcast over columns.

enum Mode { kFull = 0, kScalar = 1, kRow = 2, kCol = 3 };
enum BinOp { kAdd = 0, kSub = 1, kMul = 2, kDiv = 3, kMax = 4, kMin = 5, kSquaredDiff = 6 };

template <int OP>
inline float bin(float x, float y) {
  if constexpr (OP == kAdd) return x + y;
  if constexpr (OP == kSub) return x - y;
  if constexpr (OP == kMul) return x * y;
  if constexpr (OP == kDiv) return x / y;
  // NaN propagates, as in tfjs (Math.max / Math.min)
  if constexpr (OP == kMax) return (x != x || y != y) ? x + y : (x > y ? x : y);
  if constexpr (OP == kMin) return (x != x || y != y) ? x + y : (x < y ? x : y);
  if constexpr (OP == kSquaredDiff) return (x - y) * (x - y);
  return 0;
}

// rows [r0, r1) × columns [c0, c1) of the output
template <int OP>
HOT void binaryBlock(float* out, const float* a, const float* b, int64_t r0, int64_t r1, int64_t c0, int64_t c1,
                     int64_t cols, int am, int bm) {
  for (int64_t r = r0; r < r1; r++) {
    float* o = out + r * cols;
    const float* ar = am == kFull ? a + r * cols : a;
    const float* br = bm == kFull ? b + r * cols : b;
    const bool aVec = am == kFull || am == kRow, bVec = bm == kFull || bm == kRow;
    const float as = am == kScalar ? a[0] : am == kCol ? a[r] : 0.0f;
    const float bs = bm == kScalar ? b[0] : bm == kCol ? b[r] : 0.0f;
    if (aVec && bVec) {
      for (int64_t c = c0; c < c1; c++) o[c] = bin<OP>(ar[c], br[c]);
    } else if (aVec) {
      for (int64_t c = c0; c < c1; c++) o[c] = bin<OP>(ar[c], bs);
    } else if (bVec) {
      for (int64_t c = c0; c < c1; c++) o[c] = bin<OP>(as, br[c]);
    } else {
      const float v = bin<OP>(as, bs);
      for (int64_t c = c0; c < c1; c++) o[c] = v;
    }
  }
}

template <int OP>
void binaryParallel(float* out, const float* a, const float* b, int64_t rows, int64_t cols, int am, int bm) {
  if (rows >= 2 * pool.threads()) {  // split the rows
    const int64_t minRows = (kMinParallel + cols - 1) / (cols > 0 ? cols : 1);
    pool.run(rows, minRows, 1, [&](int64_t r0, int64_t r1) { binaryBlock<OP>(out, a, b, r0, r1, 0, cols, cols, am, bm); });
  } else {  // few long rows: split the columns (in multiples of 16, one cache line)
    pool.run(cols, rows > 0 ? kMinParallel / rows : cols + 1, 16, [&](int64_t c0, int64_t c1) {
      binaryBlock<OP>(out, a, b, 0, rows, c0, c1, cols, am, bm);
    });
  }
}

int64_t modeCount(int mode, int64_t rows, int64_t cols) {
  return mode == kFull ? rows * cols : mode == kScalar ? 1 : mode == kRow ? cols : rows;
}

// binary(heap, op, out, a, aMode, b, bMode, rows, cols)
napi_value Binary(napi_env env, napi_callback_info info) {
  Args a;
  if (!getArgs(env, info, a, 9, true)) return nullptr;
  const int64_t op = i64(a, 1), outOff = i64(a, 2), aOff = i64(a, 3), am = i64(a, 4), bOff = i64(a, 5), bm = i64(a, 6);
  const int64_t rows = i64(a, 7), cols = i64(a, 8);
  if (!a.ok) return nullptr;
  if (am < 0 || am > 3 || bm < 0 || bm > 3 || rows < 0 || cols < 0) {
    throwError(env, "sidlab native: bad binary op arguments");
    return nullptr;
  }
  float* out = at<float>(a, outOff, rows * cols);
  const float* x = at<float>(a, aOff, modeCount((int)am, rows, cols));
  const float* y = at<float>(a, bOff, modeCount((int)bm, rows, cols));
  if (!a.ok) return nullptr;
  switch (op) {
    case kAdd: binaryParallel<kAdd>(out, x, y, rows, cols, (int)am, (int)bm); break;
    case kSub: binaryParallel<kSub>(out, x, y, rows, cols, (int)am, (int)bm); break;
    case kMul: binaryParallel<kMul>(out, x, y, rows, cols, (int)am, (int)bm); break;
    case kDiv: binaryParallel<kDiv>(out, x, y, rows, cols, (int)am, (int)bm); break;
    case kMax: binaryParallel<kMax>(out, x, y, rows, cols, (int)am, (int)bm); break;
    case kMin: binaryParallel<kMin>(out, x, y, rows, cols, (int)am, (int)bm); break;
    case kSquaredDiff: binaryParallel<kSquaredDiff>(out, x, y, rows, cols, (int)am, (int)bm); break;
    default: throwError(env, "sidlab native: unknown binary op"); return nullptr;
  }
  return undefined(env);
}

// ---- elementwise unary

enum UnOp {
  kSigmoidU = 0, kSqrt = 1, kSquare = 2, kExp = 3, kLog = 4, kNeg = 5, kAbs = 6, kSin = 7, kCos = 8,
  kClip = 9, kRsqrt = 10, kReciprocal = 11, kTanh = 12, kSiluU = 13
};

template <int OP>
HOT void unaryLoop(float* out, const float* x, int64_t i0, int64_t i1, float p1, float p2) {
  for (int64_t i = i0; i < i1; i++) {
    const float v = x[i];
    if constexpr (OP == kSigmoidU) out[i] = sigmoid1(v);
    if constexpr (OP == kSiluU) out[i] = v * sigmoid1(v);
    if constexpr (OP == kSqrt) out[i] = std::sqrt(v);
    if constexpr (OP == kSquare) out[i] = v * v;
    if constexpr (OP == kNeg) out[i] = -v;
    if constexpr (OP == kAbs) out[i] = std::fabs(v);
    if constexpr (OP == kClip) out[i] = v > p2 ? p2 : (v < p1 ? p1 : v);  // NaN passes through
    if constexpr (OP == kRsqrt) out[i] = 1.0f / std::sqrt(v);
    if constexpr (OP == kReciprocal) out[i] = 1.0f / v;
  }
}

// libm's accurate scalar functions (these are not in the hot path of training)
void unaryLibm(int op, float* out, const float* x, int64_t i0, int64_t i1) {
  for (int64_t i = i0; i < i1; i++) {
    const float v = x[i];
    switch (op) {
      case kExp: out[i] = std::exp(v); break;
      case kLog: out[i] = std::log(v); break;
      case kSin: out[i] = std::sin(v); break;
      case kCos: out[i] = std::cos(v); break;
      case kTanh: out[i] = std::tanh(v); break;
      default: break;
    }
  }
}

// unary(heap, op, out, x, n, p1, p2)
napi_value Unary(napi_env env, napi_callback_info info) {
  Args a;
  if (!getArgs(env, info, a, 7, true)) return nullptr;
  const int64_t op = i64(a, 1), outOff = i64(a, 2), xOff = i64(a, 3), n = i64(a, 4);
  const float p1 = static_cast<float>(f64(a, 5)), p2 = static_cast<float>(f64(a, 6));
  float* out = at<float>(a, outOff, n);
  const float* x = at<float>(a, xOff, n);
  if (!a.ok) return nullptr;
  if (op < kSigmoidU || op > kSiluU) {
    throwError(env, "sidlab native: unknown unary op");
    return nullptr;
  }
  const bool libm = op == kExp || op == kLog || op == kSin || op == kCos || op == kTanh;
  pool.run(n, libm ? kMinParallel / 8 : kMinParallel, 16, [&](int64_t i0, int64_t i1) {
    switch (op) {
      case kSigmoidU: unaryLoop<kSigmoidU>(out, x, i0, i1, p1, p2); break;
      case kSiluU: unaryLoop<kSiluU>(out, x, i0, i1, p1, p2); break;
      case kSqrt: unaryLoop<kSqrt>(out, x, i0, i1, p1, p2); break;
      case kSquare: unaryLoop<kSquare>(out, x, i0, i1, p1, p2); break;
      case kNeg: unaryLoop<kNeg>(out, x, i0, i1, p1, p2); break;
      case kAbs: unaryLoop<kAbs>(out, x, i0, i1, p1, p2); break;
      case kClip: unaryLoop<kClip>(out, x, i0, i1, p1, p2); break;
      case kRsqrt: unaryLoop<kRsqrt>(out, x, i0, i1, p1, p2); break;
      case kReciprocal: unaryLoop<kReciprocal>(out, x, i0, i1, p1, p2); break;
      default: unaryLibm((int)op, out, x, i0, i1); break;
    }
  });
  return undefined(env);
}

// ---- SiLU gradient: dx = dy·σ(x)·(1 + x·(1 − σ(x)))

HOT void siluGradLoop(float* out, const float* dy, const float* x, int64_t i0, int64_t i1) {
  for (int64_t i = i0; i < i1; i++) {
    const float s = sigmoid1(x[i]);
    out[i] = dy[i] * (s * (1.0f + x[i] * (1.0f - s)));
  }
}

// siluGrad(heap, out, dy, x, n)
napi_value SiluGrad(napi_env env, napi_callback_info info) {
  Args a;
  if (!getArgs(env, info, a, 5, true)) return nullptr;
  const int64_t outOff = i64(a, 1), dyOff = i64(a, 2), xOff = i64(a, 3), n = i64(a, 4);
  float* out = at<float>(a, outOff, n);
  const float* dy = at<float>(a, dyOff, n);
  const float* x = at<float>(a, xOff, n);
  if (!a.ok) return nullptr;
  pool.run(n, kMinParallel, 16, [&](int64_t i0, int64_t i1) { siluGradLoop(out, dy, x, i0, i1); });
  return undefined(env);
}

// ---- sum over the middle axis of [outer, reduce, inner], in float32, in index order (as tfjs does)

// outputs [o0, o1) × inner columns [i0, i1)
HOT void sumLoop(float* out, const float* x, int64_t o0, int64_t o1, int64_t reduce, int64_t inner, int64_t i0, int64_t i1) {
  for (int64_t o = o0; o < o1; o++) {
    float* dst = out + o * inner;
    const float* src = x + o * reduce * inner;
    if (inner == 1) {
      float s = 0.0f;
      for (int64_t r = 0; r < reduce; r++) s += src[r];
      dst[0] = s;
      continue;
    }
    for (int64_t i = i0; i < i1; i++) dst[i] = 0.0f;
    for (int64_t r = 0; r < reduce; r++) {
      const float* row = src + r * inner;
      for (int64_t i = i0; i < i1; i++) dst[i] += row[i];
    }
  }
}

// sum(heap, out, x, outer, reduce, inner)
napi_value Sum(napi_env env, napi_callback_info info) {
  Args a;
  if (!getArgs(env, info, a, 6, true)) return nullptr;
  const int64_t outOff = i64(a, 1), xOff = i64(a, 2), outer = i64(a, 3), reduce = i64(a, 4), inner = i64(a, 5);
  float* out = at<float>(a, outOff, outer * inner);
  const float* x = at<float>(a, xOff, outer * reduce * inner);
  if (!a.ok) return nullptr;
  if (inner == 1 || outer >= 2 * pool.threads()) {
    pool.run(outer, (kMinParallel + reduce * inner - 1) / (reduce * inner > 0 ? reduce * inner : 1), 1,
             [&](int64_t o0, int64_t o1) { sumLoop(out, x, o0, o1, reduce, inner, 0, inner); });
  } else {  // split the columns, in chunks long enough to stream each row segment
    pool.run(inner, inner >= 4096 ? (kMinParallel + outer * reduce - 1) / (outer * reduce > 0 ? outer * reduce : 1) : inner + 1, 1024,
             [&](int64_t i0, int64_t i1) { sumLoop(out, x, 0, outer, reduce, inner, i0, i1); });
  }
  return undefined(env);
}

// ---- select(cond, a, b) with a bool condition of the same size, and isnan

HOT void selectLoop(float* out, const uint8_t* cond, const float* x, const float* y, int64_t i0, int64_t i1) {
  for (int64_t i = i0; i < i1; i++) out[i] = cond[i] ? x[i] : y[i];
}

// select(heap, out, cond, a, b, n)
napi_value Select(napi_env env, napi_callback_info info) {
  Args a;
  if (!getArgs(env, info, a, 6, true)) return nullptr;
  const int64_t outOff = i64(a, 1), condOff = i64(a, 2), xOff = i64(a, 3), yOff = i64(a, 4), n = i64(a, 5);
  float* out = at<float>(a, outOff, n);
  const uint8_t* cond = at<uint8_t>(a, condOff, n);
  const float* x = at<float>(a, xOff, n);
  const float* y = at<float>(a, yOff, n);
  if (!a.ok) return nullptr;
  pool.run(n, kMinParallel, 64, [&](int64_t i0, int64_t i1) { selectLoop(out, cond, x, y, i0, i1); });
  return undefined(env);
}

HOT void isNanLoop(uint8_t* out, const float* x, int64_t i0, int64_t i1) {
  for (int64_t i = i0; i < i1; i++) out[i] = x[i] != x[i] ? 1 : 0;
}

// isNan(heap, out, x, n)
napi_value IsNan(napi_env env, napi_callback_info info) {
  Args a;
  if (!getArgs(env, info, a, 4, true)) return nullptr;
  const int64_t outOff = i64(a, 1), xOff = i64(a, 2), n = i64(a, 3);
  uint8_t* out = at<uint8_t>(a, outOff, n);
  const float* x = at<float>(a, xOff, n);
  if (!a.ok) return nullptr;
  pool.run(n, kMinParallel, 64, [&](int64_t i0, int64_t i1) { isNanLoop(out, x, i0, i1); });
  return undefined(env);
}

// ---- strided row copies (slice along one axis, concat, split): `rows` rows of `rowBytes` bytes

// copyRows(heap, dst, dstStride, src, srcStride, rows, rowBytes); strides in bytes
napi_value CopyRows(napi_env env, napi_callback_info info) {
  Args a;
  if (!getArgs(env, info, a, 7, true)) return nullptr;
  const int64_t dstOff = i64(a, 1), dstStride = i64(a, 2), srcOff = i64(a, 3), srcStride = i64(a, 4);
  const int64_t rows = i64(a, 5), rowBytes = i64(a, 6);
  if (!a.ok) return nullptr;
  if (rows <= 0 || rowBytes <= 0) return undefined(env);
  if (dstStride < rowBytes || srcStride < 0) {
    throwError(env, "sidlab native: bad row copy");
    return nullptr;
  }
  uint8_t* dst = at<uint8_t>(a, dstOff, (rows - 1) * dstStride + rowBytes);
  const uint8_t* src = at<uint8_t>(a, srcOff, (rows - 1) * srcStride + rowBytes);
  if (!a.ok) return nullptr;
  pool.run(rows, (4 * kMinParallel + rowBytes - 1) / rowBytes, 1, [&](int64_t r0, int64_t r1) {
    for (int64_t r = r0; r < r1; r++) std::memcpy(dst + r * dstStride, src + r * srcStride, rowBytes);
  });
  return undefined(env);
}

}  // namespace
