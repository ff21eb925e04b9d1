// Ed25519 signing keys and detached signatures.
#pragma once

#include <cstddef>

#include "common/bytes.h"
#include "crypto/error.h"
#include "crypto/secret_buffer.h"

namespace amparo::crypto {

inline constexpr std::size_t kSignPublicKeySize = 32;
inline constexpr std::size_t kSignSecretKeySize = 64;  // libsodium form: seed ‖ public key
inline constexpr std::size_t kSignSeedSize = 32;
inline constexpr std::size_t kSignatureSize = 64;

struct SigningKeyPair {
  Bytes public_key;
  SecretBuffer secret_key;
  [[nodiscard]] static SigningKeyPair generate();
  [[nodiscard]] static CryptoResult<SigningKeyPair> from_seed(const SecretBuffer& seed);
  [[nodiscard]] static CryptoResult<SigningKeyPair> from_secret(SecretBuffer secret_key);
};

[[nodiscard]] CryptoResult<Bytes> sign_detached(const SecretBuffer& secret_key, ByteView message);
[[nodiscard]] bool verify_detached(ByteView public_key, ByteView message, ByteView signature) noexcept;

}  // namespace amparo::crypto
