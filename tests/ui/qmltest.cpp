// One Qt Quick Test runner for tests/ui/tst_*.qml. The QML engine is set up by the app's own
// bootstrap (services, singletons, network refusal), so the tests exercise the real bridge.
#include <QtQml/qqmlextensionplugin.h>

#include <QDir>
#include <QQmlEngine>
#include <QtQuickTest>
#include <memory>

#include "appbootstrap.h"

Q_IMPORT_QML_PLUGIN(Amparo_AppPlugin)

class Setup : public QObject {
  Q_OBJECT
 public slots:
  void applicationAvailable() {
    // A fresh profile per run: the test's own folder (never a real home).
    const QString home = qEnvironmentVariable("AMPARO_TEST_HOME");
    if (home.isEmpty() || !home.contains(QLatin1String("home-")))
      qFatal("AMPARO_TEST_HOME must name the test's folder");
    QDir(home).removeRecursively();
    QDir().mkpath(home);
    QDir().mkpath(qEnvironmentVariable("XDG_RUNTIME_DIR"));
    QFile::setPermissions(qEnvironmentVariable("XDG_RUNTIME_DIR"),
                          QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    amparo::ui::LaunchOptions options;
    options.commandLine = true;  // never write settings
    options.language = QStringLiteral("en");
    bootstrap_ = std::make_unique<amparo::ui::AppBootstrap>(options);
    if (!bootstrap_->buildServices()) qFatal("bootstrap failed");
  }
  void qmlEngineAvailable(QQmlEngine* engine) { bootstrap_->configureEngine(*engine); }
  // Services go while the application still exists.
  void cleanupTestCase() { bootstrap_.reset(); }

 private:
  std::unique_ptr<amparo::ui::AppBootstrap> bootstrap_;
};

int main(int argc, char** argv) {
  amparo::ui::AppBootstrap::prepareProcess();
  QTEST_SET_MAIN_SOURCE_PATH
  Setup setup;
  return quick_test_main_with_setup(argc, argv, "amparo_ui", QUICK_TEST_SOURCE_DIR, &setup);
}

#include "qmltest.moc"
