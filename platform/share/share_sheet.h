// Handing a file the app wrote (a sealed "Send to…" bundle, issue 6) to the operating system's
// share sheet, so the person picks the messenger, mail or nearby-share app themselves. Amparo
// itself never sends anything (SR-35/SR-36): the share sheet is the OS's, and the person chooses.
//
//   Android: Intent.ACTION_SEND with a content:// URI from androidx FileProvider (authority
//            "<package>.fileprovider", paths in android/res/xml/share_paths.xml, declared in
//            android/AndroidManifest.xml), read permission granted to the chosen app only,
//            shown through Intent.createChooser. share_sheet_android.cpp (Android builds only).
//   iOS:     UIActivityViewController would go here; not wired yet: Unsupported.
//   Desktop: there is no share sheet: available() is false and share() returns Unsupported
//            (never a silent success, SR-38); the UI offers "Show in folder" instead.
#pragma once

#include <QString>
#include <memory>
#include <vector>

#include "platform/common/platform_error.h"

namespace amparo::platform {

class ShareSheet {
 public:
  virtual ~ShareSheet() = default;
  // Whether share() can show a share sheet on this system.
  [[nodiscard]] virtual bool available() const noexcept = 0;
  // Shows the share sheet for the local file `path` (type `mime`, e.g. "application/octet-stream").
  // Returns once the sheet is up; what the person then picks is not reported. Errors:
  // Unsupported (no share sheet here), Unavailable (no activity, or the file lies outside the
  // folders the FileProvider may serve), Failed (the OS refused; detail names the call).
  [[nodiscard]] virtual PlatformResult<void> share(const QString& path, const QString& mime) = 0;
};

// The implementation for the platform this binary was built for.
[[nodiscard]] std::unique_ptr<ShareSheet> make_share_sheet();

// MIME type of a sealed bundle (.amparo): opaque bytes for every receiving app.
inline constexpr const char* kBundleMimeType = "application/octet-stream";

// Test double: records the files it was asked to share.
class FakeShareSheet final : public ShareSheet {
 public:
  explicit FakeShareSheet(bool supported = true) : supported_(supported) {}
  [[nodiscard]] bool available() const noexcept override { return supported_; }
  [[nodiscard]] PlatformResult<void> share(const QString& path, const QString& mime) override;
  [[nodiscard]] const std::vector<QString>& shared() const noexcept { return shared_; }

 private:
  bool supported_;
  std::vector<QString> shared_;
};

}  // namespace amparo::platform
