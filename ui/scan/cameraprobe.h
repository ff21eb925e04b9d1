// Whether this device has a camera to scan a QR code with (issue 6). The answer is
// QMediaDevices::videoInputs() non-empty, and it follows cameras being plugged in or out.
//
// On desktop Linux a camera is a V4L2 device node (/dev/video*). Without one there is nothing
// QMediaDevices could list, so it is not even created: creating it also starts Qt Multimedia's
// audio-device service (PulseAudio), which a headless or audio-less machine answers with a
// warning. The folder is looked at again every few seconds while the probe exists.
#pragma once

#include <QtQml/qqmlregistration.h>

#include <QObject>
#include <QTimer>
#include <memory>

class QMediaDevices;

namespace amparo::ui {

class CameraProbe : public QObject {
  Q_OBJECT
  QML_ELEMENT
  Q_PROPERTY(bool hasCamera READ hasCamera NOTIFY hasCameraChanged)

 public:
  explicit CameraProbe(QObject* parent = nullptr);
  ~CameraProbe() override;

  [[nodiscard]] bool hasCamera() const { return hasCamera_; }
  // Desktop Linux: any /dev/video* node (other systems: always true, QMediaDevices decides).
  [[nodiscard]] static bool deviceNodesPresent();

 signals:
  void hasCameraChanged();

 private:
  void update();

  std::unique_ptr<QMediaDevices> devices_;
  QTimer recheck_;
  bool hasCamera_ = false;
};

}  // namespace amparo::ui
