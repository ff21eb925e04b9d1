#include "crypto/error.h"

namespace amparo::crypto {

std::string_view describe(CryptoError code) noexcept {
  switch (code) {
    case CryptoError::BadKeyLength: return "a key or nonce has the wrong length";
    case CryptoError::BadInput: return "the encrypted data is malformed";
    case CryptoError::AuthenticationFailed: return "the data failed authentication (wrong key or tampered)";
    case CryptoError::KdfParamsOutOfRange: return "the key-derivation parameters are outside the accepted range";
    case CryptoError::KdfFailed: return "key derivation failed (not enough memory)";
    case CryptoError::Truncated: return "the encrypted stream is truncated";
    case CryptoError::TrailingData: return "unexpected data after the end of the encrypted stream";
    case CryptoError::Io: return "reading or writing failed";
  }
  return "unknown crypto error";
}

}  // namespace amparo::crypto
