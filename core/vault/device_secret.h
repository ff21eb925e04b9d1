// Device-bound secret (SR-4): a random 32-byte secret kept in the platform keystore and mixed into
// the key-encryption key, so a copy of the vault files cannot be attacked without the device.
// platform/ implements this with QtKeychain; core ships an in-memory store for tests and tools.
// Passing no store (nullptr) to Vault::create selects passphrase-only mode, which the header
// records so unlock knows whether a device secret is required.
#pragma once

#include <map>
#include <string>
#include <string_view>

#include "crypto/secret_buffer.h"
#include "vault/error.h"

namespace amparo::vault {

inline constexpr std::size_t kDeviceSecretSize = 32;

class DeviceSecretStore {
 public:
  virtual ~DeviceSecretStore() = default;
  // `name` is an opaque ASCII label chosen by the vault ("amparo-vault-<vault id>-<secret id>").
  // Errors: NotFound (no such secret), DeviceSecretUnavailable (keystore locked or absent), Io.
  [[nodiscard]] virtual VaultResult<crypto::SecretBuffer> load(std::string_view name) = 0;
  [[nodiscard]] virtual VaultResult<void> store(std::string_view name,
                                                const crypto::SecretBuffer& secret) = 0;
  // Erasing a name that does not exist succeeds.
  [[nodiscard]] virtual VaultResult<void> erase(std::string_view name) = 0;
};

// Keeps secrets in guarded memory for the life of the object. For tests and the CLI's
// "--device-secret none" default it is NOT persistent; use it only where that is intended.
class MemoryDeviceSecretStore final : public DeviceSecretStore {
 public:
  [[nodiscard]] VaultResult<crypto::SecretBuffer> load(std::string_view name) override;
  [[nodiscard]] VaultResult<void> store(std::string_view name, const crypto::SecretBuffer& secret) override;
  [[nodiscard]] VaultResult<void> erase(std::string_view name) override;

  // Test hooks: make the keystore fail like a locked / missing keyring.
  void set_unavailable(bool unavailable) noexcept { unavailable_ = unavailable; }
  [[nodiscard]] std::size_t size() const noexcept { return secrets_.size(); }

 private:
  std::map<std::string, crypto::SecretBuffer, std::less<>> secrets_;
  bool unavailable_ = false;
};

}  // namespace amparo::vault
