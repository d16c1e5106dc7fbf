// OpenBLAS's own sgemm kernel and packing routines, driven on our pool: each operand of a product packed
// once, the output's rows handed out to whichever thread is free.
// Part of native/sidlab_native.cc (one translation unit; included there in dependency order).
#pragma once

#include <dlfcn.h>

#include <cctype>
#include <cstdlib>
#include <string>
#include <unordered_map>

namespace {

// ---- the level-3 driver
//
// Through CBLAS every tile packs both its operands again: the two tiles of a product pack the same
// weights (or activations) twice, and a tile is a fixed half of the work, so when one of the guest's two
// cores runs slower than the other (measured here: 60 vs 90 GFLOP/s for seconds at a time) the faster one
// waits. This driver calls the routines OpenBLAS 0.3.21's serial driver (driver/level3/level3.c) calls, in
// its K blocking, so every element of C is the same sum in the same order: C is zeroed, then each K block
// adds kernel(packed A' panel, packed B' panel). The M and N blocking do not change the bits (each
// element's K blocks are added in order either way); the K blocking does, and it depends only on k and
// OpenBLAS's Q and unroll. So: A' (the row-major call's B, a layer's weights in the forward pass) is
// packed once by both threads; then chunks of kRowChunk rows of C are taken from the pool's counter,
// each packing its own rows of the other operand.
//
// OpenBLAS exports the kernels per core type (sgemm_kernel_SKYLAKEX, sgemm_itcopy_HASWELL, ...) and its
// block sizes in the `gotoblas` table, whose layout is version-specific: the driver runs only on 0.3.21
// with DYNAMIC_ARCH (Debian's), checks the table's values for sanity, and before its first product
// compares its bits with cblas_sgemm's on odd shapes in every transpose form. Anything else, and
// SIDLAB_GEMM=cblas, leaves every product on CBLAS. Products that OpenBLAS's interface sends to its
// small-matrix or sgemm_direct code never come here (gemm.h decides).

struct Level3 {
  using Kernel = int (*)(long m, long n, long k, float alpha, float* sa, float* sb, float* c, long ldc);
  using Copy = int (*)(long m, long n, const float* a, long lda, float* b);
  Kernel kernel = nullptr;
  Copy incopy = nullptr, itcopy = nullptr, oncopy = nullptr, otcopy = nullptr;
  long P = 0, Q = 0, UM = 0, UN = 0;
  int state = 0;  // 0 not yet tried, 1 in use, -1 not used (see `why`)
  std::string why;
};

Level3 level3;

// Rows of C per chunk handed to a thread: 4 chunks for a 256-row product, a multiple of any unroll that divides 16.
constexpr int64_t kRowChunk = 64;

// Float buffers grown on demand, 64-byte aligned, never shrunk (one per thread that packs).
struct PackBuffer {
  float* p = nullptr;
  int64_t n = 0;
  ~PackBuffer() { std::free(p); }
  float* get(int64_t want) {
    if (want > n) {
      std::free(p);
      const size_t bytes = (static_cast<size_t>(want) * sizeof(float) + 63) / 64 * 64;
      p = static_cast<float*>(std::aligned_alloc(64, bytes));
      n = p ? want : 0;
    }
    return p;
  }
};
thread_local PackBuffer packedA, packedB;

// K blocks exactly as level3.c cuts them.
template <typename F>
void forKBlocks(const Level3& L, int64_t k, F&& f) {
  for (int64_t ls = 0, ml; ls < k; ls += ml) {
    ml = k - ls;
    if (ml >= 2 * L.Q) ml = L.Q;
    else if (ml > L.Q) ml = (ml / 2 + L.UM - 1) / L.UM * L.UM;
    f(ls, ml);
  }
}

// M blocks as level3.c cuts them (they do not change the bits; they keep a packed A' block in cache).
int64_t mBlock(const Level3& L, int64_t rest) {
  return rest >= 2 * L.P ? L.P : rest > L.P ? (rest / 2 + L.UM - 1) / L.UM * L.UM : rest;
}

// C[m, n] = op(A)·op(B), row-major, on the pool; `after(r0, r1, 0, n)` runs on each chunk of rows once it
// is done. False, with nothing written, when the packing buffer cannot be had (the caller then uses tiles).
// Column-major, as OpenBLAS sees the call: C'(n × m) = op(A')·op(B') with A' = B and B' = A.
// Floats of a packed A' (the row-major call's op(B), k × n), with the slack OpenBLAS's kernels may read past it.
int64_t packedSize(int64_t n, int64_t k) { return n * k + 64; }

// Packs A' = op(B) of a product with n columns and inner size k into sa, K block by K block: block ls at
// ls·n, its panel of rows i0.. at i0·ml (as level3.c's kernel reads it); on the pool.
void packA(bool tb, int64_t n, int64_t k, const float* B, float* sa) {
  const Level3& L = level3;
  const int64_t lda = tb ? k : n;
  const int64_t rowsPerPack = (kRowChunk + L.UM - 1) / L.UM * L.UM;
  pool.run((n + rowsPerPack - 1) / rowsPerPack, n * k >= (1 << 16) ? 2 : INT64_MAX, 1, [&](int64_t c0, int64_t c1) {
    const int64_t i0 = c0 * rowsPerPack, i1 = std::min(c1 * rowsPerPack, n);
    forKBlocks(L, k, [&](int64_t ls, int64_t ml) {
      if (!tb) L.itcopy(ml, i1 - i0, B + i0 + ls * lda, lda, sa + ls * n + i0 * ml);
      else L.incopy(ml, i1 - i0, B + ls + i0 * lda, lda, sa + ls * n + i0 * ml);
    });
  });
}

// With `prepacked` (packA's output for this B), A' is not packed again.
template <typename F>
bool level3Product(bool ta, bool tb, int64_t m, int64_t n, int64_t k, const float* A, const float* B, float* C, F&& after,
                   const float* prepacked = nullptr) {
  const Level3& L = level3;
  const int64_t Mp = n, Np = m;
  const float* b = A;
  const int64_t ldb = ta ? m : k;
  const float* sa = prepacked;
  if (sa == nullptr) {
    float* buffer = packedA.get(packedSize(n, k));
    if (buffer == nullptr) return false;
    packA(tb, n, k, B, buffer);
    sa = buffer;
  }
  // chunks of rows of C (columns of C'), each with its own packed B' panel
  const int64_t chunks = (Np + kRowChunk - 1) / kRowChunk;
  pool.run(chunks, 2, 1, [&](int64_t c0, int64_t c1) {
    float* sb = packedB.get(kRowChunk * (L.Q + L.UM) + 64);  // a few hundred kB
    if (sb == nullptr) {
      std::fputs("sidlab native: out of memory for a packed panel\n", stderr);
      std::abort();
    }
    for (int64_t chunk = c0; chunk < c1; chunk++) {
      const int64_t j0 = chunk * kRowChunk, cnt = std::min(kRowChunk, Np - j0);
      float* c = C + j0 * n;
      std::memset(c, 0, sizeof(float) * cnt * n);
      forKBlocks(L, k, [&](int64_t ls, int64_t ml) {
        if (!ta) L.oncopy(ml, cnt, b + ls + j0 * ldb, ldb, sb);
        else L.otcopy(ml, cnt, b + j0 + ls * ldb, ldb, sb);
        for (int64_t is = 0, mi; is < Mp; is += mi) {
          mi = mBlock(L, Mp - is);
          L.kernel(mi, cnt, ml, 1.0f, const_cast<float*>(sa) + ls * Mp + is * ml, sb, c + is, n);
        }
      });
      after(j0, j0 + cnt, int64_t{0}, n);
    }
  });
  return true;
}

// ---- packed weights kept between products
//
// A layer's weights W are A' of its forward product x·W (packed by itcopy), and OpenBLAS packs them again
// in every call: about a sixth of such a product's time at bench-mlp's shapes. The frozen teacher's W
// never change, and the generator's serve its k-step chain between two Adam steps. (The input gradient
// dz·Wᵀ packs W another way, incopy; keeping that too would save about 1% of a bench-mlp iteration, for the
// teacher's weights' size again in memory, where native's peak is only a few MB under the reference's.
// The cache takes either form; denoiser.h asks for the forward one.) JavaScript gives each weight tensor's data a token the first time a network
// pass sees it (stages/internal/nativeDenoise.ts): a tfjs dataId is never reused, and no kernel writes
// its inputs (Adam and EMA write new tensors, which the variables then take), so the values behind a
// token never change, and a packed entry cannot go stale. An entry is made the third time a token is
// used (weights used once or twice between two Adam steps gain nothing from one); tokens are dropped
// when tfjs frees the data; entries beyond the byte limit are evicted least recently used first.

struct PackedEntry {
  float* data = nullptr;
  int64_t n = 0, k = 0, floats = 0;
  uint64_t used = 0;
};

struct PackCache {
  std::unordered_map<uint64_t, PackedEntry> entries;  // key: token·2 + (0 forward, 1 input gradient)
  // buffers of dropped entries, reused by the next entry of the same size: the generator's weights
  // change every Adam step, and fresh buffers would each cost their page faults (and fragment the heap)
  std::vector<PackedEntry> spare;
  // uses of keys without an entry: one is made at the third use, so weights used once or twice per
  // version (a trained network's input gradient, the fake score's forward pass) never take memory
  std::unordered_map<uint64_t, int> seen;
  static constexpr size_t kSpares = 12;  // two versions of a network's layers
  static constexpr int kUsesBeforeEntry = 3;
  int64_t bytes = 0, limit = int64_t{48} << 20;  // bytes: entries and spares
  uint64_t clock = 0;
  int64_t hits = 0, packs = 0;
  bool verify = false;  // SIDLAB_PACK_VERIFY=1: every hit is packed again and compared (tests)

  ~PackCache() {
    for (auto& [key, e] : entries) std::free(e.data);
    for (auto& e : spare) std::free(e.data);
  }
  static int64_t bytesOf(const PackedEntry& e) { return e.floats * static_cast<int64_t>(sizeof(float)); }
  void release(PackedEntry& e) {
    bytes -= bytesOf(e);
    std::free(e.data);
  }
  void drop(uint64_t token) {
    for (uint64_t form = 0; form < 2; form++) {
      seen.erase(token * 2 + form);
      auto it = entries.find(token * 2 + form);
      if (it == entries.end()) continue;
      spare.push_back(it->second);
      entries.erase(it);
      if (spare.size() > kSpares) {
        release(spare.front());
        spare.erase(spare.begin());
      }
    }
  }
  // Room for `size` more bytes: spares go first, then the least recently used entries.
  void makeRoom(int64_t size) {
    while (bytes + size > limit && !spare.empty()) {
      release(spare.back());
      spare.pop_back();
    }
    while (bytes + size > limit && !entries.empty()) {
      auto oldest = entries.begin();
      for (auto e = entries.begin(); e != entries.end(); ++e) {
        if (e->second.used < oldest->second.used) oldest = e;
      }
      release(oldest->second);
      entries.erase(oldest);
    }
  }
  // A' of op(B) for `token` (packing it on a miss), or nullptr when it cannot be kept.
  const float* get(uint64_t token, bool tb, int64_t n, int64_t k, const float* B) {
    const uint64_t key = token * 2 + (tb ? 1 : 0);
    auto it = entries.find(key);
    if (it != entries.end() && it->second.n == n && it->second.k == k) {
      it->second.used = ++clock;
      hits++;
      if (verify) checkEntry(it->second, tb, B);
      return it->second.data;
    }
    if (it != entries.end()) drop(token);  // the same data seen with another shape (a reshape): keep the latest
    if (++seen[key] < kUsesBeforeEntry) return nullptr;
    seen.erase(key);
    const int64_t floats = packedSize(n, k), size = floats * static_cast<int64_t>(sizeof(float));
    if (size > limit) return nullptr;
    PackedEntry e;
    for (size_t i = 0; i < spare.size(); i++) {
      if (spare[i].floats == floats) {
        e = spare[i];
        spare[i] = spare.back();
        spare.pop_back();
        break;
      }
    }
    if (e.data == nullptr) {
      makeRoom(size);
      e.data = static_cast<float*>(std::aligned_alloc(64, (static_cast<size_t>(size) + 63) / 64 * 64));
      if (e.data == nullptr) return nullptr;
      e.floats = floats;
      bytes += size;
    }
    e.n = n, e.k = k, e.used = ++clock;
    packA(tb, n, k, B, e.data);
    packs++;
    return entries.emplace(key, e).first->second.data;
  }
  void checkEntry(const PackedEntry& e, bool tb, const float* B) {
    std::vector<float> fresh(static_cast<size_t>(e.floats));
    packA(tb, e.n, e.k, B, fresh.data());
    if (std::memcmp(fresh.data(), e.data, static_cast<size_t>(e.n * e.k) * sizeof(float)) != 0) {
      std::fputs("sidlab native: a packed weight entry no longer matches its weights (SIDLAB_PACK_VERIFY)\n", stderr);
      std::abort();
    }
  }
};

PackCache packCache;

// Finds OpenBLAS's routines and block sizes; false (with `why`) when this OpenBLAS is not one the driver knows.
bool findLevel3(Level3& L) {
  if (const char* env = std::getenv("SIDLAB_GEMM"); env != nullptr && std::strcmp(env, "cblas") == 0) {
    L.why = "SIDLAB_GEMM=cblas";
    return false;
  }
  const char* config = openblas_get_config();
  if (std::strstr(config, "OpenBLAS 0.3.21 ") == nullptr || std::strstr(config, "DYNAMIC_ARCH") == nullptr) {
    L.why = "the driver knows OpenBLAS 0.3.21 with DYNAMIC_ARCH only";
    return false;
  }
  Dl_info where;
  void* lib = nullptr;
  if (dladdr(reinterpret_cast<void*>(&cblas_sgemm), &where) != 0 && where.dli_fname != nullptr) lib = dlopen(where.dli_fname, RTLD_NOW | RTLD_NOLOAD);
  if (lib == nullptr) {
    L.why = "OpenBLAS's library handle was not found";
    return false;
  }
  std::string core = openblas_get_corename();
  for (char& ch : core) ch = static_cast<char>(std::toupper(static_cast<unsigned char>(ch)));
  const auto sym = [&](const char* stem) { return dlsym(lib, (std::string(stem) + core).c_str()); };
  L.kernel = reinterpret_cast<Level3::Kernel>(sym("sgemm_kernel_"));
  L.incopy = reinterpret_cast<Level3::Copy>(sym("sgemm_incopy_"));
  L.itcopy = reinterpret_cast<Level3::Copy>(sym("sgemm_itcopy_"));
  L.oncopy = reinterpret_cast<Level3::Copy>(sym("sgemm_oncopy_"));
  L.otcopy = reinterpret_cast<Level3::Copy>(sym("sgemm_otcopy_"));
  int* const* table = static_cast<int* const*>(dlsym(lib, "gotoblas"));
  if (!L.kernel || !L.incopy || !L.itcopy || !L.oncopy || !L.otcopy || table == nullptr || *table == nullptr) {
    L.kernel = nullptr;
    L.why = "OpenBLAS's " + core + " sgemm kernels are not exported";
    return false;
  }
  // 0.3.21's gotoblas_t (no BFLOAT16): dtb_entries, offsetA, offsetB, align, sgemm_p, sgemm_q, sgemm_r, unroll_m, unroll_n
  const int* g = *table;
  L.P = g[4], L.Q = g[5], L.UM = g[7], L.UN = g[8];
  const auto dividesSixteen = [](long u) { return u == 1 || u == 2 || u == 4 || u == 8 || u == 16; };
  if (L.P < 16 || L.P > 8192 || L.Q < 16 || L.Q > 8192 || !dividesSixteen(L.UM) || !dividesSixteen(L.UN) || L.P % L.UM != 0) {
    L.kernel = nullptr;
    L.why = "OpenBLAS's block sizes are not ones the driver knows";
    return false;
  }
  return true;
}

// Fills x with values from a fixed sequence in [-1, 1) (not all representable sums: rounding shows).
void selfTestFill(std::vector<float>& x, uint32_t seed) {
  for (float& v : x) {
    seed = seed * 1664525u + 1013904223u;
    v = static_cast<float>(seed >> 8) / 8388608.0f - 1.0f;
  }
}

// The driver's bits against one serial cblas_sgemm call, in every transpose form, K in one and several blocks.
bool level3SelfTest(std::string& why) {
  struct Case { bool ta, tb; int64_t m, n, k; };
  const Case cases[] = {{false, false, 257, 130, 1000}, {false, true, 129, 257, 1000}, {true, false, 300, 520, 45},
                        {true, true, 100, 77, 2000},    {false, false, 70, 200, 600},   {false, true, 256, 512, 512}};
  for (const Case& t : cases) {
    std::vector<float> A(static_cast<size_t>(t.m * t.k)), B(static_cast<size_t>(t.k * t.n));
    std::vector<float> ref(static_cast<size_t>(t.m * t.n)), got(ref.size(), 1.0f);
    selfTestFill(A, 1u + static_cast<uint32_t>(t.m));
    selfTestFill(B, 7u + static_cast<uint32_t>(t.n));
    cblas_sgemm(CblasRowMajor, t.ta ? CblasTrans : CblasNoTrans, t.tb ? CblasTrans : CblasNoTrans, (int)t.m, (int)t.n, (int)t.k, 1.0f,
                A.data(), t.ta ? (int)t.m : (int)t.k, B.data(), t.tb ? (int)t.k : (int)t.n, 0.0f, ref.data(), (int)t.n);
    if (!level3Product(t.ta, t.tb, t.m, t.n, t.k, A.data(), B.data(), got.data(), [](int64_t, int64_t, int64_t, int64_t) {})) {
      why = "no memory for its packing buffer";
      return false;
    }
    if (std::memcmp(ref.data(), got.data(), ref.size() * sizeof(float)) != 0) {
      why = "its bits differed from cblas_sgemm's (" + std::to_string(t.m) + "×" + std::to_string(t.n) + "×" + std::to_string(t.k) + ")";
      return false;
    }
  }
  return true;
}

// Whether products go through the driver: decided once, at the first product that could.
bool level3Ready() {
  if (level3.state != 0) return level3.state > 0;
  level3.state = -1;
  if (!findLevel3(level3)) return false;
  std::string why;
  if (!level3SelfTest(why)) {
    level3.why = why;
    return false;
  }
  level3.state = 1;
  if (const char* v = std::getenv("SIDLAB_PACK_VERIFY"); v != nullptr && std::strcmp(v, "1") == 0) packCache.verify = true;
  if (const char* v = std::getenv("SIDLAB_PACK_CACHE_MB"); v != nullptr && *v != 0) {
    char* end = nullptr;
    const long mb = std::strtol(v, &end, 10);
    if (end != v && *end == 0 && mb >= 0 && mb <= 1 << 20) packCache.limit = static_cast<int64_t>(mb) << 20;
  }
  return true;
}

// One line for `info()`: which path products take (decided at the first product that could use the driver,
// so that loading the addon never pays for the self-test).
std::string level3Description() {
  if (level3.state == 0) return "not decided yet (no large product so far)";
  if (level3.state > 0) {
    return "OpenBLAS level-3 driver (P " + std::to_string(level3.P) + ", Q " + std::to_string(level3.Q) + ", unroll " +
           std::to_string(level3.UM) + "×" + std::to_string(level3.UN) + ")";
  }
  return "cblas_sgemm tiles (" + level3.why + ")";
}

}  // namespace
