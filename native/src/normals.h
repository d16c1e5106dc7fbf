// Box–Muller normals with the bits of stages/internal/rng.ts's `normals()` (the generator's noise draws).
// Part of native/sidlab_native.cc (one translation unit; included there in dependency order).
#pragma once

// V8's own Math.log, Math.sin and Math.cos, which the node binary exports: calling the very functions
// rng.ts's loop calls gives the same bits by construction. Weak, so that a runtime without them still
// loads the addon; `normalPairs` then reports false and rng.ts keeps its JavaScript loop.
namespace v8 {
namespace base {
namespace ieee754 {
__attribute__((weak, visibility("default"))) double log(double);
__attribute__((weak, visibility("default"))) double sin(double);
__attribute__((weak, visibility("default"))) double cos(double);
}  // namespace ieee754
}  // namespace base
}  // namespace v8

namespace {

// ---- xoshiro128** (rng.ts's `next` and `uniform53`)

inline uint32_t xoshiroNext(uint32_t* s) {
  const uint32_t s0 = s[0], s1 = s[1];
  const uint32_t x = s1 * 5u;
  const uint32_t result = ((x << 7) | (x >> 25)) * 9u;
  const uint32_t s2 = s[2] ^ s0, s3 = s[3] ^ s1;
  s[0] = s0 ^ s3;
  s[1] = s1 ^ s2;
  s[2] = s2 ^ (s1 << 9);
  s[3] = (s3 << 11) | (s3 >> 21);
  return result;
}

// Uniform on [0, 1): the high 27 bits of one output, then 26 of the next (exact in a double).
inline double uniform53(uint32_t* s) {
  const uint32_t hi = xoshiroNext(s) >> 5;
  const uint32_t lo = xoshiroNext(s) >> 6;
  return (static_cast<double>(hi) * 67108864.0 + static_cast<double>(lo)) / 9007199254740992.0;
}

bool haveV8Math() { return &v8::base::ieee754::log != nullptr && &v8::base::ieee754::sin != nullptr && &v8::base::ieee754::cos != nullptr; }

// normalPairs(state Int32Array(4), out Float32Array, from, pairs) → false when V8's functions are missing
// (nothing is drawn then). Writes out[from .. from + 2·pairs) and advances the state as rng.ts's loop
// would: the uniforms are drawn in order on this thread, the logs, sines and cosines of whole pairs then
// run on the pool (each pair on one thread, so the bits do not depend on the thread count).
napi_value NormalPairs(napi_env env, napi_callback_info info) {
  Args a;
  if (!getArgs(env, info, a, 4, false)) return nullptr;
  const auto typed = [&](size_t i, napi_typedarray_type want, size_t& length) -> void* {
    napi_typedarray_type type;
    void* data = nullptr;
    napi_value buffer;
    size_t offset;
    if (napi_get_typedarray_info(env, a.argv[i], &type, &length, &data, &buffer, &offset) != napi_ok || type != want) {
      throwError(env, want == napi_int32_array ? "sidlab native: the state must be an Int32Array" : "sidlab native: out must be a Float32Array");
      a.ok = false;
      return nullptr;
    }
    return data;
  };
  size_t stateLength = 0, outLength = 0;
  uint32_t* state = static_cast<uint32_t*>(typed(0, napi_int32_array, stateLength));
  float* out = a.ok ? static_cast<float*>(typed(1, napi_float32_array, outLength)) : nullptr;
  const int64_t from = a.ok ? i64(a, 2) : 0, pairs = a.ok ? i64(a, 3) : 0;
  if (!a.ok) return nullptr;
  if (stateLength != 4 || from < 0 || pairs < 0 || static_cast<uint64_t>(from + 2 * pairs) > outLength) {
    throwError(env, "sidlab native: normalPairs outside its arrays");
    return nullptr;
  }
  napi_value result;
  if (!haveV8Math()) {
    napi_get_boolean(env, false, &result);
    return result;
  }
  // u1 (never 0, as rng.ts redraws it) and u2 of each pair, in draw order
  std::vector<double> u(static_cast<size_t>(2 * pairs));
  for (int64_t p = 0; p < pairs; p++) {
    double u1 = 0;
    while (u1 == 0) u1 = uniform53(state);
    u[2 * p] = u1;
    u[2 * p + 1] = uniform53(state);
  }
  float* o = out + from;
  pool.run(pairs, 2048, 1, [&](int64_t p0, int64_t p1) {
    for (int64_t p = p0; p < p1; p++) {
      const double r = std::sqrt(-2.0 * v8::base::ieee754::log(u[2 * p]));
      const double theta = 2.0 * M_PI * u[2 * p + 1];
      o[2 * p] = static_cast<float>(r * v8::base::ieee754::cos(theta));
      o[2 * p + 1] = static_cast<float>(r * v8::base::ieee754::sin(theta));
    }
  });
  napi_get_boolean(env, true, &result);
  return result;
}

}  // namespace
