#pragma once

#include <string_view>

#include "common/expected.h"

namespace amparo::crypto {

enum class CryptoError {
  BadKeyLength,        // a key, nonce or salt of the wrong size
  BadInput,            // malformed ciphertext framing, wrong lengths
  AuthenticationFailed,  // tag mismatch: wrong key or tampered data
  KdfParamsOutOfRange, // stored Argon2id parameters outside the accepted window
  KdfFailed,           // crypto_pwhash ran out of memory
  Truncated,           // stream ended before its final tag
  TrailingData,        // bytes after the final tag
  Io,                  // read or write failure of a stream
};

using CryptoFailure = Error<CryptoError>;
template <class T>
using CryptoResult = Expected<T, CryptoFailure>;

// English description for logs-free CLI output; the UI translates codes itself.
[[nodiscard]] std::string_view describe(CryptoError code) noexcept;

}  // namespace amparo::crypto
