#include "crypto/aead.h"

#include <sodium.h>

#include "crypto/random.h"

namespace amparo::crypto {

static_assert(kAeadNonceSize == crypto_aead_xchacha20poly1305_ietf_NPUBBYTES);
static_assert(kAeadTagSize == crypto_aead_xchacha20poly1305_ietf_ABYTES);
static_assert(kAeadKeySize == crypto_aead_xchacha20poly1305_ietf_KEYBYTES);

CryptoResult<Bytes> aead_encrypt(const SecretBuffer& key, ByteView plaintext, ByteView ad) {
  if (key.size() != kAeadKeySize) return make_error(CryptoError::BadKeyLength);
  Bytes out(kAeadNonceSize + plaintext.size() + kAeadTagSize);
  random_fill({out.data(), kAeadNonceSize});
  unsigned long long written = 0;
  crypto_aead_xchacha20poly1305_ietf_encrypt(out.data() + kAeadNonceSize, &written, plaintext.data(),
                                             plaintext.size(), ad.data(), ad.size(), nullptr,
                                             out.data(), key.data());
  out.resize(kAeadNonceSize + written);
  return out;
}

CryptoResult<SecretBuffer> aead_decrypt(const SecretBuffer& key, ByteView sealed, ByteView ad) {
  if (key.size() != kAeadKeySize) return make_error(CryptoError::BadKeyLength);
  if (sealed.size() < kAeadOverhead) return make_error(CryptoError::BadInput);
  SecretBuffer out(sealed.size() - kAeadOverhead);
  unsigned long long written = 0;
  // A zero-length secret still needs a writable pointer for libsodium.
  unsigned char scratch = 0;
  if (crypto_aead_xchacha20poly1305_ietf_decrypt(out.empty() ? &scratch : out.data(), &written,
                                                 nullptr, sealed.data() + kAeadNonceSize,
                                                 sealed.size() - kAeadNonceSize, ad.data(), ad.size(),
                                                 sealed.data(), key.data()) != 0) {
    return make_error(CryptoError::AuthenticationFailed);
  }
  return out;
}

}  // namespace amparo::crypto
