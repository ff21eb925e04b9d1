// XChaCha20-Poly1305 (IETF) for small secrets such as wrapped keys.
#pragma once

#include <cstddef>

#include "common/bytes.h"
#include "crypto/error.h"
#include "crypto/secret_buffer.h"

namespace amparo::crypto {

inline constexpr std::size_t kAeadKeySize = 32;
inline constexpr std::size_t kAeadNonceSize = 24;
inline constexpr std::size_t kAeadTagSize = 16;
inline constexpr std::size_t kAeadOverhead = kAeadNonceSize + kAeadTagSize;

// Returns random nonce ‖ ciphertext ‖ tag; `ad` is authenticated, not encrypted.
[[nodiscard]] CryptoResult<Bytes> aead_encrypt(const SecretBuffer& key, ByteView plaintext, ByteView ad);
// Decrypts into guarded memory (the plaintext is usually a key).
[[nodiscard]] CryptoResult<SecretBuffer> aead_decrypt(const SecretBuffer& key, ByteView sealed,
                                                      ByteView ad);

}  // namespace amparo::crypto
