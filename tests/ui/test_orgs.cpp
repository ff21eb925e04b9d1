// The app's trusted-organization and "Send to…" bridge (Vault.orgs, issue 6): SR-14 re-auth,
// SR-22 confirmation gate and key change, bundles that core/exchange opens with the org's key.
#include <QCoreApplication>
#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QGuiApplication>
#include <QImage>
#include <QTemporaryDir>
#include <QTimer>
#include <catch2/catch.hpp>
#include <fstream>
#include <functional>
#include <optional>

#include "card_fixture.h"
#include "exchange/bundle.h"
#include "exchange/card.h"
#include "exchange/org_secret.h"
#include "notesmodel.h"
#include "orgsbridge.h"
#include "vaultbridge.h"

#ifdef AMPARO_HAVE_ZXING
#include <ZXing/BitMatrix.h>
#include <ZXing/MultiFormatWriter.h>
#endif

using amparo::ui::NoteDraft;
using amparo::ui::OrgsBridge;
using amparo::ui::VaultBridge;
namespace ex = amparo::exchange;

namespace {

const QString kPass = QStringLiteral("correct horse battery staple");

// The bridge runs Argon2id on a worker thread and answers through the event loop. A GUI
// application (offscreen), so the vault bridge follows its state: going to the background (SR-13).
QGuiApplication& application() {
  static int argc = 1;
  static char name[] = "test_ui_orgs";
  static char* argv[] = {name, nullptr};
  static QGuiApplication app(argc, argv);
  return app;
}

// Runs `start` (an asynchronous bridge call) and waits for `finished`; the call's result.
template <class Bridge, class Signal>
bool finishes(Bridge& bridge, Signal finished, const std::function<bool()>& start) {
  (void)application();
  bool ok = false;
  QEventLoop loop;
  QObject::connect(&bridge, finished, &loop, [&](bool result) {
    ok = result;
    loop.quit();
  });
  if (!start()) return false;
  QTimer::singleShot(30000, &loop, &QEventLoop::quit);
  loop.exec();
  return ok;
}

// SR-14 calls: the passphrase check runs on the worker; these wait for its answer.
bool trustPending(OrgsBridge& orgs, const QString& passphrase, bool comparedAloud = true) {
  return finishes(orgs, &OrgsBridge::trustFinished,
                  [&] { return orgs.trustPending(passphrase, comparedAloud); });
}
bool confirmOrg(OrgsBridge& orgs, const QString& id, const QString& passphrase, bool comparedAloud = true) {
  return finishes(orgs, &OrgsBridge::trustFinished,
                  [&] { return orgs.confirmOrg(id, passphrase, comparedAloud); });
}
bool exportTo(OrgsBridge& orgs, const QString& id, const QString& folder, const QString& passphrase) {
  return finishes(orgs, &OrgsBridge::exportFinished,
                  [&] { return orgs.exportTo(id, {}, folder, passphrase); });
}

using amparo::ui::testing::makeCard;
using amparo::ui::testing::now;

QString cardText(const ex::OrgCard& card) {
  return QString::fromStdString(ex::card_text(card));
}

struct Fixture {
  QTemporaryDir tmp;
  QString outDir;
  std::unique_ptr<VaultBridge> vault;
  Fixture() {
    (void)application();  // before the bridge, which connects to the application's state
    REQUIRE(tmp.isValid());
    outDir = tmp.filePath(QStringLiteral("out"));
    QDir().mkpath(outDir);
    vault = std::make_unique<VaultBridge>(
        QFile::encodeName(tmp.filePath(QStringLiteral("vault"))).toStdString(), nullptr);
    REQUIRE(finishes(*vault, &VaultBridge::createFinished, [this] { return vault->create(kPass, kPass); }));
    NoteDraft draft;
    draft.title = QStringLiteral("Stopped at the bus station");
    draft.narrative = QStringLiteral("Two officers asked for papers.");
    REQUIRE_FALSE(vault->saveNote(QString(), &draft).isEmpty());
  }
  amparo::ui::OrgsBridge& orgs() { return *vault->orgs(); }
  QStringList written() const { return QDir(outDir).entryList(QDir::Files | QDir::Hidden); }
};

ex::OpenedBundle openWith(const QString& path, const ex::OrgKeys& keys) {
  std::ifstream in(QFile::encodeName(path).toStdString(), std::ios::binary);
  REQUIRE(in);
  auto opened = ex::open_bundle(in, keys, nullptr);
  REQUIRE(opened);
  return std::move(opened).value();
}

}  // namespace

TEST_CASE("SR-14 trusting an organization asks for the passphrase") {
  Fixture fx;
  auto& orgs = fx.orgs();
  const auto keys = ex::OrgKeys::generate();
  const auto card = makeCard(keys);
  REQUIRE(orgs.loadCardText(cardText(card)));
  const auto pending = orgs.pending();
  CHECK(pending.value("name").toString() == QStringLiteral("Legal Aid Hotline"));
  CHECK(pending.value("change").toString() == QStringLiteral("new"));
  CHECK(pending.value("safetyNumber").toString() == QString::fromStdString(ex::safety_number(card)));
  CHECK(pending.value("groups").toStringList().size() == 6);

  CHECK_FALSE(trustPending(orgs, QString(), true));                            // no passphrase
  CHECK_FALSE(trustPending(orgs, QStringLiteral("wrong passphrase!"), true));  // wrong passphrase
  CHECK_FALSE(orgs.errorMessage().isEmpty());
  CHECK_FALSE(trustPending(orgs, kPass, false));  // not compared aloud
  CHECK(orgs.list().isEmpty());                   // nothing stored by any refused attempt

  REQUIRE(trustPending(orgs, kPass, true));
  REQUIRE(orgs.list().size() == 1);
  const auto org = orgs.list().front().toMap();
  CHECK(org.value("confirmed").toBool());
  CHECK(org.value("canSend").toBool());
  CHECK(orgs.pending().isEmpty());
}

TEST_CASE("SR-22 an organization kept without confirming cannot be sent to") {
  Fixture fx;
  auto& orgs = fx.orgs();
  const auto keys = ex::OrgKeys::generate();
  REQUIRE(orgs.loadCardText(cardText(makeCard(keys))));
  REQUIRE(orgs.savePending());
  REQUIRE(orgs.list().size() == 1);
  const auto id = orgs.list().front().toMap().value("id").toString();
  CHECK_FALSE(orgs.list().front().toMap().value("confirmed").toBool());
  CHECK_FALSE(exportTo(orgs, id, fx.outDir, kPass));
  CHECK(fx.written().isEmpty());
  CHECK_FALSE(confirmOrg(orgs, id, QStringLiteral("wrong passphrase!"), true));
  REQUIRE(confirmOrg(orgs, id, kPass, true));
  CHECK(exportTo(orgs, id, fx.outDir, kPass));
}

TEST_CASE("SR-22 a changed organization key blocks export in the app") {
  Fixture fx;
  auto& orgs = fx.orgs();
  const auto oldKeys = ex::OrgKeys::generate();
  const auto oldCard = makeCard(oldKeys);
  REQUIRE(orgs.loadCardText(cardText(oldCard)));
  REQUIRE(trustPending(orgs, kPass, true));
  const auto id = orgs.list().front().toMap().value("id").toString();

  // Same organization name, new keys: loud warning, stored unconfirmed, export blocked.
  const auto newKeys = ex::OrgKeys::generate();
  const auto newCard = makeCard(newKeys);
  REQUIRE(orgs.loadCardText(cardText(newCard)));
  CHECK(orgs.pending().value("change").toString() == QStringLiteral("keyChanged"));
  CHECK(orgs.pending().value("keyChanged").toBool());
  REQUIRE(orgs.savePending());
  auto org = orgs.org(id);
  CHECK(org.value("keyChanged").toBool());
  CHECK_FALSE(org.value("canSend").toBool());
  CHECK(org.value("previousSafetyNumber").toString() == QString::fromStdString(ex::safety_number(oldCard)));
  CHECK_FALSE(exportTo(orgs, id, fx.outDir, kPass));
  CHECK(orgs.errorMessage().contains(QStringLiteral("keys changed")));
  CHECK(fx.written().isEmpty());

  // Confirming the new number (passphrase again) lifts the block; the bundle is for the new keys.
  CHECK_FALSE(confirmOrg(orgs, id, kPass, false));
  REQUIRE(confirmOrg(orgs, id, kPass, true));
  CHECK_FALSE(orgs.org(id).value("keyChanged").toBool());
  REQUIRE(exportTo(orgs, id, fx.outDir, kPass));
  const auto path = QDir(fx.outDir).filePath(orgs.lastExportFile());
  const auto opened = openWith(path, newKeys);
  CHECK(opened.recipient_fingerprint == ex::recipient_fingerprint(newCard));
  std::ifstream in(QFile::encodeName(path).toStdString(), std::ios::binary);
  auto refused = ex::open_bundle(in, oldKeys, nullptr);
  REQUIRE_FALSE(refused);
  CHECK(refused.error().code == ex::ExchangeError::WrongRecipient);
}

TEST_CASE("SR-14 sending to an organization asks for the passphrase and writes a bundle it opens") {
  Fixture fx;
  auto& orgs = fx.orgs();
  const auto keys = ex::OrgKeys::generate();
  const auto card = makeCard(keys);
  REQUIRE(orgs.loadCardText(cardText(card)));
  REQUIRE(trustPending(orgs, kPass, true));
  const auto id = orgs.list().front().toMap().value("id").toString();

  CHECK_FALSE(exportTo(orgs, id, fx.outDir, QString()));
  CHECK_FALSE(exportTo(orgs, id, fx.outDir, QStringLiteral("wrong passphrase!")));
  CHECK(fx.written().isEmpty());
  CHECK_FALSE(exportTo(orgs, id, fx.tmp.filePath(QStringLiteral("missing")), kPass));

  REQUIRE(exportTo(orgs, id, QUrl::fromLocalFile(fx.outDir).toString(), kPass));
  CHECK(orgs.lastExportOrg() == QStringLiteral("Legal Aid Hotline"));
  CHECK(orgs.lastExportFile().endsWith(QStringLiteral(".amparo")));
  REQUIRE(fx.written() == QStringList{orgs.lastExportFile()});
  const auto opened = openWith(QDir(fx.outDir).filePath(orgs.lastExportFile()), keys);
  REQUIRE(opened.notes.size() == 1);
  CHECK(opened.notes.front().revisions.size() == 1);

  // A second export does not overwrite the first.
  REQUIRE(exportTo(orgs, id, fx.outDir, kPass));
  CHECK(fx.written().size() == 2);
}

// Counts timer ticks on the GUI thread: they only fire while its event loop runs.
struct Ticker {
  QTimer timer;
  int ticks = 0;
  Ticker() {
    QObject::connect(&timer, &QTimer::timeout, [this] { ++ticks; });
    timer.start(10);
  }
};

TEST_CASE("SR-14 trusting an organization checks the passphrase off the GUI thread") {
  Fixture fx;
  auto& orgs = fx.orgs();
  REQUIRE(orgs.loadCardText(cardText(makeCard(ex::OrgKeys::generate()))));
  int busyChanges = 0;
  QObject::connect(&orgs, &OrgsBridge::busyChanged, [&] { ++busyChanges; });
  std::optional<bool> result;
  QEventLoop loop;
  QObject::connect(&orgs, &OrgsBridge::trustFinished, &loop, [&](bool ok) {
    result = ok;
    loop.quit();
  });
  Ticker ticker;
  REQUIRE(orgs.trustPending(kPass, true));
  // Started, not done: the answer comes through the event loop.
  CHECK(orgs.busy());
  CHECK(fx.vault->busy());
  CHECK_FALSE(result.has_value());
  CHECK(orgs.list().isEmpty());
  CHECK(busyChanges == 1);
  // Double submit: refused while the first check runs (no second answer follows).
  CHECK_FALSE(orgs.trustPending(kPass, true));
  QTimer::singleShot(30000, &loop, &QEventLoop::quit);
  loop.exec();
  REQUIRE(result.has_value());
  CHECK(*result);
  CHECK(ticker.ticks >= 3);  // the GUI thread kept running during Argon2id
  CHECK_FALSE(orgs.busy());
  CHECK_FALSE(fx.vault->busy());
  CHECK(busyChanges == 2);
  REQUIRE(orgs.list().size() == 1);
  CHECK(orgs.list().front().toMap().value("confirmed").toBool());
  CHECK(orgs.pending().isEmpty());
  // The vault is handed back: it still works for notes.
  NoteDraft draft;
  draft.title = QStringLiteral("After trusting");
  CHECK_FALSE(fx.vault->saveNote(QString(), &draft).isEmpty());
}

TEST_CASE("SR-14 a wrong passphrase trusts nothing and says so") {
  Fixture fx;
  auto& orgs = fx.orgs();
  REQUIRE(orgs.loadCardText(cardText(makeCard(ex::OrgKeys::generate()))));
  REQUIRE_FALSE(trustPending(orgs, QStringLiteral("wrong passphrase!")));
  CHECK(orgs.errorMessage() == QStringLiteral("That passphrase is not right. Nothing was changed."));
  CHECK_FALSE(orgs.busy());
  CHECK(orgs.list().isEmpty());
  CHECK_FALSE(orgs.pending().isEmpty());  // still there to try again
  REQUIRE(trustPending(orgs, kPass));
  CHECK(orgs.errorMessage().isEmpty());
}

TEST_CASE("SR-14 SR-13 a lock during the passphrase check trusts nothing and writes nothing") {
  Fixture fx;
  auto& orgs = fx.orgs();
  const auto card = makeCard(ex::OrgKeys::generate());

  // Trust: locked while Argon2id runs; the late (right) answer must not store anything.
  REQUIRE(orgs.loadCardText(cardText(card)));
  REQUIRE_FALSE(finishes(orgs, &OrgsBridge::trustFinished, [&] {
    if (!orgs.trustPending(kPass, true)) return false;
    fx.vault->lock();
    return true;
  }));
  CHECK_FALSE(orgs.busy());
  CHECK_FALSE(fx.vault->unlocked());
  CHECK(orgs.list().isEmpty());
  REQUIRE(finishes(*fx.vault, &VaultBridge::unlockFinished, [&fx] { return fx.vault->unlock(kPass); }));
  orgs.reload();
  CHECK(orgs.list().isEmpty());

  // Send to: locked while the check runs; no bundle is left in the folder.
  REQUIRE(orgs.loadCardText(cardText(card)));
  REQUIRE(trustPending(orgs, kPass));
  const auto id = orgs.list().front().toMap().value("id").toString();
  REQUIRE_FALSE(finishes(orgs, &OrgsBridge::exportFinished, [&] {
    if (!orgs.exportTo(id, {}, fx.outDir, kPass)) return false;
    fx.vault->lock();
    return true;
  }));
  CHECK_FALSE(orgs.busy());
  CHECK(orgs.lastExportFile().isEmpty());
  CHECK(fx.written().isEmpty());
  // And the vault opens normally afterwards, with the organization still trusted.
  REQUIRE(finishes(*fx.vault, &VaultBridge::unlockFinished, [&fx] { return fx.vault->unlock(kPass); }));
  orgs.reload();
  REQUIRE(orgs.list().size() == 1);
  CHECK(exportTo(orgs, id, fx.outDir, kPass));
  CHECK(fx.written().size() == 1);
}

TEST_CASE("SR-13 SR-14 going to the background during the check locks, trusts and writes nothing") {
  Fixture fx;
  auto& orgs = fx.orgs();
  const auto card = makeCard(ex::OrgKeys::generate());
  int lockedNow = 0;
  QObject::connect(fx.vault.get(), &VaultBridge::lockedNow, [&] { ++lockedNow; });
  // As the platform says it: hidden while the check runs (the vault is lent to the worker).
  const auto toBackground = [&](bool started) {
    if (!started) return false;
    CHECK(orgs.busy());
    emit application().applicationStateChanged(Qt::ApplicationHidden);
    return true;
  };
  const auto backToForeground = [&] {
    emit application().applicationStateChanged(Qt::ApplicationActive);
    REQUIRE(finishes(*fx.vault, &VaultBridge::unlockFinished, [&fx] { return fx.vault->unlock(kPass); }));
    orgs.reload();
  };

  // Trust: the late (right) answer stores nothing.
  REQUIRE(orgs.loadCardText(cardText(card)));
  REQUIRE_FALSE(finishes(orgs, &OrgsBridge::trustFinished,
                         [&] { return toBackground(orgs.trustPending(kPass, true)); }));
  CHECK(lockedNow == 1);
  CHECK_FALSE(fx.vault->unlocked());
  CHECK_FALSE(fx.vault->busy());
  CHECK_FALSE(orgs.busy());
  CHECK(orgs.list().isEmpty());
  CHECK(orgs.pending().isEmpty());  // forgotten with the lock
  backToForeground();
  CHECK(orgs.list().isEmpty());

  // After unlocking again, trusting works.
  REQUIRE(orgs.loadCardText(cardText(card)));
  REQUIRE(trustPending(orgs, kPass));
  REQUIRE(orgs.list().size() == 1);
  const auto id = orgs.list().front().toMap().value("id").toString();

  // Send to: no bundle is left in the folder.
  REQUIRE_FALSE(finishes(orgs, &OrgsBridge::exportFinished,
                         [&] { return toBackground(orgs.exportTo(id, {}, fx.outDir, kPass)); }));
  CHECK(lockedNow == 2);
  CHECK_FALSE(fx.vault->unlocked());
  CHECK_FALSE(fx.vault->busy());
  CHECK_FALSE(orgs.busy());
  CHECK(orgs.lastExportFile().isEmpty());
  CHECK(fx.written().isEmpty());
  backToForeground();

  // After unlocking again, the organization is still trusted and sending works.
  REQUIRE(orgs.list().size() == 1);
  CHECK(orgs.list().front().toMap().value("confirmed").toBool());
  REQUIRE(exportTo(orgs, id, fx.outDir, kPass));
  CHECK(fx.written() == QStringList{orgs.lastExportFile()});
}

TEST_CASE("SR-14 sending runs off the GUI thread and the bundle is written") {
  Fixture fx;
  auto& orgs = fx.orgs();
  const auto keys = ex::OrgKeys::generate();
  REQUIRE(orgs.loadCardText(cardText(makeCard(keys))));
  REQUIRE(trustPending(orgs, kPass));
  const auto id = orgs.list().front().toMap().value("id").toString();
  int exportedSignals = 0;
  QObject::connect(&orgs, &OrgsBridge::exported, [&] { ++exportedSignals; });
  Ticker ticker;
  REQUIRE(finishes(orgs, &OrgsBridge::exportFinished, [&] {
    if (!orgs.exportTo(id, {}, fx.outDir, kPass)) return false;
    CHECK(orgs.busy());
    CHECK(fx.written().isEmpty());  // nothing yet: written on the worker after the check
    CHECK_FALSE(orgs.exportTo(id, {}, fx.outDir, kPass));  // double submit refused
    return true;
  }));
  CHECK(ticker.ticks >= 3);
  CHECK(exportedSignals == 1);
  CHECK_FALSE(orgs.busy());
  REQUIRE(fx.written() == QStringList{orgs.lastExportFile()});
  CHECK(QFileInfo(orgs.lastExportPath()).isFile());
  const auto opened = openWith(QDir(fx.outDir).filePath(orgs.lastExportFile()), keys);
  CHECK(opened.notes.size() == 1);
}

TEST_CASE("trusted organizations live inside the vault and leave memory on lock") {
  Fixture fx;
  auto& orgs = fx.orgs();
  const auto keys = ex::OrgKeys::generate();
  const auto card = makeCard(keys, "Centro \xD9\x85\xD8\xB3\xD8\xA7\xD8\xB9\xD8\xAF\xD8\xA9");
  // The file form is accepted too.
  const auto cardPath = fx.tmp.filePath(QStringLiteral("org.card"));
  {
    QFile f(cardPath);
    REQUIRE(f.open(QIODevice::WriteOnly));
    f.write(QByteArray::fromStdString(ex::card_file(card)));
  }
  REQUIRE(orgs.loadCardFile(QUrl::fromLocalFile(cardPath).toString()));
  REQUIRE(trustPending(orgs, kPass, true));
  fx.vault->lock();
  CHECK(orgs.list().isEmpty());
  CHECK_FALSE(orgs.loadCardText(cardText(card)));  // locked: refused
  REQUIRE(finishes(*fx.vault, &VaultBridge::unlockFinished, [&fx] { return fx.vault->unlock(kPass); }));
  orgs.reload();
  REQUIRE(orgs.list().size() == 1);
  CHECK(orgs.list().front().toMap().value("confirmed").toBool());
  // Remove.
  REQUIRE(orgs.removeOrg(orgs.list().front().toMap().value("id").toString()));
  CHECK(orgs.list().isEmpty());
  CHECK_FALSE(orgs.removeOrg(QStringLiteral("nobody")));
}

TEST_CASE("SR-21 the app refuses forged, expired and malformed cards") {
  Fixture fx;
  auto& orgs = fx.orgs();
  const auto keys = ex::OrgKeys::generate();
  auto card = makeCard(keys);
  card.hotline = "+1 555 0199";  // changed after signing
  CHECK_FALSE(orgs.loadCardText(cardText(card)));
  CHECK(orgs.errorMessage().contains(QStringLiteral("signature")));
  CHECK_FALSE(orgs.loadCardText(QStringLiteral("AMPARO-ORG1:not-a-card")));
  CHECK_FALSE(orgs.loadCardText(QStringLiteral("hello")));
  CHECK(orgs.pending().isEmpty());
}

#ifdef AMPARO_HAVE_ZXING
TEST_CASE("a card is read from a QR code image") {
  Fixture fx;
  auto& orgs = fx.orgs();
  const auto keys = ex::OrgKeys::generate();
  const auto card = makeCard(keys);
  const auto text = ex::card_text(card);
  ZXing::MultiFormatWriter writer(ZXing::BarcodeFormat::QRCode);
  writer.setMargin(4);
  const auto matrix = writer.encode(std::wstring(text.begin(), text.end()), 400, 400);
  QImage image(matrix.width(), matrix.height(), QImage::Format_Grayscale8);
  for (int y = 0; y < matrix.height(); ++y)
    for (int x = 0; x < matrix.width(); ++x)
      image.setPixel(x, y, matrix.get(x, y) ? qRgb(0, 0, 0) : qRgb(255, 255, 255));
  const auto png = fx.tmp.filePath(QStringLiteral("org-card.png"));
  REQUIRE(image.save(png));
  REQUIRE(orgs.loadCardImage(png));
  CHECK(orgs.pending().value("safetyNumber").toString() == QString::fromStdString(ex::safety_number(card)));
  const auto blank = fx.tmp.filePath(QStringLiteral("blank.png"));
  QImage white(200, 200, QImage::Format_Grayscale8);
  white.fill(Qt::white);
  REQUIRE(white.save(blank));
  CHECK_FALSE(orgs.loadCardImage(blank));
}
#endif
