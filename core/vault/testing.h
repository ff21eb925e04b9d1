// Test-only access to a vault's internals (tests/vault): the data key, for leak scans (SR-1) and
// for opening the database through a raw SQLCipher connection in tamper tests. Not for app code.
#pragma once

#include "crypto/secret_buffer.h"
#include "vault/vault.h"

namespace amparo::vault {

struct VaultTestAccess {
  // Lifts the SR-8 no-access protection of the data key (read-only from then on).
  [[nodiscard]] static const crypto::SecretBuffer& data_key(const Vault& v);
  // Address of the data key without lifting the protection: reading it must fault (SR-8 test).
  [[nodiscard]] static const std::uint8_t* idle_data_key_address(const Vault& v);
};

}  // namespace amparo::vault
