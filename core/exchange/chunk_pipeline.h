// Plaintext chunk buffers shared by the bundle cipher and the attachment digest (internal to
// core/exchange). The calling thread fills slot k % kPipelineSlots with plaintext chunk k and
// encrypts or decrypts it there (crypto::StreamEncryptor::push_into / StreamDecryptor::pull_into);
// attachment-digest leaves (digest.h) are hashed in place from the slots by helper threads, and by
// the calling thread whenever it would otherwise wait. A slot is handed out again only once no
// pending leaf reads it, so memory is constant: kPipelineSlots chunks plus a small window of leaf
// hashes, whatever the attachment size. No plaintext is copied for hashing.
#pragma once

#include <array>
#include <condition_variable>
#include <cstdint>
#include <deque>
#include <mutex>
#include <thread>
#include <vector>

#include "common/bytes.h"
#include "crypto/hash.h"
#include "exchange/bundle.h"
#include "exchange/error.h"

namespace amparo::exchange::detail {

inline constexpr std::size_t kPipelineSlots = 16;

class ChunkPipeline {
 public:
  // `helpers` hashing threads beside the caller, started with the first attachment of more than one
  // leaf (none: everything is hashed on the caller).
  explicit ChunkPipeline(unsigned helpers = default_helpers());
  ~ChunkPipeline();
  ChunkPipeline(const ChunkPipeline&) = delete;
  ChunkPipeline& operator=(const ChunkPipeline&) = delete;

  // One helper per extra core (at most 3): on two cores the caller runs the cipher and one helper
  // hashes, the caller taking over leaves whenever the helper falls behind.
  [[nodiscard]] static unsigned default_helpers() noexcept;

  // The buffer for the next chunk (kBundleChunkSize bytes). Waits until no pending leaf reads it,
  // hashing queued leaves itself meanwhile. The previous slots stay readable until reused.
  [[nodiscard]] MutableByteView next_slot();

  // Attachment digest (digest.h) of `size` content bytes, fed with pieces that lie inside slots, in
  // content order; a piece must not change until its slot is handed out again.
  void begin_digest(std::uint64_t size);
  [[nodiscard]] ExchangeResult<void> digest(ByteView piece);
  // Waits for every leaf; fails if the pieces did not add up to `size`.
  [[nodiscard]] ExchangeResult<Bytes> finish_digest();

 private:
  struct Span {
    const std::uint8_t* data = nullptr;
    std::size_t size = 0;
    std::size_t slot = 0;
  };
  struct Leaf {
    std::uint64_t index = 0;
    std::array<Span, 4> spans{};
    std::size_t count = 0;
    std::size_t bytes = 0;
  };
  static constexpr std::size_t kWindow = 4 * kPipelineSlots;

  // The slot holding [p, p + n), or kPipelineSlots if none does.
  [[nodiscard]] std::size_t slot_of(const std::uint8_t* p, std::size_t n = 1) const noexcept;
  void submit_leaf();
  void run(const Leaf& leaf);  // hashes one leaf, then records it (takes the lock)
  // Runs one queued leaf if there is one (returns true), else waits for a completion. Lock held.
  void help_or_wait(std::unique_lock<std::mutex>& lock);
  void start_helpers();
  void helper_loop();

  // kBundleChunkSize bytes each, allocated on first use (a bundle of notes needs one or two),
  // wiped on destruction.
  std::array<Bytes, kPipelineSlots> slots_;
  std::size_t next_slot_ = 0;
  unsigned helpers_wanted_;
  std::vector<std::thread> helpers_;

  std::mutex mutex_;
  std::condition_variable cv_work_, cv_done_;
  std::deque<Leaf> queue_;
  std::array<unsigned, kPipelineSlots> pending_{};  // leaves (queued or running) reading each slot
  bool stop_ = false;

  // Current digest.
  Leaf building_;
  std::uint64_t declared_ = 0;
  std::uint64_t fed_ = 0;
  std::uint64_t submitted_ = 0;  // leaves handed out
  std::uint64_t rooted_ = 0;     // leaves folded into the root, in order
  std::array<std::array<std::uint8_t, 32>, kWindow> done_{};
  std::array<bool, kWindow> ready_{};
  crypto::Blake2b root_{32};
};

}  // namespace amparo::exchange::detail
