// SR-30 / SR-38: keeping vault data out of screenshots and the app switcher, and keeping the
// screen awake while an encounter card shows. One small interface per capability; each platform
// answers honestly: Linux returns Unsupported (never a silent success), Android sets window flags.
//
//   Android: setSecure -> WindowManager.LayoutParams.FLAG_SECURE (no screenshots, blank switcher
//            thumbnail); setKeepAwake -> FLAG_KEEP_SCREEN_ON.
//   iOS:     screenshots cannot be blocked (Unsupported); the app-switcher snapshot is covered by
//            the neutral cover LifecycleMonitor requests on resign-active. Keep awake would be
//            UIApplication.idleTimerDisabled (not wired yet: Unsupported).
//   Linux / other desktops: Unsupported for both; desktop_limitations() lists what to tell people.
#pragma once

#include <memory>
#include <string_view>
#include <vector>

#include "platform/common/platform_error.h"

namespace amparo::platform {

class ScreenSecurity {
 public:
  virtual ~ScreenSecurity() = default;
  // Ask the OS to keep this window out of screenshots, recordings and switcher thumbnails.
  [[nodiscard]] virtual PlatformResult<void> setSecure(bool secure) = 0;
  // The last state the OS accepted (false after any Unsupported/failed call).
  [[nodiscard]] virtual bool isSecure() const noexcept = 0;
};

class KeepAwake {
 public:
  virtual ~KeepAwake() = default;
  [[nodiscard]] virtual PlatformResult<void> setKeepAwake(bool awake) = 0;
  [[nodiscard]] virtual bool isKeptAwake() const noexcept = 0;
};

// The implementations for the platform this binary was built for.
[[nodiscard]] std::unique_ptr<ScreenSecurity> make_screen_security();
[[nodiscard]] std::unique_ptr<KeepAwake> make_keep_awake();

// SR-38: what this platform cannot promise, as stable text keys the UI translates (one sentence
// each; english_text() gives the English wording for the CLI and as the translation source).
// Empty on Android. `keystore_available` adds "platform.no-keyring" when false.
[[nodiscard]] std::vector<std::string_view> desktop_limitations(bool keystore_available);
[[nodiscard]] std::string_view english_text(std::string_view limitation_key) noexcept;

// Test double: records calls, answers with a chosen result (SR-30 "fake ScreenSecurity logs calls").
class FakeScreenSecurity final : public ScreenSecurity, public KeepAwake {
 public:
  explicit FakeScreenSecurity(bool supported = true) : supported_(supported) {}
  [[nodiscard]] PlatformResult<void> setSecure(bool secure) override;
  [[nodiscard]] bool isSecure() const noexcept override { return secure_; }
  [[nodiscard]] PlatformResult<void> setKeepAwake(bool awake) override;
  [[nodiscard]] bool isKeptAwake() const noexcept override { return awake_; }
  // "secure:1", "secure:0", "awake:1", ... in call order.
  [[nodiscard]] const std::vector<std::string_view>& calls() const noexcept { return calls_; }

 private:
  bool supported_;
  bool secure_ = false;
  bool awake_ = false;
  std::vector<std::string_view> calls_;
};

}  // namespace amparo::platform
