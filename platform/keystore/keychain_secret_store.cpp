#include "platform/keystore/keychain_secret_store.h"

#include <qt6keychain/keychain.h>
#include <sodium.h>

#include <QByteArray>
#include <QCoreApplication>
#include <QEventLoop>
#include <QPointer>
#include <QString>
#include <QThread>
#include <QTimer>
#include <memory>

#if defined(AMPARO_KEYSTORE_PROBE_DBUS)
#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QDBusReply>
#include <QLibrary>
#include <QStringList>
#endif

namespace amparo::platform {
namespace {

using vault::VaultError;

// Wipes the bytes of a QByteArray in place (including a buffer it shares with a finished job).
void wipe(QByteArray& bytes) noexcept {
  if (!bytes.isEmpty())
    sodium_memzero(const_cast<char*>(bytes.constData()), static_cast<std::size_t>(bytes.size()));
  bytes.clear();
}

bool valid_name(std::string_view name) noexcept {
  if (name.empty() || name.size() > 200) return false;
  for (const char c : name) {
    if (c < 0x21 || c > 0x7e) return false;
  }
  return true;
}

struct JobOutcome {
  bool finished = false;
  QKeychain::Error error = QKeychain::NoError;
  QByteArray data;
  ~JobOutcome() { wipe(data); }
};

// Runs `job` to completion in a nested event loop that excludes user input, bounded by `timeout`.
// The job deletes itself when it finishes (also after a timeout), so nothing dangles.
std::shared_ptr<JobOutcome> run(QKeychain::Job* job, std::chrono::milliseconds timeout, bool read) {
  auto outcome = std::make_shared<JobOutcome>();
  job->setAutoDelete(true);
  job->setInsecureFallback(false);  // SR-4: never plaintext QSettings
  QEventLoop loop;
  QPointer<QEventLoop> loop_ptr(&loop);
  QObject::connect(job, &QKeychain::Job::finished, job, [outcome, loop_ptr, read](QKeychain::Job* done) {
    outcome->finished = true;
    outcome->error = done->error();
    if (read && outcome->error == QKeychain::NoError) {
      auto* reader = static_cast<QKeychain::ReadPasswordJob*>(done);
      outcome->data = reader->binaryData();
    }
    if (loop_ptr) loop_ptr->quit();
  });
  QTimer::singleShot(timeout, &loop, &QEventLoop::quit);
  job->start();
  if (!outcome->finished) loop.exec(QEventLoop::ExcludeUserInputEvents);
  return outcome;
}

vault::VaultFailure map_error(QKeychain::Error error, const char* what) {
  switch (error) {
    case QKeychain::EntryNotFound:
      return make_error(VaultError::NotFound, std::string(what) + ": no such keychain entry");
    case QKeychain::AccessDeniedByUser:
    case QKeychain::AccessDenied:
      return make_error(VaultError::DeviceSecretUnavailable, std::string(what) + ": keychain access denied");
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
      return make_error(VaultError::DeviceSecretUnavailable, std::string(what) + ": no keychain backend");
    case QKeychain::CouldNotDeleteEntry:
    case QKeychain::OtherError:
    case QKeychain::NoError:
      break;
  }
  return make_error(VaultError::Io, std::string(what) + ": keychain backend error");
}

#if defined(AMPARO_KEYSTORE_PROBE_DBUS)
// Mirrors QtKeychain's Linux backend choice (libsecret -> Secret Service, else KWallet over D-Bus)
// without starting a job: true only if one of them can actually answer.
bool probe_linux_backend() {
  QDBusConnection bus = QDBusConnection::sessionBus();
  if (!bus.isConnected() || bus.interface() == nullptr) return false;
  QDBusConnectionInterface* iface = bus.interface();
  const auto has_service = [iface](const QString& name) {
    const QDBusReply<bool> registered = iface->isServiceRegistered(name);
    return registered.isValid() && registered.value();
  };
  const auto activatable = [iface]() {
    const QDBusReply<QStringList> names = iface->call(QStringLiteral("ListActivatableNames"));
    return names.isValid() ? names.value() : QStringList{};
  };
  if (has_service(QStringLiteral("org.kde.kwalletd6")) || has_service(QStringLiteral("org.kde.kwalletd5"))) {
    return true;
  }
  const QString secrets = QStringLiteral("org.freedesktop.secrets");
  if (!has_service(secrets) && !activatable().contains(secrets)) return false;
  // QtKeychain reaches the Secret Service only through a dlopen()ed libsecret.
  QLibrary libsecret(QStringLiteral("secret-1"), 0);
  const bool loadable = libsecret.load();
  return loadable;
}
#endif

}  // namespace

KeychainSecretStore::KeychainSecretStore(std::string service, std::chrono::milliseconds timeout)
    : service_(std::move(service)), timeout_(timeout) {}

KeychainSecretStore::~KeychainSecretStore() = default;

void KeychainSecretStore::recheck() noexcept {
  availability_ = -1;
}

bool KeychainSecretStore::available() {
  if (availability_ < 0) {
    bool yes = QCoreApplication::instance() != nullptr &&
               QThread::currentThread() == QCoreApplication::instance()->thread();
#if defined(AMPARO_KEYSTORE_PROBE_DBUS)
    yes = yes && probe_linux_backend();
#endif
    availability_ = yes ? 1 : 0;
  }
  return availability_ == 1;
}

vault::VaultResult<crypto::SecretBuffer> KeychainSecretStore::load(std::string_view name) {
  if (!valid_name(name)) return make_error(VaultError::InvalidArgument, "device secret name");
  if (!available()) return make_error(VaultError::DeviceSecretUnavailable, "load: no keychain backend");
  auto* job = new QKeychain::ReadPasswordJob(QString::fromStdString(service_));
  job->setKey(QString::fromLatin1(name.data(), static_cast<qsizetype>(name.size())));
  const auto outcome = run(job, timeout_, true);
  if (!outcome->finished) return make_error(VaultError::DeviceSecretUnavailable, "load: keychain timeout");
  if (outcome->error != QKeychain::NoError) return map_error(outcome->error, "load");
  if (static_cast<std::size_t>(outcome->data.size()) != vault::kDeviceSecretSize) {
    return make_error(VaultError::Io, "load: stored device secret has the wrong size");
  }
  return crypto::SecretBuffer::copy_of(
      ByteView(reinterpret_cast<const std::uint8_t*>(outcome->data.constData()), vault::kDeviceSecretSize));
}

vault::VaultResult<void> KeychainSecretStore::store(std::string_view name,
                                                    const crypto::SecretBuffer& secret) {
  if (!valid_name(name)) return make_error(VaultError::InvalidArgument, "device secret name");
  if (secret.size() != vault::kDeviceSecretSize)
    return make_error(VaultError::InvalidArgument, "device secret size");
  if (!available()) return make_error(VaultError::DeviceSecretUnavailable, "store: no keychain backend");
  auto* job = new QKeychain::WritePasswordJob(QString::fromStdString(service_));
  job->setKey(QString::fromLatin1(name.data(), static_cast<qsizetype>(name.size())));
  QByteArray bytes(reinterpret_cast<const char*>(secret.data()), static_cast<qsizetype>(secret.size()));
  job->setBinaryData(bytes);
  const auto outcome = run(job, timeout_, false);
  // A job still running after the timeout keeps its (shared) copy; wipe only a finished one.
  if (!outcome->finished) return make_error(VaultError::DeviceSecretUnavailable, "store: keychain timeout");
  wipe(bytes);
  if (outcome->error != QKeychain::NoError) return map_error(outcome->error, "store");
  return {};
}

vault::VaultResult<void> KeychainSecretStore::erase(std::string_view name) {
  if (!valid_name(name)) return make_error(VaultError::InvalidArgument, "device secret name");
  if (!available()) return make_error(VaultError::DeviceSecretUnavailable, "erase: no keychain backend");
  auto* job = new QKeychain::DeletePasswordJob(QString::fromStdString(service_));
  job->setKey(QString::fromLatin1(name.data(), static_cast<qsizetype>(name.size())));
  const auto outcome = run(job, timeout_, false);
  if (!outcome->finished) return make_error(VaultError::DeviceSecretUnavailable, "erase: keychain timeout");
  if (outcome->error == QKeychain::NoError || outcome->error == QKeychain::EntryNotFound) return {};
  return map_error(outcome->error, "erase");
}

}  // namespace amparo::platform
