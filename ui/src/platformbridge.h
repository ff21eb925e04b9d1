// What the platform layer tells QML: cover / lock requests (SR-13, from platform's
// LifecycleMonitor), whether screen security and keep-awake are honoured (SR-30, SR-38: on the
// desktop they are not, and the UI says so), and whether a keystore protects the vault (SR-4).
// "Send to…" (issue 6): the OS share sheet for a written bundle (platform/share; Unsupported on
// the desktop), and "Show in folder" on the desktop instead. Paths are never stored (SR-33).
#pragma once

#include <QtQml/qqmlregistration.h>

#include <QObject>
#include <QStringList>
#include <memory>

#include "singleton.h"

namespace amparo::platform {
class LifecycleMonitor;
class ScreenSecurity;
class KeepAwake;
class ShareSheet;
}  // namespace amparo::platform

namespace amparo::ui {

class AppSettings;

class PlatformBridge : public QObject, public BootstrapSingleton<PlatformBridge> {
  Q_OBJECT
  QML_NAMED_ELEMENT(Platform)
  QML_SINGLETON
  Q_PROPERTY(bool covered READ covered NOTIFY coveredChanged)
  Q_PROPERTY(bool desktop READ desktop CONSTANT)
  Q_PROPERTY(bool screenSecuritySupported READ screenSecuritySupported NOTIFY supportChanged)
  Q_PROPERTY(bool keepAwakeSupported READ keepAwakeSupported NOTIFY supportChanged)
  Q_PROPERTY(bool keepAwake READ keepAwake NOTIFY keepAwakeChanged)
  Q_PROPERTY(bool shareSheetAvailable READ shareSheetAvailable NOTIFY shareSheetChanged)

 public:
  // `monitor`, `screen`, `awake` may be null (tests); not owned. Their answers are reported
  // honestly: Unsupported means the property stays false (SR-38).
  PlatformBridge(AppSettings& settings, platform::LifecycleMonitor* monitor, platform::ScreenSecurity* screen,
                 platform::KeepAwake* awake, QObject* parent = nullptr);
  ~PlatformBridge() override;
  using BootstrapSingleton<PlatformBridge>::create;

  [[nodiscard]] bool covered() const;
  [[nodiscard]] bool desktop() const;
  [[nodiscard]] bool screenSecuritySupported() const { return screenSecuritySupported_; }
  [[nodiscard]] bool keepAwakeSupported() const { return keepAwakeSupported_; }
  [[nodiscard]] bool keepAwake() const { return keepAwake_; }

  // Encounter card: ask the OS to keep the screen on (a reported no-op on the desktop).
  Q_INVOKABLE void setKeepAwake(bool on);
  // Vault screens: ask the OS to keep vault content out of screenshots / the app switcher.
  Q_INVOKABLE void setSecureContent(bool on);
  // Synthetic activity from QML (e.g. typing in a field the filter missed).
  Q_INVOKABLE void userActivity();
  // Newest photos, recordings and documents in the person's standard folders (attachment picker).
  Q_INVOKABLE QStringList mediaFiles() const;

  [[nodiscard]] bool shareSheetAvailable() const;
  // Hands a written file to the OS share sheet. Answers "shown", "unsupported" (no share sheet
  // here: the desktop), "unavailable" (e.g. a folder the share sheet may not read) or "failed".
  Q_INVOKABLE QString shareFile(const QString& path, const QString& mimeType = QString());
  // Desktop: opens the folder holding `path` (a file or folder, path or file URL) in the local
  // file manager. False on phones or when nothing could open it. No network involved.
  Q_INVOKABLE bool showInFolder(const QString& path);
  // Tests: another share sheet (not owned; null = the platform's own).
  void setShareSheet(platform::ShareSheet* sheet);

 signals:
  void coveredChanged();
  void keepAwakeChanged();
  void supportChanged();
  void shareSheetChanged();
  // Lock the vault now (background, idle). Idempotent for the receiver.
  void lockRequested();
  // Key, mouse or touch input anywhere in the app (restarts idle countdowns). Throttled.
  void userActive();

 protected:
  bool eventFilter(QObject* watched, QEvent* event) override;

 private:
  AppSettings& settings_;
  platform::LifecycleMonitor* monitor_;
  platform::ScreenSecurity* screen_;
  platform::KeepAwake* awake_;
  bool keepAwake_ = false;
  bool screenSecuritySupported_ = false;
  bool keepAwakeSupported_ = false;
  qint64 lastActivityMs_ = 0;
  std::unique_ptr<platform::ShareSheet> ownShareSheet_;
  platform::ShareSheet* shareSheet_ = nullptr;
};

}  // namespace amparo::ui
