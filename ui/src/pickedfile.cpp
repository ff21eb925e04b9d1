#include "pickedfile.h"

#include <QFileInfo>
#include <QMimeDatabase>
#include <algorithm>
#include <cstring>
#include <ios>

#include "vault/zeroizing.h"

namespace amparo::ui {

DeviceStreamBuf::DeviceStreamBuf(QIODevice& device, std::size_t bufferSize)
    : device_(device), buffer_(bufferSize) {
  setg(buffer_.data(), buffer_.data(), buffer_.data());
}

DeviceStreamBuf::~DeviceStreamBuf() {
  // It held attachment plaintext.
  vault::secure_wipe(buffer_.data(), buffer_.size());
}

std::streamsize DeviceStreamBuf::readDevice(char* s, std::streamsize n) {
  for (;;) {
    const qint64 got = device_.read(s, static_cast<qint64>(n));
    if (got < 0) throw std::ios_base::failure("the picked file could not be read");
    if (got > 0 || !device_.isSequential() || device_.atEnd()) return static_cast<std::streamsize>(got);
    // A stream (some content providers) with nothing buffered yet: wait for more, not forever.
    if (!device_.waitForReadyRead(30000))
      throw std::ios_base::failure("the picked file stopped sending data");
  }
}

DeviceStreamBuf::int_type DeviceStreamBuf::underflow() {
  if (gptr() < egptr()) return traits_type::to_int_type(*gptr());
  const std::streamsize got = readDevice(buffer_.data(), static_cast<std::streamsize>(buffer_.size()));
  if (got == 0) return traits_type::eof();
  setg(buffer_.data(), buffer_.data(), buffer_.data() + got);
  return traits_type::to_int_type(*gptr());
}

std::streamsize DeviceStreamBuf::xsgetn(char* s, std::streamsize n) {
  // The vault reads in large blocks: serve what is buffered, then read straight into its block.
  std::streamsize done = std::min<std::streamsize>(n, egptr() - gptr());
  if (done > 0) {
    std::memcpy(s, gptr(), static_cast<std::size_t>(done));
    gbump(static_cast<int>(done));
  }
  while (done < n) {
    const std::streamsize got = readDevice(s + done, n - done);
    if (got == 0) break;
    done += got;
  }
  return done;
}

PickedFile::PickedFile(const QString& path) : file_(path), buffer_(file_), stream_(&buffer_) {}

PickedFile::~PickedFile() = default;

std::unique_ptr<PickedFile> PickedFile::open(const QUrl& url, Problem& problem) {
  problem = Problem::None;
  QString path;
  if (url.isLocalFile()) {
    path = url.toLocalFile();
  } else if (url.scheme() == QLatin1String("content")) {
    path = url.toString();  // QFile opens content URIs on Android (through the content resolver)
  } else if (url.scheme().isEmpty() && !url.path().isEmpty()) {
    path = url.path();  // a typed path
  } else {
    problem = Problem::NotAFile;
    return nullptr;
  }
  std::unique_ptr<PickedFile> picked(new PickedFile(path));
  const QFileInfo info(path);
  if (info.isDir() || !picked->file_.open(QIODevice::ReadOnly)) {
    problem = Problem::Unreadable;
    return nullptr;
  }
  QString name = info.fileName();
  if (name.isEmpty()) name = QStringLiteral("attachment");
  picked->name_ = name.toStdString();
  // By name, and by content where the device can be looked at again (a file, not a stream).
  const QMimeDatabase mimes;
  picked->mime_ = (picked->file_.isSequential() ? mimes.mimeTypeForFile(name, QMimeDatabase::MatchExtension)
                                                : mimes.mimeTypeForFileNameAndData(name, &picked->file_))
                      .name()
                      .toStdString();
  if (!picked->file_.isSequential()) picked->file_.seek(0);
  return picked;
}

}  // namespace amparo::ui
