// X25519 key pairs and anonymous sealed boxes (crypto_box_seal).
#pragma once

#include <cstddef>

#include "common/bytes.h"
#include "crypto/error.h"
#include "crypto/secret_buffer.h"

namespace amparo::crypto {

inline constexpr std::size_t kBoxPublicKeySize = 32;
inline constexpr std::size_t kBoxSecretKeySize = 32;
inline constexpr std::size_t kSealOverhead = 48;  // ephemeral pk + MAC

struct BoxKeyPair {
  Bytes public_key;
  SecretBuffer secret_key;
  [[nodiscard]] static BoxKeyPair generate();
  // Rebuilds the pair from a stored secret key (the public key is derived).
  [[nodiscard]] static CryptoResult<BoxKeyPair> from_secret(SecretBuffer secret_key);
};

[[nodiscard]] CryptoResult<Bytes> seal(ByteView recipient_public_key, ByteView message);
[[nodiscard]] CryptoResult<SecretBuffer> seal_open(const BoxKeyPair& recipient, ByteView sealed);

}  // namespace amparo::crypto
