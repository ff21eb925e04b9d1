// Argon2id passphrase hashing (crypto_pwhash) with parameters carried beside the result.
#pragma once

#include <chrono>
#include <cstdint>

#include "common/bytes.h"
#include "crypto/error.h"
#include "crypto/secret_buffer.h"

namespace amparo::crypto {

inline constexpr std::size_t kKdfSaltSize = 16;  // crypto_pwhash_SALTBYTES

struct KdfParams {
  std::uint64_t opslimit = 0;
  std::uint64_t memlimit = 0;  // bytes

  // Accepted window for parameters read from disk (SR-3): 2..16 passes, 64 MiB..1 GiB.
  static constexpr std::uint64_t kMinOps = 2;
  static constexpr std::uint64_t kMaxOps = 16;
  static constexpr std::uint64_t kMinMem = 64ULL << 20;
  static constexpr std::uint64_t kMaxMem = 1ULL << 30;

  [[nodiscard]] bool in_range() const noexcept {
    return opslimit >= kMinOps && opslimit <= kMaxOps && memlimit >= kMinMem && memlimit <= kMaxMem;
  }
  // libsodium's INTERACTIVE limits (2 passes, 64 MiB): the floor.
  [[nodiscard]] static KdfParams interactive() noexcept;
  friend bool operator==(const KdfParams&, const KdfParams&) = default;
};

// Derives `out_size` bytes from a passphrase with Argon2id v1.3. Refuses out-of-range parameters
// before doing any work, so a tampered header cannot make us allocate 4 GiB or spin for minutes.
[[nodiscard]] CryptoResult<SecretBuffer> derive_key(const SecretBuffer& passphrase, ByteView salt,
                                                    const KdfParams& params, std::size_t out_size = 32);

// Picks parameters so one derivation takes about `target` on this machine: memory first (up to
// `max_memory`), then passes. Never returns less than interactive().
[[nodiscard]] KdfParams calibrate(std::chrono::milliseconds target, std::uint64_t max_memory = 256ULL << 20);

// The app's choice, on the phone itself: about 0.5 s with at most 64 MiB. Argon2id's memory comes
// on top of the app's own, and the whole app must stay under 150 MB on a low-memory phone, so
// passes grow instead of memory. (amparo-cli init uses calibrate(500 ms, 256 MiB).)
[[nodiscard]] KdfParams calibrate_for_app();

}  // namespace amparo::crypto
