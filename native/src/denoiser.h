// The `mlp` ε-network of stages/internal/mlp.ts, the whole pass in one call each way.
#pragma once

namespace {

// ---- the ε-network: input row [x_t, sin(t·f), cos(t·f), E[c]] → (Linear, SiLU) × hidden → Linear
//
// Forward writes ε̂ and a tape of what the backward needs: the input row h0, then for each hidden layer
// its pre-activation z and its output h; when no weights' gradients are to come (a frozen network), only
// each z (the slim tape: 9 MB less of the wasm heap for a 512-row pass of bench-mlp's network). Each
// product runs through `gemmTiled` (gemm.h), elementwise work splits by element, column sums and the embedding's gradient run in row
// order: the bits do not depend on the thread count. The products, bias and SiLU are those of the
// Linear kernels; the input row is the composition's float32 operations (f_i = exp(i·(−ln 10⁴/half)),
// sin and cos of t·f_i; the embedding row copied, as its one-hot product gives it exactly).

struct MlpLayer {
  const float* W;
  const float* b;
  int64_t in, out;
  uint64_t token;  // W's data's token for the packed-weights cache (level3.h); 0: none
};

// Reads the layer table (per layer [W, b, in, out, token]); false after throwing.
bool mlpLayers(Args& a, size_t i, std::vector<MlpLayer>& layers) {
  std::vector<int64_t> t;
  if (!tupleTable(a, i, 5, t)) return false;
  for (size_t j = 0; j < t.size(); j += 5) {
    const int64_t in = t[j + 2], out = t[j + 3];
    if (in < 0 || out < 0 || in > INT32_MAX || out > INT32_MAX || (!layers.empty() && layers.back().out != in)) {
      throwError(a.env, "sidlab native: bad layer widths");
      return false;
    }
    if (t[j + 4] < 0) {
      throwError(a.env, "sidlab native: bad weights token");
      return false;
    }
    layers.push_back({at<float>(a, t[j], in * out), at<float>(a, t[j + 1], out), in, out, static_cast<uint64_t>(t[j + 4])});
    if (!a.ok) return false;
  }
  if (layers.empty()) {
    throwError(a.env, "sidlab native: a network needs a layer");
    return false;
  }
  return true;
}

// Float buffers that outlive a call, grown and never zeroed: the backward's per-layer buffers were fresh
// zero-filled vectors of up to 1 MB each, a memory pass per layer for nothing. One set per JS thread.
struct ScratchBuffer {
  std::unique_ptr<float[]> p;
  int64_t n = 0;
  float* get(int64_t want) {
    if (want > n) {
      p.reset(new float[static_cast<size_t>(want)]);
      n = want;
    }
    return p.get();
  }
};
struct MlpScratch {
  ScratchBuffer dh, dIn, dz, direct, dxNet, dEmbNet;  // a slim forward's input row and layer outputs go in dz, dh and dIn
};
thread_local MlpScratch scratch;

// Floats of the tape: h0, then z and h of each hidden layer; slim (no weights' gradients to come, so no
// layer inputs needed) only each hidden layer's z, which SiLU's gradient reads.
int64_t mlpTapeSize(const std::vector<MlpLayer>& layers, int64_t rows, bool slim) {
  int64_t n = slim ? 0 : rows * layers[0].in;
  for (size_t l = 0; l + 1 < layers.size(); l++) n += (slim ? 1 : 2) * rows * layers[l].out;
  return n;
}

// ---- guidance (method.md §1.1): which rows the network runs, and how its ε̂ rows become the output
//
// kCond: B rows with prompts c; kNull: B rows with ∅; kCfg: 2B rows [∅; c] combined as
// out(∅) + κ·(out(c) − out(∅)). With `x0` each half is first converted, f = (x_t − s_t·ε̂)/a_t. The
// float32 operations are those of stages/internal/denoiser.ts's `cfg` and `epsToX0`, unfused (no FMA).

enum GuideMode { kCond = 0, kNull = 1, kCfg = 2 };

struct Guide {
  int64_t B;  // batch rows (the network runs B or 2B)
  int mode;
  bool x0;
  float kappa;
  int32_t nullId;
  const int32_t* c;  // prompts [B]
  const float* a;    // a_t [B] (x0 only)
  const float* s;    // s_t [B] (x0 only)
  int64_t rows() const { return mode == kCfg ? 2 * B : B; }
  int32_t cls(int64_t r) const { return mode == kNull || (mode == kCfg && r < B) ? nullId : c[r % B]; }
};

#pragma GCC push_options
#pragma GCC optimize("fp-contract=off")

// out [B, D] from the network's ε̂ rows [rows, D]
void guideCombine(const Guide& g, int64_t D, const float* xT, const float* eps, float* out) {
  pool.run(g.B, (kMinParallel + D - 1) / (D > 0 ? D : 1), 1, [&](int64_t b0, int64_t b1) {
    for (int64_t b = b0; b < b1; b++) {
      const float* x = xT + b * D;
      const float* e = eps + (g.mode == kCfg ? (g.B + b) * D : b * D);  // the conditional (or only) half
      const float* u = eps + b * D;                                      // the unconditional half
      float* o = out + b * D;
      const float ab = g.x0 ? g.a[b] : 1.0f, sb = g.x0 ? g.s[b] : 0.0f;
      for (int64_t j = 0; j < D; j++) {
        float cj = e[j];
        if (g.x0) cj = (x[j] - sb * cj) / ab;
        if (g.mode == kCfg) {
          float uj = u[j];
          if (g.x0) uj = (x[j] - sb * uj) / ab;
          cj = uj + g.kappa * (cj - uj);
        }
        o[j] = cj;
      }
    }
  });
}

// From dOut [B, D]: dEps [rows, D] for the network and x_t's direct gradient dx [B, D] (x0 only)
void guideBackward(const Guide& g, int64_t D, const float* dOut, float* dEps, float* dx) {
  pool.run(g.B, (kMinParallel + D - 1) / (D > 0 ? D : 1), 1, [&](int64_t b0, int64_t b1) {
    for (int64_t b = b0; b < b1; b++) {
      const float* d = dOut + b * D;
      float* dc = dEps + (g.mode == kCfg ? (g.B + b) * D : b * D);
      float* du = dEps + b * D;
      float* dxb = dx + b * D;
      const float ab = g.x0 ? g.a[b] : 1.0f, sb = g.x0 ? g.s[b] : 0.0f;
      for (int64_t j = 0; j < D; j++) {
        float gc = d[j], gu = 0.0f;
        if (g.mode == kCfg) {
          const float diff = d[j] * g.kappa;
          gc = diff;
          gu = d[j] + -diff;
        }
        if (g.x0) {
          const float nc = gc / ab;
          dc[j] = -nc * sb;
          float direct = nc;
          if (g.mode == kCfg) {
            const float nu = gu / ab;
            du[j] = -nu * sb;
            direct = direct + nu;
          }
          dxb[j] = direct;
        } else {
          dc[j] = gc;
          if (g.mode == kCfg) du[j] = gu;
          dxb[j] = 0.0f;
        }
      }
    }
  });
}

#pragma GCC pop_options

// Reads the guidance arguments (mode, x0, kappa, nullId at i..i+3; a, s offsets at i+4, i+5); false after throwing.
bool guideArgs(Args& a, size_t i, int64_t B, const int32_t* c, Guide& g) {
  const int64_t mode = i64(a, i), x0 = i64(a, i + 1), nullId = i64(a, i + 3), aOff = i64(a, i + 4), sOff = i64(a, i + 5);
  const double kappa = f64(a, i + 2);
  if (!a.ok) return false;
  if (mode < kCond || mode > kCfg) {
    throwError(a.env, "sidlab native: bad guidance mode");
    return false;
  }
  g = {B, (int)mode, x0 != 0, static_cast<float>(kappa), static_cast<int32_t>(nullId), c, nullptr, nullptr};
  if (g.x0) {
    g.a = at<float>(a, aOff, B);
    g.s = at<float>(a, sOff, B);
  }
  return a.ok;
}

// Floats of the guided tape: the network's, then its raw ε̂ rows when guidance changes them.
bool guideKeepsEps(const Guide& g) { return g.mode == kCfg || g.x0; }

// mlpForward(heap, B, dim, embedding, classes1, layers, xT, t, c, emb, out, tape, mode, x0, kappa, nullId, a, s, slim)
// x_t [B, dim], t and c int32 [B]; emb [classes1, embedding]; out [B, dim]; layers' first width dim + 2·embedding.
// The network runs on `rows` = B or 2B rows (guidance above); row r reads x_t, t of row r mod B.
napi_value MlpForward(napi_env env, napi_callback_info info) {
  Args a;
  if (!getArgs(env, info, a, 19, true)) return nullptr;
  const int64_t B = i64(a, 1), D = i64(a, 2), E = i64(a, 3), C1 = i64(a, 4);
  std::vector<MlpLayer> layers;
  if (!a.ok || !mlpLayers(a, 5, layers)) return nullptr;
  const int64_t xOff = i64(a, 6), tOff = i64(a, 7), cOff = i64(a, 8), embOff = i64(a, 9), outOff = i64(a, 10), tapeOff = i64(a, 11);
  if (!a.ok || B < 0) return nullptr;
  Guide guide;
  if (!guideArgs(a, 12, B, at<int32_t>(a, cOff, B), guide)) return nullptr;
  const int64_t R = guide.rows();
  const int64_t W0 = layers[0].in;
  if (R < 0 || D < 0 || E < 0 || E % 2 != 0 || C1 < 1 || W0 != D + 2 * E || layers.back().out != D) {
    throwError(env, "sidlab native: bad denoiser shape");
    return nullptr;
  }
  const float* xT = at<float>(a, xOff, B * D);
  const int32_t* t = at<int32_t>(a, tOff, B);
  const float* emb = at<float>(a, embOff, C1 * E);
  float* out = at<float>(a, outOff, B * D);
  const bool slim = i64(a, 18) != 0;
  float* tape = at<float>(a, tapeOff, mlpTapeSize(layers, R, slim) + (guideKeepsEps(guide) ? R * D : 0));
  if (!a.ok) return nullptr;
  if (R == 0) return undefined(env);
  const int64_t half = E / 2;
  std::vector<float> freq(static_cast<size_t>(half));
  const float scale = static_cast<float>(-std::log(10000.0) / static_cast<double>(half));
  for (int64_t i = 0; i < half; i++) freq[i] = std::exp(static_cast<float>(i) * scale);
  // the sinusoidal columns depend on t alone: computed once per distinct t (a generator pass has one,
  // the two halves of a CFG pass share theirs), then copied into the rows
  std::vector<int32_t> ts(t, t + B);
  std::sort(ts.begin(), ts.end());
  ts.erase(std::unique(ts.begin(), ts.end()), ts.end());
  const int64_t T = static_cast<int64_t>(ts.size());
  std::vector<float> sinCos(static_cast<size_t>(T * E));
  pool.run(T, (kMinParallel / 8 + E - 1) / (E > 0 ? E : 1), 1, [&](int64_t i0, int64_t i1) {
    for (int64_t k = i0; k < i1; k++) {
      float* sc = sinCos.data() + k * E;
      const float tr = static_cast<float>(ts[k]);
      for (int64_t i = 0; i < half; i++) {
        const float arg = tr * freq[i];
        sc[i] = std::sin(arg);
        sc[half + i] = std::cos(arg);
      }
    }
  });
  // the backward's buffers (the same sizes it asks for), free between calls
  int64_t widest = D;
  for (const MlpLayer& L : layers) widest = std::max(widest, std::max(L.in, L.out));
  float* h0 = slim ? scratch.dz.get(R * widest) : tape;
  float* const pingPong[2] = {slim ? scratch.dh.get(R * widest) : nullptr, slim ? scratch.dIn.get(R * widest) : nullptr};
  pool.run(R, (kMinParallel + W0 - 1) / (W0 > 0 ? W0 : 1), 1, [&](int64_t r0, int64_t r1) {
    for (int64_t r = r0; r < r1; r++) {
      float* row = h0 + r * W0;
      std::memcpy(row, xT + (r % B) * D, sizeof(float) * D);
      const int64_t k = std::lower_bound(ts.begin(), ts.end(), t[r % B]) - ts.begin();
      std::memcpy(row + D, sinCos.data() + k * E, sizeof(float) * E);
      const int32_t cls = guide.cls(r);
      if (cls >= 0 && cls < C1) std::memcpy(row + D + E, emb + cls * E, sizeof(float) * E);
      else std::memset(row + D + E, 0, sizeof(float) * E);
    }
  });
  const float* h = h0;
  float* next = slim ? tape : tape + R * W0;
  float* eps = guideKeepsEps(guide) ? tape + mlpTapeSize(layers, R, slim) : out;
  for (size_t l = 0; l < layers.size(); l++) {
    const MlpLayer& L = layers[l];
    const bool hidden = l + 1 < layers.size();
    float* z = hidden ? next : eps;
    float* y = !hidden ? eps : slim ? pingPong[l % 2] : next + R * L.out;
    gemmTiled(false, false, R, L.out, L.in, h, L.W, z, [&](int64_t r0, int64_t r1, int64_t c0, int64_t c1) {
      epilogue(z, L.out, r0, r1, c0, c1, L.b, kBiasRow, kLinear, 0.0f);
      if (hidden) {
        for (int64_t r = r0; r < r1; r++) unaryLoop<kSiluU>(y + r * L.out, z + r * L.out, c0, c1, 0.0f, 0.0f);
      }
    }, L.token);
    h = y;
    if (hidden) next += (slim ? 1 : 2) * R * L.out;
  }
  if (guideKeepsEps(guide)) guideCombine(guide, D, xT, eps, out);
  return undefined(env);
}

// mlpBackward(heap, B, dim, embedding, classes1, layers, tape, c, dOut, dxT, dEmb, grads, mode, x0, kappa, nullId, a, s, slim)
// dOut, dxT [B, dim]; grads: per layer [dW, db] offsets; dEmb = -1 skips the weights' gradients (and
// must, with the slim tape the forward wrote when no weights' gradients were to come).
napi_value MlpBackward(napi_env env, napi_callback_info info) {
  Args a;
  if (!getArgs(env, info, a, 19, true)) return nullptr;
  const int64_t B = i64(a, 1), D = i64(a, 2), E = i64(a, 3), C1 = i64(a, 4);
  std::vector<MlpLayer> layers;
  if (!a.ok || !mlpLayers(a, 5, layers)) return nullptr;
  const int64_t tapeOff = i64(a, 6), cOff = i64(a, 7), dOutOff = i64(a, 8), dxOff = i64(a, 9), dEmbOff = i64(a, 10);
  if (!a.ok || B < 0) return nullptr;
  Guide guide;
  if (!guideArgs(a, 12, B, at<int32_t>(a, cOff, B), guide)) return nullptr;
  const int64_t R = guide.rows();
  const bool weights = dEmbOff >= 0;
  std::vector<int64_t> g;
  if (weights && (!tupleTable(a, 11, 2, g) || g.size() != 2 * layers.size())) {
    if (a.ok) throwError(env, "sidlab native: one [dW, db] per layer");
    return nullptr;
  }
  const int64_t W0 = layers[0].in;
  if (R < 0 || D < 0 || E < 0 || C1 < 1 || W0 != D + 2 * E || layers.back().out != D) {
    throwError(env, "sidlab native: bad denoiser shape");
    return nullptr;
  }
  const bool slim = i64(a, 18) != 0;
  if (slim && weights) {
    throwError(env, "sidlab native: a slim tape has no layer inputs for the weights' gradients");
    return nullptr;
  }
  const float* tape = at<float>(a, tapeOff, mlpTapeSize(layers, R, slim) + (guideKeepsEps(guide) ? R * D : 0));
  const float* dOut = at<float>(a, dOutOff, B * D);
  float* dxT = at<float>(a, dxOff, B * D);
  float* dEmb = weights ? at<float>(a, dEmbOff, C1 * E) : nullptr;
  std::vector<float*> dW(layers.size(), nullptr), db(layers.size(), nullptr);
  if (weights) {
    for (size_t l = 0; l < layers.size(); l++) {
      dW[l] = at<float>(a, g[2 * l], layers[l].in * layers[l].out);
      db[l] = at<float>(a, g[2 * l + 1], layers[l].out);
    }
  }
  if (!a.ok) return nullptr;
  // where each layer's input (and, for hidden layers, pre-activation) lies on the tape
  std::vector<const float*> input(layers.size(), nullptr), preact(layers.size(), nullptr);
  input[0] = slim ? nullptr : tape;
  const float* p = slim ? tape : tape + R * W0;
  for (size_t l = 0; l + 1 < layers.size(); l++) {
    preact[l] = p;
    if (!slim) input[l + 1] = p + R * layers[l].out;
    p += (slim ? 1 : 2) * R * layers[l].out;
  }
  const auto none = [](int64_t, int64_t, int64_t, int64_t) {};
  // every buffer below is written in full before it is read
  int64_t widest = D;
  for (const MlpLayer& L : layers) widest = std::max(widest, std::max(L.in, L.out));
  float* dh = scratch.dh.get(R * widest);
  float* dIn = scratch.dIn.get(R * widest);
  float* dz = scratch.dz.get(R * widest);
  float* direct = scratch.direct.get(B * D);
  if (guideKeepsEps(guide)) guideBackward(guide, D, dOut, dh, direct);
  else std::memcpy(dh, dOut, sizeof(float) * B * D);
  // the input row's gradient is needed only in x_t's columns and (for the weights) the class embedding's:
  // layer 0's input product runs on those rows of W, never on the sinusoidal columns
  float* dxNet = scratch.dxNet.get(R * D);
  float* dEmbNet = scratch.dEmbNet.get(weights ? R * E : 0);
  for (size_t l = layers.size(); l-- > 0;) {
    const MlpLayer& L = layers[l];
    const float* delta = dh;
    if (l + 1 < layers.size()) {  // through SiLU
      float* d = dz;
      const float* z = preact[l];
      const float* dy = dh;
      pool.run(R * L.out, kMinParallel, 16, [&](int64_t i0, int64_t i1) { siluGradLoop(d, dy, z, i0, i1); });
      delta = d;
    }
    if (weights) {
      columnSums(db[l], delta, R, L.out);
      gemmTiled(true, false, L.in, L.out, R, input[l], delta, dW[l], none);
    }
    if (l == 0) {
      gemmTiled(false, true, R, D, L.out, delta, L.W, dxNet, none);
      if (weights) gemmTiled(false, true, R, E, L.out, delta, L.W + (D + E) * L.out, dEmbNet, none);
      break;
    }
    gemmTiled(false, true, R, L.in, L.out, delta, L.W, dIn, none);  // Wᵀ's packing is not kept (level3.h)
    std::swap(dh, dIn);
  }
  // x_t's gradient (x_t feeds both halves under CFG and, for x0, the conversion directly: those terms
  // are added), and the class embedding's rows
  for (int64_t b = 0; b < B; b++) {
    float* dst = dxT + b * D;
    const float* net = dxNet + b * D;
    if (guide.mode == kCfg) {
      const float* net2 = dxNet + (B + b) * D;
      for (int64_t j = 0; j < D; j++) dst[j] = net[j] + net2[j];
    } else {
      std::memcpy(dst, net, sizeof(float) * D);
    }
    if (guide.x0) {
      const float* dd = direct + b * D;
      for (int64_t j = 0; j < D; j++) dst[j] += dd[j];
    }
  }
  if (weights) {
    std::memset(dEmb, 0, sizeof(float) * C1 * E);
    for (int64_t r = 0; r < R; r++) {
      const int32_t cls = guide.cls(r);
      if (cls < 0 || cls >= C1) continue;
      const float* src = dEmbNet + r * E;
      float* dst = dEmb + cls * E;
      for (int64_t j = 0; j < E; j++) dst[j] += src[j];
    }
  }
  return undefined(env);
}

}  // namespace
