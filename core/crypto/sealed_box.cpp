#include "crypto/sealed_box.h"

#include <sodium.h>

namespace amparo::crypto {

static_assert(kBoxPublicKeySize == crypto_box_PUBLICKEYBYTES);
static_assert(kBoxSecretKeySize == crypto_box_SECRETKEYBYTES);
static_assert(kSealOverhead == crypto_box_SEALBYTES);

BoxKeyPair BoxKeyPair::generate() {
  BoxKeyPair kp{Bytes(kBoxPublicKeySize), SecretBuffer(kBoxSecretKeySize)};
  crypto_box_keypair(kp.public_key.data(), kp.secret_key.data());
  return kp;
}

CryptoResult<BoxKeyPair> BoxKeyPair::from_secret(SecretBuffer secret_key) {
  if (secret_key.size() != kBoxSecretKeySize) return make_error(CryptoError::BadKeyLength);
  BoxKeyPair kp{Bytes(kBoxPublicKeySize), std::move(secret_key)};
  crypto_scalarmult_base(kp.public_key.data(), kp.secret_key.data());
  return kp;
}

CryptoResult<Bytes> seal(ByteView recipient_public_key, ByteView message) {
  if (recipient_public_key.size() != kBoxPublicKeySize) return make_error(CryptoError::BadKeyLength);
  Bytes out(message.size() + kSealOverhead);
  if (crypto_box_seal(out.data(), message.data(), message.size(), recipient_public_key.data()) != 0) {
    return make_error(CryptoError::BadInput);  // e.g. a low-order public key
  }
  return out;
}

CryptoResult<SecretBuffer> seal_open(const BoxKeyPair& recipient, ByteView sealed) {
  if (recipient.public_key.size() != kBoxPublicKeySize ||
      recipient.secret_key.size() != kBoxSecretKeySize) {
    return make_error(CryptoError::BadKeyLength);
  }
  if (sealed.size() < kSealOverhead) return make_error(CryptoError::BadInput);
  SecretBuffer out(sealed.size() - kSealOverhead);
  unsigned char scratch = 0;
  if (crypto_box_seal_open(out.empty() ? &scratch : out.data(), sealed.data(), sealed.size(),
                           recipient.public_key.data(), recipient.secret_key.data()) != 0) {
    return make_error(CryptoError::AuthenticationFailed);
  }
  return out;
}

}  // namespace amparo::crypto
