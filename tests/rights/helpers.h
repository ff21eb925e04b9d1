// Shared helpers for the rights tests: fixture sources as JSON, signing, temporary folders.
#pragma once

#include <algorithm>
#include <catch2/catch.hpp>
#include <filesystem>
#include <functional>
#include <nlohmann/json.hpp>
#include <string>

#include "crypto/random.h"
#include "crypto/signature.h"
#include "rights/bounded_json.h"
#include "rights/container.h"
#include "rights/lint.h"
#include "rights/source.h"

namespace amparo::rights::test {

inline std::filesystem::path data_dir() {
  return AMPARO_RIGHTS_TEST_DATA;
}

// The fixture source folder combined as {"manifest":..., "languages":...}.
inline nlohmann::json fixture_json() {
  auto src = read_source_folder(data_dir() / "fixture-src");
  REQUIRE(src);
  return nlohmann::json::parse(src->payload);
}

// Lint of the fixture after `mutate`, and whether one of its errors starts with `prefix`.
inline LintReport lint_fixture(const std::function<void(nlohmann::json&)>& mutate) {
  nlohmann::json root = fixture_json();
  mutate(root);
  return lint_payload(canonical_json(root));
}
inline bool has_error(const LintReport& r, const std::string& prefix) {
  return std::any_of(r.errors.begin(), r.errors.end(),
                     [&](const std::string& e) { return e.rfind(prefix, 0) == 0; });
}

struct Signer {
  crypto::SigningKeyPair key = crypto::SigningKeyPair::generate();
  [[nodiscard]] Publisher publisher(std::string name = "test publisher") const {
    return Publisher{std::move(name), key.public_key};
  }
  [[nodiscard]] Bytes seal(const std::string& payload) const {
    auto sealed = seal_pack(payload, key.secret_key);
    REQUIRE(sealed);
    return std::move(sealed).value();
  }
  [[nodiscard]] Bytes seal(const nlohmann::json& root) const { return seal(canonical_json(root)); }
};

inline nlohmann::json with_version(nlohmann::json root, int version) {
  root["manifest"]["version"] = version;
  return root;
}

struct TempDir {
  std::filesystem::path path =
      std::filesystem::temp_directory_path() / ("amparo-rights-test-" + crypto::random_id(8));
  TempDir() { std::filesystem::create_directories(path); }
  ~TempDir() {
    std::error_code ec;
    std::filesystem::remove_all(path, ec);
  }
  TempDir(const TempDir&) = delete;
  TempDir& operator=(const TempDir&) = delete;
};

}  // namespace amparo::rights::test
