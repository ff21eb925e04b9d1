// Test-only access to a vault's internals (tests/vault): the data key, for leak scans (SR-1) and
// for opening the database through a raw SQLCipher connection in tamper tests. Not for app code.
#pragma once

#include "crypto/secret_buffer.h"
#include "vault/vault.h"

namespace amparo::vault {

struct VaultTestAccess {
  [[nodiscard]] static const crypto::SecretBuffer& data_key(const Vault& v);
};

}  // namespace amparo::vault
