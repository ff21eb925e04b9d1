// The fresh profile every UI test runs in: the folder AMPARO_TEST_HOME names (set per test by
// tests/ui/CMakeLists.txt, never a real home), emptied, with its private XDG_RUNTIME_DIR.
#pragma once

#include <QDir>
#include <QFile>
#include <QString>

namespace amparo::ui::test {

// False (nothing touched) when AMPARO_TEST_HOME does not name a test folder.
[[nodiscard]] inline bool resetTestHome() {
  const QString home = qEnvironmentVariable("AMPARO_TEST_HOME");
  if (!home.contains(QLatin1String("home-"))) return false;
  QDir(home).removeRecursively();
  const QString run = home + QStringLiteral("/run");
  QDir().mkpath(run);
  QFile::setPermissions(run, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
  return true;
}

}  // namespace amparo::ui::test
