// OpenBLAS declarations and the HOT (function multi-versioning) marker.
// Part of native/sidlab_native.cc (one translation unit; included there in dependency order).
#pragma once

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
