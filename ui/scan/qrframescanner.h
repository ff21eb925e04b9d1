// Camera QR scanner (issue 6, trusted organizations): reads the frames a VideoOutput shows,
// through its QVideoSink, and looks for an organization card's QR code ("AMPARO-ORG1:…").
//
// - Throttled: at most one decode at a time, on a worker thread, and at most one every
//   `intervalMs` (200 ms by default, ~5 per second), so the viewfinder stays smooth; frames that
//   arrive meanwhile are dropped.
// - The first card payload is reported once (cardFound) and the scanner deactivates itself; the
//   page then stops the camera and opens the review (safety number, SR-22). Any other QR code
//   only sets `otherCodeSeen`.
// - A frame is copied to memory for the decoder (plane 0, or a grey picture), wiped after the
//   decode and dropped: nothing is ever written anywhere.
//
// Part of the QML module Amparo.Scan (ui/scan/), a shared library of its own: the app binary does
// not link Qt Multimedia; it is loaded with this module when the scan page opens.
#pragma once

#include <QtQml/qqmlregistration.h>

#include <QByteArray>
#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QThreadPool>
#include <QVideoFrame>
#include <QVideoSink>

#include "qrdecode.h"

namespace amparo::ui {

class QrFrameScanner : public QObject {
  Q_OBJECT
  QML_NAMED_ELEMENT(QrScanner)
  Q_PROPERTY(QVideoSink* videoSink READ videoSink WRITE setVideoSink NOTIFY videoSinkChanged)
  Q_PROPERTY(bool active READ active WRITE setActive NOTIFY activeChanged)
  Q_PROPERTY(int intervalMs READ intervalMs WRITE setIntervalMs NOTIFY intervalMsChanged)
  Q_PROPERTY(bool otherCodeSeen READ otherCodeSeen NOTIFY otherCodeSeenChanged)
  Q_PROPERTY(bool available READ available CONSTANT)

 public:
  static constexpr int kDefaultIntervalMs = 200;
  // Same as exchange::kCardTextPrefix (core/exchange/card.h); this module does not link core.
  static constexpr char kCardPrefix[] = "AMPARO-ORG1:";
  // A card's text form is far shorter; anything longer is not a card (exchange::CardLimits).
  static constexpr int kMaxPayload = 4096;

  // One frame's pixels, copied out of the frame for the decoder.
  struct Plane {
    QByteArray bytes;
    int offset = 0;  // first pixel's byte (1 for the high byte of 16-bit luma, or UYVY)
    int width = 0;
    int height = 0;
    int bytesPerLine = 0;
    qr::Layout layout = qr::Layout::Luma;
    int pixelStride = 0;
  };

  explicit QrFrameScanner(QObject* parent = nullptr);
  ~QrFrameScanner() override;

  [[nodiscard]] QVideoSink* videoSink() const { return sink_; }
  void setVideoSink(QVideoSink* sink);
  [[nodiscard]] bool active() const { return active_; }
  void setActive(bool active);
  [[nodiscard]] int intervalMs() const { return intervalMs_; }
  void setIntervalMs(int ms);
  [[nodiscard]] bool otherCodeSeen() const { return otherCodeSeen_; }
  [[nodiscard]] static bool available() { return qr::available(); }

  // Hands one frame to the decoder unless the scanner is inactive, busy or was fed less than
  // `intervalMs` ago. True when the frame was queued. Frames from the sink come here.
  Q_INVOKABLE bool processFrame(const QVideoFrame& frame);
  // Starts afresh: clears otherCodeSeen and the throttle, and activates.
  Q_INVOKABLE void restart();

  // The pieces, synchronous (tests): copy a frame's pixels; decode them; both together, giving
  // the card text or empty (no QR code, or one that is not an organization card).
  [[nodiscard]] static bool capture(const QVideoFrame& frame, Plane& out);
  [[nodiscard]] static QByteArray decodePlane(const Plane& plane);
  [[nodiscard]] static QString cardText(const QByteArray& payload);
  [[nodiscard]] static QString decodeFrame(const QVideoFrame& frame);

 signals:
  void videoSinkChanged();
  void activeChanged();
  void intervalMsChanged();
  void otherCodeSeenChanged();
  // The first organization card seen (its text form); the scanner is inactive afterwards.
  void cardFound(const QString& text);
  // One queued frame was decoded (whatever the result). For tests and a "looking…" hint.
  void frameDecoded();

 private:
  void finish(const QByteArray& payload);

  QPointer<QVideoSink> sink_;
  QMetaObject::Connection sinkConnection_;
  bool active_ = true;
  bool busy_ = false;
  bool otherCodeSeen_ = false;
  int intervalMs_ = kDefaultIntervalMs;
  QElapsedTimer sinceLast_;
  QThreadPool pool_;  // one worker thread; waited for in the destructor
};

}  // namespace amparo::ui
