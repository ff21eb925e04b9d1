// Attachment tree digest: a two-level BLAKE2b tree, so that leaves can be hashed on several
// threads beside a cipher with constant memory (vault attachments, export bundles):
//   leaf i  = BLAKE2b-256(u32le 18 ‖ "amparo-att-leaf-v1" ‖ u64le i ‖ bytes [i*64 KiB, (i+1)*64 KiB))
//   digest  = BLAKE2b-256(u32le 18 ‖ "amparo-att-root-v1" ‖ u64le total size ‖ leaf 0 ‖ leaf 1 ‖ …)
// (an empty input has no leaves). Documented in docs/formats.md ("## Vault", attachments, and
// "## Export bundles"). The total size comes first in the root hash, so a streaming producer must
// know it before the first leaf hash is folded in.
#pragma once

#include <cstdint>

#include "common/bytes.h"
#include "crypto/hash.h"

namespace amparo::crypto {

inline constexpr std::size_t kTreeDigestLeafSize = 64 * 1024;
inline constexpr std::size_t kTreeDigestSize = 32;

// The domain-separated prefixes hashed before a leaf's bytes and before the leaf hashes.
[[nodiscard]] Bytes tree_digest_leaf_prefix(std::uint64_t index);
[[nodiscard]] Bytes tree_digest_root_prefix(std::uint64_t total_size);

// One leaf: BLAKE2b-256(leaf prefix(index) ‖ data), data ≤ kTreeDigestLeafSize bytes. Writes 32
// bytes to `out`.
void tree_digest_leaf(std::uint64_t index, ByteView data, std::uint8_t* out) noexcept;

// Single-threaded reference implementation (tests, tools, second passes). The vault writer
// (vault/file_writer.h) and the bundle pipeline (exchange/chunk_pipeline.h) compute the same
// digest with leaves hashed on two or more threads.
class TreeDigest {
 public:
  explicit TreeDigest(std::uint64_t total_size);
  void update(ByteView data);
  [[nodiscard]] Bytes finish();  // 32 bytes; the object is spent afterwards

  // One-shot.
  [[nodiscard]] static Bytes of(ByteView data);

 private:
  Blake2b root_{kTreeDigestSize};
  Blake2b leaf_{kTreeDigestSize};
  std::size_t in_leaf_ = 0;
  std::uint64_t index_ = 0;
};

[[nodiscard]] inline Bytes tree_digest(ByteView data) {
  return TreeDigest::of(data);
}

}  // namespace amparo::crypto
