#include "platform/screen/screen_security.h"

#include <array>
#include <utility>

#if defined(__ANDROID__)
#define AMPARO_ANDROID_WINDOW_FLAGS 1
// Android only (not built here): Qt 6.4 public JNI API.
#include <QtCore/qcoreapplication_platform.h>

#include <QCoreApplication>
#include <QFuture>
#include <QJniObject>
#include <QVariant>
#elif defined(__APPLE__)
#include <TargetConditionals.h>
#endif

namespace amparo::platform {
namespace {

// SR-38 keys and their English source text. Keep in step with platform/README.md.
constexpr std::array<std::pair<std::string_view, std::string_view>, 5> kLimitations{{
    {"platform.screen-capture",
     "Other programs you run can capture the screen. Amparo cannot block screenshots here."},
    {"platform.programs-read",
     "Other programs you run can read the vault files, the keyring and Amparo's memory."},
    {"platform.swap", "Memory can be written to swap. Use full-disk encryption."},
    {"platform.no-secure-memory", "This computer offers no secure memory for keys."},
    {"platform.no-keyring", "No keyring is available: only your passphrase protects the vault."},
}};

#if defined(AMPARO_ANDROID_WINDOW_FLAGS)
// android.view.WindowManager.LayoutParams
constexpr jint kFlagKeepScreenOn = 0x00000080;
constexpr jint kFlagSecure = 0x00002000;

// Sets or clears a window flag of the app's activity on the Android UI thread and waits for it.
PlatformResult<void> set_window_flag(jint flag, bool on) {
  const auto future = QNativeInterface::QAndroidApplication::runOnAndroidMainThread([flag, on]() -> QVariant {
    QJniObject activity(QNativeInterface::QAndroidApplication::context());
    if (!activity.isValid()) return false;
    QJniObject window = activity.callObjectMethod("getWindow", "()Landroid/view/Window;");
    if (!window.isValid()) return false;
    window.callMethod<void>(on ? "addFlags" : "clearFlags", "(I)V", flag);
    return true;
  });
  if (!future.result().toBool()) return make_error(PlatformError::Unavailable, "no activity window");
  return {};
}

class AndroidWindowFlags final : public ScreenSecurity, public KeepAwake {
 public:
  [[nodiscard]] PlatformResult<void> setSecure(bool secure) override {
    auto result = set_window_flag(kFlagSecure, secure);
    secure_ = result && secure;
    return result;
  }
  [[nodiscard]] bool isSecure() const noexcept override { return secure_; }
  [[nodiscard]] PlatformResult<void> setKeepAwake(bool awake) override {
    auto result = set_window_flag(kFlagKeepScreenOn, awake);
    awake_ = result && awake;
    return result;
  }
  [[nodiscard]] bool isKeptAwake() const noexcept override { return awake_; }

 private:
  bool secure_ = false;
  bool awake_ = false;
};
#endif

// Desktop (and iOS for now): the OS gives no such control. Say so, every time (SR-38).
class UnsupportedScreen final : public ScreenSecurity, public KeepAwake {
 public:
  [[nodiscard]] PlatformResult<void> setSecure(bool /*secure*/) override {
    return make_error(PlatformError::Unsupported, "screen security");
  }
  [[nodiscard]] bool isSecure() const noexcept override { return false; }
  [[nodiscard]] PlatformResult<void> setKeepAwake(bool /*awake*/) override {
    return make_error(PlatformError::Unsupported, "keep screen awake");
  }
  [[nodiscard]] bool isKeptAwake() const noexcept override { return false; }
};

}  // namespace

std::unique_ptr<ScreenSecurity> make_screen_security() {
#if defined(AMPARO_ANDROID_WINDOW_FLAGS)
  return std::make_unique<AndroidWindowFlags>();
#else
  return std::make_unique<UnsupportedScreen>();
#endif
}

std::unique_ptr<KeepAwake> make_keep_awake() {
#if defined(AMPARO_ANDROID_WINDOW_FLAGS)
  return std::make_unique<AndroidWindowFlags>();
#else
  return std::make_unique<UnsupportedScreen>();
#endif
}

std::vector<std::string_view> desktop_limitations(bool keystore_available) {
  std::vector<std::string_view> keys;
#if !defined(AMPARO_ANDROID_WINDOW_FLAGS)
#if defined(__APPLE__) && TARGET_OS_IPHONE
  keys.push_back(kLimitations[0].first);  // iOS: screenshots cannot be blocked
#else
  for (std::size_t i = 0; i + 1 < kLimitations.size(); ++i) keys.push_back(kLimitations[i].first);
#endif
#endif
  if (!keystore_available) keys.push_back(kLimitations.back().first);
  return keys;
}

std::string_view english_text(std::string_view limitation_key) noexcept {
  for (const auto& [key, text] : kLimitations) {
    if (key == limitation_key) return text;
  }
  return {};
}

PlatformResult<void> FakeScreenSecurity::setSecure(bool secure) {
  calls_.push_back(secure ? "secure:1" : "secure:0");
  if (!supported_) {
    secure_ = false;
    return make_error(PlatformError::Unsupported, "screen security");
  }
  secure_ = secure;
  return {};
}

PlatformResult<void> FakeScreenSecurity::setKeepAwake(bool awake) {
  calls_.push_back(awake ? "awake:1" : "awake:0");
  if (!supported_) {
    awake_ = false;
    return make_error(PlatformError::Unsupported, "keep screen awake");
  }
  awake_ = awake;
  return {};
}

}  // namespace amparo::platform
