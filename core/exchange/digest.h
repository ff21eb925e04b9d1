// Attachment digest for bundles: the two-level BLAKE2b tree defined in crypto/tree_digest.h (the
// vault stores the same digest for every new attachment). Kept here under its exchange names.
// Documented in docs/formats.md, "## Export bundles".
#pragma once

#include <cstdint>

#include "common/bytes.h"
#include "crypto/tree_digest.h"

namespace amparo::exchange {

inline constexpr std::size_t kDigestLeafSize = crypto::kTreeDigestLeafSize;

[[nodiscard]] inline Bytes digest_leaf_prefix(std::uint64_t index) {
  return crypto::tree_digest_leaf_prefix(index);
}
[[nodiscard]] inline Bytes digest_root_prefix(std::uint64_t total_size) {
  return crypto::tree_digest_root_prefix(total_size);
}

// Single-threaded reference implementation (tests, tools); the bundle writer and reader use
// detail::ChunkPipeline, which computes the same digest in place on helper threads.
using AttachmentDigest = crypto::TreeDigest;

}  // namespace amparo::exchange
