#include "platformbridge.h"

#include <QDateTime>
#include <QDesktopServices>
#include <QDirIterator>
#include <QEvent>
#include <QFileInfo>
#include <QGuiApplication>
#include <QStandardPaths>
#include <QUrl>
#include <algorithm>

#include "appsettings.h"

#ifdef AMPARO_PLATFORM_AVAILABLE
#include "platform/lifecycle/lifecycle_monitor.h"
#include "platform/screen/screen_security.h"
#endif
#include "platform/share/share_sheet.h"  // header only without the platform library

namespace amparo::ui {

PlatformBridge::PlatformBridge(AppSettings& settings, platform::LifecycleMonitor* monitor,
                               platform::ScreenSecurity* screen, platform::KeepAwake* awake, QObject* parent)
    : QObject(parent), settings_(settings), monitor_(monitor), screen_(screen), awake_(awake) {
#ifdef AMPARO_PLATFORM_AVAILABLE
  ownShareSheet_ = platform::make_share_sheet();
  shareSheet_ = ownShareSheet_.get();
#endif
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

namespace amparo::ui {

void PlatformBridge::setShareSheet(platform::ShareSheet* sheet) {
#ifdef AMPARO_PLATFORM_AVAILABLE
  shareSheet_ = sheet != nullptr ? sheet : ownShareSheet_.get();
#else
  Q_UNUSED(sheet);
#endif
  emit shareSheetChanged();
}

bool PlatformBridge::shareSheetAvailable() const {
#ifdef AMPARO_PLATFORM_AVAILABLE
  return shareSheet_ != nullptr && shareSheet_->available();
#else
  return false;
#endif
}

QString PlatformBridge::shareFile(const QString& path, const QString& mimeType) {
#ifdef AMPARO_PLATFORM_AVAILABLE
  if (shareSheet_ == nullptr) return QStringLiteral("unsupported");
  const QString local = path.startsWith(QLatin1String("file:")) ? QUrl(path).toLocalFile() : path;
  if (!QFileInfo(local).isFile()) return QStringLiteral("failed");
  const QString mime = mimeType.isEmpty() ? QString::fromLatin1(platform::kBundleMimeType) : mimeType;
  const auto result = shareSheet_->share(QFileInfo(local).absoluteFilePath(), mime);
  if (result) return QStringLiteral("shown");
  switch (result.error().code) {
    case platform::PlatformError::Unsupported:
      return QStringLiteral("unsupported");
    case platform::PlatformError::Unavailable:
      return QStringLiteral("unavailable");
    case platform::PlatformError::Failed:
      break;
  }
  return QStringLiteral("failed");
#else
  Q_UNUSED(path);
  Q_UNUSED(mimeType);
  return QStringLiteral("unsupported");
#endif
}

bool PlatformBridge::showInFolder(const QString& path) {
  if (!desktop() || path.trimmed().isEmpty()) return false;
  const QString local = path.startsWith(QLatin1String("file:")) ? QUrl(path).toLocalFile() : path.trimmed();
  const QFileInfo info(local);
  const QString folder = info.isDir() ? info.absoluteFilePath() : info.absolutePath();
  if (!QFileInfo(folder).isDir()) return false;
  // A local file URL: the desktop's file manager opens it (xdg-open, Explorer, Finder).
  return QDesktopServices::openUrl(QUrl::fromLocalFile(folder));
}

}  // namespace amparo::ui
