// UI language: installs the Qt Linguist translation, mirrors the layout for right-to-left
// languages (Qt derives the direction from the translator) and names the font each language uses.
// A string without a translation shows its English source text, never an empty string.
#pragma once

#include <QtQml/qqmlregistration.h>

#include <QObject>
#include <QStringList>
#include <QTranslator>
#include <memory>
#include <vector>

#include "singleton.h"

class QQmlEngine;

namespace amparo::ui {

class AppSettings;

class LanguageController : public QObject, public BootstrapSingleton<LanguageController> {
  Q_OBJECT
  QML_NAMED_ELEMENT(Language)
  QML_SINGLETON
  Q_PROPERTY(QString code READ code NOTIFY codeChanged)
  Q_PROPERTY(bool rightToLeft READ rightToLeft NOTIFY codeChanged)
  Q_PROPERTY(bool draft READ draft NOTIFY codeChanged)
  Q_PROPERTY(QString fontFamily READ fontFamily NOTIFY codeChanged)
  Q_PROPERTY(QStringList codes READ codes CONSTANT)

 public:
  LanguageController(AppSettings& settings, QObject* parent = nullptr);
  ~LanguageController() override;
  using BootstrapSingleton<LanguageController>::create;

  // The engine whose bindings are re-evaluated (retranslate) after a change.
  void setEngine(QQmlEngine* engine) { engine_ = engine; }

  [[nodiscard]] static QStringList supportedCodes();
  [[nodiscard]] static bool isSupported(const QString& code) { return supportedCodes().contains(code); }
  // Font families the app asks for in this language, most preferred first. The glyph test checks
  // every translated string against these.
  [[nodiscard]] static QStringList fontFamiliesFor(const QString& code);

  [[nodiscard]] QString code() const { return code_; }
  [[nodiscard]] bool rightToLeft() const;
  [[nodiscard]] bool draft() const { return code_ == QLatin1String("ar"); }
  [[nodiscard]] QString fontFamily() const { return fontFamiliesFor(code_).constFirst(); }
  [[nodiscard]] QStringList codes() const { return supportedCodes(); }

  // Each language's name in that language ("Español"), for the picker.
  Q_INVOKABLE QString nativeName(const QString& code) const;
  // A language tag ("es", "pt-BR") in that language's own name, as the picker shows it.
  static QString nativeNameOf(const QString& tag);
  // Text from outside a translation placed in a translated sentence (textdirection.h): isolate()
  // keeps its own direction, leftToRight() forces left to right (numbers, codes), keepTogether()
  // also stops it from breaking over two lines.
  Q_INVOKABLE QString isolate(const QString& text) const;
  Q_INVOKABLE QString leftToRight(const QString& text) const;
  Q_INVOKABLE QString keepTogether(const QString& text) const;
  // Applies a language and (if the settings are persistent) remembers it. False if unknown.
  Q_INVOKABLE bool setLanguage(const QString& code);
  // Applies a language for this run only (command line), without touching the settings.
  bool apply(const QString& code);
  // Qt's own strings in this language from now on (and after every switch): the standard buttons
  // of the file and folder dialogs. Called when a dialog is about to open, not at start. False
  // when they stay English (English, or Qt's translation files are not on this device).
  Q_INVOKABLE bool loadQtTranslations();
  [[nodiscard]] bool qtTranslationsLoaded() const { return !qtTranslators_.empty(); }
  // Where Qt's .qm files are (QLibraryInfo::TranslationsPath); tests point it elsewhere.
  static void setQtTranslationsDir(const QString& dir) { qtTranslationsDir_ = dir; }

 signals:
  void codeChanged();

 private:
  AppSettings& settings_;
  QQmlEngine* engine_ = nullptr;
  std::unique_ptr<QTranslator> translator_;
  std::vector<std::unique_ptr<QTranslator>> qtTranslators_;
  bool qtWanted_ = false;  // a dialog asked for Qt's strings: follow every switch
  QString qtCode_;         // the language qtTranslators_ are for
  QString code_ = QStringLiteral("en");
  static inline QString qtTranslationsDir_;
};

}  // namespace amparo::ui
