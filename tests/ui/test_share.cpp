// "Send to…" hand-off (issue 6): the platform share sheet (platform/share) and the bridge QML sees
// (Platform.shareFile / showInFolder). The desktop has no share sheet and says so (Unsupported,
// SR-38); a share sheet that exists gets the bundle's absolute path; chosen paths are never
// written to settings (SR-33).
#define CATCH_CONFIG_RUNNER
#include <QDirIterator>
#include <QFile>
#include <QGuiApplication>
#include <QSettings>
#include <QTemporaryDir>
#include <catch2/catch.hpp>

#include "appsettings.h"
#include "platform/share/share_sheet.h"
#include "platformbridge.h"

namespace pf = amparo::platform;
using amparo::ui::AppSettings;
using amparo::ui::PlatformBridge;

namespace {

QString writeBundle(const QTemporaryDir& dir) {
  const QString path = dir.filePath(QStringLiteral("amparo-20260101-000000.amparo"));
  QFile f(path);
  REQUIRE(f.open(QIODevice::WriteOnly));
  f.write("sealed bytes");
  return path;
}

// Every file under the settings folders: none may mention `needle`.
bool settingsMention(const QString& needle) {
  for (const auto& root : {qEnvironmentVariable("XDG_CONFIG_HOME"), qEnvironmentVariable("HOME")}) {
    if (root.isEmpty()) continue;
    QDirIterator it(root, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
      QFile f(it.next());
      if (f.open(QIODevice::ReadOnly) && f.readAll().contains(needle.toUtf8())) return true;
    }
  }
  return false;
}

}  // namespace

TEST_CASE("SR-38 the desktop has no share sheet and says so") {
  auto sheet = pf::make_share_sheet();
  REQUIRE(sheet);
  CHECK_FALSE(sheet->available());
  QTemporaryDir dir;
  const auto result = sheet->share(writeBundle(dir), QString::fromLatin1(pf::kBundleMimeType));
  REQUIRE_FALSE(result);
  CHECK(result.error().code == pf::PlatformError::Unsupported);
}

TEST_CASE("SR-33 Platform.shareFile hands the bundle to the share sheet, no path in settings") {
  QTemporaryDir dir;
  const QString bundle = writeBundle(dir);
  AppSettings settings(false);
  PlatformBridge bridge(settings, nullptr, nullptr, nullptr);

  // Desktop: nothing to show; the page offers "Show in folder" instead.
  CHECK_FALSE(bridge.shareSheetAvailable());
  CHECK(bridge.shareFile(bundle) == QStringLiteral("unsupported"));
  CHECK(bridge.desktop());

  // A platform with a share sheet (the fake records what it was given).
  pf::FakeShareSheet fake;
  bridge.setShareSheet(&fake);
  CHECK(bridge.shareSheetAvailable());
  CHECK(bridge.shareFile(QUrl::fromLocalFile(bundle).toString()) == QStringLiteral("shown"));
  REQUIRE(fake.shared().size() == 1);
  CHECK(fake.shared().front() == QFileInfo(bundle).absoluteFilePath());
  CHECK(bridge.shareFile(dir.filePath(QStringLiteral("missing.amparo"))) == QStringLiteral("failed"));
  CHECK(fake.shared().size() == 1);

  pf::FakeShareSheet refusing(false);
  bridge.setShareSheet(&refusing);
  CHECK(bridge.shareFile(bundle) == QStringLiteral("unsupported"));
  bridge.setShareSheet(nullptr);  // back to the platform's own
  CHECK_FALSE(bridge.shareSheetAvailable());

  // "Show in folder" refuses what is not a folder (a real one would open the file manager).
  CHECK_FALSE(bridge.showInFolder(QString()));
  CHECK_FALSE(bridge.showInFolder(dir.filePath(QStringLiteral("no/such/folder/file.amparo"))));

  // SR-33: the chosen folder and file are not in any settings file.
  QSettings().sync();
  CHECK_FALSE(settingsMention(dir.path()));
}

int main(int argc, char* argv[]) {
  if (!qEnvironmentVariableIsSet("QT_QPA_PLATFORM")) qputenv("QT_QPA_PLATFORM", "offscreen");
  QGuiApplication app(argc, argv);
  return Catch::Session().run(argc, argv);
}
