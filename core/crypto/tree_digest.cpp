#include "crypto/tree_digest.h"

#include <sodium.h>

#include <algorithm>
#include <cstring>
#include <string_view>

namespace amparo::crypto {

namespace {
constexpr std::string_view kLeafKey = "amparo-att-leaf-v1";  // domain tags (length-prefixed)
constexpr std::string_view kRootKey = "amparo-att-root-v1";

Bytes prefix(std::string_view tag, std::uint64_t n) {
  Bytes p;
  p.reserve(4 + tag.size() + 8);  // also keeps GCC 12 -O3 from a false -Wstringop-overread
  append_field(p, tag);
  append_u64le(p, n);
  return p;
}
}  // namespace

Bytes tree_digest_leaf_prefix(std::uint64_t index) {
  return prefix(kLeafKey, index);
}

Bytes tree_digest_root_prefix(std::uint64_t total_size) {
  return prefix(kRootKey, total_size);
}

void tree_digest_leaf(std::uint64_t index, ByteView data, std::uint8_t* out) noexcept {
  // No allocation: the hashing threads of the vault writer call this.
  std::uint8_t p[4 + kLeafKey.size() + 8];
  const auto tag_len = static_cast<std::uint32_t>(kLeafKey.size());
  for (int i = 0; i < 4; ++i) p[i] = static_cast<std::uint8_t>(tag_len >> (8 * i));
  std::memcpy(p + 4, kLeafKey.data(), kLeafKey.size());
  for (int i = 0; i < 8; ++i) p[4 + kLeafKey.size() + i] = static_cast<std::uint8_t>(index >> (8 * i));
  crypto_generichash_state st;
  crypto_generichash_init(&st, nullptr, 0, kTreeDigestSize);
  crypto_generichash_update(&st, p, sizeof p);
  crypto_generichash_update(&st, data.data(), data.size());
  crypto_generichash_final(&st, out, kTreeDigestSize);
  sodium_memzero(&st, sizeof st);
}

TreeDigest::TreeDigest(std::uint64_t total_size) {
  root_.update(tree_digest_root_prefix(total_size));
}

void TreeDigest::update(ByteView data) {
  while (!data.empty()) {
    if (in_leaf_ == 0) {
      leaf_ = Blake2b(kTreeDigestSize);
      leaf_.update(tree_digest_leaf_prefix(index_));
    }
    const std::size_t n = std::min(data.size(), kTreeDigestLeafSize - in_leaf_);
    leaf_.update(data.first(n));
    in_leaf_ += n;
    data = data.subspan(n);
    if (in_leaf_ == kTreeDigestLeafSize) {
      root_.update(leaf_.finish());
      in_leaf_ = 0;
      ++index_;
    }
  }
}

Bytes TreeDigest::finish() {
  if (in_leaf_ > 0) root_.update(leaf_.finish());
  in_leaf_ = 0;
  return root_.finish();
}

Bytes TreeDigest::of(ByteView data) {
  TreeDigest d(data.size());
  d.update(data);
  return d.finish();
}

}  // namespace amparo::crypto
