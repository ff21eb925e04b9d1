// Publisher key files written by `amparo-pack keygen` (text, base64; docs/formats.md).
// The secret key file is not encrypted: it is the publisher's offline signing key, kept on an
// offline machine with 0600 permissions. Its contents only ever live in guarded memory here.
#pragma once

#include <string>
#include <string_view>

#include "common/bytes.h"
#include "crypto/secret_buffer.h"
#include "crypto/signature.h"
#include "rights/error.h"

namespace amparo::rights {

inline constexpr std::string_view kPublicKeyFormat = "amparo-publisher-public-v1";
inline constexpr std::string_view kSecretKeyFormat = "amparo-publisher-secret-v1";

[[nodiscard]] std::string format_public_key_file(ByteView public_key);
// Errors: BadKey (wrong format line, bad base64, wrong length, fingerprint line that does not match).
[[nodiscard]] RightsResult<Bytes> parse_public_key_file(std::string_view text);

// The secret key file for a key pair (its 32-byte seed, base64), in guarded memory.
[[nodiscard]] crypto::SecretBuffer format_secret_key_file(const crypto::SigningKeyPair& key);
[[nodiscard]] RightsResult<crypto::SigningKeyPair> parse_secret_key_file(const crypto::SecretBuffer& text);

}  // namespace amparo::rights
