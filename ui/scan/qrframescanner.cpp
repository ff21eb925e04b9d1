#include "qrframescanner.h"

#include <QImage>
#include <QVideoFrameFormat>
#include <algorithm>
#include <cstring>

namespace amparo::ui {
namespace {

struct Shape {
  qr::Layout layout;
  int offset;       // byte of the first pixel's brightness (or colour) in plane 0
  int pixelStride;  // 0: natural
};

// Plane 0 of the formats cameras deliver, as the decoder reads it. False: not readable as bytes
// (JPEG, GPU-only, AYUV, 10-bit YUV420P10 with its low-aligned samples); those frames go through
// QVideoFrame::toImage().
bool shapeOf(QVideoFrameFormat::PixelFormat format, Shape& shape) {
  using F = QVideoFrameFormat;
  switch (format) {
    // Planar and semi-planar YUV: plane 0 is 8-bit luma.
    case F::Format_Y8:
    case F::Format_NV12:
    case F::Format_NV21:
    case F::Format_YUV420P:
    case F::Format_YUV422P:
    case F::Format_YV12:
    case F::Format_IMC1:
    case F::Format_IMC2:
    case F::Format_IMC3:
    case F::Format_IMC4:
      shape = {qr::Layout::Luma, 0, 1};
      return true;
    // 16-bit little-endian luma: the high byte is the second one.
    case F::Format_Y16:
    case F::Format_P010:
    case F::Format_P016:
      shape = {qr::Layout::Luma, 1, 2};
      return true;
    // Packed 4:2:2: Y0 U Y1 V / U Y0 V Y1.
    case F::Format_YUYV:
      shape = {qr::Layout::Luma, 0, 2};
      return true;
    case F::Format_UYVY:
      shape = {qr::Layout::Luma, 1, 2};
      return true;
    // 32-bit RGB, named in memory byte order (Format_BGRA8888 is B, G, R, A).
    case F::Format_ARGB8888:
    case F::Format_ARGB8888_Premultiplied:
    case F::Format_XRGB8888:
      shape = {qr::Layout::XRGB, 0, 0};
      return true;
    case F::Format_BGRA8888:
    case F::Format_BGRA8888_Premultiplied:
    case F::Format_BGRX8888:
      shape = {qr::Layout::BGRX, 0, 0};
      return true;
    case F::Format_ABGR8888:
    case F::Format_XBGR8888:
      shape = {qr::Layout::XBGR, 0, 0};
      return true;
    case F::Format_RGBA8888:
    case F::Format_RGBX8888:
      shape = {qr::Layout::RGBX, 0, 0};
      return true;
    default:
      return false;
  }
}

void wipe(QByteArray& bytes) {
  if (!bytes.isEmpty()) {
    volatile char* p = bytes.data();  // detaches: the frame's own memory is never touched
    for (qsizetype i = 0; i < bytes.size(); ++i) p[i] = 0;
  }
  bytes.clear();
}

}  // namespace

QrFrameScanner::QrFrameScanner(QObject* parent) : QObject(parent) {
  pool_.setMaxThreadCount(1);
  pool_.setObjectName(QStringLiteral("amparo-qr"));
}

QrFrameScanner::~QrFrameScanner() {
  active_ = false;
  disconnect(sinkConnection_);
  pool_.waitForDone();  // the task refers to `this`; its queued result dies with this object
}

void QrFrameScanner::setVideoSink(QVideoSink* sink) {
  if (sink_ == sink) return;
  disconnect(sinkConnection_);
  sink_ = sink;
  if (sink_) {
    // Queued when the sink emits on a media thread; processFrame returns at once when busy.
    sinkConnection_ = connect(sink_, &QVideoSink::videoFrameChanged, this,
                              [this](const QVideoFrame& frame) { processFrame(frame); });
  }
  emit videoSinkChanged();
}

void QrFrameScanner::setActive(bool active) {
  if (active_ == active) return;
  active_ = active;
  emit activeChanged();
}

void QrFrameScanner::setIntervalMs(int ms) {
  ms = std::clamp(ms, 0, 10000);
  if (intervalMs_ == ms) return;
  intervalMs_ = ms;
  emit intervalMsChanged();
}

void QrFrameScanner::restart() {
  sinceLast_.invalidate();
  if (otherCodeSeen_) {
    otherCodeSeen_ = false;
    emit otherCodeSeenChanged();
  }
  setActive(true);
}

bool QrFrameScanner::capture(const QVideoFrame& frame, Plane& out) {
  out = Plane{};
  if (!frame.isValid()) return false;
  const int width = frame.width();
  const int height = frame.height();
  if (width <= 0 || height <= 0 || width > qr::kMaxSide || height > qr::kMaxSide) return false;

  Shape shape{};
  if (shapeOf(frame.pixelFormat(), shape)) {
    QVideoFrame mapped(frame);  // shares the buffer; mapping read-only copies nothing
    if (mapped.map(QVideoFrame::ReadOnly)) {
      const int stride = mapped.bytesPerLine(0);
      const uchar* bits = mapped.bits(0);
      const qsizetype size = static_cast<qsizetype>(stride) * height;
      if (bits != nullptr && stride > 0 && size <= mapped.mappedBytes(0)) {
        out.bytes = QByteArray(reinterpret_cast<const char*>(bits), size);
        out.offset = shape.offset;
        out.width = width;
        out.height = height;
        out.bytesPerLine = stride;
        out.layout = shape.layout;
        out.pixelStride = shape.pixelStride;
      }
      mapped.unmap();
      if (!out.bytes.isEmpty()) return true;
    }
  }
  // GPU-only frames, JPEG and the rarer formats: let Qt convert, then keep the grey picture.
  const QImage grey = frame.toImage().convertToFormat(QImage::Format_Grayscale8);
  if (grey.isNull()) return false;
  out.bytes = QByteArray(reinterpret_cast<const char*>(grey.constBits()), grey.sizeInBytes());
  out.width = grey.width();
  out.height = grey.height();
  out.bytesPerLine = static_cast<int>(grey.bytesPerLine());
  out.layout = qr::Layout::Luma;
  out.pixelStride = 1;
  return true;
}

QByteArray QrFrameScanner::decodePlane(const Plane& plane) {
  if (plane.bytes.isEmpty() || plane.width <= 0 || plane.height <= 0 || plane.bytesPerLine <= 0 ||
      plane.offset < 0)
    return {};
  const qsizetype pixel = plane.layout == qr::Layout::Luma                                       ? 1
                          : (plane.layout == qr::Layout::RGB || plane.layout == qr::Layout::BGR) ? 3
                                                                                                 : 4;
  const qsizetype step = plane.pixelStride > 0 ? plane.pixelStride : pixel;
  // The last pixel of the last row must lie inside the copy.
  const qsizetype last = plane.offset + static_cast<qsizetype>(plane.bytesPerLine) * (plane.height - 1) +
                         step * (plane.width - 1) + pixel;
  if (last > plane.bytes.size()) return {};
  const auto* data = reinterpret_cast<const uchar*>(plane.bytes.constData()) + plane.offset;
  return qr::decode(data, plane.width, plane.height, plane.bytesPerLine, plane.layout, plane.pixelStride);
}

QString QrFrameScanner::cardText(const QByteArray& payload) {
  const QByteArray trimmed = payload.trimmed();
  if (trimmed.size() > kMaxPayload || !trimmed.startsWith(kCardPrefix)) return {};
  return QString::fromLatin1(trimmed);
}

QString QrFrameScanner::decodeFrame(const QVideoFrame& frame) {
  Plane plane;
  if (!capture(frame, plane)) return {};
  QByteArray payload = decodePlane(plane);
  wipe(plane.bytes);
  return cardText(payload);
}

bool QrFrameScanner::processFrame(const QVideoFrame& frame) {
  if (!active_ || busy_ || !frame.isValid()) return false;
  if (sinceLast_.isValid() && sinceLast_.elapsed() < intervalMs_) return false;
  Plane plane;
  if (!capture(frame, plane)) return false;
  busy_ = true;
  sinceLast_.start();
  pool_.start([this, plane = std::move(plane)]() mutable {
    const QByteArray payload = decodePlane(plane);
    wipe(plane.bytes);
    QMetaObject::invokeMethod(
        this, [this, payload] { finish(payload); }, Qt::QueuedConnection);
  });
  return true;
}

void QrFrameScanner::finish(const QByteArray& payload) {
  busy_ = false;
  if (active_ && !payload.isEmpty()) {
    const QString text = cardText(payload);
    if (!text.isEmpty()) {
      setActive(false);
      emit frameDecoded();
      emit cardFound(text);
      return;
    }
    if (!otherCodeSeen_) {
      otherCodeSeen_ = true;
      emit otherCodeSeenChanged();
    }
  }
  emit frameDecoded();
}

}  // namespace amparo::ui
