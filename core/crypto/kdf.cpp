#include "crypto/kdf.h"

#include <sodium.h>

#include <algorithm>

namespace amparo::crypto {

KdfParams KdfParams::interactive() noexcept {
  return {crypto_pwhash_OPSLIMIT_INTERACTIVE, crypto_pwhash_MEMLIMIT_INTERACTIVE};
}

CryptoResult<SecretBuffer> derive_key(const SecretBuffer& passphrase, ByteView salt, const KdfParams& params,
                                      std::size_t out_size) {
  if (salt.size() != kKdfSaltSize || out_size < 16 || out_size > 64) {
    return make_error(CryptoError::BadKeyLength);
  }
  if (!params.in_range()) return make_error(CryptoError::KdfParamsOutOfRange);
  SecretBuffer out(out_size);
  if (crypto_pwhash(out.data(), out.size(), reinterpret_cast<const char*>(passphrase.data()),
                    passphrase.size(), salt.data(), params.opslimit,
                    static_cast<std::size_t>(params.memlimit), crypto_pwhash_ALG_ARGON2ID13) != 0) {
    return make_error(CryptoError::KdfFailed);
  }
  return out;
}

KdfParams calibrate(std::chrono::milliseconds target, std::uint64_t max_memory) {
  using clock = std::chrono::steady_clock;
  const auto passphrase = SecretBuffer::copy_of(std::string_view("calibration passphrase"));
  Bytes salt(kKdfSaltSize, 0x5a);
  KdfParams p = KdfParams::interactive();
  max_memory = std::clamp<std::uint64_t>(max_memory, KdfParams::kMinMem, KdfParams::kMaxMem);

  auto measure = [&](const KdfParams& q) {
    const auto start = clock::now();
    (void)derive_key(passphrase, salt, q);
    return std::chrono::duration_cast<std::chrono::milliseconds>(clock::now() - start);
  };

  auto elapsed = measure(p);
  // Grow memory first: it is what makes GPU/ASIC guessing expensive.
  while (elapsed * 2 <= target && p.memlimit * 2 <= max_memory) {
    p.memlimit *= 2;
    elapsed = measure(p);
  }
  // Then passes, estimated linearly from the last run.
  if (elapsed < target && elapsed.count() > 0) {
    const auto per_pass = static_cast<double>(elapsed.count()) / static_cast<double>(p.opslimit);
    const auto passes = static_cast<std::uint64_t>(static_cast<double>(target.count()) / per_pass);
    p.opslimit = std::clamp<std::uint64_t>(passes, p.opslimit, KdfParams::kMaxOps);
  }
  return p;
}

KdfParams calibrate_for_app() {
  return calibrate(std::chrono::milliseconds(500), KdfParams::kMinMem);
}

}  // namespace amparo::crypto
