// Whether this device can have a camera at all, checked without Qt Multimedia (creating
// QMediaDevices loads it and starts its audio service): desktop Linux needs a /dev/video* node;
// phones are assumed to have one and leave the answer to Qt Multimedia. Shared by the app
// (OrgsBridge, before it loads the camera check) and the scanner module (CameraProbe).
#pragma once

#include <QDir>
#include <QStringList>
#include <QtGlobal>

namespace amparo::ui {

inline bool cameraDeviceNodesPresent() {
#if defined(Q_OS_LINUX) && !defined(Q_OS_ANDROID)
  return !QDir(QStringLiteral("/dev")).entryList({QStringLiteral("video*")}, QDir::System).isEmpty();
#else
  return true;
#endif
}

}  // namespace amparo::ui
