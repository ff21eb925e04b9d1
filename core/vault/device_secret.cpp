#include "vault/device_secret.h"

namespace amparo::vault {

VaultResult<crypto::SecretBuffer> MemoryDeviceSecretStore::load(std::string_view name) {
  if (unavailable_) return make_error(VaultError::DeviceSecretUnavailable, "keystore unavailable");
  const auto it = secrets_.find(name);
  if (it == secrets_.end()) return make_error(VaultError::NotFound, "device secret");
  return it->second.clone();
}

VaultResult<void> MemoryDeviceSecretStore::store(std::string_view name, const crypto::SecretBuffer& secret) {
  if (unavailable_) return make_error(VaultError::DeviceSecretUnavailable, "keystore unavailable");
  secrets_.insert_or_assign(std::string(name), secret.clone());
  return {};
}

VaultResult<void> MemoryDeviceSecretStore::erase(std::string_view name) {
  if (unavailable_) return make_error(VaultError::DeviceSecretUnavailable, "keystore unavailable");
  const auto it = secrets_.find(name);
  if (it != secrets_.end()) secrets_.erase(it);
  return {};
}

}  // namespace amparo::vault
