// Issue 5: Qt's own strings (the file and folder dialogs' standard buttons) follow the app's
// language, loaded only when a dialog asks for them and silently English without Qt's files; and
// read-aloud of the encounter card with the offline flite engine (qt6-speech-flite-plugin), which
// reports an error instead of hanging on a machine without audio output.
#include <QtQml/qqmlextensionplugin.h>

#include <QDir>
#include <QFile>
#include <QGuiApplication>
#include <QLibraryInfo>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <memory>

#include "appbootstrap.h"
#include "languagecontroller.h"
#include "readaloud.h"
#include "rightsbridge.h"
#include "test_home.h"

#ifdef AMPARO_HAVE_TTS
#include <QTextToSpeech>
#endif

Q_IMPORT_QML_PLUGIN(Amparo_AppPlugin)

namespace {

// The exact context and source Qt 6.4's Quick dialogs use for their buttons
// (QPlatformTheme::defaultStandardButtonText).
QString qtCancel() {
  return QCoreApplication::translate("QPlatformTheme", "Cancel");
}
QString qtOpen() {
  return QCoreApplication::translate("QPlatformTheme", "Open");
}
// One of the app's own strings, to see that the app's translation is still there.
QString appString() {
  return QCoreApplication::translate("EncounterPage", "Read aloud in English");
}

}  // namespace

using amparo::ui::LanguageController;
using amparo::ui::ReadAloud;

class TestQtStrings : public QObject {
  Q_OBJECT

 private slots:
  void initTestCase() {
    QVERIFY2(amparo::ui::test::resetTestHome(), "AMPARO_TEST_HOME must name the test's folder");
    amparo::ui::LaunchOptions options;
    options.commandLine = true;  // never write settings
    options.language = QStringLiteral("en");
    bootstrap_ = std::make_unique<amparo::ui::AppBootstrap>(options);
    QVERIFY(bootstrap_->buildServices());
    language_ = LanguageController::instance();
    QVERIFY(language_);
  }
  void cleanupTestCase() { bootstrap_.reset(); }

  void qtStringsFollowTheLanguage() {
    const QString dir = QLibraryInfo::path(QLibraryInfo::TranslationsPath);
    QVERIFY2(QFile::exists(dir + QStringLiteral("/qtbase_es.qm")),
             qPrintable(dir + QStringLiteral(": install qt6-translations-l10n (scripts/deps)")));
    LanguageController::setQtTranslationsDir(QString());
    QVERIFY(language_->apply(QStringLiteral("es")));
    // Not at start: only a dialog asks for them.
    QVERIFY(!language_->qtTranslationsLoaded());
    QCOMPARE(qtCancel(), QStringLiteral("Cancel"));
    QVERIFY(language_->loadQtTranslations());
    QCOMPARE(qtCancel(), QStringLiteral("Cancelar"));
    QCOMPARE(qtOpen(), QStringLiteral("Abrir"));
    QCOMPARE(appString(), QStringLiteral("Leer en voz alta en inglés"));
    // Once loaded they follow every switch, Qt's and the app's direction agreeing.
    QVERIFY(language_->apply(QStringLiteral("ar")));
    QCOMPARE(qtCancel(), QStringLiteral("ألغِ"));
    QTRY_COMPARE(QGuiApplication::layoutDirection(), Qt::RightToLeft);
    QVERIFY(language_->apply(QStringLiteral("en")));
    QVERIFY(!language_->qtTranslationsLoaded());
    QCOMPARE(qtCancel(), QStringLiteral("Cancel"));
    QCOMPARE(qtOpen(), QStringLiteral("Open"));
    QTRY_COMPARE(QGuiApplication::layoutDirection(), Qt::LeftToRight);
    QVERIFY(language_->apply(QStringLiteral("es")));
    QCOMPARE(qtCancel(), QStringLiteral("Cancelar"));
    QTRY_COMPARE(QGuiApplication::layoutDirection(), Qt::LeftToRight);
    QVERIFY(language_->apply(QStringLiteral("en")));
    QCOMPARE(qtCancel(), QStringLiteral("Cancel"));
  }

  // A phone build without Qt's .qm files: Qt's strings stay English, the app's are translated.
  void qtStringsMissingStayEnglish() {
    QTemporaryDir empty;
    QVERIFY(empty.isValid());
    LanguageController::setQtTranslationsDir(empty.path());
    QVERIFY(language_->apply(QStringLiteral("es")));
    QVERIFY(!language_->loadQtTranslations());
    QVERIFY(!language_->qtTranslationsLoaded());
    QCOMPARE(qtCancel(), QStringLiteral("Cancel"));
    QCOMPARE(appString(), QStringLiteral("Leer en voz alta en inglés"));
    QVERIFY(language_->apply(QStringLiteral("ar")));
    QTRY_COMPARE(QGuiApplication::layoutDirection(), Qt::RightToLeft);  // from the app's own file
    QCOMPARE(qtCancel(), QStringLiteral("Cancel"));
    QVERIFY(language_->apply(QStringLiteral("en")));
    QTRY_COMPARE(QGuiApplication::layoutDirection(), Qt::LeftToRight);
    LanguageController::setQtTranslationsDir(QString());
  }

  // The speech engine (audio output, voices) is not created with the singleton: that happens on
  // the first screen, before its first frame.
  void readAloudEngineIsLazy() {
    ReadAloud readAloud;
#ifdef AMPARO_HAVE_TTS
    QVERIFY(readAloud.findChild<QTextToSpeech*>() == nullptr);
#endif
    QCOMPARE(readAloud.status(), ReadAloud::Status::Stopped);
    QVERIFY(!readAloud.speaking());
    QCOMPARE(readAloud.voiceName(), QString());
    readAloud.say({});  // nothing to say: no engine
#ifdef AMPARO_HAVE_TTS
    QVERIFY(readAloud.findChild<QTextToSpeech*>() == nullptr);
#endif
  }

  void readAloudUsesAnEnglishFliteVoice() {
#ifndef AMPARO_HAVE_TTS
    QSKIP("built without Qt TextToSpeech");
#else
    QVERIFY2(QTextToSpeech::availableEngines().contains(QLatin1String("flite")),
             "install qt6-speech-flite-plugin (scripts/deps)");
    ReadAloud readAloud;
    QVERIFY(readAloud.available());
    QSignalSpy voice(&readAloud, &ReadAloud::voiceChanged);
    QVERIFY(readAloud.prepare());
    QCOMPARE(voice.count(), 1);
    auto* engine = readAloud.findChild<QTextToSpeech*>();
    QVERIFY(engine);
    QCOMPARE(engine->engine(), QStringLiteral("flite"));
    QVERIFY2(readAloud.voiceLocale().startsWith(QLatin1String("en")), qPrintable(readAloud.voiceLocale()));
    QCOMPARE(QLocale(readAloud.voiceLocale()).language(), QLocale::English);
    QCOMPARE(readAloud.voiceName(), QStringLiteral("slt"));  // a US voice, not flite's default (awb)
    QCOMPARE(engine->voice().name(), readAloud.voiceName());
#endif
  }

  // say() ends in Speaking (a machine with sound) or in Error with NoAudioOutput (this headless
  // machine) within the start time-out, never stuck in Starting; stop() always leaves it stopped.
  void readAloudSayThenStop() {
#ifndef AMPARO_HAVE_TTS
    QSKIP("built without Qt TextToSpeech");
#else
    ReadAloud readAloud;
    QVERIFY(readAloud.available());
    QSignalSpy changes(&readAloud, &ReadAloud::stateChanged);
    readAloud.say({QStringLiteral("I do not consent to a search."), QStringLiteral("I want a lawyer.")});
    QTRY_VERIFY_WITH_TIMEOUT(readAloud.status() != ReadAloud::Status::Starting,
                             ReadAloud::kStartTimeoutMs + 2000);
    const bool sound =
        readAloud.status() == ReadAloud::Status::Speaking ||
        (readAloud.status() == ReadAloud::Status::Stopped && readAloud.problem() == ReadAloud::Problem::None);
    if (!sound) {
      QCOMPARE(readAloud.status(), ReadAloud::Status::Error);
      QVERIFY(!readAloud.speaking());
      QCOMPARE(readAloud.problem(), ReadAloud::Problem::NoAudioOutput);
      qInfo("no audio output on this machine: read-aloud reports NoAudioOutput");
    }
    QVERIFY(changes.count() >= 1);
    readAloud.stop();
    QCOMPARE(readAloud.status(), ReadAloud::Status::Stopped);
    QVERIFY(!readAloud.speaking());
    QCOMPARE(readAloud.problem(), ReadAloud::Problem::None);
    // Nothing comes back after a stop (a late engine signal must not revive it).
    QTest::qWait(300);
    QCOMPARE(readAloud.status(), ReadAloud::Status::Stopped);
    // A second attempt works the same way (a new engine after an error).
    readAloud.say({QStringLiteral("I do not consent to a search.")});
    QTRY_VERIFY_WITH_TIMEOUT(readAloud.status() != ReadAloud::Status::Starting,
                             ReadAloud::kStartTimeoutMs + 2000);
    readAloud.stop();
    QCOMPARE(readAloud.status(), ReadAloud::Status::Stopped);
#endif
  }

  // QML reads the card only: the lines come from the rights bridge, never from QML.
  void readAloudReadsTheCard() {
    auto* rights = amparo::ui::RightsBridge::instance();
    QVERIFY(rights);
    rights->chooseEncounter(QString());
    QVERIFY(!rights->encounterLinesEnglish().isEmpty());
    const QMetaObject& meta = ReadAloud::staticMetaObject;
    for (int i = meta.methodOffset(); i < meta.methodCount(); ++i) {
      const QMetaMethod m = meta.method(i);
      if (m.methodType() == QMetaMethod::Method || m.methodType() == QMetaMethod::Slot)
        QVERIFY2(m.parameterCount() == 0, m.methodSignature().constData());  // no text from QML
    }
    ReadAloud readAloud;
    readAloud.readCard();
    QTRY_VERIFY_WITH_TIMEOUT(readAloud.status() != ReadAloud::Status::Starting,
                             ReadAloud::kStartTimeoutMs + 2000);
    readAloud.stop();
    QCOMPARE(readAloud.status(), ReadAloud::Status::Stopped);
  }

 private:
  std::unique_ptr<amparo::ui::AppBootstrap> bootstrap_;
  LanguageController* language_ = nullptr;
};

int main(int argc, char** argv) {
  amparo::ui::AppBootstrap::prepareProcess();
  QGuiApplication app(argc, argv);
  TestQtStrings test;
  return QTest::qExec(&test, argc, argv);
}

#include "test_qtstrings.moc"
