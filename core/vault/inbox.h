// Capture inbox entries (SR-15/16): written without any secret, sealed to the vault's X25519 key,
// parsed strictly at unlock. Byte layout: docs/formats.md, "## Vault" → "Inbox entry".
#pragma once

#include <array>
#include <cstddef>
#include <cstdint>
#include <optional>

#include "common/bytes.h"
#include "vault/error.h"
#include "vault/zeroizing.h"

namespace amparo::vault {

inline constexpr std::size_t kInboxPrefixSize = 125;  // magic 8, version 1, ids 32, sealed key 80, len 4
inline constexpr std::size_t kInboxAdSize = 121;      // bytes 0..120: the payload's associated data
inline constexpr std::size_t kInboxSealedKeySize = 80;
inline constexpr std::size_t kInboxMaxPayloadCiphertext = 80 * 1024;
inline constexpr std::size_t kInboxMaxEntrySize = kInboxPrefixSize + kInboxMaxPayloadCiphertext;

// The clear frame of an entry file; views point into the parsed buffer.
struct InboxFrame {
  std::array<std::uint8_t, 16> vault_id{};
  std::array<std::uint8_t, 16> entry_id{};
  ByteView sealed_key;          // 80 bytes: crypto_box_seal of the 32-byte entry key
  ByteView associated_data;     // bytes 0..120: the payload stream's associated data
  ByteView payload_ciphertext;  // an encrypted file (crypto/file_cipher.h) to the end of the entry
};

// Exact lengths, caps and no trailing bytes; InboxEntryMalformed with the field as detail.
[[nodiscard]] VaultResult<InboxFrame> parse_inbox_frame(ByteView entry);
[[nodiscard]] Bytes build_inbox_prefix(const std::array<std::uint8_t, 16>& vault_id,
                                       const std::array<std::uint8_t, 16>& entry_id, ByteView sealed_key,
                                       std::uint32_t payload_size);

struct CaptureAttachmentRef {
  std::array<std::uint8_t, 16> file_id{};
  std::array<std::uint8_t, 32> file_key{};  // wiped by ~CapturePayload
  Text name;
  std::string mime;
  std::uint64_t size = 0;
  // Payload version 2 (written since vault schema 4): the attachment tree digest
  // (crypto/tree_digest.h); version 1 (older apps, entries still waiting in an inbox): plain
  // BLAKE2b-256. `tree_digest` tells which; encode writes version 2 when it is set.
  std::array<std::uint8_t, 32> content_hash{};
  bool tree_digest = true;
};

// The decrypted payload of an entry.
struct CapturePayload {
  std::int64_t captured_at = 0;
  Text text;
  std::optional<CaptureAttachmentRef> attachment;
  CapturePayload() = default;
  CapturePayload(CapturePayload&&) = default;
  CapturePayload& operator=(CapturePayload&&) = default;
  ~CapturePayload();
};

[[nodiscard]] SecureBytes encode_capture_payload(const CapturePayload& payload);
[[nodiscard]] VaultResult<CapturePayload> decode_capture_payload(ByteView plaintext);

}  // namespace amparo::vault
