// Bounded reader for the exchange module's length-prefixed binary encodings (internal).
// Every length is checked against a cap and against the remaining input before anything is allocated.
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>

#include "common/bytes.h"

namespace amparo::exchange::wire {

class Reader {
 public:
  explicit Reader(ByteView data) : data_(data) {}
  [[nodiscard]] std::size_t remaining() const noexcept { return data_.size() - pos_; }
  [[nodiscard]] bool at_end() const noexcept { return pos_ == data_.size(); }
  [[nodiscard]] std::size_t position() const noexcept { return pos_; }

  [[nodiscard]] std::optional<std::uint8_t> u8() {
    if (remaining() < 1) return std::nullopt;
    return data_[pos_++];
  }
  [[nodiscard]] std::optional<std::uint16_t> u16() {
    if (remaining() < 2) return std::nullopt;
    auto v = static_cast<std::uint16_t>(data_[pos_] | (data_[pos_ + 1] << 8));
    pos_ += 2;
    return v;
  }
  [[nodiscard]] std::optional<std::uint32_t> u32() {
    if (remaining() < 4) return std::nullopt;
    auto v = read_u32le(data_.data() + pos_);
    pos_ += 4;
    return v;
  }
  [[nodiscard]] std::optional<std::uint64_t> u64() {
    if (remaining() < 8) return std::nullopt;
    auto v = read_u64le(data_.data() + pos_);
    pos_ += 8;
    return v;
  }
  // Exactly n raw bytes.
  [[nodiscard]] std::optional<ByteView> raw(std::size_t n) {
    if (remaining() < n) return std::nullopt;
    ByteView v = data_.subspan(pos_, n);
    pos_ += n;
    return v;
  }
  // u32le length + bytes, length <= cap. `too_long` is set when the length is over the cap.
  [[nodiscard]] std::optional<ByteView> field(std::size_t cap, bool* too_long = nullptr) {
    if (remaining() < 4) return std::nullopt;
    const std::uint32_t n = read_u32le(data_.data() + pos_);
    if (n > cap) {
      if (too_long) *too_long = true;
      return std::nullopt;
    }
    if (remaining() - 4 < n) return std::nullopt;
    pos_ += 4;
    return raw(n);
  }

 private:
  ByteView data_;
  std::size_t pos_ = 0;
};

inline void append_u16le(Bytes& out, std::uint16_t v) {
  out.push_back(static_cast<std::uint8_t>(v));
  out.push_back(static_cast<std::uint8_t>(v >> 8));
}

// Appends into any byte vector (e.g. zeroizing vault::SecureBytes for note plaintext).
template <class Vec>
void put_u32(Vec& out, std::uint32_t v) {
  for (int i = 0; i < 4; ++i) out.push_back(static_cast<std::uint8_t>(v >> (8 * i)));
}
template <class Vec>
void put_bytes(Vec& out, ByteView b) {
  out.insert(out.end(), b.begin(), b.end());
}
template <class Vec>
void put_field(Vec& out, ByteView b) {
  put_u32(out, static_cast<std::uint32_t>(b.size()));
  put_bytes(out, b);
}

}  // namespace amparo::exchange::wire
