// SR-4: the device secret in the platform keystore through QtKeychain (Android Keystore, iOS
// Keychain, Linux Secret Service / KWallet). Implements core's vault::DeviceSecretStore.
//
// Never uses QtKeychain's insecure fallback (plaintext QSettings). Where no keystore is reachable
// (CI, offscreen, a desktop without a keyring) available() is false and every call fails quickly
// with VaultError::DeviceSecretUnavailable: the app then creates passphrase-only vaults and says so.
#pragma once

#include <chrono>
#include <string>
#include <string_view>

#include "vault/device_secret.h"

namespace amparo::platform {

class KeychainSecretStore final : public vault::DeviceSecretStore {
 public:
  // `service` names the keychain entry group; the default is the app's id.
  explicit KeychainSecretStore(std::string service = "org.amparo.Amparo",
                               std::chrono::milliseconds timeout = std::chrono::seconds(10));
  ~KeychainSecretStore() override;
  KeychainSecretStore(const KeychainSecretStore&) = delete;
  KeychainSecretStore& operator=(const KeychainSecretStore&) = delete;

  // Whether a keystore backend is reachable now. Cheap after the first call (cached; recheck()
  // probes again). On Linux: a D-Bus session bus with org.freedesktop.secrets or KWallet.
  [[nodiscard]] bool available();
  void recheck() noexcept;

  // Synchronous: each call runs a QtKeychain job in a nested QEventLoop that excludes user
  // input, bounded by `timeout`. Needs a QCoreApplication and must run on its thread.
  // Errors: NotFound, DeviceSecretUnavailable (no backend, locked, denied, timeout), Io (other
  // backend failures), InvalidArgument (bad name), HeaderCorrupt never.
  [[nodiscard]] vault::VaultResult<crypto::SecretBuffer> load(std::string_view name) override;
  [[nodiscard]] vault::VaultResult<void> store(std::string_view name,
                                               const crypto::SecretBuffer& secret) override;
  [[nodiscard]] vault::VaultResult<void> erase(std::string_view name) override;

 private:
  std::string service_;
  std::chrono::milliseconds timeout_;
  int availability_ = -1;  // -1 unknown, 0 no, 1 yes
};

}  // namespace amparo::platform
