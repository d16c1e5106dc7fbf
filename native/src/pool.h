// The thread pool that runs sgemm tiles and elementwise chunks.
// Part of native/sidlab_native.cc (one translation unit; included there in dependency order).
#pragma once

namespace {

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

}  // namespace
