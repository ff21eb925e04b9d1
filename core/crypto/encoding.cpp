#include "crypto/encoding.h"

#include <sodium.h>

namespace amparo::crypto {

std::string to_hex(ByteView bytes) {
  std::string out(bytes.size() * 2 + 1, '\0');
  sodium_bin2hex(out.data(), out.size(), bytes.data(), bytes.size());
  out.pop_back();
  return out;
}

std::optional<Bytes> from_hex(std::string_view hex) {
  if (hex.size() % 2 != 0) return std::nullopt;
  Bytes out(hex.size() / 2);
  std::size_t written = 0;
  const char* end = nullptr;
  if (sodium_hex2bin(out.data(), out.size(), hex.data(), hex.size(), nullptr, &written, &end) != 0 ||
      written != out.size() || end != hex.data() + hex.size()) {
    return std::nullopt;
  }
  return out;
}

namespace {

std::string encode(ByteView bytes, int variant) {
  std::string out(sodium_base64_encoded_len(bytes.size(), variant), '\0');
  sodium_bin2base64(out.data(), out.size(), bytes.data(), bytes.size(), variant);
  out.pop_back();  // trailing NUL
  return out;
}

std::optional<Bytes> decode(std::string_view text, int variant) {
  Bytes out(text.size() / 4 * 3 + 3);
  std::size_t written = 0;
  const char* end = nullptr;
  if (sodium_base642bin(out.data(), out.size(), text.data(), text.size(), nullptr, &written, &end,
                        variant) != 0 ||
      end != text.data() + text.size()) {
    return std::nullopt;
  }
  out.resize(written);
  // Canonical form: re-encoding must give back exactly the input (catches non-zero pad bits).
  if (encode(out, variant) != text) return std::nullopt;
  return out;
}

}  // namespace

std::string to_base64(ByteView bytes) { return encode(bytes, sodium_base64_VARIANT_ORIGINAL); }
std::optional<Bytes> from_base64(std::string_view text) {
  return decode(text, sodium_base64_VARIANT_ORIGINAL);
}
std::string to_base64url(ByteView bytes) {
  return encode(bytes, sodium_base64_VARIANT_URLSAFE_NO_PADDING);
}
std::optional<Bytes> from_base64url(std::string_view text) {
  return decode(text, sodium_base64_VARIANT_URLSAFE_NO_PADDING);
}

}  // namespace amparo::crypto
