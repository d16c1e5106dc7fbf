// Probe: how much of a product's time is OpenBLAS repacking the operands, at bench-mlp's shapes?
//
// The addon cuts a product into two tiles and calls serial cblas_sgemm on each, so OpenBLAS packs
// both operands inside every call: one operand twice (once per tile), the weights on every pass.
// This program drives OpenBLAS 0.3.21's own kernels (its exported sgemm_kernel_<CORE> and copy
// routines) with the K blocking its level-3 driver uses, and times three ways to compute the same
// product on two threads against the addon's two tiles:
//   shared  each operand packed once, the duplicated one by both threads together;
//   cached  as shared, with the weights packed before the timed calls (the most a cache of packed
//           weights could give, e.g. for the frozen teacher).
// Every variant is first checked bit for bit against the tiles. Not part of the addon or the bench.
//
//   g++ -O2 -std=c++17 bench/probes/gemm-packing.cc -o /tmp/gemm-packing -lopenblas -ldl -pthread
//   /tmp/gemm-packing [calls]     # fastest of `calls` (default 300) interleaved calls per variant
//
// Needs OpenBLAS 0.3.21 with DYNAMIC_ARCH (Debian's): it reads P, Q and the unrolls from the
// `gotoblas` table, whose layout is that version's; it refuses other versions.
#include <dlfcn.h>

#include <algorithm>
#include <atomic>
#include <cctype>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <ctime>
#include <functional>
#include <random>
#include <string>
#include <thread>
#include <vector>

extern "C" {
enum CBLAS_ORDER { CblasRowMajor = 101 };
enum CBLAS_TRANSPOSE { CblasNoTrans = 111, CblasTrans = 112 };
void cblas_sgemm(CBLAS_ORDER, CBLAS_TRANSPOSE, CBLAS_TRANSPOSE, int, int, int, float, const float*, int, const float*,
                 int, float, float*, int);
void openblas_set_num_threads(int);
char* openblas_get_corename(void);
char* openblas_get_config(void);
}

using BL = long;
using KernelFn = int (*)(BL m, BL n, BL k, float alpha, float* sa, float* sb, float* c, BL ldc);
using CopyFn = int (*)(BL m, BL n, const float* a, BL lda, float* b);

static KernelFn kernel;
static CopyFn incopy, itcopy, oncopy, otcopy;
static BL P, Q, UM, UN;

// two threads: the caller and one helper that spins for work
static std::atomic<int> gen{0}, done{0};
static std::atomic<bool> stop{false};
static std::function<void(int)> job;
static void helper() {
  for (int seen = 0; !stop;) {
    const int g = gen.load();
    if (g == seen) { __builtin_ia32_pause(); continue; }
    seen = g;
    job(1);
    done.fetch_add(1);
  }
}
static void both(std::function<void(int)> f) {
  job = f;
  const int d0 = done.load();
  gen.fetch_add(1);
  f(0);
  while (done.load() == d0) __builtin_ia32_pause();
}

// weightsRight: B is a layer's W (not dY, as in a weight gradient), so a cache of packed weights applies
struct Shape { const char* what; bool ta, tb; int m, n, k; bool weightsRight; };

// the addon's tiling (native/src/gemm.h): below 8 MFLOP one tile, else the longer side halved to a multiple of 16
static void tiles(const Shape& s, const float* A, const float* B, float* C) {
  const bool rows = s.m >= s.n;
  const bool two = 2.0 * s.m * s.n * s.k >= 8e6;
  const int rb = two && rows ? ((s.m + 1) / 2 + 15) / 16 * 16 : s.m, cb = two && !rows ? ((s.n + 1) / 2 + 15) / 16 * 16 : s.n;
  auto tile = [&](int r0, int r1, int c0, int c1) {
    if (r1 <= r0 || c1 <= c0) return;
    cblas_sgemm(CblasRowMajor, s.ta ? CblasTrans : CblasNoTrans, s.tb ? CblasTrans : CblasNoTrans, r1 - r0, c1 - c0, s.k, 1.0f,
                s.ta ? A + r0 : A + (size_t)r0 * s.k, s.ta ? s.m : s.k, s.tb ? B + (size_t)c0 * s.k : B + c0, s.tb ? s.k : s.n,
                0.0f, C + (size_t)r0 * s.n + c0, s.n);
  };
  both([&](int t) {
    if (t == 0) tile(0, rb, 0, cb);
    else if (rows) tile(rb, s.m, 0, s.n);
    else tile(0, s.m, cb, s.n);
  });
}

// K blocks exactly as driver/level3/level3.c cuts them: the bits depend on them, not on the M/N blocking
static std::vector<std::pair<BL, BL>> kBlocks(BL k) {
  std::vector<std::pair<BL, BL>> out;
  for (BL ls = 0, ml; ls < k; ls += ml) {
    ml = k - ls;
    if (ml >= 2 * Q) ml = Q;
    else if (ml > Q) ml = (ml / 2 + UM - 1) / UM * UM;
    out.push_back({ls, ml});
  }
  return out;
}
static BL iBlock(BL rest) { return rest >= 2 * P ? P : rest > P ? (rest / 2 + UM - 1) / UM * UM : rest; }

// Column-major view, as OpenBLAS sees a row-major call: C'(n × m) = op(A')·op(B') with A' = B (the
// weights in the forward pass), B' = A. A'[ls] is packed whole at packedA + ls·n (panel i at i·ml).
struct Product {
  const Shape& s;
  const float *a, *b;
  BL lda, ldb, Mp, Np;
  std::vector<std::pair<BL, BL>> kb;
  Product(const Shape& sh, const float* A, const float* B)
      : s(sh), a(B), b(A), lda(sh.tb ? sh.k : sh.n), ldb(sh.ta ? sh.m : sh.k), Mp(sh.n), Np(sh.m), kb(kBlocks(sh.k)) {}
  void packA(BL ml, BL ls, BL i0, BL cnt, float* dst) const {
    if (!s.tb) itcopy(ml, cnt, a + i0 + ls * lda, lda, dst);
    else incopy(ml, cnt, a + ls + i0 * lda, lda, dst);
  }
  void packB(BL ml, BL ls, BL j0, BL cnt, float* dst) const {
    if (!s.ta) oncopy(ml, cnt, b + ls + j0 * ldb, ldb, dst);
    else otcopy(ml, cnt, b + j0 + ls * ldb, ldb, dst);
  }
  BL half(BL total, BL unit) const { return std::min(total, (total / 2 + unit - 1) / unit * unit); }
  void packWholeA(float* dst) const {
    const BL h = half(Mp, UM);
    both([&](int t) {
      const BL i0 = t ? h : 0, i1 = t ? Mp : h;
      if (i1 > i0) for (auto [ls, ml] : kb) packA(ml, ls, i0, i1 - i0, dst + ls * Mp + i0 * ml);
    });
  }
};

static std::vector<float> packedA, packedB, own[2];

// prepacked given: A' as packWholeA packs it (a cache); else the threads pack A' inside the call
static void shared(const Shape& s, const float* A, const float* B, float* C, const float* prepacked) {
  const Product p(s, A, B);
  const BL ldc = s.n;
  if (p.Np >= p.Mp) {
    // rows of C split: A' shared (packed once by both), each thread packs its rows' B' as it goes
    const float* sa = prepacked;
    if (!sa) { packedA.resize(p.Mp * s.k + 64); p.packWholeA(packedA.data()); sa = packedA.data(); }
    const BL h = p.half(p.Np, UN);
    both([&](int t) {
      const BL n0 = t ? h : 0, n1 = t ? p.Np : h;
      if (n1 <= n0) return;
      for (BL j = n0; j < n1; j++) std::memset(C + j * ldc, 0, sizeof(float) * p.Mp);
      std::vector<float>& sb = own[t];
      sb.resize(s.k * (n1 - n0) + 64);
      for (auto [ls, ml] : p.kb) {
        const float* saL = sa + ls * p.Mp;
        BL mi = iBlock(p.Mp);
        for (BL jj = n0, mjj; jj < n1; jj += mjj) {
          mjj = std::min<BL>(n1 - jj, 6 * UN);
          p.packB(ml, ls, jj, mjj, sb.data() + ml * (jj - n0));
          kernel(mi, mjj, ml, 1.0f, (float*)saL, sb.data() + ml * (jj - n0), C + jj * ldc, ldc);
        }
        for (BL is = mi; is < p.Mp; is += mi) {
          mi = iBlock(p.Mp - is);
          kernel(mi, n1 - n0, ml, 1.0f, (float*)saL + is * ml, sb.data(), C + is + n0 * ldc, ldc);
        }
      }
    });
  } else {
    // columns of C split: B' shared (packed once by both), each thread its columns' A' (or the cached one)
    packedB.resize(p.Np * s.k + 64);
    const BL hn = p.half(p.Np, UN), hm = p.half(p.Mp, UM);
    if (!prepacked) packedA.resize(p.Mp * s.k + 64);
    both([&](int t) {
      const BL n0 = t ? hn : 0, n1 = t ? p.Np : hn, i0 = t ? hm : 0, i1 = t ? p.Mp : hm;
      for (BL j = 0; j < p.Np; j++) std::memset(C + i0 + j * ldc, 0, sizeof(float) * (i1 - i0));
      if (n1 > n0) for (auto [ls, ml] : p.kb) p.packB(ml, ls, n0, n1 - n0, packedB.data() + ls * p.Np + n0 * ml);
    });
    both([&](int t) {
      const BL i0 = t ? hm : 0, i1 = t ? p.Mp : hm;
      for (auto [ls, ml] : p.kb) {
        const float* sb = packedB.data() + ls * p.Np;
        for (BL is = i0, mi; is < i1; is += mi) {
          mi = iBlock(i1 - is);
          float* sa = (prepacked ? (float*)prepacked : packedA.data()) + ls * p.Mp + is * ml;
          if (!prepacked) p.packA(ml, ls, is, mi, sa);
          kernel(mi, p.Np, ml, 1.0f, sa, (float*)sb, C + is, ldc);
        }
      }
    });
  }
}

int main(int argc, char** argv) {
  const int calls = argc > 1 ? std::atoi(argv[1]) : 300;
  if (!std::strstr(openblas_get_config(), "OpenBLAS 0.3.21 ")) {
    std::fprintf(stderr, "gemm-packing: needs OpenBLAS 0.3.21 (this is %s)\n", openblas_get_config());
    return 2;
  }
  std::string core = openblas_get_corename();
  for (char& ch : core) ch = (char)std::toupper((unsigned char)ch);
  void* self = dlopen(nullptr, RTLD_NOW);
  auto sym = [&](const char* stem) { return dlsym(self, (std::string(stem) + core).c_str()); };
  kernel = (KernelFn)sym("sgemm_kernel_");
  incopy = (CopyFn)sym("sgemm_incopy_"), itcopy = (CopyFn)sym("sgemm_itcopy_");
  oncopy = (CopyFn)sym("sgemm_oncopy_"), otcopy = (CopyFn)sym("sgemm_otcopy_");
  int** table = (int**)dlsym(self, "gotoblas");
  if (!kernel || !incopy || !itcopy || !oncopy || !otcopy || !table) {
    std::fprintf(stderr, "gemm-packing: OpenBLAS's %s kernels are not exported here\n", core.c_str());
    return 2;
  }
  // 0.3.21 without BFLOAT16: dtb_entries, offsetA, offsetB, align, sgemm_p, sgemm_q, sgemm_r, unroll_m, unroll_n
  const int* g = *table;
  P = g[4], Q = g[5], UM = g[7], UN = g[8];
  char when[32];
  const std::time_t now = std::time(nullptr);
  std::strftime(when, sizeof when, "%Y-%m-%dT%H:%M:%SZ", std::gmtime(&now));
  std::string cpu = "unknown CPU";
  if (FILE* f = std::fopen("/proc/cpuinfo", "r")) {
    char line[512];
    while (std::fgets(line, sizeof line, f))
      if (!std::strncmp(line, "model name", 10) && std::strchr(line, ':')) { cpu = std::strchr(line, ':') + 2; cpu.pop_back(); break; }
    std::fclose(f);
  }
  std::printf("%s; %s; %s, %s kernels: P %ld, Q %ld, unroll %ld × %ld; fastest of %d calls, GFLOP/s\n", when, cpu.c_str(),
              openblas_get_config(), core.c_str(), P, Q, UM, UN, calls);
  openblas_set_num_threads(1);
  std::thread h(helper);
  // bench-mlp's products (B = 256 rows, 512 wide; the CFG pass has 512 rows) and two odd ones
  const std::vector<Shape> shapes = {
      {"forward, 256 rows", false, false, 256, 512, 512, true},   {"forward, 512 rows", false, false, 512, 512, 512, true},
      {"input gradient", false, true, 256, 512, 512, true},       {"weight gradient", true, false, 512, 512, 256, false},
      {"odd: 129 × 257 × 1000", false, true, 129, 257, 1000, true}, {"odd: 300 × 520 × 45", true, false, 300, 520, 45, false}};
  std::mt19937 rng(1);
  std::normal_distribution<float> normal;
  std::printf("%-24s %8s %8s %8s %10s %10s\n", "product", "tiles", "shared", "cached", "shared Δ", "cached Δ");
  for (const Shape& s : shapes) {
    std::vector<float> A((size_t)s.m * s.k), B((size_t)s.k * s.n), Ct((size_t)s.m * s.n), Cs(Ct.size()), Cc(Ct.size());
    for (float& x : A) x = normal(rng);
    for (float& x : B) x = normal(rng);
    const Product p(s, A.data(), B.data());
    std::vector<float> pre(p.Mp * s.k + 64);
    p.packWholeA(pre.data());
    tiles(s, A.data(), B.data(), Ct.data());
    shared(s, A.data(), B.data(), Cs.data(), nullptr);
    shared(s, A.data(), B.data(), Cc.data(), pre.data());
    const size_t bytes = Ct.size() * sizeof(float);
    if (std::memcmp(Ct.data(), Cs.data(), bytes) || std::memcmp(Ct.data(), Cc.data(), bytes)) {
      std::printf("%-24s not the tiles' bits (a special path of OpenBLAS's interface?); skipped\n", s.what);
      continue;
    }
    using clk = std::chrono::steady_clock;
    double best[3] = {1e9, 1e9, 1e9};
    const int variants = s.weightsRight ? 3 : 2;  // no cache where B is not the weights
    for (int i = 0; i < calls; i++) {
      for (int v = 0; v < variants; v++) {
        const auto t0 = clk::now();
        if (v == 0) tiles(s, A.data(), B.data(), Ct.data());
        else shared(s, A.data(), B.data(), Cs.data(), v == 2 ? pre.data() : nullptr);
        best[v] = std::min(best[v], std::chrono::duration<double>(clk::now() - t0).count());
      }
    }
    const double gf = 2.0 * s.m * s.n * s.k / 1e9;
    if (s.weightsRight)
      std::printf("%-24s %8.1f %8.1f %8.1f %+9.1f%% %+9.1f%%\n", s.what, gf / best[0], gf / best[1], gf / best[2],
                  100 * (best[0] / best[1] - 1), 100 * (best[0] / best[2] - 1));
    else
      std::printf("%-24s %8.1f %8.1f %8s %+9.1f%% %10s\n", s.what, gf / best[0], gf / best[1], "—", 100 * (best[0] / best[1] - 1), "—");
  }
  stop = true;
  h.join();
  return 0;
}
