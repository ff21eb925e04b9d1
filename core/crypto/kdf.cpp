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
    return std::chrono::duration_cast<std::chrono::microseconds>(clock::now() - start);
  };
  using ms = std::chrono::duration<double, std::milli>;

  auto elapsed = measure(p);
  // Grow memory first: it is what makes GPU/ASIC guessing expensive.
  while (elapsed * 2 <= target && p.memlimit * 2 <= max_memory) {
    p.memlimit *= 2;
    elapsed = measure(p);
  }
  // Then passes. A run costs a fixed part (allocating and first touching the memory) plus a part
  // per pass, so it is measured at two pass counts: dividing one run by its passes would count the
  // fixed part once per pass and land well short of the target (about 0.4 s for 0.5 s at 64 MiB).
  if (elapsed < target && elapsed.count() > 0) {
    const double short_run = ms(elapsed).count();
    const double whole_per_pass = short_run / static_cast<double>(p.opslimit);
    KdfParams longer = p;
    longer.opslimit = p.opslimit + 2;
    const double long_run = ms(measure(longer)).count();
    // Timing noise must not make the estimate wild: between half and all of the naive figure.
    const double per_pass = std::clamp((long_run - short_run) / 2.0, whole_per_pass / 2, whole_per_pass);
    const double fixed = std::max(0.0, short_run - per_pass * static_cast<double>(p.opslimit));
    const auto passes = static_cast<std::uint64_t>((ms(target).count() - fixed) / per_pass);
    p.opslimit = std::clamp<std::uint64_t>(passes, p.opslimit, KdfParams::kMaxOps);
  }
  return p;
}

KdfParams calibrate_for_app() {
  return calibrate(std::chrono::milliseconds(500), KdfParams::kMinMem);
}

}  // namespace amparo::crypto
