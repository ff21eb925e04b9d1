#include "exchange/digest.h"

#include <algorithm>

namespace amparo::exchange {

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

Bytes digest_leaf_prefix(std::uint64_t index) {
  return prefix(kLeafKey, index);
}

Bytes digest_root_prefix(std::uint64_t total_size) {
  return prefix(kRootKey, total_size);
}

AttachmentDigest::AttachmentDigest(std::uint64_t total_size) {
  root_.update(digest_root_prefix(total_size));
}

void AttachmentDigest::update(ByteView data) {
  while (!data.empty()) {
    if (in_leaf_ == 0) {
      leaf_ = crypto::Blake2b(32);
      leaf_.update(digest_leaf_prefix(index_));
    }
    const std::size_t n = std::min(data.size(), kDigestLeafSize - in_leaf_);
    leaf_.update(data.first(n));
    in_leaf_ += n;
    data = data.subspan(n);
    if (in_leaf_ == kDigestLeafSize) {
      root_.update(leaf_.finish());
      in_leaf_ = 0;
      ++index_;
    }
  }
}

Bytes AttachmentDigest::finish() {
  if (in_leaf_ > 0) root_.update(leaf_.finish());
  in_leaf_ = 0;
  return root_.finish();
}

Bytes AttachmentDigest::of(ByteView data) {
  AttachmentDigest d(data.size());
  d.update(data);
  return d.finish();
}

}  // namespace amparo::exchange
