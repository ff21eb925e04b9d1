// The vault header file (`vault.header`): fixed-size binary, versioned, parsed strictly before any
// key derivation (SR-3, SR-28). Byte layout: docs/formats.md, "## Vault" → "Header".
#pragma once

#include <array>
#include <cstddef>
#include <cstdint>

#include "common/bytes.h"
#include "crypto/kdf.h"
#include "vault/error.h"

namespace amparo::vault {

inline constexpr std::size_t kHeaderSize = 296;
inline constexpr std::size_t kHeaderAdSize = 120;  // bytes 0..119 are every slot's associated data
inline constexpr std::size_t kWrapSlotSize = 72;   // nonce 24 ‖ wrapped 32-byte key ‖ tag 16
inline constexpr std::size_t kWrapSlots = 2;
inline constexpr std::uint16_t kHeaderVersion = 1;
inline constexpr std::uint32_t kFlagDeviceSecret = 1u << 0;

struct SqlCipherSettings {
  std::uint8_t key_mode = 1;       // 1 = raw 256-bit key (sqlite3_key "x'…'"): SQLCipher's KDF unused
  std::uint8_t major_version = 3;  // SQLCipher major version that wrote the database
  std::uint8_t cipher = 1;         // 1 = AES-256-CBC
  std::uint8_t hmac = 1;           // 1 = HMAC-SHA1 (3.x default), 2 = HMAC-SHA512 (4.x default)
  std::uint32_t page_size = 4096;  // PRAGMA cipher_page_size
  friend bool operator==(const SqlCipherSettings&, const SqlCipherSettings&) = default;
};

struct Header {
  std::uint16_t version = kHeaderVersion;
  std::uint32_t flags = 0;
  std::array<std::uint8_t, 16> vault_id{};
  std::array<std::uint8_t, 16> device_secret_id{};  // all zero without a device secret
  SqlCipherSettings sqlcipher;
  crypto::KdfParams kdf;  // Argon2id v1.3
  std::array<std::uint8_t, 16> salt{};
  std::array<std::uint8_t, 32> capture_public_key{};
  std::array<std::array<std::uint8_t, kWrapSlotSize>, kWrapSlots> slots{};

  [[nodiscard]] bool device_secret_required() const noexcept { return (flags & kFlagDeviceSecret) != 0; }
  // Bytes 0..119 ‖ slot index: the AEAD associated data of `slot`.
  [[nodiscard]] Bytes associated_data(std::size_t slot) const;
  // The exact 296 bytes, checksum included.
  [[nodiscard]] Bytes serialize() const;
};

// Strict parser: exact length, magic, version, reserved bytes zero, known algorithm ids, KDF
// parameters in range (KdfParamsRejected), checksum. Error detail names the field.
[[nodiscard]] VaultResult<Header> parse_header(ByteView bytes);

}  // namespace amparo::vault
