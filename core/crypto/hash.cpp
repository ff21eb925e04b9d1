#include "crypto/hash.h"

#include <sodium.h>

#include <cstring>

namespace amparo::crypto {

static_assert(sizeof(crypto_generichash_state) <= 384, "Blake2b state buffer too small");

Bytes blake2b(ByteView data, std::size_t out_size) {
  Bytes out(out_size);
  crypto_generichash(out.data(), out.size(), data.data(), data.size(), nullptr, 0);
  return out;
}

Bytes blake2b_keyed(ByteView data, ByteView key, std::size_t out_size) {
  Bytes out(out_size);
  crypto_generichash(out.data(), out.size(), data.data(), data.size(), key.data(), key.size());
  return out;
}

SecretBuffer blake2b_keyed_secret(const SecretBuffer& data, const SecretBuffer& key,
                                  std::size_t out_size) {
  SecretBuffer out(out_size);
  crypto_generichash(out.data(), out.size(), data.data(), data.size(), key.data(), key.size());
  return out;
}

Blake2b::Blake2b(std::size_t out_size) : out_size_(out_size) {
  crypto_generichash_init(reinterpret_cast<crypto_generichash_state*>(state_), nullptr, 0, out_size_);
}

Blake2b& Blake2b::update(ByteView data) {
  crypto_generichash_update(reinterpret_cast<crypto_generichash_state*>(state_), data.data(),
                            data.size());
  return *this;
}

Bytes Blake2b::finish() {
  Bytes out(out_size_);
  crypto_generichash_final(reinterpret_cast<crypto_generichash_state*>(state_), out.data(), out.size());
  return out;
}

}  // namespace amparo::crypto
