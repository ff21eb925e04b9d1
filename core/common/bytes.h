// Byte vocabulary shared by every core module.
#pragma once

#include <cstddef>
#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace amparo {

using Bytes = std::vector<std::uint8_t>;
using ByteView = std::span<const std::uint8_t>;
using MutableByteView = std::span<std::uint8_t>;

inline ByteView as_bytes(std::string_view s) {
  return {reinterpret_cast<const std::uint8_t*>(s.data()), s.size()};
}
inline std::string_view as_chars(ByteView b) {
  return {reinterpret_cast<const char*>(b.data()), b.size()};
}
inline Bytes to_bytes(std::string_view s) {
  auto v = as_bytes(s);
  return Bytes(v.begin(), v.end());
}

// Append helpers for canonical, length-prefixed encodings (little-endian).
inline void append_u8(Bytes& out, std::uint8_t v) { out.push_back(v); }
inline void append_u32le(Bytes& out, std::uint32_t v) {
  for (int i = 0; i < 4; ++i) out.push_back(static_cast<std::uint8_t>(v >> (8 * i)));
}
inline void append_u64le(Bytes& out, std::uint64_t v) {
  for (int i = 0; i < 8; ++i) out.push_back(static_cast<std::uint8_t>(v >> (8 * i)));
}
inline void append_bytes(Bytes& out, ByteView b) { out.insert(out.end(), b.begin(), b.end()); }
// A field as u32 length + bytes, so concatenations are unambiguous.
inline void append_field(Bytes& out, ByteView b) {
  append_u32le(out, static_cast<std::uint32_t>(b.size()));
  append_bytes(out, b);
}
inline void append_field(Bytes& out, std::string_view s) { append_field(out, as_bytes(s)); }

inline std::uint32_t read_u32le(const std::uint8_t* p) {
  return static_cast<std::uint32_t>(p[0]) | (static_cast<std::uint32_t>(p[1]) << 8) |
         (static_cast<std::uint32_t>(p[2]) << 16) | (static_cast<std::uint32_t>(p[3]) << 24);
}
inline std::uint64_t read_u64le(const std::uint8_t* p) {
  return static_cast<std::uint64_t>(read_u32le(p)) | (static_cast<std::uint64_t>(read_u32le(p + 4)) << 32);
}

}  // namespace amparo
