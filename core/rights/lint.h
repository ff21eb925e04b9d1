// Author-side checks of a pack (`amparo-pack lint`, run on the built-in pack by the build).
// Stricter than loading: loading accepts what is safe to show; lint demands what is complete.
#pragma once

#include <array>
#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

namespace amparo::rights {

// The ids the app's screens, links and tests rely on (issue 4).
inline constexpr std::array<std::string_view, 14> kKnownSituations = {
    "airport-entry",     "airport-exit",     "land-sea-port",    "tsa-checkpoint", "street",
    "local-police-287g", "home-door",        "vehicle",          "workplace",      "device-search",
    "after-encounter",   "arrest-detention", "sensitive-places", "plan-ahead"};
inline constexpr std::array<std::string_view, 7> kKnownStatuses = {
    "citizen", "lpr", "visa", "refugee-asylum", "tps-daca", "undocumented", "unsure"};

struct LintReport {
  std::vector<std::string> errors;  // "<path>: <problem>"
  std::vector<std::string> warnings;
  std::vector<std::string> summary;  // one per language: "en: 38/38 cards translated (reviewed)"
  [[nodiscard]] bool ok() const noexcept { return errors.empty(); }
};

// Checks a payload: first everything loading checks (stops at the first such error), then every card
// in every language, "say" <= kMaxSayChars characters, no empty strings, placeholders matching
// English, no markup or URLs in texts, caveat when certainty is not settled, known situation and
// status ids, every situation x status pair covered by a card.
[[nodiscard]] LintReport lint_payload(std::string_view payload);
[[nodiscard]] LintReport lint_source_folder(const std::filesystem::path& dir);

}  // namespace amparo::rights
