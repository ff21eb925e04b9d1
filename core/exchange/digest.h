// Attachment digest for bundles: a two-level BLAKE2b tree so that hashing runs on worker threads in
// parallel with encryption / decryption (SR-23 performance target), with constant memory.
//   leaf i  = BLAKE2b-256(u32le 18 ‖ "amparo-att-leaf-v1" ‖ u64le i ‖ bytes [i*64 KiB, (i+1)*64 KiB))
//   digest  = BLAKE2b-256(u32le 18 ‖ "amparo-att-root-v1" ‖ u64le total size ‖ leaf 0 ‖ leaf 1 ‖ …)
// (an empty attachment has no leaves). Documented in docs/formats.md, "## Export bundles".
#pragma once

#include <condition_variable>
#include <cstdint>
#include <deque>
#include <mutex>
#include <thread>
#include <vector>

#include "common/bytes.h"

namespace amparo::exchange {

inline constexpr std::size_t kDigestLeafSize = 64 * 1024;

class AttachmentDigest {
 public:
  // `threads` = 0: hash on the calling thread.
  explicit AttachmentDigest(unsigned threads = default_threads());
  ~AttachmentDigest();
  AttachmentDigest(const AttachmentDigest&) = delete;
  AttachmentDigest& operator=(const AttachmentDigest&) = delete;

  void update(ByteView data);
  [[nodiscard]] Bytes finish();  // 32 bytes; the object is spent afterwards

  [[nodiscard]] static unsigned default_threads() noexcept;
  // One-shot, single-threaded (tests, tools).
  [[nodiscard]] static Bytes of(ByteView data);

 private:
  struct Job {
    std::uint64_t index;
    Bytes leaf;
  };
  void submit();
  void worker();

  std::vector<std::thread> workers_;
  std::mutex mutex_;
  std::condition_variable cv_work_, cv_space_, cv_done_;
  std::deque<Job> queue_;
  std::size_t busy_ = 0;
  bool stop_ = false;
  std::vector<Bytes> leaves_;  // leaf hashes by index
  Bytes current_;
  std::uint64_t next_index_ = 0;
  std::uint64_t total_ = 0;
};

}  // namespace amparo::exchange
