// Base64 for secrets (key files): input and output stay in guarded memory.
#pragma once

#include <optional>

#include "crypto/secret_buffer.h"

namespace amparo::crypto {

// Standard padded base64 (RFC 4648 §4) of a secret, as text in a SecretBuffer (no NUL).
[[nodiscard]] SecretBuffer to_base64_secret(const SecretBuffer& secret);
// Canonical decoding (as from_base64) of text held in guarded memory.
[[nodiscard]] std::optional<SecretBuffer> from_base64_secret(ByteView text);

}  // namespace amparo::crypto
