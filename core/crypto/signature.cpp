#include "crypto/signature.h"

#include <sodium.h>

namespace amparo::crypto {

static_assert(kSignPublicKeySize == crypto_sign_PUBLICKEYBYTES);
static_assert(kSignSecretKeySize == crypto_sign_SECRETKEYBYTES);
static_assert(kSignSeedSize == crypto_sign_SEEDBYTES);
static_assert(kSignatureSize == crypto_sign_BYTES);

SigningKeyPair SigningKeyPair::generate() {
  SigningKeyPair kp{Bytes(kSignPublicKeySize), SecretBuffer(kSignSecretKeySize)};
  crypto_sign_keypair(kp.public_key.data(), kp.secret_key.data());
  return kp;
}

CryptoResult<SigningKeyPair> SigningKeyPair::from_seed(const SecretBuffer& seed) {
  if (seed.size() != kSignSeedSize) return make_error(CryptoError::BadKeyLength);
  SigningKeyPair kp{Bytes(kSignPublicKeySize), SecretBuffer(kSignSecretKeySize)};
  crypto_sign_seed_keypair(kp.public_key.data(), kp.secret_key.data(), seed.data());
  return kp;
}

CryptoResult<SigningKeyPair> SigningKeyPair::from_secret(SecretBuffer secret_key) {
  if (secret_key.size() != kSignSecretKeySize) return make_error(CryptoError::BadKeyLength);
  SigningKeyPair kp{Bytes(kSignPublicKeySize), std::move(secret_key)};
  crypto_sign_ed25519_sk_to_pk(kp.public_key.data(), kp.secret_key.data());
  return kp;
}

CryptoResult<Bytes> sign_detached(const SecretBuffer& secret_key, ByteView message) {
  if (secret_key.size() != kSignSecretKeySize) return make_error(CryptoError::BadKeyLength);
  Bytes sig(kSignatureSize);
  crypto_sign_detached(sig.data(), nullptr, message.data(), message.size(), secret_key.data());
  return sig;
}

bool verify_detached(ByteView public_key, ByteView message, ByteView signature) noexcept {
  if (public_key.size() != kSignPublicKeySize || signature.size() != kSignatureSize) return false;
  return crypto_sign_verify_detached(signature.data(), message.data(), message.size(),
                                     public_key.data()) == 0;
}

}  // namespace amparo::crypto
