#include "appsettings.h"

#include <algorithm>

namespace amparo::ui {
namespace {
constexpr auto kLanguageKey = "ui/language";
constexpr auto kLockTimeoutKey = "ui/lockTimeoutSeconds";
constexpr auto kHighContrastKey = "ui/highContrast";
constexpr auto kDarkThemeKey = "ui/darkTheme";
const QList<int> kLockChoices{30, 60, 120, 300, 600};
}  // namespace

AppSettings::AppSettings(bool persistent, QObject* parent) : QObject(parent), persistent_(persistent) {
  QSettings s;
  language_ = s.value(kLanguageKey).toString();
  const int timeout = s.value(kLockTimeoutKey, kDefaultLockTimeoutSeconds).toInt();
  lockTimeoutSeconds_ = kLockChoices.contains(timeout) ? timeout : kDefaultLockTimeoutSeconds;
  highContrast_ = s.value(kHighContrastKey, false).toBool();
  darkTheme_ = s.value(kDarkThemeKey, false).toBool();
}

void AppSettings::write(const QString& key, const QVariant& value) {
  if (!persistent_) return;
  QSettings s;
  s.setValue(key, value);
  s.sync();
}

void AppSettings::setLanguage(const QString& code) {
  if (code == language_) return;
  language_ = code;
  write(kLanguageKey, code);
  emit languageChanged();
}

void AppSettings::setLockTimeoutSeconds(int seconds) {
  if (!kLockChoices.contains(seconds) || seconds == lockTimeoutSeconds_) return;
  lockTimeoutSeconds_ = seconds;
  write(kLockTimeoutKey, seconds);
  emit lockTimeoutSecondsChanged();
}

void AppSettings::setHighContrast(bool on) {
  if (on == highContrast_) return;
  highContrast_ = on;
  write(kHighContrastKey, on);
  emit highContrastChanged();
}

void AppSettings::setDarkTheme(bool on) {
  if (on == darkTheme_) return;
  darkTheme_ = on;
  write(kDarkThemeKey, on);
  emit darkThemeChanged();
}

QList<int> AppSettings::lockTimeoutChoices() const {
  return kLockChoices;
}

}  // namespace amparo::ui
