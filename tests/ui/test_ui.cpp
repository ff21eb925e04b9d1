// C++ checks of the UI layer: SR-36 network refusal, translation coverage, glyph coverage, RTL,
// the SR-38 notice in every language, and the command line of the app.
#include <QtQml/qqmlextensionplugin.h>

#include <QDate>
#include <QDirIterator>
#include <QFile>
#include <QFontDatabase>
#include <QGuiApplication>
#include <QLocale>
#include <QProcess>
#include <QQmlComponent>
#include <QQmlEngine>
#include <QRawFont>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QTranslator>
#include <QXmlStreamReader>

#include "appbootstrap.h"
#include "appsettings.h"
#include "languagecontroller.h"
#include "networkguard.h"
#include "rights/builtin.h"
#include "rights/say_card.h"
#include "rightsbridge.h"
#include "test_home.h"
#include "vault/device_secret.h"
#include "vault/vault.h"
#include "vaultbridge.h"

Q_IMPORT_QML_PLUGIN(Amparo_AppPlugin)

namespace {

struct TsMessage {
  QString context, source;
  QStringList translations;  // one, or the numerus forms
  bool finished = false;
};

QList<TsMessage> readTs(const QString& lang) {
  QFile file(QStringLiteral(AMPARO_TS_DIR "/amparo_%1.ts").arg(lang));
  if (!file.open(QIODevice::ReadOnly)) qFatal("cannot open %s", qPrintable(file.fileName()));
  QXmlStreamReader xml(&file);
  QList<TsMessage> out;
  QString context;
  TsMessage current;
  while (!xml.atEnd()) {
    xml.readNext();
    if (xml.isStartElement()) {
      if (xml.name() == QLatin1String("name"))
        context = xml.readElementText();
      else if (xml.name() == QLatin1String("message"))
        current = TsMessage{context, {}, {}, false};
      else if (xml.name() == QLatin1String("source"))
        current.source = xml.readElementText();
      else if (xml.name() == QLatin1String("translation")) {
        current.finished = xml.attributes().value(QLatin1String("type")).isEmpty();
        if (xml.attributes().value(QLatin1String("type")) == QLatin1String("unfinished"))
          current.finished = false;
        // Read text or numerus forms.
        QString text;
        while (!(xml.isEndElement() && xml.name() == QLatin1String("translation")) && !xml.atEnd()) {
          xml.readNext();
          if (xml.isCharacters()) text += xml.text();
          if (xml.isEndElement() && xml.name() == QLatin1String("numerusform")) {
            current.translations << text;
            text.clear();
          }
        }
        if (current.translations.isEmpty()) current.translations << text;
        if (current.translations.join(QString()).trimmed().isEmpty()) current.finished = false;
      }
    } else if (xml.isEndElement() && xml.name() == QLatin1String("message")) {
      out << current;
    }
  }
  if (xml.hasError()) qFatal("%s: %s", qPrintable(file.fileName()), qPrintable(xml.errorString()));
  return out;
}

// A keystore that records on which thread it is called (QtKeychain needs the GUI thread).
class ThreadCheckingStore final : public amparo::vault::DeviceSecretStore {
 public:
  amparo::vault::VaultResult<amparo::crypto::SecretBuffer> load(std::string_view name) override {
    note();
    return inner.load(name);
  }
  amparo::vault::VaultResult<void> store(std::string_view name,
                                         const amparo::crypto::SecretBuffer& secret) override {
    note();
    return inner.store(name, secret);
  }
  amparo::vault::VaultResult<void> erase(std::string_view name) override {
    note();
    return inner.erase(name);
  }
  int calls = 0;
  int offGuiThread = 0;
  amparo::vault::MemoryDeviceSecretStore inner;

 private:
  void note() {
    ++calls;
    if (QThread::currentThread() != QCoreApplication::instance()->thread()) ++offGuiThread;
  }
};

}  // namespace

class TestUi : public QObject {
  Q_OBJECT

 private slots:
  void initTestCase() {
    QVERIFY2(amparo::ui::test::resetTestHome(), "AMPARO_TEST_HOME must name the test's folder");
  }

  // SR-36: everything QML could fetch over the network is refused before a socket exists.
  void networkRefused() {
    QTcpServer server;
    QVERIFY(server.listen(QHostAddress::LocalHost));
    const QString base = QStringLiteral("http://127.0.0.1:%1/").arg(server.serverPort());

    amparo::ui::LaunchOptions options;
    options.commandLine = true;
    amparo::ui::AppBootstrap bootstrap(options);
    QVERIFY(bootstrap.buildServices());
    QQmlEngine engine;
    bootstrap.configureEngine(engine);
    auto* manager = qobject_cast<amparo::ui::RefusingNetworkAccessManager*>(engine.networkAccessManager());
    QVERIFY2(manager != nullptr, "the engine uses the refusing manager");

    QQmlComponent component(&engine);
    component.setData(QStringLiteral(R"(
      import QtQuick
      Item {
        property string xhrResult: "pending"
        property alias imageStatus: image.status
        Image { id: image; source: "%1image.png" }
        Component.onCompleted: {
          var xhr = new XMLHttpRequest()
          xhr.onreadystatechange = function() {
            if (xhr.readyState === XMLHttpRequest.DONE) xhrResult = "done:" + xhr.status
          }
          xhr.open("GET", "%1data.json")
          xhr.send()
        }
      })")
                          .arg(base)
                          .toUtf8(),
                      QUrl(QStringLiteral("qrc:/test/network.qml")));
    std::unique_ptr<QObject> root(component.create());
    QVERIFY2(root, qPrintable(component.errorString()));
    QTRY_COMPARE_WITH_TIMEOUT(root->property("imageStatus").toInt(), 3 /* Image.Error */, 5000);
    QTRY_COMPARE_WITH_TIMEOUT(root->property("xhrResult").toString(), QStringLiteral("done:0"), 5000);
    QVERIFY(manager->refusedCount() >= 2);

    // Remote QML is refused too.
    QQmlComponent remote(&engine, QUrl(base + QStringLiteral("Evil.qml")));
    QTRY_VERIFY_WITH_TIMEOUT(!remote.isLoading(), 5000);
    QVERIFY(remote.isError());

    QTest::qWait(200);
    QVERIFY2(!server.hasPendingConnections(), "no connection reached the listening socket");
  }

  void translationCoverage() {
    bool ok = true;
    for (const QString& lang : amparo::ui::LanguageController::supportedCodes()) {
      const auto messages = readTs(lang);
      QVERIFY(!messages.isEmpty());
      qsizetype done = 0;
      for (const auto& m : messages) done += m.finished ? 1 : 0;
      const double percent = 100.0 * static_cast<double>(done) / static_cast<double>(messages.size());
      qInfo("coverage %s: %lld/%lld (%.1f%%)%s", qPrintable(lang), static_cast<long long>(done),
            static_cast<long long>(messages.size()), percent, lang == QLatin1String("ar") ? " draft" : "");
      if (lang != QLatin1String("ar") && done != messages.size()) ok = false;
    }
    QVERIFY2(ok, "English and Spanish must be complete");
    // A missing translation shows English, never an empty string.
    QTranslator empty;
    QCOMPARE(empty.translate("HomePage", "Know my rights"), QString());  // -> Qt falls back to the source
    QCOMPARE(QCoreApplication::translate("HomePage", "Know my rights"), QStringLiteral("Know my rights"));
  }

  void glyphCoverage() {
    int missing = 0;
    for (const QString& lang : amparo::ui::LanguageController::supportedCodes()) {
      QList<QRawFont> fonts;
      for (const QString& family : amparo::ui::LanguageController::fontFamiliesFor(lang)) {
        QFont font(family);
        font.setPixelSize(18);
        QRawFont raw = QRawFont::fromFont(font);
        QVERIFY2(raw.isValid(), qPrintable(QStringLiteral("font %1 is installed").arg(family)));
        QVERIFY2(raw.familyName() == family,
                 qPrintable(QStringLiteral("%1 resolved to %2").arg(family, raw.familyName())));
        fonts << raw;
      }
      for (const auto& m : readTs(lang)) {
        for (const QString& text : m.translations) {
          const auto ucs4 = text.toUcs4();
          for (const char32_t c : ucs4) {
            if (c < 0x20 || QChar::category(c) == QChar::Other_Format) continue;  // controls, bidi marks
            bool found = false;
            for (const QRawFont& f : fonts) found = found || f.supportsCharacter(c);
            if (!found) {
              ++missing;
              qWarning("%s: U+%04X missing in \"%s\"", qPrintable(lang), static_cast<unsigned>(c),
                       qPrintable(text));
            }
          }
        }
      }
    }
    QCOMPARE(missing, 0);
  }

  void arabicIsRightToLeft() {
    QTranslator ar, es;
    QVERIFY(ar.load(QStringLiteral(":/i18n/amparo_ar.qm")));
    QVERIFY(es.load(QStringLiteral(":/i18n/amparo_es.qm")));
    // Qt takes the layout direction from this translation when the translator is installed.
    QCOMPARE(ar.translate("QGuiApplication", "QT_LAYOUT_DIRECTION"), QStringLiteral("RTL"));
    QCOMPARE(es.translate("QGuiApplication", "QT_LAYOUT_DIRECTION"), QStringLiteral("LTR"));
    QCoreApplication::installTranslator(&ar);
    QCoreApplication::processEvents();
    QTRY_COMPARE(QGuiApplication::layoutDirection(), Qt::RightToLeft);
    QCoreApplication::removeTranslator(&ar);
    QCoreApplication::installTranslator(&es);
    QTRY_COMPARE(QGuiApplication::layoutDirection(), Qt::LeftToRight);
    QCoreApplication::removeTranslator(&es);
  }

  void desktopNoticeTranslated() {
    const char* const kNotice[] = {
        "On a computer, Amparo protects less",
        "Programs you run on this computer may capture the screen and read the "
        "vault, the keyring and the app's memory.",
        "The computer may save parts of its memory on the disk. Turn on full-disk encryption.",
        "No keyring was found: only your passphrase protects the vault.",
        "This app cannot block screenshots on a computer."};
    for (const QString& lang : amparo::ui::LanguageController::supportedCodes()) {
      QTranslator t;
      QVERIFY(t.load(QStringLiteral(":/i18n/amparo_%1.qm").arg(lang)));
      for (const char* line : kNotice) {
        const QString text = t.translate("DesktopNotice", line);
        QVERIFY2(!text.isEmpty(), qPrintable(lang + QStringLiteral(": ") + QLatin1String(line)));
        if (lang != QLatin1String("en"))
          QVERIFY2(text != QLatin1String(line),
                   qPrintable(lang + QStringLiteral(" untranslated: ") + QLatin1String(line)));
      }
    }
  }

  // The app shows the say card core composes: the guide's status goes with it, and without one
  // no citizen's line reaches the card (issue 12: airport-exit opened with "I am a U.S. citizen.").
  void encounterCarriesTheChosenStatus() {
    auto pack = amparo::rights::builtin_pack();
    QVERIFY(pack.has_value());
    amparo::ui::AppSettings settings(false);
    amparo::ui::LanguageController language(settings);
    amparo::ui::RightsBridge rights(&pack.value(), QString(), language);
    const QString exit = QStringLiteral("airport-exit");
    QVERIFY(rights.chooseEncounter(exit));
    QVERIFY(!rights.encounterLinesEnglish().contains(QStringLiteral("I am a U.S. citizen.")));
    QVERIFY(rights.encounterStatusTitle().isEmpty());
    QVERIFY(rights.chooseEncounter(exit, QStringLiteral("lpr")));
    QVERIFY(!rights.encounterLinesEnglish().contains(QStringLiteral("I am a U.S. citizen.")));
    QVERIFY(rights.chooseEncounter(exit, QStringLiteral("citizen")));
    QVERIFY(rights.encounterLinesEnglish().contains(QStringLiteral("I am a U.S. citizen.")));
    QCOMPARE(rights.encounterStatus(), QStringLiteral("citizen"));
    QCOMPARE(rights.encounterStatusTitle(), QStringLiteral("U.S. citizen"));
    // Exactly core's card, line for line.
    const auto core = amparo::rights::compose_say_card(*pack, "airport-exit", "citizen", "en");
    QVERIFY(core.has_value());
    QCOMPARE(rights.encounterLinesEnglish().size(), static_cast<qsizetype>(core->lines.size()));
    for (std::size_t i = 0; i < core->lines.size(); ++i)
      QCOMPARE(rights.encounterLinesEnglish().at(static_cast<qsizetype>(i)),
               QString::fromStdString(core->lines[i].say_en));
    // An unknown status falls back to the emergency card rather than guessing.
    QVERIFY(!rights.chooseEncounter(exit, QStringLiteral("martian")));
    QVERIFY(rights.encounterSituation().isEmpty());
    QVERIFY(!rights.encounterLines().isEmpty());
  }

  // A situation's cards often repeat the basics: the card says each line once, in every language,
  // with the person's line and the English line still paired.
  void encounterLinesAreNotRepeated() {
    auto pack = amparo::rights::builtin_pack();
    QVERIFY(pack.has_value());
    amparo::ui::AppSettings settings(false);
    amparo::ui::LanguageController language(settings);
    amparo::ui::RightsBridge rights(&pack.value(), QString(), language);
    const QStringList situations = {QString(),
                                    QStringLiteral("device-search"),
                                    QStringLiteral("street"),
                                    QStringLiteral("airport-entry"),
                                    QStringLiteral("home-door"),
                                    QStringLiteral("vehicle")};
    for (const char* lang : {"en", "es"}) {
      QVERIFY(language.setLanguage(QLatin1String(lang)));
      for (const QString& situation : situations) {
        QVERIFY(rights.chooseEncounter(situation));
        const QStringList lines = rights.encounterLines();
        const QStringList english = rights.encounterLinesEnglish();
        const QString where = QLatin1String(lang) + QLatin1Char('/') + situation;
        QVERIFY2(!lines.isEmpty(), qPrintable(where));
        QCOMPARE(lines.size(), english.size());
        QVERIFY2(QStringList(lines).removeDuplicates() == 0, qPrintable(where));
        QVERIFY2(QStringList(english).removeDuplicates() == 0, qPrintable(where));
      }
      // The content's date for people: day, month name, year in their language (no 11/26/26).
      const QDate published = QDate::fromString(rights.packPublished(), Qt::ISODate);
      QVERIFY(published.isValid());
      QVERIFY2(rights.packDate().contains(QLocale(QLatin1String(lang)).monthName(published.month())),
               qPrintable(rights.packDate()));
      QVERIFY(!rights.packDate().contains(QLatin1Char('/')));
      QVERIFY(!rights.packDate().contains(QLatin1Char(' ')));  // never split over two lines
      QVERIFY(!rights.packRegion().isEmpty());
    }
  }

  // Languages are named in their own language, as the picker shows them (an organization card's
  // "en,es,ar" reads "English, Español, العربية"); others by Qt's native name, unknown by the tag.
  void languageNamesInTheirOwnLanguage() {
    using amparo::ui::LanguageController;
    QCOMPARE(LanguageController::nativeNameOf(QStringLiteral("en")), QStringLiteral("English"));
    QCOMPARE(LanguageController::nativeNameOf(QStringLiteral("es-MX")), QStringLiteral("Español"));
    QCOMPARE(LanguageController::nativeNameOf(QStringLiteral("ar")), QStringLiteral("العربية"));
    QCOMPARE(LanguageController::nativeNameOf(QStringLiteral("fr")).toLower(), QStringLiteral("français"));
    QCOMPARE(LanguageController::nativeNameOf(QStringLiteral("qqq")), QStringLiteral("qqq"));
  }

  void commandLine() {
    QString error;
    QVERIFY(!amparo::ui::LaunchOptions::parse({"amparo", "--screen", "vault"}, error));
    QVERIFY(error.contains(QLatin1String("unknown screen")));
    QVERIFY(!amparo::ui::LaunchOptions::parse({"amparo", "--lang", "xx"}, error));
    QVERIFY(error.contains(QLatin1String("unknown language")));
    QVERIFY(!amparo::ui::LaunchOptions::parse({"amparo", "--lang"}, error));
    auto withStatus = amparo::ui::LaunchOptions::parse(
        {"amparo", "--screen", "encounter", "--situation", "airport-exit", "--status", "citizen"}, error);
    QVERIFY(withStatus);
    QCOMPARE(withStatus->status, QStringLiteral("citizen"));
    auto ok = amparo::ui::LaunchOptions::parse(
        {"amparo", "--lang", "ar", "--screen", "guide", "--situation", "street"}, error);
    QVERIFY(ok);
    QCOMPARE(ok->language, QStringLiteral("ar"));
    QCOMPARE(ok->screen, QStringLiteral("guide"));
    QVERIFY(ok->commandLine);
    QVERIFY(amparo::ui::LaunchOptions::parse({"amparo", "--screenshot", "x.png"}, error)->screen ==
            QLatin1String("home"));

    // The real binary: non-zero with a message.
    QProcess app;
    app.start(QStringLiteral(AMPARO_APP), {"--lang", "es", "--screen", "nowhere"});
    QVERIFY(app.waitForFinished(20000));
    QVERIFY(app.exitCode() != 0);
    QVERIFY(app.readAllStandardError().contains("unknown screen"));
    app.start(QStringLiteral(AMPARO_APP), {"--lang", "klingon"});
    QVERIFY(app.waitForFinished(20000));
    QVERIFY(app.exitCode() != 0);
  }

  // Screenshots from the command line change no saved setting and leave no QML cache (SR-33).
  void commandLineLeavesNoTrace() {
    const QString home = qEnvironmentVariable("AMPARO_TEST_HOME");
    const QString shot = home + QStringLiteral("/shot.png");
    QProcess app;
    app.start(QStringLiteral(AMPARO_APP), {"--lang", "ar", "--screen", "settings", "--screenshot", shot});
    QVERIFY(app.waitForFinished(30000));
    QCOMPARE(app.exitCode(), 0);
    QImage image(shot);
    QVERIFY(!image.isNull());
    QCOMPARE(image.size(), QSize(360, 780));
    QDirIterator it(home, QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot, QDirIterator::Subdirectories);
    QStringList files;
    while (it.hasNext()) {
      const QString f = it.next();
      if (f != shot) files << f;
    }
    for (const QString& f : files) {
      QVERIFY2(!f.endsWith(QLatin1String(".conf")), qPrintable(QStringLiteral("settings written: ") + f));
      QVERIFY2(!f.contains(QLatin1String("qmlcache")), qPrintable(QStringLiteral("QML cache written: ") + f));
    }
  }

  // SR-13 with Argon2id on the worker thread: the app going to the background while an unlock
  // runs cancels it (the QML auto-lock only acts on an unlocked vault). The late result is
  // dropped, the vault stays locked; the GUI thread was free meanwhile; a new unlock works.
  void backgroundDuringUnlockStaysLocked() {
    QTemporaryDir tmp;
    QVERIFY(tmp.isValid());
    const QString pass = QStringLiteral("meadow lantern copper 31");
    amparo::ui::VaultBridge vault(QFile::encodeName(tmp.filePath(QStringLiteral("vault"))).toStdString(),
                                  nullptr);
    QSignalSpy created(&vault, &amparo::ui::VaultBridge::createFinished);
    QVERIFY(vault.create(pass, pass));
    QVERIFY(vault.busy());
    QVERIFY(!vault.create(pass, pass));  // double submit refused
    QVERIFY(created.wait(20000));
    QVERIFY(created.takeFirst().at(0).toBool());
    QVERIFY(vault.unlocked());
    vault.lock();

    QSignalSpy unlocked(&vault, &amparo::ui::VaultBridge::unlockFinished);
    QSignalSpy lockedNow(&vault, &amparo::ui::VaultBridge::lockedNow);
    QVERIFY(vault.unlock(pass));
    QVERIFY(vault.busy());
    QCOMPARE(unlocked.count(), 0);
    emit qGuiApp->applicationStateChanged(Qt::ApplicationHidden);
    QCOMPARE(lockedNow.count(), 1);
    QVERIFY(unlocked.wait(20000));
    QCOMPARE(unlocked.takeFirst().at(0).toBool(), false);
    QVERIFY(!vault.unlocked());
    QVERIFY(!vault.busy());
    QCOMPARE(vault.notes()->rowCount(), 0);

    emit qGuiApp->applicationStateChanged(Qt::ApplicationActive);
    QVERIFY(vault.unlock(pass));
    QVERIFY(unlocked.wait(20000));
    QVERIFY(unlocked.takeFirst().at(0).toBool());
    QVERIFY(vault.unlocked());
  }

  // SR-4 with the worker thread: the device secret is stored and loaded through the keystore on
  // the GUI thread, while Argon2id runs on the worker.
  void keystoreCallsStayOnTheGuiThread() {
    QTemporaryDir tmp;
    QVERIFY(tmp.isValid());
    const QString pass = QStringLiteral("lantern copper meadow 57");
    ThreadCheckingStore keystore;
    amparo::ui::VaultBridge vault(QFile::encodeName(tmp.filePath(QStringLiteral("vault"))).toStdString(),
                                  &keystore);
    QVERIFY(vault.deviceBound());
    QSignalSpy created(&vault, &amparo::ui::VaultBridge::createFinished);
    QVERIFY(vault.create(pass, pass));
    QVERIFY(created.wait(20000));
    QVERIFY(created.takeFirst().at(0).toBool());
    QCOMPARE(keystore.inner.size(), std::size_t{1});
    vault.lock();
    QSignalSpy unlocked(&vault, &amparo::ui::VaultBridge::unlockFinished);
    QVERIFY(vault.unlock(pass));
    QVERIFY(unlocked.wait(20000));
    QVERIFY(unlocked.takeFirst().at(0).toBool());
    QSignalSpy changed(&vault, &amparo::ui::VaultBridge::passphraseChangeFinished);
    const QString next = QStringLiteral("violin harbor candle 88");
    QVERIFY(vault.changePassphrase(pass, next, next));
    QVERIFY(changed.wait(20000));
    QVERIFY2(changed.takeFirst().at(0).toBool(), qPrintable(vault.errorMessage()));
    QCOMPARE(keystore.inner.size(), std::size_t{1});  // the new secret replaced the old one
    QVERIFY(keystore.calls >= 4);
    QCOMPARE(keystore.offGuiThread, 0);
  }

  // The bridge may go away while a key derivation runs (quitting): it waits for the worker, the
  // late result is never delivered to a dead object.
  void destroyedWhileUnlocking() {
    QTemporaryDir tmp;
    QVERIFY(tmp.isValid());
    const QString pass = QStringLiteral("copper meadow lantern 13");
    const std::string dir = QFile::encodeName(tmp.filePath(QStringLiteral("vault"))).toStdString();
    {
      amparo::ui::VaultBridge vault(dir, nullptr);
      QSignalSpy created(&vault, &amparo::ui::VaultBridge::createFinished);
      QVERIFY(vault.create(pass, pass));
      QVERIFY(created.wait(20000));
      vault.lock();
      QVERIFY(vault.unlock(pass));
    }  // destroyed with the unlock still running
    QCoreApplication::processEvents();
    amparo::ui::VaultBridge again(dir, nullptr);
    QVERIFY(again.exists());
    QVERIFY(!again.unlocked());
  }

  // SR-3 in the app: Argon2id is tuned on the device, not left at libsodium's floor. A new vault's
  // header carries what the chooser returned (called on the worker thread), and a passphrase change
  // measures again; the default chooser stays in the accepted window and within 64 MiB.
  void argon2idTunedOnTheDevice() {
    using amparo::crypto::KdfParams;
    const KdfParams tuned = amparo::ui::VaultBridge::kdfForThisDevice();
    qInfo("Argon2id tuned on this machine: %llu passes, %llu MiB",
          static_cast<unsigned long long>(tuned.opslimit),
          static_cast<unsigned long long>(tuned.memlimit >> 20));
    QVERIFY(tuned.in_range());
    QVERIFY(tuned.opslimit >= KdfParams::interactive().opslimit);
    QCOMPARE(tuned.memlimit, std::uint64_t{64} << 20);

    QTemporaryDir tmp;
    QVERIFY(tmp.isValid());
    const QString pass = QStringLiteral("lantern copper meadow 47");
    const QString next = QStringLiteral("harbor violet engine 58");
    const std::string dir = QFile::encodeName(tmp.filePath(QStringLiteral("vault"))).toStdString();
    amparo::ui::VaultBridge vault(dir, nullptr);
    KdfParams chosen{5, std::uint64_t{64} << 20};
    QThread* chooserThread = nullptr;
    vault.setKdfChooser([&] {
      chooserThread = QThread::currentThread();
      return chosen;
    });
    QSignalSpy created(&vault, &amparo::ui::VaultBridge::createFinished);
    QVERIFY(vault.create(pass, pass));
    QVERIFY(created.wait(20000));
    QVERIFY(created.takeFirst().at(0).toBool());
    QVERIFY(chooserThread != nullptr && chooserThread != QThread::currentThread());
    auto header = amparo::vault::Vault::inspect(dir);
    QVERIFY(header.has_value());
    QVERIFY(header->kdf == chosen);

    chosen = KdfParams{3, std::uint64_t{128} << 20};
    QSignalSpy changed(&vault, &amparo::ui::VaultBridge::passphraseChangeFinished);
    QVERIFY(vault.changePassphrase(pass, next, next));
    QVERIFY(changed.wait(20000));
    QVERIFY(changed.takeFirst().at(0).toBool());
    header = amparo::vault::Vault::inspect(dir);
    QVERIFY(header.has_value());
    QVERIFY(header->kdf == chosen);
    vault.lock();
    QSignalSpy unlocked(&vault, &amparo::ui::VaultBridge::unlockFinished);
    QVERIFY(vault.unlock(next));
    QVERIFY(unlocked.wait(20000));
    QVERIFY(unlocked.takeFirst().at(0).toBool());
  }
};

int main(int argc, char** argv) {
  amparo::ui::AppBootstrap::prepareProcess();
  QGuiApplication app(argc, argv);
  TestUi test;
  return QTest::qExec(&test, argc, argv);
}

#include "test_ui.moc"
