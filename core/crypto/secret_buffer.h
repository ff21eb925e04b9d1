// Guarded memory for secrets: keys, passphrases, derived keys.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string_view>

#include "common/bytes.h"

namespace amparo::crypto {

// Owns sodium_malloc memory (guard pages, canary, mlock where allowed) and wipes it with
// sodium_free on destruction. Move-only: a secret is never copied implicitly.
class SecretBuffer {
 public:
  SecretBuffer() = default;
  // Zero-filled buffer of `size` bytes. Throws std::bad_alloc if guarded memory is exhausted.
  explicit SecretBuffer(std::size_t size);
  [[nodiscard]] static SecretBuffer copy_of(ByteView bytes);
  [[nodiscard]] static SecretBuffer copy_of(std::string_view text);

  ~SecretBuffer();
  SecretBuffer(SecretBuffer&& other) noexcept;
  SecretBuffer& operator=(SecretBuffer&& other) noexcept;
  SecretBuffer(const SecretBuffer&) = delete;
  SecretBuffer& operator=(const SecretBuffer&) = delete;

  // An explicit, visible copy (e.g. to hand a key to a second owner).
  [[nodiscard]] SecretBuffer clone() const;

  [[nodiscard]] std::uint8_t* data() noexcept { return data_; }
  [[nodiscard]] const std::uint8_t* data() const noexcept { return data_; }
  [[nodiscard]] std::size_t size() const noexcept { return size_; }
  [[nodiscard]] bool empty() const noexcept { return size_ == 0; }
  [[nodiscard]] ByteView view() const noexcept { return {data_, size_}; }
  [[nodiscard]] MutableByteView mutable_view() noexcept { return {data_, size_}; }
  [[nodiscard]] std::string_view as_text() const noexcept {
    return {reinterpret_cast<const char*>(data_), size_};
  }

  // Constant-time comparison.
  [[nodiscard]] bool equals(const SecretBuffer& other) const noexcept;

  // Page protection while a secret is idle (SR-8). Access while no_access is a crash, by design.
  void protect_no_access() noexcept;
  void protect_read_only() noexcept;
  void protect_read_write() noexcept;

  // Wipes and frees now (e.g. on vault lock); the buffer becomes empty.
  void reset() noexcept;

 private:
  std::uint8_t* data_ = nullptr;
  std::size_t size_ = 0;
};

}  // namespace amparo::crypto
