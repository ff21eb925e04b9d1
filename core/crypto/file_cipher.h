// Chunked encryption of whole files and byte streams (attachments, capture inbox, bundles' payloads).
//
// Layout (docs/formats.md, "Encrypted file"):
//   magic "AMPF" | version u8 = 1 | chunk size u32le | secretstream header (24)
//   then chunks: each is exactly chunk size + 17 bytes of ciphertext, except the last, which is
//   shorter or equal and carries TAG_FINAL. Every chunk's associated data is
//   caller AD ‖ the 9-byte prefix ‖ chunk index u64le, so chunks cannot be reordered or moved to
//   another file. Anything after the final chunk is an error.
#pragma once

#include <cstdint>
#include <functional>
#include <istream>
#include <ostream>

#include "common/bytes.h"
#include "crypto/error.h"
#include "crypto/secret_buffer.h"

namespace amparo::crypto {

inline constexpr std::size_t kFileChunkSize = 64 * 1024;
inline constexpr std::size_t kFilePrefixSize = 4 + 1 + 4;

// Streams plaintext from `in` to ciphertext in `out`; returns the number of plaintext bytes.
[[nodiscard]] CryptoResult<std::uint64_t> encrypt_stream(std::istream& in, std::ostream& out,
                                                         const SecretBuffer& key, ByteView ad,
                                                         std::size_t chunk_size = kFileChunkSize);
// Decrypts and authenticates `in`, calling `sink` with each verified plaintext chunk. A stream
// that ends before TAG_FINAL, or continues after it, is an error: callers that must not emit
// unverified output collect the chunks first or write to a temporary they discard on error.
[[nodiscard]] CryptoResult<std::uint64_t> decrypt_stream(
    std::istream& in, const SecretBuffer& key, ByteView ad,
    const std::function<bool(ByteView chunk)>& sink,
    std::uint64_t max_plaintext = UINT64_MAX);

// In-memory conveniences over the same format.
[[nodiscard]] CryptoResult<Bytes> encrypt_bytes(ByteView plaintext, const SecretBuffer& key, ByteView ad);
[[nodiscard]] CryptoResult<SecretBuffer> decrypt_to_secret(ByteView ciphertext, const SecretBuffer& key,
                                                           ByteView ad, std::uint64_t max_plaintext);

}  // namespace amparo::crypto
