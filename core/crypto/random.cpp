#include "crypto/random.h"

#include <sodium.h>

#include "crypto/encoding.h"

namespace amparo::crypto {

void random_fill(MutableByteView out) noexcept {
  if (!out.empty()) randombytes_buf(out.data(), out.size());
}

Bytes random_bytes(std::size_t size) {
  Bytes out(size);
  random_fill(out);
  return out;
}

SecretBuffer random_secret(std::size_t size) {
  SecretBuffer out(size);
  random_fill(out.mutable_view());
  return out;
}

std::string random_id(std::size_t bytes) { return to_hex(random_bytes(bytes)); }

}  // namespace amparo::crypto
