#include "appbootstrap.h"

#include <QCoreApplication>
#include <QDir>
#include <QFontDatabase>
#include <QGuiApplication>
#include <QQmlApplicationEngine>
#include <QQmlComponent>
#include <QQuickStyle>
#include <QQuickWindow>
#include <QStandardPaths>
#include <QTimer>
#include <cstdio>
#include <cstdlib>
#include <functional>
#include <future>
#include <thread>

#include "appsettings.h"
#include "crypto/init.h"
#include "languagecontroller.h"
#include "networkguard.h"
#include "passphrasetools.h"
#include "platformbridge.h"
#include "readaloud.h"
#include "rightsbridge.h"
#include "vaultbridge.h"

#ifdef AMPARO_PLATFORM_AVAILABLE
#include "platform/hardening/process_hardening.h"
#include "platform/keystore/keychain_secret_store.h"
#include "platform/lifecycle/lifecycle_monitor.h"
#include "platform/screen/screen_security.h"
#endif
#ifdef AMPARO_VAULT_AVAILABLE
#include "vault/vault.h"
#endif
#ifdef AMPARO_RIGHTS_AVAILABLE
#include "rights/pack.h"
#if defined(AMPARO_RIGHTS_BUILTIN_AVAILABLE)
#include "rights/builtin.h"
#define AMPARO_HAVE_BUILTIN_PACK 1
#endif
#endif

namespace amparo::ui {

const QStringList& LaunchOptions::screens() {
  static const QStringList kScreens{QStringLiteral("home"), QStringLiteral("encounter"),
                                    QStringLiteral("guide"), QStringLiteral("notes"),
                                    QStringLiteral("settings")};
  return kScreens;
}

std::optional<LaunchOptions> LaunchOptions::parse(const QStringList& arguments, QString& error) {
  LaunchOptions o;
  for (qsizetype i = 1; i < arguments.size(); ++i) {
    const QString& a = arguments[i];
    auto value = [&](const char* name) -> std::optional<QString> {
      if (i + 1 >= arguments.size()) {
        error = QStringLiteral("%1 needs a value").arg(QLatin1String(name));
        return std::nullopt;
      }
      return arguments[++i];
    };
    if (a == QLatin1String("--lang")) {
      auto v = value("--lang");
      if (!v) return std::nullopt;
      if (!LanguageController::isSupported(*v)) {
        error = QStringLiteral("unknown language '%1' (known: %2)")
                    .arg(*v, LanguageController::supportedCodes().join(QStringLiteral(", ")));
        return std::nullopt;
      }
      o.language = *v;
      o.commandLine = true;
    } else if (a == QLatin1String("--screen")) {
      auto v = value("--screen");
      if (!v) return std::nullopt;
      if (!screens().contains(*v)) {
        error = QStringLiteral("unknown screen '%1' (known: %2)").arg(*v, screens().join(QLatin1Char('|')));
        return std::nullopt;
      }
      o.screen = *v;
      o.commandLine = true;
    } else if (a == QLatin1String("--situation")) {
      auto v = value("--situation");
      if (!v) return std::nullopt;
      o.situation = *v;
      o.commandLine = true;
    } else if (a == QLatin1String("--status")) {
      auto v = value("--status");
      if (!v) return std::nullopt;
      o.status = *v;
      o.commandLine = true;
    } else if (a == QLatin1String("--screenshot")) {
      auto v = value("--screenshot");
      if (!v) return std::nullopt;
      o.screenshot = *v;
    } else if (a == QLatin1String("--self-test")) {
      o.selfTest = true;
      o.commandLine = true;
    } else if (a == QLatin1String("--help") || a == QLatin1String("-h")) {
      error = QStringLiteral(
          "usage: amparo [--lang en|es|ar] [--screen home|encounter|guide|notes|settings]\n"
          "              [--situation ID] [--status ID] [--screenshot FILE.png] | --self-test");
      return std::nullopt;
    } else {
      error = QStringLiteral("unknown argument '%1' (try --help)").arg(a);
      return std::nullopt;
    }
  }
  return o;
}

#if defined(AMPARO_HAVE_BUILTIN_PACK)
namespace {
// The built-in pack, loaded and verified on the start-up thread (see Services::warmUp); RightsBridge
// takes it when QML first needs the content.
std::shared_future<rights::RightsResult<rights::Pack>>& packPrefetch() {
  static std::shared_future<rights::RightsResult<rights::Pack>> prefetch;
  return prefetch;
}
rights::RightsResult<rights::Pack> takeBuiltinPack() {
  const auto& prefetch = packPrefetch();
  if (prefetch.valid()) {
    try {
      return prefetch.get();
    } catch (const std::exception&) {
      // The start-up thread failed (out of memory): try once more here.
    }
  }
  return rights::builtin_pack();
}
}  // namespace
#endif

struct AppBootstrap::Services {
#ifdef AMPARO_PLATFORM_AVAILABLE
  std::unique_ptr<platform::LifecycleMonitor> lifecycle;
  std::unique_ptr<platform::KeychainSecretStore> keystore;
  std::unique_ptr<platform::ScreenSecurity> screen;
  std::unique_ptr<platform::KeepAwake> awake;
#endif
#ifdef AMPARO_RIGHTS_AVAILABLE
  std::optional<rights::Pack> pack;
#endif
  RefusingNetworkFactory networkFactory;
  // What the first screen needs besides its QML, prepared on another core while the QML loads:
  // Qt's font database (fontconfig; QFontDatabase is thread-safe), then the built-in rights pack.
  // One thread, one after the other: on a two-core phone a third busy thread would take turns
  // with the GUI thread and the QML loader, and the first frame would wait for them.
  std::jthread warmUp;
};

void AppBootstrap::prepareProcess() {
#ifdef AMPARO_PLATFORM_AVAILABLE
  (void)platform::harden_process();
#endif
  if (!crypto::initialize()) {
    std::fprintf(stderr, "amparo: libsodium could not be initialised\n");
    std::abort();
  }
  // SR-33: the QML is compiled ahead of time into the binary (qmlcachegen) and nothing is ever
  // written to a disk cache. Qt 6.4's QML_DISABLE_DISK_CACHE would also skip the compiled-in code
  // (every file would be parsed and compiled at each start), so the cache stays enabled for reading
  // the compiled-in units but points at a folder that cannot exist: no .qmlc file can be written.
  if (!qEnvironmentVariableIsSet("QML_DISABLE_DISK_CACHE"))
    qputenv("QML_DISK_CACHE_PATH", "/dev/null/amparo-no-qml-cache");
  QQuickStyle::setStyle(QStringLiteral("Material"));
  QCoreApplication::setOrganizationName(QStringLiteral("Amparo"));
  QCoreApplication::setApplicationName(QStringLiteral("amparo"));
#ifdef AMPARO_VAULT_AVAILABLE
  (void)vault::initialize_sqlite();
#endif
}

AppBootstrap::AppBootstrap(LaunchOptions options, QObject* parent)
    : QObject(parent), options_(std::move(options)), services_(std::make_unique<Services>()) {}

AppBootstrap::~AppBootstrap() {
  engine_.reset();  // QML goes first: it references every service
}

QQuickWindow* AppBootstrap::window() const {
  if (!engine_ || engine_->rootObjects().isEmpty()) return nullptr;
  return qobject_cast<QQuickWindow*>(engine_->rootObjects().constFirst());
}

bool AppBootstrap::buildServices() {
  if (QGuiApplication::platformName() == QLatin1String("offscreen") ||
      QGuiApplication::platformName() == QLatin1String("minimal")) {
    QQuickWindow::setGraphicsApi(QSGRendererInterface::Software);
  }
  startWarmUp();
  settings_ = std::make_unique<AppSettings>(!options_.commandLine);
  language_ = std::make_unique<LanguageController>(*settings_);
  const QString code = !options_.language.isEmpty()  ? options_.language
                       : settings_->languageChosen() ? settings_->language()
                                                     : QStringLiteral("en");
  if (!language_->apply(code)) {
    std::fprintf(stderr, "amparo: translations for '%s' are missing from this build\n", qPrintable(code));
    return false;
  }

  platform::LifecycleMonitor* monitor = nullptr;
  platform::ScreenSecurity* screen = nullptr;
  platform::KeepAwake* awake = nullptr;
  vault::DeviceSecretStore* device = nullptr;
#ifdef AMPARO_PLATFORM_AVAILABLE
  services_->lifecycle = std::make_unique<platform::LifecycleMonitor>();
  services_->lifecycle->attach();
  monitor = services_->lifecycle.get();
  services_->screen = platform::make_screen_security();
  services_->awake = platform::make_keep_awake();
  screen = services_->screen.get();
  awake = services_->awake.get();
  if (!qEnvironmentVariableIsSet("AMPARO_NO_KEYSTORE")) {
    services_->keystore = std::make_unique<platform::KeychainSecretStore>();
    if (services_->keystore->available()) device = services_->keystore.get();
  }
#endif
  platform_ = std::make_unique<PlatformBridge>(*settings_, monitor, screen, awake);

  const QString dataDir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
  QDir().mkpath(dataDir);
  QFile::setPermissions(dataDir, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
  vault_ = std::make_unique<VaultBridge>(std::filesystem::path(dataDir.toStdString()) / "vault", device);

#if defined(AMPARO_HAVE_BUILTIN_PACK)
  rights_ = std::make_unique<RightsBridge>(
      [services = services_.get()](QString& error) -> const rights::Pack* {
        auto loaded = takeBuiltinPack();
        if (!loaded) {
          error = QString::fromStdString(rights::to_string(loaded.error()));
          return nullptr;
        }
        services->pack.emplace(std::move(loaded).value());
        return &*services->pack;
      },
      *language_);
#else
  rights_ = std::make_unique<RightsBridge>(
      nullptr, QStringLiteral("rights content is not part of this build"), *language_);
#endif

  AppSettings::setInstance(settings_.get());
  LanguageController::setInstance(language_.get());
  PlatformBridge::setInstance(platform_.get());
  VaultBridge::setInstance(vault_.get());
  RightsBridge::setInstance(rights_.get());

  return true;
}

void AppBootstrap::startWarmUp() {
  if (services_->warmUp.joinable()) return;
#if defined(AMPARO_HAVE_BUILTIN_PACK)
  auto pack = std::make_shared<std::promise<rights::RightsResult<rights::Pack>>>();
  if (!packPrefetch().valid()) packPrefetch() = pack->get_future().share();
  // The fonts first: the first screen's text needs them before it needs the pack.
  services_->warmUp = std::jthread([pack] {
    (void)QFontDatabase::families();
    try {
      pack->set_value(rights::builtin_pack());
    } catch (...) {
      pack->set_exception(std::current_exception());
    }
  });
#else
  services_->warmUp = std::jthread([] { (void)QFontDatabase::families(); });
#endif
}

void AppBootstrap::configureEngine(QQmlEngine& engine) {
  engine.setNetworkAccessManagerFactory(&services_->networkFactory);  // SR-36
  engine.addImportPath(QStringLiteral("qrc:/"));
#ifdef AMPARO_QML_INSTALL_RELDIR
  // Our own QML modules (Amparo.Scan), installed: <prefix>/bin/amparo finds them in
  // <prefix>/<libdir>/amparo/qml, relative to the executable so any prefix works. In the build tree
  // they sit next to the app, a folder Qt always searches; this one does not exist there.
  const QDir installed(QCoreApplication::applicationDirPath() + QLatin1Char('/') +
                       QStringLiteral(AMPARO_QML_INSTALL_RELDIR));
  if (installed.exists()) engine.addImportPath(installed.canonicalPath());
#endif
  language_->setEngine(&engine);
}

bool AppBootstrap::start() {
  if (!buildServices()) return false;
  engine_ = std::make_unique<QQmlApplicationEngine>();
  configureEngine(*engine_);
  if (options_.selfTest) return true;

  QString screen = options_.screen;
  // First start asks for the language, except for a headless screenshot (scripts/run), which shows Home.
  if (!options_.commandLine && !settings_->languageChosen() && options_.screenshot.isEmpty()) {
    screen = QStringLiteral("language");
  }
  if (!options_.situation.isEmpty() && !rights_->hasSituation(options_.situation) && rights_->available()) {
    std::fprintf(stderr, "amparo: unknown situation '%s'\n", qPrintable(options_.situation));
    return false;
  }
  if (!options_.status.isEmpty() && !rights_->hasStatus(options_.status) && rights_->available()) {
    std::fprintf(stderr, "amparo: unknown status '%s'\n", qPrintable(options_.status));
    return false;
  }
  // quickStart: Home and the encounter card are drawn first, on their own (plain Qt Quick); the
  // navigation and the screens that use Qt Quick Controls load after that first frame (Main.qml).
  engine_->setInitialProperties({{QStringLiteral("startScreen"), screen},
                                 {QStringLiteral("startSituation"), options_.situation},
                                 {QStringLiteral("startStatus"), options_.status},
                                 {QStringLiteral("quickStart"), true},
                                 {QStringLiteral("width"), options_.windowSize.width()},
                                 {QStringLiteral("height"), options_.windowSize.height()}});
  engine_->load(QUrl(QStringLiteral("qrc:/Amparo/App/Main.qml")));
  QQuickWindow* w = window();
  if (!w) {
    std::fprintf(stderr, "amparo: the main window could not be loaded\n");
    return false;
  }
  // Once the first frame is on screen, the rest of the app loads in the background (a no-op if it
  // has loaded already). Queued: frameSwapped may come from the render thread.
  auto first = std::make_shared<QMetaObject::Connection>();
  *first = connect(
      w, &QQuickWindow::frameSwapped, this,
      [w, first] {
        disconnect(*first);
        QMetaObject::invokeMethod(w, "loadShell");
      },
      Qt::QueuedConnection);
  if (!options_.screenshot.isEmpty()) {
    screenshotNextFrame(options_.screenshot, [](bool ok) { QCoreApplication::exit(ok ? 0 : 1); });
  }
  return true;
}

void AppBootstrap::screenshotNextFrame(const QString& file, std::function<void(bool)> done) {
  QQuickWindow* w = window();
  if (!w) {
    done(false);
    return;
  }
  // Wait for two swapped frames (first layout, then the settled scene), then grab.
  auto frames = std::make_shared<int>(0);
  auto connection = std::make_shared<QMetaObject::Connection>();
  *connection = connect(w, &QQuickWindow::frameSwapped, this, [this, w, file, done, frames, connection] {
    if (++*frames < 2) {
      w->requestUpdate();
      return;
    }
    disconnect(*connection);
    QTimer::singleShot(0, this, [w, file, done] {
      const QImage image = w->grabWindow();
      const bool ok = !image.isNull() && image.save(file, "PNG");
      if (!ok) std::fprintf(stderr, "amparo: could not write %s\n", qPrintable(file));
      done(ok);
    });
  });
  w->requestUpdate();
}

int AppBootstrap::runSelfTest() {
  int failures = 0;
  QDir dir(QStringLiteral(":/Amparo/App"));
  const QStringList files = dir.entryList({QStringLiteral("*.qml")}, QDir::Files, QDir::Name);
  if (files.isEmpty()) {
    std::fprintf(stderr, "self-test: no QML files in the module\n");
    return 1;
  }
  for (const QString& f : files) {
    if (f == QLatin1String("Theme.qml")) continue;  // singleton, created through its users
    QQmlComponent component(engine_.get(), QUrl(QStringLiteral("qrc:/Amparo/App/") + f));
    QVariantMap initial;
    if (f == QLatin1String("Main.qml")) {
      initial = {{QStringLiteral("startScreen"), QStringLiteral("home")},
                 {QStringLiteral("startSituation"), QString()}};
    }
    std::unique_ptr<QObject> object(component.isReady() ? component.createWithInitialProperties(initial)
                                                        : nullptr);
    if (!object) {
      std::fprintf(stderr, "self-test: %s: %s\n", qPrintable(f), qPrintable(component.errorString()));
      ++failures;
    } else {
      std::printf("self-test: %s ok\n", qPrintable(f));
    }
  }
  return failures == 0 ? 0 : 1;
}

}  // namespace amparo::ui
