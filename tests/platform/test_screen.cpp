// SR-30 / SR-38: screen security and keep-awake answer honestly; desktop limitations are listed.
#include <algorithm>
#include <catch2/catch.hpp>
#include <filesystem>
#include <string>

#include "platform/screen/screen_security.h"
#include "platform/storage/backup_exclusion.h"

using amparo::platform::FakeScreenSecurity;
using amparo::platform::PlatformError;

TEST_CASE("SR-38 Linux screen security reports Unsupported, never silent success") {
  auto screen = amparo::platform::make_screen_security();
  auto secure = screen->setSecure(true);
  REQUIRE_FALSE(secure);
  CHECK(secure.error().code == PlatformError::Unsupported);
  CHECK_FALSE(screen->isSecure());

  auto awake = amparo::platform::make_keep_awake();
  auto kept = awake->setKeepAwake(true);
  REQUIRE_FALSE(kept);
  CHECK(kept.error().code == PlatformError::Unsupported);
  CHECK_FALSE(awake->isKeptAwake());
}

TEST_CASE("SR-38 desktop limitations name screen capture, other programs and swap") {
  const auto with_keyring = amparo::platform::desktop_limitations(true);
  const auto without_keyring = amparo::platform::desktop_limitations(false);
  const auto has = [](const auto& keys, std::string_view key) {
    return std::find(keys.begin(), keys.end(), key) != keys.end();
  };
  CHECK(has(with_keyring, "platform.screen-capture"));
  CHECK(has(with_keyring, "platform.programs-read"));
  CHECK(has(with_keyring, "platform.swap"));
  CHECK_FALSE(has(with_keyring, "platform.no-keyring"));
  CHECK(has(without_keyring, "platform.no-keyring"));
  for (const auto key : without_keyring) {
    INFO(std::string(key));
    CHECK_FALSE(amparo::platform::english_text(key).empty());
    // SR-38: never claim screenshot blocking or secure memory.
    const std::string text(amparo::platform::english_text(key));
    CHECK(text.find("protected from screenshots") == std::string::npos);
  }
  CHECK(amparo::platform::english_text("no.such.key").empty());
}

TEST_CASE("SR-30 fake ScreenSecurity logs calls") {
  FakeScreenSecurity fake;
  REQUIRE(fake.setSecure(true));
  CHECK(fake.isSecure());
  REQUIRE(fake.setKeepAwake(true));
  REQUIRE(fake.setSecure(false));
  CHECK(fake.calls() == std::vector<std::string_view>{"secure:1", "awake:1", "secure:0"});

  FakeScreenSecurity desktop(false);
  auto result = desktop.setSecure(true);
  REQUIRE_FALSE(result);
  CHECK(result.error().code == PlatformError::Unsupported);
  CHECK_FALSE(desktop.isSecure());
}

TEST_CASE("SR-31 desktop backup exclusion is reported Unsupported") {
  auto result = amparo::platform::exclude_from_backup(std::filesystem::temp_directory_path());
  REQUIRE_FALSE(result);
  CHECK(result.error().code == PlatformError::Unsupported);
  auto missing = amparo::platform::exclude_from_backup("/nonexistent/amparo-vault");
  REQUIRE_FALSE(missing);
  CHECK(missing.error().code == PlatformError::Failed);
}
