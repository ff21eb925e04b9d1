// Record and manifest encodings shared by the bundle writer and reader (internal to core/exchange).
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "common/bytes.h"
#include "exchange/bundle.h"

namespace amparo::exchange::detail {

inline constexpr std::uint8_t kMagic[kBundleMagicSize] = {'A', 'M', 'P', 'A', 'R', 'O', 'B', '\n'};
inline constexpr std::size_t kBundleIdSize = 16;
inline constexpr std::size_t kHashSize = 32;
inline constexpr std::string_view kManifestTag = "amparo-bundle-manifest-v1";

inline constexpr std::uint8_t kKindInfo = 'I';
inline constexpr std::uint8_t kKindNote = 'N';
inline constexpr std::uint8_t kKindAttachment = 'A';
inline constexpr std::uint8_t kKindManifest = 'M';

struct ManifestItem {
  std::uint8_t kind = 0;
  std::string id;               // empty for the info record
  Bytes hash;                   // BLAKE2b-256(kind ‖ record body)
  std::uint32_t revisions = 0;  // notes only
  Bytes chain_head;             // notes only
  friend bool operator==(const ManifestItem&, const ManifestItem&) = default;
};

struct Manifest {
  std::uint16_t version = kBundleVersion;
  Bytes bundle_id;
  std::uint64_t created = 0;
  Bytes recipient_fingerprint;
  Bytes sender_public_key;
  std::vector<ManifestItem> items;
};

[[nodiscard]] bool is_hex_id(std::string_view id) noexcept;  // 32 lowercase hex characters
[[nodiscard]] Bytes encode_manifest(const Manifest& m);
[[nodiscard]] ExchangeResult<Manifest> decode_manifest(ByteView bytes);
[[nodiscard]] Bytes encode_attachment_meta(const SourceAttachment& a);
[[nodiscard]] ExchangeResult<SourceAttachment> decode_attachment_meta(ByteView bytes);

}  // namespace amparo::exchange::detail
