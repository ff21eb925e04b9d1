#include "exchange/org_secret.h"

#include <algorithm>

#include "crypto/aead.h"
#include "crypto/random.h"
#include "exchange/card.h"
#include "exchange/wire.h"

namespace amparo::exchange {

namespace {
constexpr std::uint8_t kMagic[8] = {'A', 'M', 'P', 'O', 'R', 'G', 'S', 'K'};
constexpr std::uint8_t kVersion = 1;
constexpr std::size_t kPrefixSize = 8 + 1 + 8 + 8 + crypto::kKdfSaltSize;  // 41
constexpr std::size_t kSecretsSize = crypto::kSignSeedSize + crypto::kBoxSecretKeySize;
static_assert(kOrgSecretFileSize == kPrefixSize + crypto::kAeadOverhead + kSecretsSize);
}  // namespace

OrgKeys OrgKeys::generate() {
  return OrgKeys{crypto::SigningKeyPair::generate(), crypto::BoxKeyPair::generate()};
}

Bytes OrgKeys::fingerprint() const {
  return recipient_fingerprint(sign.public_key, box.public_key);
}

crypto::KdfParams default_org_secret_kdf() noexcept {
  return crypto::KdfParams{3, 256ULL << 20};
}

ExchangeResult<Bytes> seal_org_secret(const OrgKeys& keys, const crypto::SecretBuffer& passphrase,
                                      const crypto::KdfParams& kdf) {
  if (passphrase.empty()) return make_error(ExchangeError::InvalidArgument, "empty passphrase");
  if (!kdf.in_range()) return make_error(ExchangeError::InvalidArgument, "kdf parameters");
  Bytes prefix(kMagic, kMagic + 8);
  append_u8(prefix, kVersion);
  append_u64le(prefix, kdf.opslimit);
  append_u64le(prefix, kdf.memlimit);
  const Bytes salt = crypto::random_bytes(crypto::kKdfSaltSize);
  append_bytes(prefix, salt);
  auto kek = crypto::derive_key(passphrase, salt, kdf, crypto::kAeadKeySize);
  if (!kek) return make_error(ExchangeError::InvalidArgument, "key derivation failed");
  crypto::SecretBuffer secrets(kSecretsSize);
  // libsodium's Ed25519 secret key is seed ‖ public key: store the seed only.
  std::copy_n(keys.sign.secret_key.data(), crypto::kSignSeedSize, secrets.data());
  std::copy_n(keys.box.secret_key.data(), crypto::kBoxSecretKeySize, secrets.data() + crypto::kSignSeedSize);
  auto sealed = crypto::aead_encrypt(kek.value(), secrets.view(), prefix);
  if (!sealed) return make_error(ExchangeError::InvalidArgument, "encryption failed");
  append_bytes(prefix, sealed.value());
  return prefix;
}

ExchangeResult<OrgKeys> open_org_secret(ByteView file, const crypto::SecretBuffer& passphrase) {
  if (file.size() != kOrgSecretFileSize) return make_error(ExchangeError::SecretKeyMalformed, "size");
  if (!std::equal(kMagic, kMagic + 8, file.begin()))
    return make_error(ExchangeError::SecretKeyMalformed, "magic");
  wire::Reader r(file);
  (void)r.raw(8);
  if (*r.u8() != kVersion) return make_error(ExchangeError::SecretKeyMalformed, "version");
  crypto::KdfParams kdf{*r.u64(), *r.u64()};
  if (!kdf.in_range()) return make_error(ExchangeError::SecretKeyMalformed, "kdf parameters out of range");
  const ByteView salt = *r.raw(crypto::kKdfSaltSize);
  const ByteView prefix = file.first(kPrefixSize);
  auto kek = crypto::derive_key(passphrase, salt, kdf, crypto::kAeadKeySize);
  if (!kek) return make_error(ExchangeError::SecretKeyMalformed, "key derivation failed");
  auto secrets = crypto::aead_decrypt(kek.value(), file.subspan(kPrefixSize), prefix);
  if (!secrets || secrets.value().size() != kSecretsSize) return make_error(ExchangeError::WrongPassphrase);
  auto seed = crypto::SecretBuffer::copy_of(secrets.value().view().first(crypto::kSignSeedSize));
  auto sign = crypto::SigningKeyPair::from_seed(seed);
  auto box = crypto::BoxKeyPair::from_secret(
      crypto::SecretBuffer::copy_of(secrets.value().view().subspan(crypto::kSignSeedSize)));
  if (!sign || !box) return make_error(ExchangeError::SecretKeyMalformed, "keys");
  return OrgKeys{std::move(sign).value(), std::move(box).value()};
}

}  // namespace amparo::exchange
