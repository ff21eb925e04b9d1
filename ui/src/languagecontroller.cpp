#include "languagecontroller.h"

#include <QCoreApplication>
#include <QFile>
#include <QFont>
#include <QGuiApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QQmlEngine>

#include "appsettings.h"
#include "textdirection.h"

namespace amparo::ui {

// Qt reads the layout direction of a language from this translation ("LTR" / "RTL").
[[maybe_unused]] static const char* const kLayoutDirection =
    QT_TRANSLATE_NOOP("QGuiApplication", "QT_LAYOUT_DIRECTION");

LanguageController::LanguageController(AppSettings& settings, QObject* parent)
    : QObject(parent), settings_(settings) {}

LanguageController::~LanguageController() {
  if (translator_) QCoreApplication::removeTranslator(translator_.get());
  for (const auto& t : qtTranslators_) QCoreApplication::removeTranslator(t.get());
}

QStringList LanguageController::supportedCodes() {
  return {QStringLiteral("en"), QStringLiteral("es"), QStringLiteral("ar")};
}

QStringList LanguageController::fontFamiliesFor(const QString& code) {
  if (code == QLatin1String("ar")) return {QStringLiteral("Noto Sans Arabic"), QStringLiteral("Noto Sans")};
  return {QStringLiteral("Noto Sans")};
}

bool LanguageController::rightToLeft() const {
  return QGuiApplication::layoutDirection() == Qt::RightToLeft;
}

QString LanguageController::nativeName(const QString& code) const {
  return nativeNameOf(code);
}

QString LanguageController::isolate(const QString& text) const {
  return isolated(text);
}
QString LanguageController::leftToRight(const QString& text) const {
  return ui::leftToRight(text);
}
QString LanguageController::keepTogether(const QString& text) const {
  return isolated(unbreakable(text));
}

QString LanguageController::nativeNameOf(const QString& tag) {
  const QString language = tag.section(QLatin1Char('-'), 0, 0).toLower();
  if (language == QLatin1String("en")) return QStringLiteral("English");
  if (language == QLatin1String("es")) return QStringLiteral("Español");
  if (language == QLatin1String("ar")) return QStringLiteral("العربية");
  // Not one of the app's languages: Qt's name for it in that language (CLDR), else the tag.
  const QLocale locale(tag);
  const QString name = locale.language() == QLocale::C ? QString() : locale.nativeLanguageName();
  return name.isEmpty() ? tag : name;
}

bool LanguageController::apply(const QString& code) {
  if (!isSupported(code)) return false;
  auto next = std::make_unique<QTranslator>();
  // English has a .qm too (identity), so every language goes through the same path.
  if (!next->load(QStringLiteral(":/i18n/amparo_%1.qm").arg(code))) return false;
  if (translator_) QCoreApplication::removeTranslator(translator_.get());
  translator_ = std::move(next);
  QCoreApplication::installTranslator(translator_.get());
  // installTranslator posts a LanguageChange; set the direction now so the first frame is right.
  QGuiApplication::setLayoutDirection(code == QLatin1String("ar") ? Qt::RightToLeft : Qt::LeftToRight);
  QFont font = QGuiApplication::font();
  font.setFamilies(fontFamiliesFor(code));
  QGuiApplication::setFont(font);
  QLocale::setDefault(QLocale(code));  // dates and numbers in the person's language
  code_ = code;
  if (qtWanted_) loadQtTranslations();  // a dialog was opened before: it must follow the switch
  if (engine_) engine_->retranslate();
  emit codeChanged();
  return true;
}

bool LanguageController::loadQtTranslations() {
  qtWanted_ = true;
  if (qtCode_ == code_) return !qtTranslators_.empty();
  for (const auto& t : qtTranslators_) QCoreApplication::removeTranslator(t.get());
  qtTranslators_.clear();
  qtCode_ = code_;
  if (code_ == QLatin1String("en")) return false;  // Qt's own strings are English
  // Qt 6.4's Quick dialogs (FileDialog, FolderDialog) take "Open" and "Cancel" from the platform
  // theme's standardButtonText: qtbase, context "QPlatformTheme" ("QGnomeTheme" under GNOME).
  // qtdeclarative holds Qt Quick's own messages. (The dialogs' "File name" and "Filter" labels
  // have no translation in Qt 6.4.)
  const QString dir =
      qtTranslationsDir_.isEmpty() ? QLibraryInfo::path(QLibraryInfo::TranslationsPath) : qtTranslationsDir_;
  for (const char* catalog : {"qtbase", "qtdeclarative"}) {
    const QString file = QStringLiteral("%1/%2_%3.qm").arg(dir, QLatin1String(catalog), code_);
    // A build that does not ship Qt's .qm files (a phone package that does not bundle them, a
    // desktop without qt6-translations-l10n) keeps Qt's strings in English, silently. The exact
    // file only: QTranslator's own search would fall back to other files.
    auto translator = std::make_unique<QTranslator>();
    if (!QFile::exists(file) || !translator->load(file)) continue;
    QCoreApplication::installTranslator(translator.get());
    qtTranslators_.push_back(std::move(translator));
  }
  return !qtTranslators_.empty();
}

bool LanguageController::setLanguage(const QString& code) {
  if (!apply(code)) return false;
  settings_.setLanguage(code);
  return true;
}

}  // namespace amparo::ui
