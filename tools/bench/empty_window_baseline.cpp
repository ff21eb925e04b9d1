// empty_window_baseline [--controls | --text] FILE.png: the baseline of bench_startup. An empty Qt Quick
// window (a Window holding one empty Item, 360×780 like the app's default) started the way ui/main.cpp starts
// the app: QGuiApplication, QQmlApplicationEngine, the software scene graph on the offscreen and minimal
// platforms, no QML disk cache. It then ends exactly as `amparo --screenshot FILE.png` does
// (AppBootstrap::screenshotNextFrame): after the second swapped frame it grabs the window, writes
// FILE.png and exits. With --controls (a context row, not the baseline): an empty Qt Quick
// Controls ApplicationWindow holding one empty Page, in the Material style the app uses. With --text
// (another context row): the empty window plus one wrapped line of text in the app's font, i.e. what
// drawing any text costs (Qt's font database: fontconfig, FreeType, HarfBuzz).
// Not run on its own by scripts/bench (not named bench_*).
#include <QGuiApplication>
#include <QImage>
#include <QQmlApplicationEngine>
#include <QQuickStyle>
#include <QQuickWindow>
#include <QTimer>
#include <cstdio>

int main(int argc, char* argv[]) {
  const bool controls = argc == 3 && qstrcmp(argv[1], "--controls") == 0;
  const bool text = argc == 3 && qstrcmp(argv[1], "--text") == 0;
  if (argc != 2 && !controls && !text) {
    std::fprintf(stderr, "usage: empty_window_baseline [--controls | --text] FILE.png\n");
    return 2;
  }
  const QString file = QString::fromLocal8Bit(argv[argc - 1]);
  qputenv("QML_DISABLE_DISK_CACHE", "1");  // as AppBootstrap::prepareProcess
  if (controls) QQuickStyle::setStyle(QStringLiteral("Material"));
  QGuiApplication app(argc, argv);
  if (QGuiApplication::platformName() == QLatin1String("offscreen") ||
      QGuiApplication::platformName() == QLatin1String("minimal")) {
    QQuickWindow::setGraphicsApi(QSGRendererInterface::Software);
  }
  QQmlApplicationEngine engine;
  engine.loadData(
      controls ? "import QtQuick\nimport QtQuick.Controls\n"
                 "ApplicationWindow { width: 360; height: 780; visible: false;"
                 " Page { anchors.fill: parent } }\n"
      : text   ? "import QtQuick\n"
                 "Window { width: 360; height: 780; visible: false;"
                 " Text { anchors.fill: parent; anchors.margins: 16; wrapMode: Text.Wrap;"
                 " font.family: \"Noto Sans\"; font.pixelSize: 18;"
                 " text: \"I choose to remain silent. I do not consent to a search.\" } }\n"
               : "import QtQuick\n"
                 "Window { width: 360; height: 780; visible: false; Item { anchors.fill: parent } }\n");
  auto* window = engine.rootObjects().isEmpty()
                     ? nullptr
                     : qobject_cast<QQuickWindow*>(engine.rootObjects().constFirst());
  if (!window) {
    std::fprintf(stderr, "empty_window_baseline: the window could not be loaded\n");
    return 1;
  }
  int frames = 0;
  QMetaObject::Connection connection;
  connection = QObject::connect(window, &QQuickWindow::frameSwapped, &app, [&] {
    if (++frames < 2) {
      window->update();  // QQuickWindow::update: the software loop skips a bare requestUpdate
      return;
    }
    QObject::disconnect(connection);
    QTimer::singleShot(0, &app, [&] {
      const QImage image = window->grabWindow();
      const bool ok = !image.isNull() && image.save(file, "PNG");
      if (!ok) std::fprintf(stderr, "empty_window_baseline: could not write %s\n", qPrintable(file));
      QCoreApplication::exit(ok ? 0 : 1);
    });
  });
  window->show();  // shown once connected: the offscreen platform renders the first frame at once
  window->update();
  return QGuiApplication::exec();
}
