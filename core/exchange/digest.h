// Attachment digest for bundles: a two-level BLAKE2b tree, so that leaves can be hashed on helper
// threads beside the cipher (chunk_pipeline.h) with constant memory:
//   leaf i  = BLAKE2b-256(u32le 18 ‖ "amparo-att-leaf-v1" ‖ u64le i ‖ bytes [i*64 KiB, (i+1)*64 KiB))
//   digest  = BLAKE2b-256(u32le 18 ‖ "amparo-att-root-v1" ‖ u64le total size ‖ leaf 0 ‖ leaf 1 ‖ …)
// (an empty attachment has no leaves). Documented in docs/formats.md, "## Export bundles".
#pragma once

#include <cstdint>

#include "common/bytes.h"
#include "crypto/hash.h"

namespace amparo::exchange {

inline constexpr std::size_t kDigestLeafSize = 64 * 1024;

// The domain-separated prefixes hashed before a leaf's bytes and before the leaf hashes.
[[nodiscard]] Bytes digest_leaf_prefix(std::uint64_t index);
[[nodiscard]] Bytes digest_root_prefix(std::uint64_t total_size);

// Single-threaded reference implementation (tests, tools); the bundle writer and reader use
// detail::ChunkPipeline, which computes the same digest in place on helper threads.
class AttachmentDigest {
 public:
  explicit AttachmentDigest(std::uint64_t total_size);
  void update(ByteView data);
  [[nodiscard]] Bytes finish();  // 32 bytes; the object is spent afterwards

  // One-shot.
  [[nodiscard]] static Bytes of(ByteView data);

 private:
  crypto::Blake2b root_{32};
  crypto::Blake2b leaf_{32};
  std::size_t in_leaf_ = 0;
  std::uint64_t index_ = 0;
};

}  // namespace amparo::exchange
