#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "common/bytes.h"

namespace amparo::crypto {

[[nodiscard]] std::string to_hex(ByteView bytes);
// Lowercase or uppercase hex, even length; nullopt on anything else.
[[nodiscard]] std::optional<Bytes> from_hex(std::string_view hex);

// Standard base64 with padding (RFC 4648 §4).
[[nodiscard]] std::string to_base64(ByteView bytes);
// Canonical decoding only: rejects whitespace, missing padding and non-zero trailing bits, so one
// value has exactly one text form (SR-28).
[[nodiscard]] std::optional<Bytes> from_base64(std::string_view text);
// Unpadded URL-safe base64 (RFC 4648 §5), for compact QR payloads; canonical decoding only.
[[nodiscard]] std::string to_base64url(ByteView bytes);
[[nodiscard]] std::optional<Bytes> from_base64url(std::string_view text);

}  // namespace amparo::crypto
