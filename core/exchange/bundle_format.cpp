#include <algorithm>

#include "exchange/bundle_internal.h"
#include "exchange/wire.h"

namespace amparo::exchange::detail {

namespace {
ExchangeFailure malformed(std::string detail) {
  return make_error(ExchangeError::BundleMalformed, std::move(detail));
}
}  // namespace

bool is_hex_id(std::string_view id) noexcept {
  return id.size() == 32 && std::all_of(id.begin(), id.end(), [](char c) {
           return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f');
         });
}

Bytes encode_manifest(const Manifest& m) {
  Bytes out;
  // Reserving also keeps GCC 12 -O3 from a false -Wstringop-overread on an empty vector.
  out.reserve(256 + m.items.size() * 112);
  append_field(out, kManifestTag);
  wire::append_u16le(out, m.version);
  append_bytes(out, m.bundle_id);
  append_u64le(out, m.created);
  append_bytes(out, m.recipient_fingerprint);
  append_bytes(out, m.sender_public_key);
  append_u32le(out, static_cast<std::uint32_t>(m.items.size()));
  for (const auto& item : m.items) {
    append_u8(out, item.kind);
    append_field(out, item.id);
    append_bytes(out, item.hash);
    if (item.kind == kKindNote) {
      append_u32le(out, item.revisions);
      append_bytes(out, item.chain_head);
    }
  }
  return out;
}

ExchangeResult<Manifest> decode_manifest(ByteView bytes) {
  if (bytes.size() > BundleLimits::kMaxManifest)
    return make_error(ExchangeError::BundleOversized, "manifest");
  wire::Reader r(bytes);
  auto tag = r.field(64);
  if (!tag || as_chars(*tag) != kManifestTag) return malformed("manifest tag");
  Manifest m;
  auto version = r.u16();
  if (!version) return malformed("manifest version");
  if (*version != kBundleVersion) return make_error(ExchangeError::BundleUnsupportedVersion, "manifest");
  m.version = *version;
  auto id = r.raw(kBundleIdSize);
  auto created = r.u64();
  auto fp = r.raw(kFingerprintSize);
  auto sender = r.raw(32);
  auto count = r.u32();
  if (!id || !created || !fp || !sender || !count) return malformed("manifest header");
  m.bundle_id.assign(id->begin(), id->end());
  m.created = *created;
  m.recipient_fingerprint.assign(fp->begin(), fp->end());
  m.sender_public_key.assign(sender->begin(), sender->end());
  const std::size_t max_items = 1 + BundleLimits::kMaxNotes + BundleLimits::kMaxAttachments;
  if (*count > max_items) return make_error(ExchangeError::BundleOversized, "manifest items");
  // Each item takes at least 1 + 4 + 32 bytes: refuse counts the input cannot hold before reserving.
  if (*count > r.remaining() / 37) return malformed("manifest item count");
  m.items.reserve(*count);
  for (std::uint32_t i = 0; i < *count; ++i) {
    ManifestItem item;
    auto kind = r.u8();
    auto item_id = r.field(64);
    auto hash = r.raw(kHashSize);
    if (!kind || !item_id || !hash) return malformed("manifest item");
    item.kind = *kind;
    item.id.assign(as_chars(*item_id));
    item.hash.assign(hash->begin(), hash->end());
    if (item.kind == kKindNote) {
      auto revs = r.u32();
      auto head = r.raw(kHashSize);
      if (!revs || !head) return malformed("manifest note item");
      item.revisions = *revs;
      item.chain_head.assign(head->begin(), head->end());
    } else if (item.kind != kKindInfo && item.kind != kKindAttachment) {
      return malformed("manifest item kind");
    }
    m.items.push_back(std::move(item));
  }
  if (!r.at_end()) return malformed("manifest trailing bytes");
  return m;
}

Bytes encode_attachment_meta(const SourceAttachment& a) {
  Bytes out;
  out.reserve(4 * 4 + a.id.size() + a.note_id.size() + a.name.size() + a.mime.size() + 16);
  append_field(out, a.id);
  append_field(out, a.note_id);
  append_field(out, a.name);
  append_field(out, a.mime);
  append_u64le(out, a.size);
  append_u64le(out, static_cast<std::uint64_t>(a.added_at));
  return out;
}

ExchangeResult<SourceAttachment> decode_attachment_meta(ByteView bytes) {
  wire::Reader r(bytes);
  SourceAttachment a;
  auto id = r.field(32);
  auto note = r.field(32);
  auto name = r.field(BundleLimits::kMaxName);
  auto mime = r.field(BundleLimits::kMaxMime);
  auto size = r.u64();
  auto added = r.u64();
  if (!id || !note || !name || !mime || !size || !added || !r.at_end())
    return malformed("attachment metadata");
  a.id.assign(as_chars(*id));
  a.note_id.assign(as_chars(*note));
  a.name.assign(as_chars(*name));
  a.mime.assign(as_chars(*mime));
  a.size = *size;
  a.added_at = static_cast<std::int64_t>(*added);
  if (!is_hex_id(a.id) || !is_hex_id(a.note_id)) return malformed("attachment id");
  if (a.size > BundleLimits::kMaxAttachmentSize)
    return make_error(ExchangeError::BundleOversized, "attachment");
  return a;
}

}  // namespace amparo::exchange::detail
