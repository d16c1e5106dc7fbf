// A Linear layer y = act(x·W + b) (act: identity or SiLU) forward and backward, one addon call each way.
#pragma once

namespace {

// ---- Linear layer
//
// The same float32 operations in the same order as the tfjs composition on the native backend
// (matMul, add of the bias row, SiLU; and backward SiLU's gradient, the bias's column sum, the two
// matMul gradients), so the same bits: the products are tiled by `gemmTiled` as `Gemm` tiles them, the
// elementwise parts call the loops the elementwise kernels call, and db sums each column in row order.

enum LinearAct { kLinearAct = 0, kSiluAct = 1 };

// linearForward(heap, m, n, k, x, W, b, act, y, z): z = x·W + b, y = act(z); x [m, k], W [k, n], b [n].
// With act = identity z is not written (pass any offset).
napi_value LinearForward(napi_env env, napi_callback_info info) {
  Args a;
  if (!getArgs(env, info, a, 10, true)) return nullptr;
  const int64_t m = i64(a, 1), n = i64(a, 2), k = i64(a, 3), xOff = i64(a, 4), wOff = i64(a, 5), bOff = i64(a, 6);
  const int64_t act = i64(a, 7), yOff = i64(a, 8), zOff = i64(a, 9);
  if (!a.ok) return nullptr;
  if (m < 0 || n < 0 || k < 0 || m > INT32_MAX || n > INT32_MAX || k > INT32_MAX || (act != kLinearAct && act != kSiluAct)) {
    throwError(env, "sidlab native: bad linear layer arguments");
    return nullptr;
  }
  const float* x = at<float>(a, xOff, m * k);
  const float* W = at<float>(a, wOff, k * n);
  const float* b = at<float>(a, bOff, n);
  float* y = at<float>(a, yOff, m * n);
  float* z = act == kSiluAct ? at<float>(a, zOff, m * n) : y;
  if (!a.ok) return nullptr;
  gemmTiled(false, false, m, n, k, x, W, z, [&](int64_t r0, int64_t r1, int64_t c0, int64_t c1) {
    epilogue(z, n, r0, r1, c0, c1, b, kBiasRow, kLinear, 0.0f);
    if (act == kSiluAct) {
      for (int64_t r = r0; r < r1; r++) unaryLoop<kSiluU>(y + r * n, z + r * n, c0, c1, 0.0f, 0.0f);
    }
  });
  return undefined(env);
}

// Column sums of dz [m, n] into db [n], each column in row order (as `Sum` over axis 0).
void columnSums(float* db, const float* dz, int64_t m, int64_t n) {
  pool.run(n, n >= 4096 ? (kMinParallel + m - 1) / (m > 0 ? m : 1) : n + 1, 1024,
           [&](int64_t i0, int64_t i1) { sumLoop(db, dz, 0, 1, m, n, i0, i1); });
}

// linearBackward(heap, m, n, k, dy, z, x, W, act, dx, dW, db): dz = dy·act'(z); dx = dz·Wᵀ [m, k],
// dW = xᵀ·dz [k, n], db = Σ_rows dz [n]. An output offset of -1 skips that output.
napi_value LinearBackward(napi_env env, napi_callback_info info) {
  Args a;
  if (!getArgs(env, info, a, 12, true)) return nullptr;
  const int64_t m = i64(a, 1), n = i64(a, 2), k = i64(a, 3), dyOff = i64(a, 4), zOff = i64(a, 5), xOff = i64(a, 6);
  const int64_t wOff = i64(a, 7), act = i64(a, 8), dxOff = i64(a, 9), dwOff = i64(a, 10), dbOff = i64(a, 11);
  if (!a.ok) return nullptr;
  if (m < 0 || n < 0 || k < 0 || m > INT32_MAX || n > INT32_MAX || k > INT32_MAX || (act != kLinearAct && act != kSiluAct)) {
    throwError(env, "sidlab native: bad linear layer arguments");
    return nullptr;
  }
  const float* dy = at<float>(a, dyOff, m * n);
  const float* z = act == kSiluAct ? at<float>(a, zOff, m * n) : nullptr;
  const float* x = dwOff >= 0 ? at<float>(a, xOff, m * k) : nullptr;
  const float* W = dxOff >= 0 ? at<float>(a, wOff, k * n) : nullptr;
  float* dx = dxOff >= 0 ? at<float>(a, dxOff, m * k) : nullptr;
  float* dW = dwOff >= 0 ? at<float>(a, dwOff, k * n) : nullptr;
  float* db = dbOff >= 0 ? at<float>(a, dbOff, n) : nullptr;
  if (!a.ok) return nullptr;
  std::vector<float> dzSilu;
  const float* dz = dy;
  if (act == kSiluAct) {
    dzSilu.resize(static_cast<size_t>(m * n));
    float* d = dzSilu.data();
    pool.run(m * n, kMinParallel, 16, [&](int64_t i0, int64_t i1) { siluGradLoop(d, dy, z, i0, i1); });
    dz = d;
  }
  if (db) columnSums(db, dz, m, n);
  const auto none = [](int64_t, int64_t, int64_t, int64_t) {};
  if (dx) gemmTiled(false, true, m, k, n, dz, W, dx, none);
  if (dW) gemmTiled(true, false, k, n, m, x, dz, dW, none);
  return undefined(env);
}

}  // namespace
