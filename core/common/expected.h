// Errors as values: every fallible core call returns Expected<T, Error<Code>>.
// A small stand-in for C++23 std::expected (GCC 12 only has it under -std=c++23).
#pragma once

#include <cassert>
#include <string>
#include <type_traits>
#include <utility>
#include <variant>

namespace amparo {

// An error from a core module: a code the UI translates, plus an optional detail that never
// contains user data (e.g. the JSON path of a bad field, a file name the user chose, a byte offset).
template <class Code>
struct Error {
  Code code;
  std::string detail;
};

template <class Code>
[[nodiscard]] Error<Code> make_error(Code code, std::string detail = {}) {
  return Error<Code>{code, std::move(detail)};
}

template <class T, class E>
class [[nodiscard]] Expected {
 public:
  using value_type = T;
  using error_type = E;

  Expected(T value) : data_(std::in_place_index<0>, std::move(value)) {}  // NOLINT: implicit by design
  Expected(E error) : data_(std::in_place_index<1>, std::move(error)) {}  // NOLINT: implicit by design

  [[nodiscard]] bool has_value() const noexcept { return data_.index() == 0; }
  explicit operator bool() const noexcept { return has_value(); }

  [[nodiscard]] T& value() & {
    assert(has_value());
    return std::get<0>(data_);
  }
  [[nodiscard]] const T& value() const& {
    assert(has_value());
    return std::get<0>(data_);
  }
  [[nodiscard]] T&& value() && {
    assert(has_value());
    return std::get<0>(std::move(data_));
  }
  [[nodiscard]] const E& error() const& {
    assert(!has_value());
    return std::get<1>(data_);
  }
  [[nodiscard]] E&& error() && {
    assert(!has_value());
    return std::get<1>(std::move(data_));
  }

  T* operator->() { return &value(); }
  const T* operator->() const { return &value(); }
  T& operator*() & { return value(); }
  const T& operator*() const& { return value(); }

 private:
  std::variant<T, E> data_;
};

// Expected<void, E>: success carries nothing.
template <class E>
class [[nodiscard]] Expected<void, E> {
 public:
  Expected() = default;
  Expected(E error) : error_(std::move(error)), ok_(false) {}  // NOLINT: implicit by design

  [[nodiscard]] bool has_value() const noexcept { return ok_; }
  explicit operator bool() const noexcept { return ok_; }
  [[nodiscard]] const E& error() const& {
    assert(!ok_);
    return error_;
  }
  [[nodiscard]] E&& error() && {
    assert(!ok_);
    return std::move(error_);
  }

 private:
  E error_{};
  bool ok_ = true;
};

}  // namespace amparo

// Propagate an error from an Expected expression, binding its value otherwise.
#define AMPARO_CONCAT_INNER(a, b) a##b
#define AMPARO_CONCAT(a, b) AMPARO_CONCAT_INNER(a, b)
#define AMPARO_TRY_IMPL(tmp, decl, expr) \
  auto tmp = (expr);                     \
  if (!tmp) return std::move(tmp).error(); \
  decl = std::move(tmp).value()
#define AMPARO_TRY(decl, expr) AMPARO_TRY_IMPL(AMPARO_CONCAT(amparo_try_, __LINE__), decl, expr)
#define AMPARO_TRY_VOID(expr)                                 \
  do {                                                        \
    auto amparo_try_void_ = (expr);                           \
    if (!amparo_try_void_) return std::move(amparo_try_void_).error(); \
  } while (0)
