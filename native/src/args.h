// Node-API argument helpers: heap, integers, numbers, bounds-checked pointers.
// Part of native/sidlab_native.cc (one translation unit; included there in dependency order).
#pragma once

namespace {

// ---- argument helpers

constexpr size_t kMaxArgs = 24;

struct Args {
  napi_env env;
  size_t argc = kMaxArgs;
  napi_value argv[kMaxArgs];
  uint8_t* heap = nullptr;
  size_t heapBytes = 0;
  bool ok = true;
};

void throwError(napi_env env, const char* msg) {
  bool pending = false;
  napi_is_exception_pending(env, &pending);
  if (!pending) napi_throw_error(env, "SIDLAB_NATIVE", msg);
}

bool getArgs(napi_env env, napi_callback_info info, Args& a, size_t expected, bool withHeap) {
  a.env = env;
  if (napi_get_cb_info(env, info, &a.argc, a.argv, nullptr, nullptr) != napi_ok || a.argc < expected || expected > kMaxArgs) {
    throwError(env, "sidlab native: wrong number of arguments");
    return false;
  }
  if (withHeap) {
    void* data = nullptr;
    if (napi_get_arraybuffer_info(env, a.argv[0], &data, &a.heapBytes) != napi_ok || data == nullptr) {
      throwError(env, "sidlab native: the first argument must be the wasm heap's ArrayBuffer");
      return false;
    }
    a.heap = static_cast<uint8_t*>(data);
  }
  return true;
}

int64_t i64(Args& a, size_t i) {
  int64_t v = 0;
  if (napi_get_value_int64(a.env, a.argv[i], &v) != napi_ok) {
    throwError(a.env, "sidlab native: expected an integer argument");
    a.ok = false;
  }
  return v;
}

double f64(Args& a, size_t i) {
  double v = 0;
  if (napi_get_value_double(a.env, a.argv[i], &v) != napi_ok) {
    throwError(a.env, "sidlab native: expected a number argument");
    a.ok = false;
  }
  return v;
}

// A pointer to `count` elements of `T` at byte offset `off` of the heap, after a bounds check.
template <typename T>
T* at(Args& a, int64_t off, int64_t count) {
  if (!a.ok) return nullptr;
  if (off < 0 || count < 0 || off % alignof(T) != 0 ||
      static_cast<uint64_t>(off) + static_cast<uint64_t>(count) * sizeof(T) > a.heapBytes) {
    throwError(a.env, "sidlab native: tensor outside the wasm heap");
    a.ok = false;
    return nullptr;
  }
  return reinterpret_cast<T*>(a.heap + off);
}

napi_value undefined(napi_env env) {
  napi_value u;
  napi_get_undefined(env, &u);
  return u;
}

}  // namespace
