#include "cameraprobe.h"

#include <QCameraDevice>
#include <QMediaDevices>

#include "cameranodes.h"

namespace amparo::ui {

CameraProbe::CameraProbe(QObject* parent) : QObject(parent) {
  recheck_.setInterval(3000);
  connect(&recheck_, &QTimer::timeout, this, &CameraProbe::update);
  update();
}

CameraProbe::~CameraProbe() = default;

bool CameraProbe::deviceNodesPresent() {
  return cameraDeviceNodesPresent();
}

void CameraProbe::update() {
  bool now = false;
  if (!devices_ && deviceNodesPresent()) {
    devices_ = std::make_unique<QMediaDevices>();
    connect(devices_.get(), &QMediaDevices::videoInputsChanged, this, &CameraProbe::update);
  }
  if (devices_) {
    recheck_.stop();  // QMediaDevices reports changes itself from now on
    now = !QMediaDevices::videoInputs().isEmpty();
  } else if (!recheck_.isActive()) {
    recheck_.start();
  }
  if (now != hasCamera_) {
    hasCamera_ = now;
    emit hasCameraChanged();
  }
}

}  // namespace amparo::ui
