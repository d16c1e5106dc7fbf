// Tiled sgemm with fused bias and activation.
// Part of native/sidlab_native.cc (one translation unit; included there in dependency order).
#pragma once

namespace {

// ---- gemm
//
// A product runs through the level-3 driver (level3.h) when OpenBLAS's interface would run its tiles
// through its own level-3 driver, whose bits the driver's are; otherwise it is cut into tiles of rb × cb
// by a rule that sees only (m, n, k): one tile below 8 MFLOP, else two (the longer side halved), each
// tile one serial cblas_sgemm call on some thread of the pool. Either way every element of C is
// computed by the same sequence of operations whatever the thread count. (Two tiles: OpenBLAS repacks
// the operands for every tile, and on 2 cores two ran the bench-mlp products about 7% faster than four.)

struct Tiling {
  int64_t rb, cb, rows, cols;  // tile size and tile counts
};

Tiling tiling(int64_t m, int64_t n, int64_t k) {
  const double flop = 2.0 * static_cast<double>(m) * static_cast<double>(n) * static_cast<double>(k);
  const int64_t want = flop < 8e6 ? 1 : 2;
  int64_t rb = m, cb = n;
  const auto tiles = [&](int64_t r, int64_t c) { return ((m + r - 1) / r) * ((n + c - 1) / c); };
  // halve (rounding to 16, one cache line of floats) until there are enough tiles or they reach 16
  while (tiles(rb, cb) < want) {
    const bool rowsLonger = rb >= cb;
    const int64_t side = rowsLonger ? rb : cb;
    if (side <= 16) break;
    const int64_t half = ((side + 1) / 2 + 15) / 16 * 16;
    if (half >= side) break;
    (rowsLonger ? rb : cb) = half;
  }
  return {rb, cb, (m + rb - 1) / rb, (n + cb - 1) / cb};
}

// C tile = op(A)[r0.., :]·op(B)[:, c0..], serial sgemm on the row-major operands
void gemmTile(bool ta, bool tb, int64_t m, int64_t n, int64_t k, const float* a, const float* b, float* c,
              int64_t r0, int64_t r1, int64_t c0, int64_t c1) {
  const float* at = ta ? a + r0 : a + r0 * k;
  const float* bt = tb ? b + c0 * k : b + c0;
  cblas_sgemm(CblasRowMajor, ta ? CblasTrans : CblasNoTrans, tb ? CblasTrans : CblasNoTrans, (int)(r1 - r0), (int)(c1 - c0),
              (int)k, 1.0f, at, ta ? (int)m : (int)k, bt, tb ? (int)k : (int)n, 0.0f, c + r0 * n + c0, (int)n);
}

enum Act { kLinear = 0, kRelu = 1, kRelu6 = 2, kSigmoid = 3, kLeakyRelu = 4, kElu = 5, kSilu = 6 };
enum BiasMode { kNoBias = 0, kBiasRow = 1, kBiasScalar = 2, kBiasFull = 3 };

// bias and activation on rows [r0, r1) × columns [c0, c1) of c[·, n]; bias is the whole bias of c
HOT void epilogue(float* c, int64_t n, int64_t r0, int64_t r1, int64_t c0, int64_t c1, const float* bias, int biasMode, int act, float alpha) {
  for (int64_t i = r0; i < r1; i++) {
    float* row = c + i * n;
    if (biasMode == kBiasRow) {
      for (int64_t j = c0; j < c1; j++) row[j] += bias[j];
    } else if (biasMode == kBiasScalar) {
      const float b = bias[0];
      for (int64_t j = c0; j < c1; j++) row[j] += b;
    } else if (biasMode == kBiasFull) {
      const float* brow = bias + i * n;
      for (int64_t j = c0; j < c1; j++) row[j] += brow[j];
    }
    switch (act) {
      case kRelu:
        for (int64_t j = c0; j < c1; j++) row[j] = row[j] < 0 ? 0.0f : row[j];
        break;
      case kRelu6:
        for (int64_t j = c0; j < c1; j++) row[j] = row[j] < 0 ? 0.0f : (row[j] > 6 ? 6.0f : row[j]);
        break;
      case kSigmoid:
        for (int64_t j = c0; j < c1; j++) row[j] = sigmoid1(row[j]);
        break;
      case kLeakyRelu:
        for (int64_t j = c0; j < c1; j++) row[j] = row[j] < 0 ? alpha * row[j] : row[j];
        break;
      case kElu:
        for (int64_t j = c0; j < c1; j++) row[j] = row[j] < 0 ? std::expm1(row[j]) : row[j];
        break;
      case kSilu:
        for (int64_t j = c0; j < c1; j++) row[j] = row[j] * sigmoid1(row[j]);
        break;
      default:
        break;
    }
  }
}

// Whether cblas_sgemm surely runs a tile (rows × cols × k) through OpenBLAS's level-3 driver: 0.3.21's
// interface sends row-major NN products below 28·512² to sgemm_direct (on AVX-512 CPUs) and lets its
// small-matrix kernels take products up to 100³ (SkylakeX's permit; other cores permit none).
bool level3Tile(bool ta, bool tb, int64_t rows, int64_t cols, int64_t k) {
  const double mnk = static_cast<double>(rows) * static_cast<double>(cols) * static_cast<double>(k);
  return mnk > 1e6 && (ta || tb || mnk >= 28.0 * 512 * 512);
}

// Whether the product goes through the level-3 driver: every tile `tiling` cuts would go through OpenBLAS's.
bool viaLevel3(bool ta, bool tb, int64_t m, int64_t n, int64_t k) {
  if (m == 0 || n == 0 || k == 0) return false;
  const Tiling t = tiling(m, n, k);
  const int64_t lastRows = m - (t.rows - 1) * t.rb, lastCols = n - (t.cols - 1) * t.cb;
  for (const int64_t r : {t.rb, lastRows}) {
    for (const int64_t c : {t.cb, lastCols}) {
      if (!level3Tile(ta, tb, r, c, k)) return false;
    }
  }
  return level3Ready();
}

// One product C[m, n] = op(A)·op(B), with the bits `Gemm` gives it; `after(r0, r1, c0, c1)` runs on each
// tile or chunk of rows once it is computed, on the thread that computed it (for fused epilogues).
// With a token (non-zero), B is a weight tensor whose packing the cache may keep (level3.h).
template <typename F>
void gemmTiled(bool ta, bool tb, int64_t m, int64_t n, int64_t k, const float* A, const float* B, float* C, F&& after,
               uint64_t weightsToken = 0) {
  if (m == 0 || n == 0) return;
  if (viaLevel3(ta, tb, m, n, k)) {
    const float* prepacked = weightsToken != 0 ? packCache.get(weightsToken, tb, n, k, B) : nullptr;
    if (level3Product(ta, tb, m, n, k, A, B, C, after, prepacked)) return;
  }
  const Tiling t = tiling(m, n, k);
  const double flop = 2.0 * static_cast<double>(m) * static_cast<double>(n) * static_cast<double>(k);
  pool.run(t.rows * t.cols, flop < 1e6 ? INT64_MAX : 2, 1, [&](int64_t t0, int64_t t1) {
    for (int64_t tile = t0; tile < t1; tile++) {
      const int64_t r0 = (tile / t.cols) * t.rb, c0 = (tile % t.cols) * t.cb;
      const int64_t r1 = r0 + t.rb < m ? r0 + t.rb : m, c1 = c0 + t.cb < n ? c0 + t.cb : n;
      if (k == 0) {
        for (int64_t r = r0; r < r1; r++) std::memset(C + r * n + c0, 0, sizeof(float) * (c1 - c0));
      } else {
        gemmTile(ta, tb, m, n, k, A, B, C, r0, r1, c0, c1);
      }
      after(r0, r1, c0, c1);
    }
  });
}

// gemm(heap, batch, m, n, k, transA, transB, aOff, aBatchStride, bOff, bBatchStride, cOff,
//      biasOff, biasMode, biasBatchStride, act, alpha)
// C[i] = op(A[i])·op(B[i]) (+ bias) (activation), row-major; batch strides in elements (0 broadcasts).
napi_value Gemm(napi_env env, napi_callback_info info) {
  Args a;
  if (!getArgs(env, info, a, 17, true)) return nullptr;
  const int64_t batch = i64(a, 1), m = i64(a, 2), n = i64(a, 3), k = i64(a, 4);
  const bool ta = i64(a, 5) != 0, tb = i64(a, 6) != 0;
  const int64_t aOff = i64(a, 7), aStride = i64(a, 8), bOff = i64(a, 9), bStride = i64(a, 10), cOff = i64(a, 11);
  const int64_t biasOff = i64(a, 12), biasMode = i64(a, 13), biasStride = i64(a, 14), act = i64(a, 15);
  const float alpha = static_cast<float>(f64(a, 16));
  if (!a.ok) return nullptr;
  if (batch < 0 || m < 0 || n < 0 || k < 0 || m > INT32_MAX || n > INT32_MAX || k > INT32_MAX) {
    throwError(env, "sidlab native: bad matmul shape");
    return nullptr;
  }
  const float* A = at<float>(a, aOff, (batch > 0 ? (batch - 1) * aStride : 0) + m * k);
  const float* B = at<float>(a, bOff, (batch > 0 ? (batch - 1) * bStride : 0) + k * n);
  float* C = at<float>(a, cOff, batch * m * n);
  const int64_t biasCount = biasMode == kBiasRow ? n : biasMode == kBiasScalar ? 1 : biasMode == kBiasFull ? m * n : 0;
  const float* bias = biasMode == kNoBias ? nullptr : at<float>(a, biasOff, (batch > 0 ? (batch - 1) * biasStride : 0) + biasCount);
  if (!a.ok) return nullptr;
  if (batch == 0 || m == 0 || n == 0) return undefined(env);
  const auto fused = [&](int64_t r0, int64_t r1, int64_t c0, int64_t c1) {
    if (biasMode != kNoBias || act != kLinear) epilogue(C, n, r0, r1, c0, c1, bias, (int)biasMode, (int)act, alpha);
  };
  if (batch == 1 && viaLevel3(ta, tb, m, n, k) && level3Product(ta, tb, m, n, k, A, B, C, fused)) return undefined(env);
  const Tiling t = tiling(m, n, k);
  const int64_t perItem = t.rows * t.cols;
  // one task per (batch item, tile); a small batch of small products runs on the calling thread
  const double flop = 2.0 * static_cast<double>(batch) * static_cast<double>(m) * static_cast<double>(n) * static_cast<double>(k);
  pool.run(batch * perItem, flop < 1e6 ? INT64_MAX : 2, 1, [&](int64_t t0, int64_t t1) {
    for (int64_t task = t0; task < t1; task++) {
      const int64_t i = task / perItem, tile = task % perItem;
      const int64_t r0 = (tile / t.cols) * t.rb, c0 = (tile % t.cols) * t.cb;
      const int64_t r1 = r0 + t.rb < m ? r0 + t.rb : m, c1 = c0 + t.cb < n ? c0 + t.cb : n;
      float* c = C + i * m * n;
      if (k == 0) {
        for (int64_t r = r0; r < r1; r++) std::memset(c + r * n + c0, 0, sizeof(float) * (c1 - c0));
      } else {
        gemmTile(ta, tb, m, n, k, A + i * aStride, B + i * bStride, c, r0, r1, c0, c1);
      }
      if (biasMode != kNoBias || act != kLinear) {
        epilogue(c, n, r0, r1, c0, c1, bias ? bias + i * biasStride : nullptr, (int)biasMode, (int)act, alpha);
      }
    }
  });
  return undefined(env);
}

}  // namespace
