// SR-4: the device-secret store contract, run against the in-memory store and, where a keystore is
// reachable, against QtKeychain; without one the QtKeychain store must say Unavailable quickly and
// write nothing anywhere (no QSettings fallback).
#include <QCoreApplication>
#include <QDir>
#include <QSettings>
#include <QTemporaryDir>
#include <catch2/catch.hpp>
#include <chrono>

#include "crypto/random.h"
#include "platform/keystore/keychain_secret_store.h"
#include "vault/device_secret.h"

using amparo::crypto::SecretBuffer;
using amparo::platform::KeychainSecretStore;
using amparo::vault::DeviceSecretStore;
using amparo::vault::kDeviceSecretSize;
using amparo::vault::VaultError;

namespace {

SecretBuffer random_secret() {
  return amparo::crypto::random_secret(kDeviceSecretSize);
}

// Every DeviceSecretStore must behave like this.
void check_contract(DeviceSecretStore& store, const std::string& prefix) {
  const std::string a = prefix + "-a";
  const std::string b = prefix + "-b";
  REQUIRE(store.erase(a));
  REQUIRE(store.erase(b));

  auto missing = store.load(a);
  REQUIRE_FALSE(missing);
  CHECK(missing.error().code == VaultError::NotFound);

  const SecretBuffer first = random_secret();
  REQUIRE(store.store(a, first));
  auto loaded = store.load(a);
  REQUIRE(loaded);
  CHECK(loaded->size() == kDeviceSecretSize);
  CHECK(loaded->equals(first));

  // Names are independent.
  CHECK_FALSE(store.load(b));

  // store() replaces.
  const SecretBuffer second = random_secret();
  REQUIRE(store.store(a, second));
  auto replaced = store.load(a);
  REQUIRE(replaced);
  CHECK(replaced->equals(second));
  CHECK_FALSE(replaced->equals(first));

  // erase() removes, and erasing again still succeeds.
  REQUIRE(store.erase(a));
  auto gone = store.load(a);
  REQUIRE_FALSE(gone);
  CHECK(gone.error().code == VaultError::NotFound);
  CHECK(store.erase(a));
}

}  // namespace

TEST_CASE("SR-4 in-memory device secret store passes the store contract", "[keystore]") {
  amparo::vault::MemoryDeviceSecretStore store;
  check_contract(store, "amparo-test-memory");

  store.set_unavailable(true);
  auto locked = store.load("amparo-test-memory-a");
  REQUIRE_FALSE(locked);
  CHECK(locked.error().code == VaultError::DeviceSecretUnavailable);
}

TEST_CASE("SR-4 keychain store works or reports Unavailable quickly without writing QSettings",
          "[keystore]") {
  // Point QSettings' user scope at an empty folder, then watch it stay empty.
  QTemporaryDir config;
  REQUIRE(config.isValid());
  QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, config.path());
  QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, config.path());

  KeychainSecretStore store("org.amparo.Amparo.test", std::chrono::seconds(5));
  const auto start = std::chrono::steady_clock::now();
  const bool available = store.available();

  if (available) {
    WARN("a keystore backend is reachable: running the contract against it");
    check_contract(store, "amparo-test-keychain");
  } else {
    const SecretBuffer secret = random_secret();
    auto stored = store.store("amparo-test-keychain-a", secret);
    REQUIRE_FALSE(stored);
    CHECK(stored.error().code == VaultError::DeviceSecretUnavailable);
    auto loaded = store.load("amparo-test-keychain-a");
    REQUIRE_FALSE(loaded);
    CHECK(loaded.error().code == VaultError::DeviceSecretUnavailable);
    auto erased = store.erase("amparo-test-keychain-a");
    REQUIRE_FALSE(erased);
    CHECK(erased.error().code == VaultError::DeviceSecretUnavailable);
    const auto elapsed = std::chrono::steady_clock::now() - start;
    CHECK(elapsed < std::chrono::seconds(3));
  }

  // Nothing reached QSettings: no file under the config folder, no key in the app's settings.
  const QStringList written =
      QDir(config.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden);
  INFO("files: " << written.join(QLatin1Char(',')).toStdString());
  CHECK(written.isEmpty());
  QSettings settings(QStringLiteral("org.amparo.Amparo.test"));
  CHECK(settings.allKeys().isEmpty());
}

TEST_CASE("SR-4 keychain store rejects bad names and sizes before touching the keystore", "[keystore]") {
  KeychainSecretStore store("org.amparo.Amparo.test");
  auto bad_name = store.load("has space");
  REQUIRE_FALSE(bad_name);
  CHECK(bad_name.error().code == VaultError::InvalidArgument);
  CHECK_FALSE(store.load(""));
  SecretBuffer short_secret(16);
  auto bad_size = store.store("amparo-test-keychain-short", short_secret);
  REQUIRE_FALSE(bad_size);
  CHECK(bad_size.error().code == VaultError::InvalidArgument);
}
