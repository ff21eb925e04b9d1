// amparo: the Qt Quick app. Everything is built by AppBootstrap (ui/src/appbootstrap.h).
#include <QtQml/qqmlextensionplugin.h>

#include <QGuiApplication>
#include <cstdio>

#include "appbootstrap.h"

Q_IMPORT_QML_PLUGIN(Amparo_AppPlugin)

int main(int argc, char* argv[]) {
  amparo::ui::AppBootstrap::prepareProcess();
  QGuiApplication app(argc, argv);
  QString error;
  const auto options = amparo::ui::LaunchOptions::parse(QCoreApplication::arguments(), error);
  if (!options) {
    std::fprintf(stderr, "amparo: %s\n", qPrintable(error));
    return 2;
  }
  amparo::ui::AppBootstrap bootstrap(*options);
  if (!bootstrap.start()) return 1;
  if (options->selfTest) return bootstrap.runSelfTest();
  return QGuiApplication::exec();
}
