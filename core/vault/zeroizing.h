// Containers whose heap memory is wiped before it is released (SR-10, best effort): note text,
// canonical note bytes and anything else that holds plaintext in core.
#pragma once

#include <cstddef>
#include <cstdint>
#include <new>
#include <string>
#include <string_view>
#include <vector>

#include "common/bytes.h"

namespace amparo::vault {

// Wipes `n` bytes in a way the compiler cannot elide (sodium_memzero).
void secure_wipe(void* p, std::size_t n) noexcept;

template <class T>
struct ZeroizingAllocator {
  using value_type = T;
  ZeroizingAllocator() noexcept = default;
  template <class U>
  ZeroizingAllocator(const ZeroizingAllocator<U>&) noexcept {}  // NOLINT: rebinding
  [[nodiscard]] T* allocate(std::size_t n) { return static_cast<T*>(::operator new(n * sizeof(T))); }
  void deallocate(T* p, std::size_t n) noexcept {
    secure_wipe(p, n * sizeof(T));
    ::operator delete(p);
  }
  template <class U>
  friend bool operator==(const ZeroizingAllocator&, const ZeroizingAllocator<U>&) noexcept {
    return true;
  }
};

// Note text. Note: short strings live inline (SSO) and are not covered by the allocator; the
// destructor wrapper below wipes those too.
using Text = std::basic_string<char, std::char_traits<char>, ZeroizingAllocator<char>>;
using SecureBytes = std::vector<std::uint8_t, ZeroizingAllocator<std::uint8_t>>;

inline Text to_text(std::string_view s) {
  return Text(s.begin(), s.end());
}
inline std::string_view view(const Text& t) noexcept {
  return {t.data(), t.size()};
}
inline ByteView view(const SecureBytes& b) noexcept {
  return {b.data(), b.size()};
}
// Wipes the characters (including an inline SSO buffer) and empties the string.
inline void wipe(Text& t) noexcept {
  secure_wipe(t.data(), t.capacity());
  t.clear();
}

}  // namespace amparo::vault
