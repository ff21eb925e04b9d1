// An organization's secret keys (Ed25519 signing + X25519 encryption), passphrase-protected on disk
// (org.secret): Argon2id + XChaCha20-Poly1305. Format: docs/formats.md, "## Organization cards".
#pragma once

#include "common/bytes.h"
#include "crypto/kdf.h"
#include "crypto/sealed_box.h"
#include "crypto/secret_buffer.h"
#include "crypto/signature.h"
#include "exchange/error.h"

namespace amparo::exchange {

struct OrgKeys {
  crypto::SigningKeyPair sign;
  crypto::BoxKeyPair box;
  [[nodiscard]] static OrgKeys generate();
  [[nodiscard]] Bytes fingerprint() const;  // recipient_fingerprint of the public halves
};

inline constexpr std::size_t kOrgSecretFileSize = 8 + 1 + 8 + 8 + 16 + 24 + 64 + 16;  // 145

// Default Argon2id parameters for org.secret: 3 passes, 256 MiB (libsodium "moderate").
[[nodiscard]] crypto::KdfParams default_org_secret_kdf() noexcept;

[[nodiscard]] ExchangeResult<Bytes> seal_org_secret(const OrgKeys& keys,
                                                    const crypto::SecretBuffer& passphrase,
                                                    const crypto::KdfParams& kdf);
// Parses strictly (exact size, magic, version, KDF window) before running the KDF.
[[nodiscard]] ExchangeResult<OrgKeys> open_org_secret(ByteView file, const crypto::SecretBuffer& passphrase);

}  // namespace amparo::exchange
