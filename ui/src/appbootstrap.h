// The one place where the app's objects are built and wired (STYLE §4). main.cpp, the
// end-to-end test and the --self-test all start the app through this class, so they run the
// same code: process hardening, settings, language, platform, vault, rights content, the QML
// engine with its network refusal (SR-36), and the first screen.
#pragma once

#include <QObject>
#include <QSize>
#include <QString>
#include <QStringList>
#include <memory>
#include <optional>

class QQmlApplicationEngine;
class QQmlEngine;
class QQuickWindow;

namespace amparo::ui {

class AppSettings;
class LanguageController;
class PlatformBridge;
class VaultBridge;
class RightsBridge;

struct LaunchOptions {
  QString language;                         // --lang; empty = the saved one (or the picker on first start)
  QString screen = QStringLiteral("home");  // --screen
  QString situation;                        // --situation
  QString status;                           // --status (the encounter card's; memory only)
  QString screenshot;                       // --screenshot FILE.png
  bool selfTest = false;                    // --self-test
  bool commandLine = false;                 // --lang or --screen given: settings are read-only this run
  QSize windowSize{360, 780};

  static const QStringList& screens();
  // Parses the application's arguments (argv[0] first). On error returns nullopt and sets `error`.
  [[nodiscard]] static std::optional<LaunchOptions> parse(const QStringList& arguments, QString& error);
};

class AppBootstrap : public QObject {
  Q_OBJECT
 public:
  // Before QGuiApplication: no QML disk cache (SR-33), Material style, process hardening (SR-34),
  // SQLite's zeroing allocator (SR-9).
  static void prepareProcess();

  explicit AppBootstrap(LaunchOptions options, QObject* parent = nullptr);
  ~AppBootstrap() override;

  // Builds the services and loads the QML. False (with a message on stderr) on failure.
  [[nodiscard]] bool start();
  // The two halves of start(), for tests that bring their own engine (Qt Quick Test):
  // the services and QML singletons, then an engine's network refusal and import path.
  [[nodiscard]] bool buildServices();
  // Starts Services::warmUp (fonts, then the built-in pack); needs the QGuiApplication.
  void startWarmUp();
  void configureEngine(QQmlEngine& engine);
  // --self-test: every QML file of the module compiles and instantiates without a warning.
  [[nodiscard]] int runSelfTest();

  [[nodiscard]] QQmlApplicationEngine& engine() { return *engine_; }
  [[nodiscard]] QQuickWindow* window() const;
  [[nodiscard]] VaultBridge& vault() { return *vault_; }
  [[nodiscard]] LanguageController& language() { return *language_; }
  [[nodiscard]] AppSettings& settings() { return *settings_; }
  [[nodiscard]] const LaunchOptions& options() const { return options_; }

  // Renders the next complete frame of the window to `file` (PNG). Calls `done(ok)` afterwards.
  void screenshotNextFrame(const QString& file, std::function<void(bool)> done);

 private:
  struct Services;
  LaunchOptions options_;
  std::unique_ptr<Services> services_;
  std::unique_ptr<AppSettings> settings_;
  std::unique_ptr<LanguageController> language_;
  std::unique_ptr<PlatformBridge> platform_;
  std::unique_ptr<VaultBridge> vault_;
  std::unique_ptr<RightsBridge> rights_;
  std::unique_ptr<QQmlApplicationEngine> engine_;
};

}  // namespace amparo::ui
