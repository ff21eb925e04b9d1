#pragma once

#include <cstddef>

#include "common/bytes.h"
#include "crypto/secret_buffer.h"

namespace amparo::crypto {

inline constexpr std::size_t kHashSize = 32;  // BLAKE2b-256 unless stated otherwise

[[nodiscard]] Bytes blake2b(ByteView data, std::size_t out_size = kHashSize);
// Keyed BLAKE2b (key 16..64 bytes) where the output is not secret (e.g. MACs over public data).
[[nodiscard]] Bytes blake2b_keyed(ByteView data, ByteView key, std::size_t out_size = kHashSize);
// Keyed BLAKE2b whose output is a key (KEK = BLAKE2b(key=device secret, Argon2id output)).
[[nodiscard]] SecretBuffer blake2b_keyed_secret(const SecretBuffer& data, const SecretBuffer& key,
                                                std::size_t out_size = kHashSize);

// Incremental BLAKE2b for streams and canonical encodings.
class Blake2b {
 public:
  explicit Blake2b(std::size_t out_size = kHashSize);
  Blake2b& update(ByteView data);
  [[nodiscard]] Bytes finish();

 private:
  alignas(64) unsigned char state_[384];
  std::size_t out_size_;
};

}  // namespace amparo::crypto
