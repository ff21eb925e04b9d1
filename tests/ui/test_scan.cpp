// Camera QR scanner (issue 6, ui/scan/): camera frames built in memory, in the pixel formats
// cameras deliver, go through the frame handler (QrScanner) as they would from a VideoOutput's
// sink. No camera needed. A real, signed organization card must come out exactly; another QR code
// and a blank frame give nothing; frames are throttled and the scanner stops on the first card.
#define CATCH_CONFIG_RUNNER
#include <ZXing/BitMatrix.h>
#include <ZXing/MultiFormatWriter.h>

#include <QElapsedTimer>
#include <QGuiApplication>
#include <QImage>
#include <QSignalSpy>
#include <QVideoFrame>
#include <QVideoFrameFormat>
#include <QVideoSink>
#include <catch2/catch.hpp>
#include <cstring>
#include <functional>

#include "cameraprobe.h"
#include "card_fixture.h"
#include "crypto/init.h"
#include "exchange/card.h"
#include "exchange/org_secret.h"
#include "qrframescanner.h"

using amparo::ui::QrFrameScanner;
namespace ex = amparo::exchange;
using F = QVideoFrameFormat;

namespace {

using amparo::ui::testing::now;

ex::OrgCard makeCard() {
  static const auto keys = ex::OrgKeys::generate();
  return amparo::ui::testing::makeCard(keys);
}

// A camera-like picture: grey background, the QR code (dark modules 40, light 215) in the middle.
// Empty text: no code at all.
QImage scene(const std::string& text, int width = 640, int height = 480) {
  QImage image(width, height, QImage::Format_Grayscale8);
  image.fill(QColor(128, 128, 128));
  if (text.empty()) return image;
  ZXing::MultiFormatWriter writer(ZXing::BarcodeFormat::QRCode);
  writer.setMargin(4);
  const int side = std::min(width, height) * 3 / 4;
  const auto matrix = writer.encode(std::wstring(text.begin(), text.end()), side, side);
  const int x0 = (width - matrix.width()) / 2;
  const int y0 = (height - matrix.height()) / 2;
  for (int y = 0; y < matrix.height(); ++y) {
    uchar* row = image.scanLine(y0 + y);
    for (int x = 0; x < matrix.width(); ++x) row[x0 + x] = matrix.get(x, y) ? 40 : 215;
  }
  return image;
}

// Writes the grey picture into a frame of `format`: luma where the format has it, U = V = 128,
// and grey = R = G = B with an opaque alpha byte for the RGB formats.
QVideoFrame frameOf(const QImage& grey, F::PixelFormat format) {
  QVideoFrame frame(F(grey.size(), format));
  REQUIRE(frame.isValid());
  REQUIRE(frame.map(QVideoFrame::WriteOnly));
  const int w = grey.width();
  const int h = grey.height();
  auto fillPlane = [&](int plane, uchar value) {
    if (plane < frame.planeCount()) std::memset(frame.bits(plane), value, frame.mappedBytes(plane));
  };
  switch (format) {
    case F::Format_Y8:
    case F::Format_NV12:
    case F::Format_NV21:
    case F::Format_YUV420P:
      fillPlane(1, 128);
      fillPlane(2, 128);
      for (int y = 0; y < h; ++y)
        std::memcpy(frame.bits(0) + y * frame.bytesPerLine(0), grey.constScanLine(y), w);
      break;
    case F::Format_P010:
      fillPlane(1, 0x80);
      for (int y = 0; y < h; ++y) {
        auto* row = frame.bits(0) + y * frame.bytesPerLine(0);
        for (int x = 0; x < w; ++x) {
          const quint16 v =
              static_cast<quint16>(grey.constScanLine(y)[x] << 8);  // MSB-aligned, little endian
          row[2 * x] = static_cast<uchar>(v & 0xff);
          row[2 * x + 1] = static_cast<uchar>(v >> 8);
        }
      }
      break;
    case F::Format_YUYV:
    case F::Format_UYVY: {
      const int luma = format == F::Format_YUYV ? 0 : 1;
      for (int y = 0; y < h; ++y) {
        auto* row = frame.bits(0) + y * frame.bytesPerLine(0);
        for (int x = 0; x < w; ++x) {
          row[2 * x + luma] = grey.constScanLine(y)[x];
          row[2 * x + 1 - luma] = 128;
        }
      }
      break;
    }
    case F::Format_BGRA8888:
    case F::Format_ARGB8888:
    case F::Format_RGBA8888: {
      const int alpha = format == F::Format_ARGB8888 ? 0 : 3;
      for (int y = 0; y < h; ++y) {
        auto* row = frame.bits(0) + y * frame.bytesPerLine(0);
        for (int x = 0; x < w; ++x)
          for (int c = 0; c < 4; ++c) row[4 * x + c] = c == alpha ? 255 : grey.constScanLine(y)[x];
      }
      break;
    }
    default:
      FAIL("format not handled by the test");
  }
  frame.unmap();
  return frame;
}

// Runs the event loop until `done` or 10 s.
bool waitFor(const std::function<bool()>& done) {
  QElapsedTimer t;
  t.start();
  while (!done() && t.elapsed() < 10000) QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
  return done();
}

}  // namespace

TEST_CASE("scanner: the card text comes out of camera frames in every common pixel format") {
  const auto card = makeCard();
  const auto text = ex::card_text(card);
  REQUIRE(std::string_view(QrFrameScanner::kCardPrefix) == ex::kCardTextPrefix);
  const QImage picture = scene(text);
  for (auto format :
       {F::Format_NV12, F::Format_NV21, F::Format_YUV420P, F::Format_Y8, F::Format_YUYV, F::Format_UYVY,
        F::Format_P010, F::Format_BGRA8888, F::Format_ARGB8888, F::Format_RGBA8888}) {
    INFO("pixel format " << F::pixelFormatToString(format).toStdString());
    const QVideoFrame frame = frameOf(picture, format);
    // Synchronously…
    const QString direct = QrFrameScanner::decodeFrame(frame);
    CHECK(direct.toStdString() == text);
    // …and through the handler, on its worker thread.
    QrFrameScanner scanner;
    scanner.setIntervalMs(0);
    QSignalSpy found(&scanner, &QrFrameScanner::cardFound);
    REQUIRE(scanner.processFrame(frame));
    REQUIRE(waitFor([&] { return found.count() > 0; }));
    REQUIRE(found.count() == 1);
    const QString got = found.front().front().toString();
    CHECK(got.toStdString() == text);
    // What came out is the signed card itself (the review then shows its safety number).
    auto read = ex::read_card_text(got.toStdString(), now());
    REQUIRE(read);
    CHECK(ex::safety_number(read.value()) == ex::safety_number(card));
    // The scanner stopped: no further frame is taken.
    CHECK_FALSE(scanner.active());
    CHECK_FALSE(scanner.processFrame(frame));
  }
}

TEST_CASE("scanner: another QR code and a blank frame give no card") {
  for (auto format : {F::Format_NV12, F::Format_BGRA8888}) {
    QrFrameScanner scanner;
    scanner.setIntervalMs(0);
    QSignalSpy found(&scanner, &QrFrameScanner::cardFound);
    QSignalSpy decoded(&scanner, &QrFrameScanner::frameDecoded);

    const QVideoFrame blank = frameOf(scene(std::string()), format);
    CHECK(QrFrameScanner::decodeFrame(blank).isEmpty());
    REQUIRE(scanner.processFrame(blank));
    REQUIRE(waitFor([&] { return decoded.count() == 1; }));
    CHECK_FALSE(scanner.otherCodeSeen());

    const QVideoFrame website = frameOf(scene("https://example.org/AMPARO-ORG1:"), format);
    CHECK(QrFrameScanner::decodeFrame(website).isEmpty());
    REQUIRE(scanner.processFrame(website));
    REQUIRE(waitFor([&] { return decoded.count() == 2; }));
    CHECK(scanner.otherCodeSeen());  // the page says "not an organization card"

    CHECK(found.isEmpty());
    CHECK(scanner.active());  // still looking
    scanner.restart();
    CHECK_FALSE(scanner.otherCodeSeen());
  }
  // Text that only starts like a card is handed on (the review refuses it with a reason), but
  // nothing without the prefix, and nothing oversized.
  CHECK(QrFrameScanner::cardText("AMPARO-ORG1:abc") == QStringLiteral("AMPARO-ORG1:abc"));
  CHECK(QrFrameScanner::cardText("amparo-org1:abc").isEmpty());
  CHECK(QrFrameScanner::cardText("AMPARO-ORG1:" + QByteArray(5000, 'A')).isEmpty());
  // Invalid frames and impossible planes are refused without reading memory.
  QrFrameScanner scanner;
  CHECK_FALSE(scanner.processFrame(QVideoFrame()));
  QrFrameScanner::Plane bad;
  bad.bytes = QByteArray(100, '\0');
  bad.width = 20;
  bad.height = 20;
  bad.bytesPerLine = 20;
  CHECK(QrFrameScanner::decodePlane(bad).isEmpty());
}

TEST_CASE("scanner: frames from a video sink are throttled, one decode at a time") {
  const auto text = ex::card_text(makeCard());
  const QVideoFrame blank = frameOf(scene(std::string()), F::Format_NV12);
  const QVideoFrame card = frameOf(scene(text), F::Format_NV12);

  QrFrameScanner scanner;
  CHECK(scanner.intervalMs() == QrFrameScanner::kDefaultIntervalMs);  // at most ~5 decodes a second
  QSignalSpy decoded(&scanner, &QrFrameScanner::frameDecoded);
  QSignalSpy found(&scanner, &QrFrameScanner::cardFound);
  REQUIRE(scanner.processFrame(blank));
  CHECK_FALSE(scanner.processFrame(blank));  // busy, or too soon: dropped
  REQUIRE(waitFor([&] { return decoded.count() == 1; }));
  CHECK_FALSE(scanner.processFrame(blank));  // done, but within the interval: dropped

  // Through a sink, as the VideoOutput delivers them: 30 frames a second for about a second.
  QVideoSink sink;
  scanner.setVideoSink(&sink);
  QElapsedTimer t;
  t.start();
  const int before = static_cast<int>(decoded.count());
  // A camera sends a new frame each time (a sink passes on a frame only when it changes).
  const QVideoFrame frames[] = {frameOf(scene(std::string()), F::Format_NV12),
                                frameOf(scene(std::string()), F::Format_NV12)};
  for (int i = 0; t.elapsed() < 1000; ++i) {
    sink.setVideoFrame(frames[i % 2]);
    QCoreApplication::processEvents(QEventLoop::AllEvents, 33);
  }
  waitFor([&] { return true; });
  const int decodes = static_cast<int>(decoded.count()) - before;
  CHECK(decodes >= 1);
  CHECK(decodes <= 6);
  // The card, then the scanner stops itself: later frames are ignored.
  waitFor([&] { return t.elapsed() > 1300; });
  sink.setVideoFrame(card);
  REQUIRE(waitFor([&] { return found.count() == 1; }));
  CHECK(found.front().front().toString().toStdString() == text);
  CHECK_FALSE(scanner.active());
  const int after = static_cast<int>(decoded.count());
  const QVideoFrame again = frameOf(scene(text), F::Format_NV12);
  for (int i = 0; i < 6; ++i) {
    sink.setVideoFrame(i % 2 ? card : again);
    QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
  }
  CHECK(decoded.count() == after);
  CHECK(found.count() == 1);
  scanner.setVideoSink(nullptr);
}

TEST_CASE("scanner: no camera on this machine is a plain answer, not an error") {
  amparo::ui::CameraProbe probe;
  // The CI machines and this container have no /dev/video*: no camera, and no audio service was
  // started to find that out. Where a camera exists the answer follows QMediaDevices.
  if (!amparo::ui::CameraProbe::deviceNodesPresent()) CHECK_FALSE(probe.hasCamera());
  SUCCEED();
}

int main(int argc, char* argv[]) {
  // Headless, also when ctest lists the cases at build time.
  if (!qEnvironmentVariableIsSet("QT_QPA_PLATFORM")) qputenv("QT_QPA_PLATFORM", "offscreen");
  QGuiApplication app(argc, argv);
  if (!amparo::crypto::initialize()) return 2;
  return Catch::Session().run(argc, argv);
}
