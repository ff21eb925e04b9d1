// The signed pack file (docs/formats.md "Content packs"):
//
//   0   8  magic "AMPRPACK"
//   8   2  container version, u16 little-endian = 1
//  10   2  reserved = 0
//  12  32  publisher Ed25519 public key
//  44   4  payload length N, u32 little-endian
//  48   N  payload: canonical JSON {"manifest": ..., "languages": {...}}
//  48+N 64 Ed25519 signature over bytes [0, 48+N)
//
// SR-25: the signature (and that the key is trusted) is checked before the payload is parsed.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "common/bytes.h"
#include "crypto/secret_buffer.h"
#include "rights/error.h"
#include "rights/pack.h"

namespace amparo::rights {

inline constexpr std::string_view kPackMagic = "AMPRPACK";
inline constexpr std::uint16_t kPackContainerVersion = 1;
inline constexpr std::size_t kPackHeaderSize = 48;
inline constexpr std::size_t kPackSignatureSize = 64;
inline constexpr std::size_t kPackOverhead = kPackHeaderSize + kPackSignatureSize;

// A publisher whose packs are accepted: the built-in key, or one the person pinned after
// comparing its safety number.
struct Publisher {
  std::string name;
  Bytes public_key;  // Ed25519, 32 bytes
};

// The unauthenticated header, for tools that show who signed a pack before trusting it.
struct PackHeader {
  std::uint16_t version = 0;
  Bytes public_key;
  std::uint32_t payload_size = 0;
};
[[nodiscard]] RightsResult<PackHeader> read_pack_header(ByteView file);

// Builds a signed pack file. `payload` must be canonical (see parse_pack_payload); `secret_key` is
// the 64-byte libsodium Ed25519 secret key.
[[nodiscard]] RightsResult<Bytes> seal_pack(std::string_view payload, const crypto::SecretBuffer& secret_key);

// Framing, trust and signature checks only: returns the payload (a view into `file`) and sets
// *signer to the trusted publisher. Errors: Truncated, TooLarge, UnsupportedFormat, TrailingData,
// UnknownPublisher, BadSignature.
[[nodiscard]] RightsResult<std::string_view> verify_pack(ByteView file, const std::vector<Publisher>& trusted,
                                                         const Publisher** signer = nullptr);

// verify_pack, then parse_pack_payload.
[[nodiscard]] RightsResult<Pack> open_pack(ByteView file, const std::vector<Publisher>& trusted);

// Safety number of a publisher key, read aloud over the phone: 6 groups of 5 digits from
// BLAKE2b-256("amparo-publisher-fingerprint-v1" || key).
[[nodiscard]] std::string publisher_fingerprint(ByteView public_key);

}  // namespace amparo::rights
