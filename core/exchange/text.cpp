#include "exchange/text.h"

#include <cstdint>

namespace amparo::exchange {

namespace {
bool forbidden(std::uint32_t cp) noexcept {
  if (cp < 0x20 || (cp >= 0x7f && cp <= 0x9f)) return true;  // C0, DEL, C1
  if (cp >= 0x202a && cp <= 0x202e) return true;             // LRE RLE PDF LRO RLO
  if (cp >= 0x2066 && cp <= 0x2069) return true;             // LRI RLI FSI PDI
  if (cp == 0x2028 || cp == 0x2029 || cp == 0xfeff) return true;
  if (cp >= 0xfdd0 && cp <= 0xfdef) return true;
  return false;
}
}  // namespace

bool is_safe_display_text(std::string_view s) noexcept {
  const auto* p = reinterpret_cast<const unsigned char*>(s.data());
  const std::size_t n = s.size();
  std::size_t i = 0;
  while (i < n) {
    const unsigned char c = p[i];
    std::uint32_t cp = 0;
    std::size_t len = 0;
    std::uint32_t min = 0;
    if (c < 0x80) {
      cp = c;
      len = 1;
    } else if ((c & 0xe0) == 0xc0) {
      cp = c & 0x1fu;
      len = 2;
      min = 0x80;
    } else if ((c & 0xf0) == 0xe0) {
      cp = c & 0x0fu;
      len = 3;
      min = 0x800;
    } else if ((c & 0xf8) == 0xf0) {
      cp = c & 0x07u;
      len = 4;
      min = 0x10000;
    } else {
      return false;
    }
    if (n - i < len) return false;
    for (std::size_t k = 1; k < len; ++k) {
      const unsigned char cc = p[i + k];
      if ((cc & 0xc0) != 0x80) return false;
      cp = (cp << 6) | (cc & 0x3fu);
    }
    if (len > 1 && cp < min) return false;           // overlong
    if (cp > 0x10ffff) return false;                 // out of range
    if (cp >= 0xd800 && cp <= 0xdfff) return false;  // surrogate
    if (forbidden(cp)) return false;
    i += len;
  }
  return true;
}

}  // namespace amparo::exchange
