// sidlab native kernels: a Node addon (plain Node-API, no npm dependencies) over OpenBLAS.
//
// Every kernel works in place on the memory of tfjs's wasm backend: JavaScript passes the wasm heap's
// ArrayBuffer and byte offsets of the tensors in it (stages/internal/nativeBackend.ts), so no data is
// copied between JavaScript, WebAssembly and C++. Outputs are allocated by the wasm backend before the
// call; a kernel never allocates wasm memory itself, so the heap cannot move while it runs.
//
// Kernels: sgemm in all transpose forms with optional fused bias and activation; elementwise binary ops
// with the broadcasts the stages use; unary ops (sigmoid with a vectorised exp); SiLU and its gradient;
// reductions (sum) over a contiguous block of axes; select; isnan; Adam and EMA steps over whole parameter sets;
// a Linear layer (x·W + b, then identity or SiLU) forward and backward in one call each; the whole
// `mlp` ε-network with guidance (input row, every layer, ε→x0, CFG) forward and backward in one call
// each; the SiD losses L_ψ and L_θ forward and backward in one call each.
//
// Sources: this file holds the module's entry points; the kernels are in src/*.h, one concern each,
// included below in dependency order (one translation unit).
//
// Reproducibility: every result depends only on the inputs, the OpenBLAS build and its core type, never
// on the thread count. OpenBLAS itself runs single-threaded (its threaded sgemm splits the sum over k
// differently from its serial one); a product is cut into tiles by a rule of the shape alone, and each
// tile is one serial sgemm call on some thread of our pool, or (OpenBLAS 0.3.21) it runs through
// src/level3.h's driver, which computes every element as the serial call does. Elementwise kernels
// compute each element on one thread, and a sum adds its terms in index order whatever the split.
//
// Build: node native/build.mjs (run by `npm ci` / `npm install`).
#define NAPI_VERSION 8
#include <node_api.h>

#include <atomic>
#include <cmath>
#include <condition_variable>
#include <cstdint>
#include <cstdio>
#include <cstring>
#include <functional>
#include <memory>
#include <algorithm>
#include <mutex>
#include <thread>
#include <vector>
#if defined(__x86_64__)
#include <immintrin.h>
#endif

#include "src/blas.h"
#include "src/args.h"
#include "src/pool.h"
#include "src/math.h"
#include "src/level3.h"
#include "src/gemm.h"
#include "src/elementwise.h"
#include "src/optim.h"
#include "src/linear.h"
#include "src/denoiser.h"
#include "src/loss.h"
#include "src/normals.h"

namespace {

// ---- threads and build information

napi_value SetThreads(napi_env env, napi_callback_info info) {
  Args a;
  if (!getArgs(env, info, a, 1, false)) return nullptr;
  const int64_t n = i64(a, 0);
  if (!a.ok) return nullptr;
  if (n < 1 || n > 1024) {
    throwError(env, "sidlab native: thread count must be between 1 and 1024");
    return nullptr;
  }
  pool.resize((int)n);
  return undefined(env);
}

// dropPacked(token): tfjs freed the data behind a weights token (stages/internal/nativeBackend.ts)
napi_value DropPacked(napi_env env, napi_callback_info info) {
  Args a;
  if (!getArgs(env, info, a, 1, false)) return nullptr;
  const int64_t token = i64(a, 0);
  if (!a.ok) return nullptr;
  if (token > 0) packCache.drop(static_cast<uint64_t>(token));
  return undefined(env);
}

napi_value Info(napi_env env, napi_callback_info) {
  napi_value obj, v;
  napi_create_object(env, &obj);
  napi_create_string_utf8(env, openblas_get_config(), NAPI_AUTO_LENGTH, &v);
  napi_set_named_property(env, obj, "blas", v);
  napi_create_string_utf8(env, openblas_get_corename(), NAPI_AUTO_LENGTH, &v);
  napi_set_named_property(env, obj, "core", v);
  napi_create_int32(env, openblas_get_num_threads(), &v);
  napi_set_named_property(env, obj, "blasThreads", v);
  napi_create_int32(env, pool.threads(), &v);
  napi_set_named_property(env, obj, "poolThreads", v);
  napi_create_int64(env, pool.helperChunks(), &v);
  napi_set_named_property(env, obj, "helperChunks", v);
  const std::string gemmPath = level3Description();
  napi_create_string_utf8(env, gemmPath.c_str(), NAPI_AUTO_LENGTH, &v);
  napi_set_named_property(env, obj, "gemm", v);
  napi_value cache;
  napi_create_object(env, &cache);
  const std::pair<const char*, int64_t> fields[] = {{"entries", static_cast<int64_t>(packCache.entries.size())}, {"bytes", packCache.bytes},
                                                    {"limit", packCache.limit}, {"hits", packCache.hits}, {"packs", packCache.packs}};
  for (const auto& [name, value] : fields) {
    napi_create_int64(env, value, &v);
    napi_set_named_property(env, cache, name, v);
  }
  napi_set_named_property(env, obj, "packedWeights", cache);
  napi_create_int32(env, 6, &v);
  napi_set_named_property(env, obj, "abi", v);
  return obj;
}

}  // namespace

NAPI_MODULE_INIT() {
  openblas_set_num_threads(1);  // every sgemm call is serial; the pool runs them in parallel
  const napi_property_descriptor props[] = {
      {"gemm", nullptr, Gemm, nullptr, nullptr, nullptr, napi_default, nullptr},
      {"binary", nullptr, Binary, nullptr, nullptr, nullptr, napi_default, nullptr},
      {"unary", nullptr, Unary, nullptr, nullptr, nullptr, napi_default, nullptr},
      {"siluGrad", nullptr, SiluGrad, nullptr, nullptr, nullptr, napi_default, nullptr},
      {"sum", nullptr, Sum, nullptr, nullptr, nullptr, napi_default, nullptr},
      {"copyRows", nullptr, CopyRows, nullptr, nullptr, nullptr, napi_default, nullptr},
      {"select", nullptr, Select, nullptr, nullptr, nullptr, napi_default, nullptr},
      {"isNan", nullptr, IsNan, nullptr, nullptr, nullptr, napi_default, nullptr},
      {"adam", nullptr, Adam, nullptr, nullptr, nullptr, napi_default, nullptr},
      {"ema", nullptr, Ema, nullptr, nullptr, nullptr, napi_default, nullptr},
      {"linearForward", nullptr, LinearForward, nullptr, nullptr, nullptr, napi_default, nullptr},
      {"linearBackward", nullptr, LinearBackward, nullptr, nullptr, nullptr, napi_default, nullptr},
      {"mlpForward", nullptr, MlpForward, nullptr, nullptr, nullptr, napi_default, nullptr},
      {"mlpBackward", nullptr, MlpBackward, nullptr, nullptr, nullptr, napi_default, nullptr},
      {"sidFakeLoss", nullptr, SidFakeLoss, nullptr, nullptr, nullptr, napi_default, nullptr},
      {"sidGenLoss", nullptr, SidGenLoss, nullptr, nullptr, nullptr, napi_default, nullptr},
      {"normalPairs", nullptr, NormalPairs, nullptr, nullptr, nullptr, napi_default, nullptr},
      {"setThreads", nullptr, SetThreads, nullptr, nullptr, nullptr, napi_default, nullptr},
      {"dropPacked", nullptr, DropPacked, nullptr, nullptr, nullptr, napi_default, nullptr},
      {"info", nullptr, Info, nullptr, nullptr, nullptr, napi_default, nullptr},
  };
  napi_define_properties(env, exports, sizeof props / sizeof props[0], props);
  return exports;
}

