// sidlab native kernels: a Node addon (plain Node-API, no npm dependencies) over OpenBLAS.
//
// Every kernel works in place on the memory of tfjs's wasm backend: JavaScript passes the wasm heap's
// ArrayBuffer and byte offsets of the tensors in it (stages/internal/nativeKernels.ts), so no data is
// copied between JavaScript, WebAssembly and C++. Outputs are allocated by the wasm backend before the
// call; a kernel never allocates wasm memory itself, so the heap cannot move while it runs.
//
// Kernels: sgemm in all transpose forms with optional fused bias and activation; elementwise binary ops
// with the broadcasts the stages use; unary ops (sigmoid with a vectorised exp); SiLU and its gradient;
// reductions (sum) over a contiguous block of axes; select; isnan; Adam and EMA steps over whole parameter sets.
//
// Reproducibility: every result depends only on the inputs, the OpenBLAS build and its core type, never
// on the thread count. OpenBLAS itself runs single-threaded (its threaded sgemm splits the sum over k
// differently from its serial one); a product is cut into tiles by a rule of the shape alone, and each
// tile is one serial sgemm call on some thread of our pool. Elementwise kernels compute each element on
// one thread, and a sum adds its terms in index order whatever the split.
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
#include <mutex>
#include <thread>
#include <vector>
#if defined(__x86_64__)
#include <immintrin.h>
#endif

// ---- BLAS (declared here so that only the library is needed, not its headers)
extern "C" {
enum CBLAS_ORDER { CblasRowMajor = 101, CblasColMajor = 102 };
enum CBLAS_TRANSPOSE { CblasNoTrans = 111, CblasTrans = 112 };
void cblas_sgemm(enum CBLAS_ORDER order, enum CBLAS_TRANSPOSE ta, enum CBLAS_TRANSPOSE tb, int m, int n, int k,
                 float alpha, const float* a, int lda, const float* b, int ldb, float beta, float* c, int ldc);
void openblas_set_num_threads(int n);
int openblas_get_num_threads(void);
char* openblas_get_config(void);
char* openblas_get_corename(void);
}

// Hot loops are compiled for AVX-512, AVX2+FMA and baseline x86-64, picked at load time (ifunc), so that
// an addon built on one machine still runs on another.
#if defined(__x86_64__) && defined(__GNUC__) && !defined(__clang__) && !defined(SIDLAB_NO_CLONES)
#define HOT __attribute__((target_clones("arch=x86-64-v4", "arch=x86-64-v3", "default")))
#else
#define HOT
#endif

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


// ---- the thread pool (for sgemm tiles and elementwise kernels; OpenBLAS runs single-threaded)
//
// A job is cut into fixed chunks (their bounds depend only on the size and the thread count). The caller
// and the helpers take chunks from a shared ticket counter until none are left, so a helper that is slow
// to wake (a busy machine) costs nothing: the caller simply does more chunks. Each output element is
// computed by one thread in a fixed order, so results do not depend on timing or on who ran what.
// Helpers spin briefly between jobs (kernels come in quick succession) and then sleep. The caller, once
// its share is done, yields its core while it waits: on a machine with more runnable threads than cores
// (other jobs, or `--jobs`), spinning would keep a helper that holds a chunk from running.
//
// The ticket packs (generation 24 bits | chunk count 20 bits | next chunk 20 bits), so a helper can tell
// from the ticket alone whether a chunk of the current job is left; it reads the job only while it holds
// a chunk, and the caller cannot finish (and replace the job) before that chunk is done.

class Pool {
 public:
  ~Pool() { resize(1); }

  int threads() const { return threads_; }

  void resize(int n) {
    if (n < 1) n = 1;
    if (n == threads_) return;
    {
      std::lock_guard<std::mutex> lock(mutex_);
      stop_.store(true, std::memory_order_release);
    }
    wake_.notify_all();
    for (auto& t : workers_) t.join();
    workers_.clear();
    stop_.store(false, std::memory_order_release);
    threads_ = n;
    for (int i = 1; i < n; i++) workers_.emplace_back([this] { loop(); });
  }

  // Runs f(begin, end) over [0, n) in contiguous ranges whose bounds are multiples of `align`; in
  // parallel when n is at least `minParallel`.
  template <typename F>
  void run(int64_t n, int64_t minParallel, int64_t align, F&& f) {
    if (threads_ == 1 || n < minParallel || n <= align) {
      f(int64_t{0}, n);
      return;
    }
    int64_t chunks = 4 * threads_;
    int64_t chunk = (n + chunks - 1) / chunks;
    chunk = (chunk + align - 1) / align * align;
    chunks = (n + chunk - 1) / chunk;
    std::function<void(int64_t, int64_t)> body = [&](int64_t b, int64_t e) { f(b, e); };
    job_ = &body;
    n_ = n;
    chunk_ = chunk;
    done_.store(0, std::memory_order_relaxed);
    const uint64_t gen = ((ticket_.load(std::memory_order_relaxed) >> 40) + 1) & 0xFFFFFF;
    bool sleepers;
    {
      std::lock_guard<std::mutex> lock(mutex_);
      ticket_.store((gen << 40) | (static_cast<uint64_t>(chunks) << 20), std::memory_order_release);
      sleepers = sleepers_ > 0;
    }
    if (sleepers) wake_.notify_all();
    work(gen);
    // a helper still holding a chunk may have lost its core (busy machine): yield rather than spin
    for (int i = 0; done_.load(std::memory_order_acquire) != chunks; i++) {
      if (i < kSpinsBeforeYield) pause();
      else std::this_thread::yield();
    }
  }

  // Chunks run by helper threads since load: evidence that a job really ran in parallel.
  int64_t helperChunks() const { return helperChunks_.load(std::memory_order_relaxed); }

 private:
  static void pause() {
#if defined(__x86_64__)
    _mm_pause();
#endif
  }

  // Takes and runs chunks of job `gen` until none are left.
  void work(uint64_t gen, bool helper = false) {
    for (;;) {
      uint64_t t = ticket_.load(std::memory_order_acquire);
      for (;;) {
        if ((t >> 40) != gen || (t & 0xFFFFF) >= ((t >> 20) & 0xFFFFF)) return;
        if (ticket_.compare_exchange_weak(t, t + 1, std::memory_order_acq_rel, std::memory_order_acquire)) break;
      }
      const int64_t i = static_cast<int64_t>(t & 0xFFFFF);
      const int64_t b = i * chunk_, e = b + chunk_ < n_ ? b + chunk_ : n_;
      (*job_)(b, e);
      if (helper) helperChunks_.fetch_add(1, std::memory_order_relaxed);
      done_.fetch_add(1, std::memory_order_acq_rel);
    }
  }

  void loop() {
    uint64_t seen = ticket_.load(std::memory_order_acquire) >> 40;
    for (;;) {
      int spins = 0;
      uint64_t gen;
      while ((gen = ticket_.load(std::memory_order_acquire) >> 40) == seen) {
        if (stop_.load(std::memory_order_acquire)) return;
        if (++spins > kSpins) {
          std::unique_lock<std::mutex> lock(mutex_);
          sleepers_++;
          wake_.wait(lock, [&] {
            return (ticket_.load(std::memory_order_acquire) >> 40) != seen || stop_.load(std::memory_order_acquire);
          });
          sleepers_--;
          spins = 0;
        } else {
          pause();
        }
      }
      seen = gen;
      work(gen, true);
    }
  }

  static constexpr int kSpins = 20000;  // tens of microseconds of pause instructions
  static constexpr int kSpinsBeforeYield = 256;
  int threads_ = 1;
  std::vector<std::thread> workers_;
  std::function<void(int64_t, int64_t)>* job_ = nullptr;
  int64_t n_ = 0, chunk_ = 1;
  std::atomic<uint64_t> ticket_{0};
  std::atomic<int64_t> done_{0};
  std::atomic<int64_t> helperChunks_{0};
  std::atomic<bool> stop_{false};
  std::mutex mutex_;
  std::condition_variable wake_;
  int sleepers_ = 0;
};

Pool pool;

// Elementwise kernels go parallel from this many elements (smaller ones are faster on one thread).
constexpr int64_t kMinParallel = 1 << 15;

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

// ---- gemm
//
// A product C[m, n] is cut into tiles of rb × cb by a rule that sees only (m, n, k): the tile count grows
// with the work (at least 16 MFLOP a tile, at most 4 tiles: OpenBLAS repacks the operands for every
// tile, which costs about 8% of a 512³ product at 8 tiles, 4% at 4), by halving the longer side. Each tile is one serial sgemm call, so
// every element of C is computed by the same call whatever the thread count.

struct Tiling {
  int64_t rb, cb, rows, cols;  // tile size and tile counts
};

Tiling tiling(int64_t m, int64_t n, int64_t k) {
  const double flop = 2.0 * static_cast<double>(m) * static_cast<double>(n) * static_cast<double>(k);
  const int64_t want = flop < 16e6 ? 1 : flop >= 64e6 ? 4 : static_cast<int64_t>(flop / 16e6);
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
  napi_create_int32(env, 3, &v);
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
      {"setThreads", nullptr, SetThreads, nullptr, nullptr, nullptr, napi_default, nullptr},
      {"info", nullptr, Info, nullptr, nullptr, nullptr, napi_default, nullptr},
  };
  napi_define_properties(env, exports, sizeof props / sizeof props[0], props);
  return exports;
}
