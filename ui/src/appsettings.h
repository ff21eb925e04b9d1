// The few settings the app keeps outside the vault (SR-1): language, lock timeout and display
// preferences. Nothing sensitive ever goes here. When the app is started from the command line
// with --lang / --screen (or by tests), the settings are read-only: nothing is written back.
#pragma once

#include <QtQml/qqmlregistration.h>

#include <QObject>
#include <QSettings>
#include <QString>

#include "singleton.h"

namespace amparo::ui {

class AppSettings : public QObject, public BootstrapSingleton<AppSettings> {
  Q_OBJECT
  QML_ELEMENT
  QML_SINGLETON
  Q_PROPERTY(QString language READ language NOTIFY languageChanged)
  Q_PROPERTY(bool languageChosen READ languageChosen NOTIFY languageChanged)
  Q_PROPERTY(int lockTimeoutSeconds READ lockTimeoutSeconds WRITE setLockTimeoutSeconds NOTIFY
                 lockTimeoutSecondsChanged)
  Q_PROPERTY(bool highContrast READ highContrast WRITE setHighContrast NOTIFY highContrastChanged)
  Q_PROPERTY(bool darkTheme READ darkTheme WRITE setDarkTheme NOTIFY darkThemeChanged)
  Q_PROPERTY(bool persistent READ persistent CONSTANT)

 public:
  static constexpr int kDefaultLockTimeoutSeconds = 120;

  // `persistent == false`: values change in memory only (command-line screens, tests).
  explicit AppSettings(bool persistent, QObject* parent = nullptr);
  using BootstrapSingleton<AppSettings>::create;

  [[nodiscard]] QString language() const { return language_; }
  [[nodiscard]] bool languageChosen() const { return !language_.isEmpty(); }
  [[nodiscard]] int lockTimeoutSeconds() const { return lockTimeoutSeconds_; }
  [[nodiscard]] bool highContrast() const { return highContrast_; }
  [[nodiscard]] bool darkTheme() const { return darkTheme_; }
  [[nodiscard]] bool persistent() const { return persistent_; }

  // Called by LanguageController once a language is applied.
  void setLanguage(const QString& code);
  void setLockTimeoutSeconds(int seconds);
  void setHighContrast(bool on);
  void setDarkTheme(bool on);

  // Allowed lock timeouts (seconds), for the Settings screen.
  Q_INVOKABLE QList<int> lockTimeoutChoices() const;

 signals:
  void languageChanged();
  void lockTimeoutSecondsChanged();
  void highContrastChanged();
  void darkThemeChanged();

 private:
  void write(const QString& key, const QVariant& value);

  bool persistent_;
  QString language_;
  int lockTimeoutSeconds_ = kDefaultLockTimeoutSeconds;
  bool highContrast_ = false;
  bool darkTheme_ = false;
};

}  // namespace amparo::ui
