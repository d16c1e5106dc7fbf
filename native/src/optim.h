// Fused Adam and EMA steps over whole parameter sets.
// Part of native/sidlab_native.cc (one translation unit; included there in dependency order).
#pragma once

namespace {

// ---- fused optimiser steps over a whole parameter set, as the tfjs compositions in stages/Update.ts
// compute them (the same float32 operations in the same order, so the same bits): one pass instead of
// some fifteen kernels per variable.

// Segments of a parameter set laid end to end: runs f(var, begin, end) over the part of [b, e) in each.
template <typename F>
void overSegments(const std::vector<int64_t>& starts, int64_t b, int64_t e, F&& f) {
  for (size_t i = 0; i + 1 < starts.size(); i++) {
    const int64_t s0 = starts[i] > b ? starts[i] : b, s1 = starts[i + 1] < e ? starts[i + 1] : e;
    if (s0 < s1) f(i, s0 - starts[i], s1 - starts[i]);
  }
}

struct AdamParams {
  float beta1, oneMinusBeta1, beta2, oneMinusBeta2, bc1, bc2, eps, lr, decay;
  bool hasM, nanToNum, decayOn;
};

// No fused multiply-add here (C++ contracts a*b + c by default): each operation rounds as tfjs's does.
#pragma GCC push_options
#pragma GCC optimize("fp-contract=off")

template <bool HasM, bool Nan, bool Decay>
HOT void adamLoop(const AdamParams& p, const float* __restrict x, const float* __restrict g, const float* __restrict v,
                  const float* __restrict m, float* __restrict xo, float* __restrict vo, float* __restrict mo, int64_t i0, int64_t i1) {
  const float beta1 = p.beta1, omb1 = p.oneMinusBeta1, beta2 = p.beta2, omb2 = p.oneMinusBeta2, bc1 = p.bc1, bc2 = p.bc2;
  const float eps = p.eps, lr = p.lr, decay = p.decay;
  for (int64_t i = i0; i < i1; i++) {
    float gi = g[i];
    if (Nan) gi = gi != gi ? 0.0f : (gi > 1e5f ? 1e5f : (gi < -1e5f ? -1e5f : gi));
    const float vi = beta2 * v[i] + omb2 * (gi * gi);
    vo[i] = vi;
    float mi = gi;
    if (HasM) {
      mi = beta1 * m[i] + omb1 * gi;
      mo[i] = mi;
    }
    const float dir = (mi / bc1) / (std::sqrt(vi / bc2) + eps);
    const float xd = Decay ? x[i] * decay : x[i];
    xo[i] = xd - lr * dir;
  }
}

template <bool HasM>
void adamRange(const AdamParams& p, const float* x, const float* g, const float* v, const float* m, float* xo, float* vo, float* mo,
               int64_t i0, int64_t i1) {
  if (p.nanToNum) {
    if (p.decayOn) adamLoop<HasM, true, true>(p, x, g, v, m, xo, vo, mo, i0, i1);
    else adamLoop<HasM, true, false>(p, x, g, v, m, xo, vo, mo, i0, i1);
  } else {
    if (p.decayOn) adamLoop<HasM, false, true>(p, x, g, v, m, xo, vo, mo, i0, i1);
    else adamLoop<HasM, false, false>(p, x, g, v, m, xo, vo, mo, i0, i1);
  }
}

HOT void emaLoop(float beta, float oneMinusBeta, const float* __restrict e, const float* __restrict x, float* __restrict out, int64_t i0, int64_t i1) {
  for (int64_t i = i0; i < i1; i++) out[i] = beta * e[i] + oneMinusBeta * x[i];
}

#pragma GCC pop_options

// Reads a Float64Array argument of `per`-tuples (offsets and counts); false after throwing.
bool tupleTable(Args& a, size_t i, size_t per, std::vector<int64_t>& out) {
  napi_typedarray_type type;
  size_t length = 0;
  void* data = nullptr;
  if (napi_get_typedarray_info(a.env, a.argv[i], &type, &length, &data, nullptr, nullptr) != napi_ok || type != napi_float64_array ||
      length % per != 0) {
    throwError(a.env, "sidlab native: expected a Float64Array of offsets");
    return false;
  }
  const double* d = static_cast<const double*>(data);
  out.assign(d, d + length);
  return true;
}

// adam(heap, table, beta1, beta2, eps, lr, bc1, bc2, decay, hasM, nanToNum)
// table: per variable [x, g, v, m, xOut, vOut, mOut, n] (m, mOut ignored without hasM); decay is the factor
// 1 − lr·weightDecay, applied when below 1. Every scalar is rounded to float32 first, as tfjs does.
napi_value Adam(napi_env env, napi_callback_info info) {
  Args a;
  if (!getArgs(env, info, a, 11, true)) return nullptr;
  std::vector<int64_t> t;
  if (!tupleTable(a, 1, 8, t)) return nullptr;
  const double beta1 = f64(a, 2), beta2 = f64(a, 3), eps = f64(a, 4), lr = f64(a, 5), bc1 = f64(a, 6), bc2 = f64(a, 7), decay = f64(a, 8);
  const bool hasM = i64(a, 9) != 0, nan = i64(a, 10) != 0;
  if (!a.ok) return nullptr;
  const AdamParams p{(float)beta1, (float)(1 - beta1), (float)beta2, (float)(1 - beta2), (float)bc1, (float)bc2, (float)eps, (float)lr,
                     (float)decay, hasM, nan, decay < 1};
  struct Var { const float *x, *g, *v, *m; float *xo, *vo, *mo; };
  std::vector<Var> vars;
  std::vector<int64_t> starts{0};
  for (size_t i = 0; i < t.size(); i += 8) {
    const int64_t n = t[i + 7];
    Var v{at<float>(a, t[i], n), at<float>(a, t[i + 1], n), at<float>(a, t[i + 2], n), hasM ? at<float>(a, t[i + 3], n) : nullptr,
          at<float>(a, t[i + 4], n), at<float>(a, t[i + 5], n), hasM ? at<float>(a, t[i + 6], n) : nullptr};
    if (!a.ok) return nullptr;
    vars.push_back(v);
    starts.push_back(starts.back() + n);
  }
  pool.run(starts.back(), kMinParallel, 16, [&](int64_t b, int64_t e) {
    overSegments(starts, b, e, [&](size_t i, int64_t i0, int64_t i1) {
      const Var& v = vars[i];
      if (hasM) adamRange<true>(p, v.x, v.g, v.v, v.m, v.xo, v.vo, v.mo, i0, i1);
      else adamRange<false>(p, v.x, v.g, v.v, v.m, v.xo, v.vo, v.mo, i0, i1);
    });
  });
  return undefined(env);
}

// ema(heap, table, beta): per variable [ema, x, out, n]; out = β·ema + (1 − β)·x
napi_value Ema(napi_env env, napi_callback_info info) {
  Args a;
  if (!getArgs(env, info, a, 3, true)) return nullptr;
  std::vector<int64_t> t;
  if (!tupleTable(a, 1, 4, t)) return nullptr;
  const double beta = f64(a, 2);
  if (!a.ok) return nullptr;
  struct Var { const float *e, *x; float* out; };
  std::vector<Var> vars;
  std::vector<int64_t> starts{0};
  for (size_t i = 0; i < t.size(); i += 4) {
    const int64_t n = t[i + 3];
    Var v{at<float>(a, t[i], n), at<float>(a, t[i + 1], n), at<float>(a, t[i + 2], n)};
    if (!a.ok) return nullptr;
    vars.push_back(v);
    starts.push_back(starts.back() + n);
  }
  pool.run(starts.back(), kMinParallel, 16, [&](int64_t b, int64_t e) {
    overSegments(starts, b, e, [&](size_t i, int64_t i0, int64_t i1) { emaLoop((float)beta, (float)(1 - beta), vars[i].e, vars[i].x, vars[i].out, i0, i1); });
  });
  return undefined(env);
}

}  // namespace
