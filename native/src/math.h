// Vectorisable exp and sigmoid.
// Part of native/sidlab_native.cc (one translation unit; included there in dependency order).
#pragma once

namespace {

// ---- math

// e^x for x <= 0 (Cephes polynomial on [-ln2/2, ln2/2], max error about 1 ulp); written without calls
// or branches so that the loops below vectorise. Below -87.3 (where e^x leaves the normal range) it is 0.
inline float expNonPositive(float x0) {
  const float x = x0 < -87.33654f ? -87.33654f : x0;
  const float t = x * 1.44269504088896341f;
  const float r = (t + 12582912.0f) - 12582912.0f;  // round to nearest integer (no -ffast-math here)
  float f = x - r * 0.693359375f;
  f = f - r * -2.12194440e-4f;
  float p = 1.9875691500e-4f;
  p = p * f + 1.3981999507e-3f;
  p = p * f + 8.3334519073e-3f;
  p = p * f + 4.1665795894e-2f;
  p = p * f + 1.6666665459e-1f;
  p = p * f + 5.0000001201e-1f;
  const float y = p * f * f + f + 1.0f;
  const int32_t bits = (static_cast<int32_t>(r) + 127) << 23;
  float scale;
  std::memcpy(&scale, &bits, sizeof scale);
  return x0 < -87.33654f ? 0.0f : y * scale;
}

// σ(x) = 1/(1 + e^-x) through e = e^-|x| (no overflow, full relative accuracy for x < 0); NaN stays NaN.
inline float sigmoid1(float x) {
  const float ax = x < 0 ? -x : x;
  const float e = expNonPositive(-ax);
  const float s = 1.0f / (1.0f + e);
  const float r = x < 0 ? e * s : s;
  return x != x ? x : r;
}

}  // namespace
