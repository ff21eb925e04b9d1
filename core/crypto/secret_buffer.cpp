#include "crypto/secret_buffer.h"

#include <sodium.h>

#include <cstring>
#include <new>
#include <utility>

namespace amparo::crypto {

SecretBuffer::SecretBuffer(std::size_t size) {
  if (size == 0) return;
  void* p = sodium_malloc(size);
  if (p == nullptr) throw std::bad_alloc();
  data_ = static_cast<std::uint8_t*>(p);
  size_ = size;
  sodium_memzero(data_, size_);
}

SecretBuffer SecretBuffer::copy_of(ByteView bytes) {
  SecretBuffer out(bytes.size());
  if (!bytes.empty()) std::memcpy(out.data_, bytes.data(), bytes.size());
  return out;
}

SecretBuffer SecretBuffer::copy_of(std::string_view text) { return copy_of(as_bytes(text)); }

SecretBuffer::~SecretBuffer() { reset(); }

SecretBuffer::SecretBuffer(SecretBuffer&& other) noexcept
    : data_(std::exchange(other.data_, nullptr)), size_(std::exchange(other.size_, 0)) {}

SecretBuffer& SecretBuffer::operator=(SecretBuffer&& other) noexcept {
  if (this != &other) {
    reset();
    data_ = std::exchange(other.data_, nullptr);
    size_ = std::exchange(other.size_, 0);
  }
  return *this;
}

SecretBuffer SecretBuffer::clone() const { return copy_of(view()); }

bool SecretBuffer::equals(const SecretBuffer& other) const noexcept {
  if (size_ != other.size_) return false;
  if (size_ == 0) return true;
  return sodium_memcmp(data_, other.data_, size_) == 0;
}

void SecretBuffer::protect_no_access() noexcept {
  if (data_ != nullptr) sodium_mprotect_noaccess(data_);
}
void SecretBuffer::protect_read_only() noexcept {
  if (data_ != nullptr) sodium_mprotect_readonly(data_);
}
void SecretBuffer::protect_read_write() noexcept {
  if (data_ != nullptr) sodium_mprotect_readwrite(data_);
}

void SecretBuffer::reset() noexcept {
  if (data_ != nullptr) {
    sodium_mprotect_readwrite(data_);
    sodium_free(data_);  // wipes before releasing
  }
  data_ = nullptr;
  size_ = 0;
}

}  // namespace amparo::crypto
