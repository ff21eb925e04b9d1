#include "platformbridge.h"

#include <QDateTime>
#include <QDirIterator>
#include <QEvent>
#include <QFileInfo>
#include <QGuiApplication>
#include <QStandardPaths>
#include <algorithm>

#include "appsettings.h"

#ifdef AMPARO_PLATFORM_AVAILABLE
#include "platform/lifecycle/lifecycle_monitor.h"
#include "platform/screen/screen_security.h"
#endif

namespace amparo::ui {

PlatformBridge::PlatformBridge(AppSettings& settings, platform::LifecycleMonitor* monitor,
                               platform::ScreenSecurity* screen, platform::KeepAwake* awake, QObject* parent)
    : QObject(parent), settings_(settings), monitor_(monitor), screen_(screen), awake_(awake) {
  if (QCoreApplication::instance()) QCoreApplication::instance()->installEventFilter(this);
#ifdef AMPARO_PLATFORM_AVAILABLE
  if (monitor_) {
    monitor_->setIdleTimeoutSeconds(settings_.lockTimeoutSeconds());
    connect(&settings_, &AppSettings::lockTimeoutSecondsChanged, this,
            [this] { monitor_->setIdleTimeoutSeconds(settings_.lockTimeoutSeconds()); });
    connect(monitor_, &platform::LifecycleMonitor::coveredChanged, this, &PlatformBridge::coveredChanged);
    connect(monitor_, &platform::LifecycleMonitor::lockRequested, this, &PlatformBridge::lockRequested);
  }
#endif
}

PlatformBridge::~PlatformBridge() = default;

bool PlatformBridge::eventFilter(QObject* watched, QEvent* event) {
  switch (event->type()) {
    case QEvent::KeyPress:
    case QEvent::MouseButtonPress:
    case QEvent::TouchBegin:
    case QEvent::Wheel: {
      const qint64 now = QDateTime::currentMSecsSinceEpoch();
      if (now - lastActivityMs_ > 500) {
        lastActivityMs_ = now;
        emit userActive();
      }
      break;
    }
    default:
      break;
  }
  return QObject::eventFilter(watched, event);
}

bool PlatformBridge::covered() const {
#ifdef AMPARO_PLATFORM_AVAILABLE
  return monitor_ != nullptr && monitor_->covered();
#else
  return false;
#endif
}

bool PlatformBridge::desktop() const {
#if defined(Q_OS_ANDROID) || defined(Q_OS_IOS)
  return false;
#else
  return true;
#endif
}

void PlatformBridge::setKeepAwake(bool on) {
  bool accepted = false;
#ifdef AMPARO_PLATFORM_AVAILABLE
  if (awake_) {
    const auto result = awake_->setKeepAwake(on);
    accepted = result.has_value() && on;
    const bool supported = result.has_value() || result.error().code != platform::PlatformError::Unsupported;
    if (supported != keepAwakeSupported_) {
      keepAwakeSupported_ = supported;
      emit supportChanged();
    }
  }
#endif
  if (accepted == keepAwake_) return;
  keepAwake_ = accepted;
  emit keepAwakeChanged();
}

void PlatformBridge::setSecureContent(bool on) {
#ifdef AMPARO_PLATFORM_AVAILABLE
  if (screen_) {
    const auto result = screen_->setSecure(on);
    const bool supported = result.has_value() || result.error().code != platform::PlatformError::Unsupported;
    if (supported != screenSecuritySupported_) {
      screenSecuritySupported_ = supported;
      emit supportChanged();
    }
  }
#else
  Q_UNUSED(on);
#endif
}

void PlatformBridge::userActivity() {
#ifdef AMPARO_PLATFORM_AVAILABLE
  if (monitor_) monitor_->userActivity();
#endif
}

}  // namespace amparo::ui

namespace amparo::ui {

QStringList PlatformBridge::mediaFiles() const {
  QFileInfoList found;
  for (auto location :
       {QStandardPaths::PicturesLocation, QStandardPaths::MoviesLocation, QStandardPaths::MusicLocation,
        QStandardPaths::DocumentsLocation, QStandardPaths::DownloadLocation}) {
    for (const QString& dir : QStandardPaths::standardLocations(location)) {
      if (dir == QStandardPaths::writableLocation(QStandardPaths::HomeLocation)) continue;
      QDirIterator it(dir, QDir::Files | QDir::Readable, QDirIterator::Subdirectories);
      int seen = 0;
      while (it.hasNext() && seen++ < 500) found << QFileInfo(it.next());
    }
  }
  std::sort(found.begin(), found.end(),
            [](const QFileInfo& a, const QFileInfo& b) { return a.lastModified() > b.lastModified(); });
  QStringList out;
  for (const QFileInfo& f : found) {
    if (out.size() >= 30) break;
    if (!out.contains(f.absoluteFilePath())) out << f.absoluteFilePath();
  }
  return out;
}

}  // namespace amparo::ui
