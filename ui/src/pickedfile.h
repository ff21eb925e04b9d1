// A file the person chose to attach (file dialog, typed path), opened for streaming into the vault
// whatever its URL: a local path, or an Android content:// URI — the only answer the Android system
// picker gives, which std::ifstream cannot open but QFile can. The vault reads it through a
// std::istream (core has no Qt) backed by the QIODevice: no copy of the file is made, and the read
// buffer is wiped when the file is closed. Other schemes (http:, qrc:, …) are refused: nothing is
// ever fetched from a network (SR-36).
#pragma once

#include <QFile>
#include <QString>
#include <QUrl>
#include <istream>
#include <memory>
#include <optional>
#include <streambuf>
#include <string>
#include <vector>

namespace amparo::ui {

// std::streambuf over an open QIODevice (read only). A device read error throws inside the stream,
// which sets badbit: the vault then stops with an I/O error instead of storing a cut-short file.
class DeviceStreamBuf final : public std::streambuf {
 public:
  explicit DeviceStreamBuf(QIODevice& device, std::size_t bufferSize = 64 * 1024);
  ~DeviceStreamBuf() override;
  DeviceStreamBuf(const DeviceStreamBuf&) = delete;
  DeviceStreamBuf& operator=(const DeviceStreamBuf&) = delete;

 protected:
  int_type underflow() override;
  std::streamsize xsgetn(char* s, std::streamsize n) override;

 private:
  // Reads up to `n` bytes; 0 at the end; throws std::ios_base::failure on a device error.
  std::streamsize readDevice(char* s, std::streamsize n);
  QIODevice& device_;
  std::vector<char> buffer_;
};

class PickedFile {
 public:
  enum class Problem { None, NotAFile, Unreadable };

  // Opens `url` (file: or content:; a plain local path is accepted too). On failure `problem`
  // says which message to show.
  [[nodiscard]] static std::unique_ptr<PickedFile> open(const QUrl& url, Problem& problem);
  ~PickedFile();

  [[nodiscard]] std::istream& stream() { return stream_; }
  // Display name (the file name; for a content URI the provider's name when Qt knows it).
  [[nodiscard]] const std::string& name() const { return name_; }
  [[nodiscard]] const std::string& mime() const { return mime_; }

 private:
  explicit PickedFile(const QString& path);
  QFile file_;
  DeviceStreamBuf buffer_;
  std::istream stream_;
  std::string name_;
  std::string mime_;
};

}  // namespace amparo::ui
