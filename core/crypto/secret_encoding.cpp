#include "crypto/secret_encoding.h"

#include <sodium.h>

namespace amparo::crypto {

SecretBuffer to_base64_secret(const SecretBuffer& secret) {
  const std::size_t len = sodium_base64_encoded_len(secret.size(), sodium_base64_VARIANT_ORIGINAL);
  SecretBuffer tmp(len);  // includes the NUL terminator
  sodium_bin2base64(reinterpret_cast<char*>(tmp.data()), len, secret.data(), secret.size(),
                    sodium_base64_VARIANT_ORIGINAL);
  return SecretBuffer::copy_of(tmp.view().first(len - 1));
}

std::optional<SecretBuffer> from_base64_secret(ByteView text) {
  SecretBuffer out(text.size() / 4 * 3 + 3);
  std::size_t written = 0;
  const char* end = nullptr;
  if (text.empty() ||
      sodium_base642bin(out.data(), out.size(), reinterpret_cast<const char*>(text.data()), text.size(),
                        nullptr, &written, &end, sodium_base64_VARIANT_ORIGINAL) != 0 ||
      end != reinterpret_cast<const char*>(text.data()) + text.size()) {
    return std::nullopt;
  }
  // Canonical: re-encoding must give the same text (rejects non-zero trailing bits).
  auto result = SecretBuffer::copy_of(out.view().first(written));
  const SecretBuffer again = to_base64_secret(result);
  if (again.size() != text.size() || sodium_memcmp(again.data(), text.data(), text.size()) != 0) {
    return std::nullopt;
  }
  return result;
}

}  // namespace amparo::crypto
