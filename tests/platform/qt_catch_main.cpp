// Catch2 main for the Qt-based platform tests: a QGuiApplication on the offscreen platform (the
// lifecycle monitor and the QtKeychain jobs need an event loop), then libsodium, then the tests.
#define CATCH_CONFIG_RUNNER
#include <QGuiApplication>
#include <catch2/catch.hpp>

#include "crypto/init.h"

int main(int argc, char* argv[]) {
  if (!qEnvironmentVariableIsSet("QT_QPA_PLATFORM")) qputenv("QT_QPA_PLATFORM", "offscreen");
  QGuiApplication app(argc, argv);
  if (!amparo::crypto::initialize()) return 2;
  return Catch::Session().run(argc, argv);
}
