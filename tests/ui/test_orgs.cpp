// The app's trusted-organization and "Send to…" bridge (Vault.orgs, issue 6): SR-14 re-auth,
// SR-22 confirmation gate and key change, bundles that core/exchange opens with the org's key.
#include <QCoreApplication>
#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QImage>
#include <QTemporaryDir>
#include <QTimer>
#include <catch2/catch.hpp>
#include <fstream>
#include <functional>

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
using amparo::ui::VaultBridge;
namespace ex = amparo::exchange;

namespace {

const QString kPass = QStringLiteral("correct horse battery staple");

// The bridge runs Argon2id on a worker thread and answers through the event loop.
QCoreApplication& application() {
  static int argc = 1;
  static char name[] = "test_ui_orgs";
  static char* argv[] = {name, nullptr};
  static QCoreApplication app(argc, argv);
  return app;
}

// Runs `start` (an asynchronous vault call) and waits for `finished`; the call's result.
template <class Signal>
bool finishes(VaultBridge& vault, Signal finished, const std::function<bool()>& start) {
  (void)application();
  bool ok = false;
  QEventLoop loop;
  QObject::connect(&vault, finished, &loop, [&](bool result) {
    ok = result;
    loop.quit();
  });
  if (!start()) return false;
  QTimer::singleShot(30000, &loop, &QEventLoop::quit);
  loop.exec();
  return ok;
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

  CHECK_FALSE(orgs.trustPending(QString(), true));                            // no passphrase
  CHECK_FALSE(orgs.trustPending(QStringLiteral("wrong passphrase!"), true));  // wrong passphrase
  CHECK_FALSE(orgs.errorMessage().isEmpty());
  CHECK_FALSE(orgs.trustPending(kPass, false));  // not compared aloud
  CHECK(orgs.list().isEmpty());                  // nothing stored by any refused attempt

  REQUIRE(orgs.trustPending(kPass, true));
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
  CHECK_FALSE(orgs.exportTo(id, {}, fx.outDir, kPass));
  CHECK(fx.written().isEmpty());
  CHECK_FALSE(orgs.confirmOrg(id, QStringLiteral("wrong passphrase!"), true));
  REQUIRE(orgs.confirmOrg(id, kPass, true));
  CHECK(orgs.exportTo(id, {}, fx.outDir, kPass));
}

TEST_CASE("SR-22 a changed organization key blocks export in the app") {
  Fixture fx;
  auto& orgs = fx.orgs();
  const auto oldKeys = ex::OrgKeys::generate();
  const auto oldCard = makeCard(oldKeys);
  REQUIRE(orgs.loadCardText(cardText(oldCard)));
  REQUIRE(orgs.trustPending(kPass, true));
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
  CHECK_FALSE(orgs.exportTo(id, {}, fx.outDir, kPass));
  CHECK(orgs.errorMessage().contains(QStringLiteral("keys changed")));
  CHECK(fx.written().isEmpty());

  // Confirming the new number (passphrase again) lifts the block; the bundle is for the new keys.
  CHECK_FALSE(orgs.confirmOrg(id, kPass, false));
  REQUIRE(orgs.confirmOrg(id, kPass, true));
  CHECK_FALSE(orgs.org(id).value("keyChanged").toBool());
  REQUIRE(orgs.exportTo(id, {}, fx.outDir, kPass));
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
  REQUIRE(orgs.trustPending(kPass, true));
  const auto id = orgs.list().front().toMap().value("id").toString();

  CHECK_FALSE(orgs.exportTo(id, {}, fx.outDir, QString()));
  CHECK_FALSE(orgs.exportTo(id, {}, fx.outDir, QStringLiteral("wrong passphrase!")));
  CHECK(fx.written().isEmpty());
  CHECK_FALSE(orgs.exportTo(id, {}, fx.tmp.filePath(QStringLiteral("missing")), kPass));

  REQUIRE(orgs.exportTo(id, {}, QUrl::fromLocalFile(fx.outDir).toString(), kPass));
  CHECK(orgs.lastExportOrg() == QStringLiteral("Legal Aid Hotline"));
  CHECK(orgs.lastExportFile().endsWith(QStringLiteral(".amparo")));
  REQUIRE(fx.written() == QStringList{orgs.lastExportFile()});
  const auto opened = openWith(QDir(fx.outDir).filePath(orgs.lastExportFile()), keys);
  REQUIRE(opened.notes.size() == 1);
  CHECK(opened.notes.front().revisions.size() == 1);

  // A second export does not overwrite the first.
  REQUIRE(orgs.exportTo(id, {}, fx.outDir, kPass));
  CHECK(fx.written().size() == 2);
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
  REQUIRE(orgs.trustPending(kPass, true));
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
