// The SiD losses (method.md §3–4; stages/Loss.ts) forward and backward, one addon call each way.
#pragma once

namespace {

// ---- L_ψ = scale · mean over kept rows of Σ_j (ε̂ − ε)², and L_θ (Loss.ts's `sidGeneratorTerms`)
//
// Rows with a non-finite value in any input are dropped (Loss.ts's `finiteRows`: here without reading
// the tensors back to JavaScript); the mean divides by max(kept rows, 1). Everything runs serially in
// index order (the work is B·D, small next to the network), so the bits do not depend on the thread
// count. The float32 operations follow the tfjs composition without FMA; sums in index order.

#pragma GCC push_options
#pragma GCC optimize("fp-contract=off")

bool finiteRow(const float* const* xs, int count, int64_t r, int64_t D) {
  for (int i = 0; i < count; i++) {
    const float* row = xs[i] + r * D;
    for (int64_t j = 0; j < D; j++) {
      if (!std::isfinite(row[j])) return false;
    }
  }
  return true;
}

// sidFakeLoss(heap, B, D, epsHat, eps, scale, out, dOut, dEpsHat): forward (dOut = -1) writes the loss
// to out[0]; backward (dOut ≥ 0) writes dL/dε̂ = dOut·scale·2(ε̂ − ε)/n to dEpsHat (times 0 on dropped rows).
napi_value SidFakeLoss(napi_env env, napi_callback_info info) {
  Args a;
  if (!getArgs(env, info, a, 9, true)) return nullptr;
  const int64_t B = i64(a, 1), D = i64(a, 2), hatOff = i64(a, 3), epsOff = i64(a, 4), outOff = i64(a, 6), dOutOff = i64(a, 7), dOff = i64(a, 8);
  const float scale = static_cast<float>(f64(a, 5));
  if (!a.ok || B < 0 || D < 0) return nullptr;
  const float* hat = at<float>(a, hatOff, B * D);
  const float* eps = at<float>(a, epsOff, B * D);
  const bool backward = dOutOff >= 0;
  float* out = backward ? nullptr : at<float>(a, outOff, 1);
  const float* dOut = backward ? at<float>(a, dOutOff, 1) : nullptr;
  float* dHat = backward ? at<float>(a, dOff, B * D) : nullptr;
  if (!a.ok) return nullptr;
  const float* xs[2] = {hat, eps};
  std::vector<uint8_t> keep(static_cast<size_t>(B));
  float kept = 0.0f;
  for (int64_t r = 0; r < B; r++) {
    keep[r] = finiteRow(xs, 2, r, D) ? 1 : 0;
    kept += keep[r] ? 1.0f : 0.0f;
  }
  const float n = kept > 1.0f ? kept : 1.0f;
  if (!backward) {
    float total = 0.0f;
    for (int64_t r = 0; r < B; r++) {
      float row = 0.0f;
      for (int64_t j = 0; j < D; j++) {
        const float d = hat[r * D + j] - eps[r * D + j];
        row += d * d;
      }
      total += keep[r] ? row : 0.0f;
    }
    out[0] = scale * (total / n);
    return undefined(env);
  }
  const float g = (dOut[0] * scale) / n;
  for (int64_t r = 0; r < B; r++) {
    const float gr = keep[r] ? g : 0.0f;  // a dropped row still multiplies: 0·NaN stays NaN, as in tfjs
    for (int64_t j = 0; j < D; j++) dHat[r * D + j] = gr * (2.0f * (hat[r * D + j] - eps[r * D + j]));
  }
  return undefined(env);
}

// sidGenLoss(heap, B, D, xG, yReal, yFake2, yFake3, alpha, floor, scale, out, w, dOut, dxG, dReal, dFake2, dFake3)
// w = 1/max(mean_j |x_g − y_real|, floor) (no gradient), diff = y_real − y_fake2,
// L_θ = scale · mean over kept rows of w·((1 − α)·Σ diff² + Σ diff·(y_fake3 − x_g)).
// Forward (dOut = -1) writes out[0] and w [B]; backward writes the four gradients (times 0 on dropped rows).
napi_value SidGenLoss(napi_env env, napi_callback_info info) {
  Args a;
  if (!getArgs(env, info, a, 17, true)) return nullptr;
  const int64_t B = i64(a, 1), D = i64(a, 2), xOff = i64(a, 3), rOff = i64(a, 4), f2Off = i64(a, 5), f3Off = i64(a, 6);
  const float alpha = static_cast<float>(f64(a, 7)), floor = static_cast<float>(f64(a, 8)), scale = static_cast<float>(f64(a, 9));
  const int64_t outOff = i64(a, 10), wOff = i64(a, 11), dOutOff = i64(a, 12);
  const int64_t dxOff = i64(a, 13), drOff = i64(a, 14), df2Off = i64(a, 15), df3Off = i64(a, 16);
  if (!a.ok || B < 0 || D < 0) return nullptr;
  const float* xG = at<float>(a, xOff, B * D);
  const float* yR = at<float>(a, rOff, B * D);
  const float* yF2 = at<float>(a, f2Off, B * D);
  const float* yF3 = at<float>(a, f3Off, B * D);
  const bool backward = dOutOff >= 0;
  float* out = backward ? nullptr : at<float>(a, outOff, 1);
  float* wOut = backward ? nullptr : at<float>(a, wOff, B);
  const float* dOut = backward ? at<float>(a, dOutOff, 1) : nullptr;
  float* dx = backward ? at<float>(a, dxOff, B * D) : nullptr;
  float* dr = backward ? at<float>(a, drOff, B * D) : nullptr;
  float* df2 = backward ? at<float>(a, df2Off, B * D) : nullptr;
  float* df3 = backward ? at<float>(a, df3Off, B * D) : nullptr;
  if (!a.ok) return nullptr;
  const float* xs[4] = {xG, yR, yF2, yF3};
  std::vector<uint8_t> keep(static_cast<size_t>(B));
  std::vector<float> w(static_cast<size_t>(B));
  float kept = 0.0f;
  for (int64_t r = 0; r < B; r++) {
    keep[r] = finiteRow(xs, 4, r, D) ? 1 : 0;
    kept += keep[r] ? 1.0f : 0.0f;
    float s = 0.0f;
    for (int64_t j = 0; j < D; j++) s += std::fabs(xG[r * D + j] - yR[r * D + j]);
    const float mean = s / static_cast<float>(D);
    w[r] = 1.0f / (mean > floor || mean != mean ? mean : floor);
  }
  const float n = kept > 1.0f ? kept : 1.0f;
  const float oneMinusAlpha = static_cast<float>(1.0 - static_cast<double>(alpha));
  if (!backward) {
    float total = 0.0f;
    for (int64_t r = 0; r < B; r++) {
      float sq = 0.0f, cross = 0.0f;
      for (int64_t j = 0; j < D; j++) {
        const int64_t i = r * D + j;
        const float diff = yR[i] - yF2[i];
        sq += diff * diff;
        cross += diff * (yF3[i] - xG[i]);
      }
      const float row = w[r] * (oneMinusAlpha * sq + cross);
      total += keep[r] ? row : 0.0f;
      wOut[r] = w[r];
    }
    out[0] = scale * (total / n);
    return undefined(env);
  }
  const float g0 = (dOut[0] * scale) / n;
  for (int64_t r = 0; r < B; r++) {
    const float g = (keep[r] ? g0 : 0.0f) * w[r];  // a dropped row still multiplies: 0·NaN stays NaN, as in tfjs
    for (int64_t j = 0; j < D; j++) {
      const int64_t i = r * D + j;
      const float diff = yR[i] - yF2[i];
      const float dDiff = g * (oneMinusAlpha * (2.0f * diff)) + g * (yF3[i] - xG[i]);
      const float dCross = g * diff;
      dr[i] = dDiff;
      df2[i] = -dDiff;
      df3[i] = dCross;
      dx[i] = -dCross;
    }
  }
  return undefined(env);
}

#pragma GCC pop_options

}  // namespace
