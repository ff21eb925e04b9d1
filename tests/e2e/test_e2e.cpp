// End-to-end journey through the real app, offscreen:
//   first start -> language -> encounter card -> guide -> create vault -> quick capture while
//   locked -> unlock -> capture merged as a note -> edit -> history,
// with a screenshot of every screen. Any QML warning or error fails the run. At the end the
// profile (settings, caches, data) and the log output are scanned for a marker typed into the
// notes (SR-33) and checked for a QML disk cache.
#include <QtQml/qqmlextensionplugin.h>

#include <QDirIterator>
#include <QGuiApplication>
#include <QLoggingCategory>
#include <QQmlApplicationEngine>
#include <QQuickItem>
#include <QQuickWindow>
#include <QTest>
#include <cstdio>
#include <fstream>
#include <mutex>

#include "appbootstrap.h"
#include "appsettings.h"
#include "exchange/bundle.h"
#include "exchange/card.h"
#include "exchange/org_secret.h"
#include "orgsbridge.h"
#include "vaultbridge.h"

Q_IMPORT_QML_PLUGIN(Amparo_AppPlugin)

namespace {

QString g_lang;
QString g_shots;
constexpr auto kMarker = "MARKER-7f3a-capture";
constexpr auto kEditMarker = "MARKER-7f3a-edit";
constexpr auto kPassphrase = "candle violin river 2031";

std::mutex g_logMutex;
QStringList g_problems;  // QML warnings and errors
QByteArray g_logText;    // everything logged, for the marker scan

QtMessageHandler g_previous = nullptr;

void handler(QtMsgType type, const QMessageLogContext& context, const QString& message) {
  if (g_previous) g_previous(type, context, message);  // QTest's own output
  std::lock_guard lock(g_logMutex);
  g_logText += message.toUtf8() + '\n';
  const QByteArray category(context.category ? context.category : "");
  const bool qml = category.startsWith("qml") || category.startsWith("js") ||
                   message.contains(QLatin1String(".qml")) || message.contains(QLatin1String("qrc:"));
  if (type >= QtWarningMsg && (qml || type >= QtCriticalMsg)) g_problems << message;
}

QQuickItem* findItem(QQuickItem* root, const QString& name) {
  if (!root) return nullptr;
  if (root->objectName() == name && root->isVisible()) return root;
  for (QQuickItem* child : root->childItems()) {
    if (QQuickItem* found = findItem(child, name)) return found;
  }
  return nullptr;
}

// The English say-lines on the encounter card, in order.
void collectText(QQuickItem* root, const QString& name, QStringList& out) {
  if (!root || !root->isVisible()) return;
  if (root->objectName() == name) out << root->property("text").toString();
  for (QQuickItem* child : root->childItems()) collectText(child, name, out);
}

}  // namespace

class Journey : public QObject {
  Q_OBJECT

 private:
  std::unique_ptr<amparo::ui::AppBootstrap> app_;
  int shot_ = 0;

  QQuickWindow* window() { return app_->window(); }
  QQuickItem* stack() { return findItem(window()->contentItem(), QStringLiteral("stack")); }
  QQuickItem* page() {
    QQuickItem* s = stack();
    return s ? s->property("currentItem").value<QQuickItem*>() : nullptr;
  }
  QString pageName() { return page() ? page()->objectName() : QString(); }
  QQuickItem* item(const QString& name) {
    QQuickItem* found = findItem(page(), name);
    if (!found) qWarning("e2e: no visible item '%s' on %s", qPrintable(name), qPrintable(pageName()));
    return found;
  }
  bool settle() {
    return QTest::qWaitFor([this] { return stack() && !stack()->property("busy").toBool(); }, 5000);
  }
  bool click(const QString& name) {
    QQuickItem* target = item(name);
    if (!target || !target->isEnabled()) return false;
    QMetaObject::invokeMethod(target, "clicked");
    return settle();
  }
  // An item shown once an asynchronous call (Argon2id on the worker) has answered.
  bool waitForItem(const QString& name) {
    return QTest::qWaitFor([&] { return findItem(page(), name) != nullptr; }, 30000);
  }
  bool waitForPage(const QString& name) {
    return QTest::qWaitFor([&] { return pageName() == name && !stack()->property("busy").toBool(); }, 10000);
  }
  void screenshot(const QString& name) {
    QTest::qWait(50);
    const QImage image = window()->grabWindow();
    QVERIFY(!image.isNull());
    const QString file =
        QStringLiteral("%1/%2-%3.png").arg(g_shots).arg(++shot_, 2, 10, QLatin1Char('0')).arg(name);
    QVERIFY2(image.save(file), qPrintable(file));
    std::printf("screenshot %s\n", qPrintable(file));
  }
  void setText(const QString& name, const QString& text) {
    QQuickItem* field = item(name);
    QVERIFY(field);
    QVERIFY(field->setProperty("text", text));
  }
  void back() {
    QMetaObject::invokeMethod(window(), "back");
    QVERIFY(settle());
  }
  void home() {
    QMetaObject::invokeMethod(window(), "goHome");
    QVERIFY(settle());
  }

 private slots:
  void initTestCase() {
    // QTest installed its handler in qExec(); ours goes on top and forwards to it.
    g_previous = qInstallMessageHandler(handler);
    QDir().mkpath(g_shots);
    amparo::ui::LaunchOptions options;  // as a person starts it: nothing on the command line
    app_ = std::make_unique<amparo::ui::AppBootstrap>(options);
    QVERIFY(app_->start());
    QVERIFY(window());
    QVERIFY(QTest::qWaitForWindowExposed(window()));
  }

  void t01_firstStartAsksForLanguage() {
    QVERIFY(waitForPage(QStringLiteral("languagePage")));
    screenshot(QStringLiteral("language"));
    QVERIFY(click(QStringLiteral("language_") + g_lang));
    QVERIFY(waitForPage(QStringLiteral("homePage")));
    QCOMPARE(app_->settings().language(), g_lang);
    QCOMPARE(window()->contentItem()->childItems().isEmpty(), false);
    screenshot(QStringLiteral("home"));
  }

  void t02_encounterCard() {
    QVERIFY(click(QStringLiteral("stoppedButton")));
    QVERIFY(waitForPage(QStringLiteral("encounterPage")));
    QVERIFY(findItem(page(), QStringLiteral("sayLineEnglish")));
    QVERIFY(findItem(page(), QStringLiteral("packInfo")));
    if (g_lang == QLatin1String("ar"))
      QVERIFY2(findItem(page(), QStringLiteral("fallbackNote")), "Arabic shows the English-fallback note");
    screenshot(QStringLiteral("encounter"));
    if (g_lang != QLatin1String("en")) {
      QQuickItem* toggle = item(QStringLiteral("englishOnlySwitch"));
      QVERIFY(toggle);
      toggle->setProperty("checked", true);
      page()->setProperty("englishOnly", true);
      screenshot(QStringLiteral("encounter-english-only"));
    }
    back();
  }

  void t03_guide() {
    QVERIFY(click(QStringLiteral("rightsButton")));
    QVERIFY(waitForPage(QStringLiteral("guidePage")));
    // Arabic has no situations of its own yet: the English shown instead is said to be English.
    QCOMPARE(findItem(page(), QStringLiteral("guideFallbackNote")) != nullptr,  // visible items only
             g_lang == QLatin1String("ar"));
    screenshot(QStringLiteral("guide-where"));
    QVERIFY(click(QStringLiteral("situation_street")));
    screenshot(QStringLiteral("guide-status"));
    QVERIFY(click(QStringLiteral("skipStatus")));
    QVERIFY(
        QTest::qWaitFor([this] { return page()->property("step").toString() == QLatin1String("cards"); }));
    screenshot(QStringLiteral("guide-cards"));
    home();
  }

  // Issue 12: the status chosen in the guide goes with "Show what to say"; without one, no
  // citizen's line (the airport-exit card used to open with "I am a U.S. citizen." for everyone).
  void t03b_guideStatusReachesTheCard() {
    const QString citizenLine = QStringLiteral("I am a U.S. citizen.");
    for (const QString& status : {QString(), QStringLiteral("lpr"), QStringLiteral("citizen")}) {
      QVERIFY(click(QStringLiteral("rightsButton")));
      QVERIFY(waitForPage(QStringLiteral("guidePage")));
      QVERIFY(click(QStringLiteral("situation_airport-exit")));
      QVERIFY(click(status.isEmpty() ? QStringLiteral("skipStatus") : QStringLiteral("status_") + status));
      QVERIFY(
          QTest::qWaitFor([this] { return page()->property("step").toString() == QLatin1String("cards"); }));
      QVERIFY(click(QStringLiteral("showWhatToSay")));
      QVERIFY(waitForPage(QStringLiteral("encounterPage")));
      QCOMPARE(page()->property("status").toString(), status);
      QStringList english;
      collectText(page(), QStringLiteral("sayLineEnglish"), english);
      QVERIFY(!english.isEmpty());
      QCOMPARE(english.contains(citizenLine), status == QLatin1String("citizen"));
      QCOMPARE(findItem(page(), QStringLiteral("statusNote")) != nullptr, !status.isEmpty());
      screenshot(QStringLiteral("encounter-airport-exit-") +
                 (status.isEmpty() ? QStringLiteral("no-status") : status));
      home();
    }
  }

  void t04_createVault() {
    QVERIFY(click(QStringLiteral("recordButton")));
    QVERIFY(waitForPage(QStringLiteral("capturePage")));
    screenshot(QStringLiteral("capture-no-vault"));
    QVERIFY(click(QStringLiteral("createVaultButton")));
    QVERIFY(waitForPage(QStringLiteral("createPage")));
    QVERIFY(findItem(page(), QStringLiteral("noRecoveryWarning")));
    QVERIFY2(findItem(page(), QStringLiteral("desktopNotice")), "SR-38 notice at creation");
    setText(QStringLiteral("newPassphrase"), QString::fromLatin1(kPassphrase));
    setText(QStringLiteral("confirmPassphrase"), QString::fromLatin1(kPassphrase));
    screenshot(QStringLiteral("create-vault"));
    QVERIFY(click(QStringLiteral("createButton")));
    QVERIFY(QTest::qWaitFor([this] { return app_->vault().unlocked(); }, 20000));
    QVERIFY(waitForPage(QStringLiteral("capturePage")));
  }

  void t05_quickCaptureWhileLocked() {
    QMetaObject::invokeMethod(window(), "panic");  // SR-17
    QVERIFY(settle());
    QCOMPARE(pageName(), QStringLiteral("homePage"));
    QVERIFY(!app_->vault().unlocked());
    screenshot(QStringLiteral("home-locked"));
    QVERIFY(click(QStringLiteral("recordButton")));
    QVERIFY(waitForPage(QStringLiteral("capturePage")));
    setText(QStringLiteral("captureText"),
            QStringLiteral("Stopped near the market. %1").arg(QLatin1String(kMarker)));
    QVERIFY(click(QStringLiteral("sealButton")));
    QVERIFY(findItem(page(), QStringLiteral("captureSaved")));
    QCOMPARE(item(QStringLiteral("captureText"))->property("text").toString(),
             QString());  // the field clears
    screenshot(QStringLiteral("capture-sealed"));
  }

  void t06_unlockMergesTheCapture() {
    home();
    QVERIFY(click(QStringLiteral("unlockButton")));
    QVERIFY(waitForPage(QStringLiteral("unlockPage")));
    screenshot(QStringLiteral("unlock"));
    setText(QStringLiteral("unlockPassphrase"), QString::fromLatin1(kPassphrase));
    QVERIFY(click(QStringLiteral("unlockSubmit")));
    QVERIFY(waitForPage(QStringLiteral("notesPage")));
    QCOMPARE(app_->vault().capturesMerged(), 1);
    QCOMPARE(app_->vault().notes()->count(), 1);
    QTest::qWait(100);
    screenshot(QStringLiteral("notes"));
  }

  void t07_editAndHistory() {
    QQuickItem* first = findItem(page(), QStringLiteral("note_0"));
    QVERIFY(first);
    QMetaObject::invokeMethod(first, "clicked");
    QVERIFY(waitForPage(QStringLiteral("notePage")));
    screenshot(QStringLiteral("note"));
    QVERIFY(click(QStringLiteral("editButton")));
    QVERIFY(waitForPage(QStringLiteral("formPage")));
    setText(QStringLiteral("lineField"), QStringLiteral("Market stop %1").arg(QLatin1String(kEditMarker)));
    QQuickItem* form = page();
    QObject* draft = form->property("draft").value<QObject*>();
    QVERIFY(draft);
    draft->setProperty("title", QStringLiteral("Market stop %1").arg(QLatin1String(kEditMarker)));
    screenshot(QStringLiteral("form-question"));
    QVERIFY(click(QStringLiteral("nextButton")));
    QVERIFY(click(QStringLiteral("skipButton")));
    screenshot(QStringLiteral("form-next-question"));
    form->setProperty("step", form->property("steps").toList().size());
    QVERIFY(settle());
    screenshot(QStringLiteral("form-review"));
    QVERIFY(click(QStringLiteral("saveButton")));
    QVERIFY(waitForPage(QStringLiteral("notePage")));
    QObject* note = app_->vault().current();
    QCOMPARE(note->property("revisions").toInt(), 2);
    QVERIFY2(note->property("chainIntact").toBool(), "edited once, chain intact");
    QCOMPARE(note->property("history").toStringList().size(), 2);
    screenshot(QStringLiteral("note-history"));
  }

  // Issue 6: Settings -> Trusted organizations (card text, safety number, SR-14 passphrase, SR-22
  // key change) and Note -> Send to... (bundle opened with the organization's key).
  void t07b_trustedOrganizationAndSendTo() {
    namespace ex = amparo::exchange;
    auto makeCard = [](const ex::OrgKeys& keys) {
      ex::CardFields f;
      f.name = "Centro de Ayuda Legal";
      f.region = "Texas";
      f.hotline = "+1 555 0100";
      f.languages = "en,es,ar";
      f.created = static_cast<std::uint64_t>(QDateTime::currentSecsSinceEpoch()) - 60;
      f.expires = f.created + 365 * 24 * 3600;
      return ex::make_card(f, keys.sign, keys.box.public_key).value();
    };
    const auto keys = ex::OrgKeys::generate();
    const auto newKeys = ex::OrgKeys::generate();
    amparo::ui::OrgsBridge* orgs = app_->vault().orgs();

    QVERIFY(click(QStringLiteral("sendNoteButton")));
    QVERIFY(waitForPage(QStringLiteral("sendToPage")));
    screenshot(QStringLiteral("send-no-organizations"));
    home();
    QVERIFY(click(QStringLiteral("settingsButton")));
    QVERIFY(waitForPage(QStringLiteral("settingsPage")));
    QVERIFY(click(QStringLiteral("trustedOrgsButton")));
    QVERIFY(waitForPage(QStringLiteral("orgsPage")));
    screenshot(QStringLiteral("organizations-empty"));
    setText(QStringLiteral("cardText"), QString::fromStdString(ex::card_text(makeCard(keys))));
    QVERIFY(click(QStringLiteral("readCardText")));
    QVERIFY(waitForPage(QStringLiteral("orgReviewPage")));
    QVERIFY(item(QStringLiteral("safetyNumber")));
    screenshot(QStringLiteral("organization-review"));
    QVERIFY(item(QStringLiteral("comparedAloud"))->setProperty("checked", true));
    setText(QStringLiteral("trustPassphrase"), QString::fromLatin1(kPassphrase));
    QVERIFY(click(QStringLiteral("trustButton")));
    // SR-14 check on the worker: no event was processed since the click, so it still runs.
    QVERIFY(orgs->busy());
    QVERIFY(item(QStringLiteral("trustBusyText")));
    QVERIFY(!item(QStringLiteral("trustButton"))->isEnabled());
    QVERIFY(waitForItem(QStringLiteral("trustedDone")));
    QCOMPARE(orgs->list().size(), 1);
    screenshot(QStringLiteral("organization-trusted"));
    back();

    // SR-22: the same organization with new keys: loud warning, kept unconfirmed, export blocked.
    QVERIFY(waitForPage(QStringLiteral("orgsPage")));
    setText(QStringLiteral("cardText"), QString::fromStdString(ex::card_text(makeCard(newKeys))));
    QVERIFY(click(QStringLiteral("readCardText")));
    QVERIFY(waitForPage(QStringLiteral("orgReviewPage")));
    QVERIFY(item(QStringLiteral("keyChangedWarning")));
    screenshot(QStringLiteral("organization-key-changed"));
    QVERIFY(click(QStringLiteral("keepUnconfirmed")));
    QVERIFY(waitForPage(QStringLiteral("orgsPage")));
    screenshot(QStringLiteral("organizations-key-changed"));

    // Send to: blocked first, then confirmed (passphrase again) and written.
    const QString outDir = qEnvironmentVariable("AMPARO_TEST_HOME") + QStringLiteral("/tmp/export");
    QDir().mkpath(outDir);
    home();
    QVERIFY(click(QStringLiteral("recordButton")));
    QVERIFY(waitForPage(QStringLiteral("notesPage")));
    QVERIFY(click(QStringLiteral("sendAllButton")));
    QVERIFY(waitForPage(QStringLiteral("sendToPage")));
    QVERIFY(click(QStringLiteral("sendOrg_0")));
    setText(QStringLiteral("exportFolder"), outDir);
    setText(QStringLiteral("exportPassphrase"), QString::fromLatin1(kPassphrase));
    QVERIFY(click(QStringLiteral("sendButton")));
    QVERIFY(item(QStringLiteral("exportError")));
    QVERIFY(QDir(outDir).isEmpty());
    screenshot(QStringLiteral("send-blocked-key-changed"));
    QVERIFY(orgs->confirmOrg(orgs->list().front().toMap().value(QStringLiteral("id")).toString(),
                             QString::fromLatin1(kPassphrase), true));
    QVERIFY(QTest::qWaitFor([orgs] { return !orgs->busy(); }, 30000));
    QVERIFY(orgs->list().front().toMap().value(QStringLiteral("confirmed")).toBool());
    setText(QStringLiteral("exportPassphrase"), QString::fromLatin1(kPassphrase));
    QVERIFY(click(QStringLiteral("sendButton")));
    QVERIFY(orgs->busy());
    QVERIFY(item(QStringLiteral("exportBusyText")));
    QVERIFY(!item(QStringLiteral("sendButton"))->isEnabled());
    QVERIFY(waitForItem(QStringLiteral("exportDone")));
    screenshot(QStringLiteral("send-done"));
    const QString bundle = outDir + QLatin1Char('/') + orgs->lastExportFile();
    std::ifstream in(QFile::encodeName(bundle).toStdString(), std::ios::binary);
    QVERIFY(in);
    auto opened = ex::open_bundle(in, newKeys, nullptr);
    QVERIFY2(opened, opened ? "" : ex::message(opened.error()).c_str());
    QCOMPARE(opened.value().notes.size(), std::size_t{1});
  }

  void t08_settingsAndLock() {
    home();
    QVERIFY(click(QStringLiteral("settingsButton")));
    QVERIFY(waitForPage(QStringLiteral("settingsPage")));
    QVERIFY2(findItem(page(), QStringLiteral("desktopNotice")), "SR-38 notice in About");
    screenshot(QStringLiteral("settings"));
    home();
    QVERIFY(click(QStringLiteral("lockButton")));
    QVERIFY(!app_->vault().unlocked());
    QCOMPARE(pageName(), QStringLiteral("homePage"));
  }

  void t09_noQmlWarnings() {
    std::lock_guard lock(g_logMutex);
    QVERIFY2(g_problems.isEmpty(), qPrintable(g_problems.join(QLatin1Char('\n'))));
  }

  // SR-33: no marker in the log output, in settings or caches (or anywhere in the profile, the
  // vault included: SR-1), and no QML disk cache.
  void t10_noMarkerAnywhere() {
    app_.reset();  // lock and close everything first
    {
      std::lock_guard lock(g_logMutex);
      QVERIFY2(!g_logText.contains(kMarker) && !g_logText.contains(kEditMarker), "marker in log output");
    }
    const QString home = qEnvironmentVariable("AMPARO_TEST_HOME");
    const QByteArray utf16 = QByteArray(reinterpret_cast<const char*>(QString::fromLatin1(kMarker).utf16()),
                                        static_cast<qsizetype>(qstrlen(kMarker) * 2));
    QDirIterator it(home, QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot, QDirIterator::Subdirectories);
    int scanned = 0;
    while (it.hasNext()) {
      const QString path = it.next();
      QVERIFY2(!path.contains(QLatin1String("qmlcache")),
               qPrintable(QStringLiteral("QML cache on disk: ") + path));
      if (path.startsWith(g_shots)) continue;
      QFile f(path);
      if (!f.open(QIODevice::ReadOnly)) continue;
      const QByteArray bytes = f.readAll();
      ++scanned;
      QVERIFY2(!bytes.contains(kMarker) && !bytes.contains(kEditMarker) && !bytes.contains(utf16),
               qPrintable(QStringLiteral("marker found in ") + path));
    }
    QVERIFY(scanned > 0);
    std::printf("scanned %d files for the marker\n", scanned);
  }
};

int main(int argc, char** argv) {
  if (argc < 3) {
    std::fprintf(stderr, "usage: test_e2e LANG SCREENSHOT_DIR\n");
    return 2;
  }
  g_lang = QString::fromLocal8Bit(argv[1]);
  g_shots = QString::fromLocal8Bit(argv[2]);
  const QString home = qEnvironmentVariable("AMPARO_TEST_HOME");
  if (!home.contains(QLatin1String("home-"))) {
    std::fprintf(stderr, "AMPARO_TEST_HOME must name the test's own folder\n");
    return 2;
  }
  QDir(home).removeRecursively();
  for (const char* sub : {"/run", "/tmp", "/config", "/data", "/cache"})
    QDir().mkpath(home + QLatin1String(sub));
  QFile::setPermissions(home + QStringLiteral("/run"),
                        QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
  QDir(g_shots).removeRecursively();
  // The camera scanner's QML module (Amparo.Scan) sits next to the app (ui/Amparo/Scan), not next
  // to this test binary: point the engine at it, as the app finds it in its own folder.
  if (!qEnvironmentVariableIsSet("QML_IMPORT_PATH")) qputenv("QML_IMPORT_PATH", AMPARO_APP_QML_DIR);
  qInstallMessageHandler(handler);  // also catches start-up messages before qExec
  // SR-33: every debug category of ours and of QML on while the journey runs (Qt's own internals
  // stay quiet to keep the run fast); the marker must appear in none of it.
  QLoggingCategory::setFilterRules(QStringLiteral("*.debug=true\nqt.*.debug=false"));
  amparo::ui::AppBootstrap::prepareProcess();
  QGuiApplication app(argc, argv);
  Journey journey;
  int testArgc = 1;
  return QTest::qExec(&journey, testArgc, argv);
}

#include "test_e2e.moc"
