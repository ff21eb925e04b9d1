#include "platform/share/share_sheet.h"

#include <QFileInfo>

namespace amparo::platform {

#if defined(__ANDROID__)
std::unique_ptr<ShareSheet> make_android_share_sheet();  // share_sheet_android.cpp
#endif

namespace {

// Desktop Linux, other desktops, and iOS for now: no share sheet. Said every time (SR-38).
class NoShareSheet final : public ShareSheet {
 public:
  [[nodiscard]] bool available() const noexcept override { return false; }
  [[nodiscard]] PlatformResult<void> share(const QString& /*path*/, const QString& /*mime*/) override {
    return make_error(PlatformError::Unsupported, "share sheet");
  }
};

}  // namespace

std::unique_ptr<ShareSheet> make_share_sheet() {
#if defined(__ANDROID__)
  return make_android_share_sheet();
#else
  return std::make_unique<NoShareSheet>();
#endif
}

PlatformResult<void> FakeShareSheet::share(const QString& path, const QString& mime) {
  if (!supported_) return make_error(PlatformError::Unsupported, "share sheet");
  if (mime.isEmpty() || !QFileInfo(path).isFile()) return make_error(PlatformError::Failed, "no such file");
  shared_.push_back(path);
  return {};
}

}  // namespace amparo::platform
