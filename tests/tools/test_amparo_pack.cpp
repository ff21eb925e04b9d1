// amparo-pack command line: exit codes and the exact error code named on stderr for each failure.
#include <sys/stat.h>
#include <sys/wait.h>

#include <array>
#include <catch2/catch.hpp>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <functional>
#include <nlohmann/json.hpp>
#include <string>

#include "crypto/random.h"

namespace fs = std::filesystem;
using nlohmann::json;

namespace {

struct Result {
  int exit = -1;
  std::string output;  // stdout and stderr
};

std::string quote(const std::string& s) {
  std::string q = "'";
  for (char c : s) q += c == '\'' ? std::string("'\\''") : std::string(1, c);
  return q + "'";
}

Result run(const std::string& args) {
  const std::string cmd = quote(AMPARO_PACK_EXE) + " " + args + " 2>&1";
  Result r;
  FILE* p = popen(cmd.c_str(), "r");
  REQUIRE(p != nullptr);
  std::array<char, 4096> buf{};
  std::size_t n = 0;
  while ((n = fread(buf.data(), 1, buf.size(), p)) > 0) r.output.append(buf.data(), n);
  const int status = pclose(p);
  r.exit = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  return r;
}

struct Workspace {
  fs::path dir = fs::temp_directory_path() / ("amparo-pack-test-" + amparo::crypto::random_id(8));
  Workspace() {
    fs::create_directories(dir);
    REQUIRE(run("keygen --out " + quote((dir / "keys").string())).exit == 0);
  }
  ~Workspace() {
    std::error_code ec;
    fs::remove_all(dir, ec);
  }
  Workspace(const Workspace&) = delete;
  Workspace& operator=(const Workspace&) = delete;
  [[nodiscard]] std::string secret() const { return quote((dir / "keys" / "publisher.secret").string()); }
  [[nodiscard]] std::string pub() const { return quote((dir / "keys" / "publisher.pub").string()); }
  [[nodiscard]] std::string path(const std::string& name) const { return quote((dir / name).string()); }

  // Copies the fixture source to DIR/name, applying `edit` to manifest.json and the language files.
  std::string source(const std::string& name,
                     const std::function<void(json& manifest, json& en, json& es)>& edit = {}) {
    const fs::path src = fs::path(AMPARO_RIGHTS_TEST_DATA) / "fixture-src";
    const fs::path out = dir / name;
    fs::create_directories(out);
    auto load = [&](const char* f) { return json::parse(std::ifstream(src / f)); };
    json m = load("manifest.json"), en = load("en.json"), es = load("es.json");
    if (edit) edit(m, en, es);
    std::ofstream(out / "manifest.json") << m.dump(2);
    std::ofstream(out / "en.json") << en.dump(2);
    if (!es.is_null()) std::ofstream(out / "es.json") << es.dump(2);
    return quote(out.string());
  }
  Result build(const std::string& src, const std::string& pack) {
    return run("build " + src + " --key " + secret() + " --out " + path(pack));
  }
};

bool contains(const std::string& s, const std::string& part) {
  return s.find(part) != std::string::npos;
}

}  // namespace

TEST_CASE("keygen writes a 0600 secret key and a public key, and never overwrites", "[amparo-pack]") {
  Workspace w;
  struct stat st {};
  REQUIRE(::stat((w.dir / "keys" / "publisher.secret").c_str(), &st) == 0);
  CHECK((st.st_mode & 0777) == 0600);
  REQUIRE(::stat((w.dir / "keys").c_str(), &st) == 0);
  CHECK((st.st_mode & 0777) == 0700);
  const auto again = run("keygen --out " + w.path("keys"));
  CHECK(again.exit == 1);
  CHECK(contains(again.output, "amparo-pack: Io: "));
  CHECK(contains(again.output, "already exists"));
}

TEST_CASE("build then verify prints id, version, date, languages and fingerprint", "[amparo-pack]") {
  Workspace w;
  const auto built = w.build(w.source("src"), "p.amppack");
  INFO(built.output);
  REQUIRE(built.exit == 0);
  const auto v = run("verify " + w.path("p.amppack") + " --pubkey " + w.pub());
  INFO(v.output);
  CHECK(v.exit == 0);
  CHECK(contains(v.output, "id: us\n"));
  CHECK(contains(v.output, "version: 1\n"));
  CHECK(contains(v.output, "published: 2026-11-26"));
  CHECK(contains(v.output, "languages: en (reviewed), es (draft)\n"));
  CHECK(contains(v.output, "signature: OK\n"));
  std::ifstream pub(w.dir / "keys" / "publisher.pub");
  std::string text((std::istreambuf_iterator<char>(pub)), {});
  const auto fp_line = text.substr(text.find("fingerprint: "));
  CHECK(contains(v.output, fp_line));
}

TEST_CASE("verify: a flipped byte is BadSignature", "[amparo-pack][SR-25]") {
  Workspace w;
  REQUIRE(w.build(w.source("src"), "p.amppack").exit == 0);
  {
    std::fstream f(w.dir / "p.amppack", std::ios::in | std::ios::out | std::ios::binary);
    f.seekg(300);
    char c = 0;
    f.get(c);
    f.seekp(300);
    f.put(static_cast<char>(c ^ 0x01));
  }
  const auto v = run("verify " + w.path("p.amppack") + " --pubkey " + w.pub());
  CHECK(v.exit == 1);
  CHECK(contains(v.output, "amparo-pack: BadSignature"));
  CHECK_FALSE(contains(v.output, "signature: OK"));
}

TEST_CASE("verify: another publisher's key is UnknownPublisher", "[amparo-pack][SR-25]") {
  Workspace w, other;
  REQUIRE(w.build(w.source("src"), "p.amppack").exit == 0);
  const auto v = run("verify " + w.path("p.amppack") + " --pubkey " + other.pub());
  CHECK(v.exit == 1);
  CHECK(contains(v.output, "amparo-pack: UnknownPublisher: key "));
}

TEST_CASE("verify: a rolled-back version is Rollback", "[amparo-pack][SR-26]") {
  Workspace w;
  REQUIRE(w.build(w.source("v2", [](json& m, json&, json&) { m["version"] = 2; }), "v2.amppack").exit == 0);
  CHECK(run("verify " + w.path("v2.amppack") + " --pubkey " + w.pub() + " --newer-than 1").exit == 0);
  for (const char* installed : {"2", "3"}) {
    const auto v =
        run("verify " + w.path("v2.amppack") + " --pubkey " + w.pub() + " --newer-than " + installed);
    CHECK(v.exit == 1);
    CHECK(contains(v.output, "amparo-pack: Rollback: version 2 is not newer than " + std::string(installed)));
  }
}

TEST_CASE("lint: missing language, malformed field, unknown situation id are specific errors",
          "[amparo-pack]") {
  Workspace w;
  const auto ok = run("lint " + w.source("ok"));
  CHECK(ok.exit == 0);
  CHECK(contains(ok.output, "en: 4/4 cards translated (reviewed)\nes: 4/4 cards translated (draft)\n"));

  const auto missing = run("lint " + w.source("missing", [](json&, json&, json& es) { es = nullptr; }));
  CHECK(missing.exit == 1);
  CHECK(contains(missing.output, "error: MissingLanguage: es.json: missing (listed in manifest.languages)"));

  const auto malformed = run(
      "lint " + w.source("malformed", [](json& m, json&, json&) { m["cards"][1]["priority"] = "first"; }));
  CHECK(malformed.exit == 1);
  CHECK(contains(malformed.output, "error: MalformedField: manifest.cards[1].priority: must be an integer"));

  const auto unknown = run(
      "lint " + w.source("unknown", [](json& m, json&, json&) { m["cards"][1]["situations"][0] = "moon"; }));
  CHECK(unknown.exit == 1);
  CHECK(contains(unknown.output,
                 "error: UnknownSituation: manifest.cards[1].situations[0]: unknown situation moon"));

  const auto source =
      run("lint " + w.source("source", [](json& m, json&, json&) { m["cards"][3]["sources"][0] = "S99"; }));
  CHECK(source.exit == 1);
  CHECK(contains(source.output, "error: UnknownSource: manifest.cards[3].sources[0]: unknown source S99"));

  {
    // Duplicate keys in a source file are refused.
    (void)w.source("dup");
    std::string text;
    {
      std::ifstream in(w.dir / "dup" / "en.json");
      text.assign((std::istreambuf_iterator<char>(in)), {});
    }
    text.insert(text.find('{') + 1, "\"name\": \"X\",");
    std::ofstream(w.dir / "dup" / "en.json") << text;
  }
  const auto dup2 = run("lint " + w.path("dup"));
  CHECK(dup2.exit == 1);
  CHECK(contains(dup2.output, "error: MalformedJson: en.json: name: duplicate key"));

  const auto rules = run("lint " + w.source("rules", [](json&, json&, json& es) {
    es["say_lines"]["free-to-leave"] = std::string(130, 'a');
    es["cards"].erase("door-warrant");
  }));
  CHECK(rules.exit == 1);
  CHECK(contains(rules.output, "error: languages.es.say_lines.free-to-leave: 130 characters, limit 120\n"));
  CHECK(contains(rules.output, "error: languages.es.cards.door-warrant: missing (card not translated)\n"));
  CHECK(contains(rules.output, "es: 3/4 cards translated (draft)\n"));
  CHECK(contains(rules.output, "amparo-pack: LintFailed: 2 error(s)"));
}

TEST_CASE("build refuses a source with lint errors, usage errors exit 2", "[amparo-pack]") {
  Workspace w;
  const auto r = w.build(w.source("bad", [](json&, json&, json& es) { es["cards"].erase("door-warrant"); }),
                         "x.amppack");
  CHECK(r.exit == 1);
  CHECK(contains(r.output, "amparo-pack: LintFailed"));
  CHECK_FALSE(fs::exists(w.dir / "x.amppack"));
  CHECK(run("").exit == 2);
  CHECK(run("frobnicate").exit == 2);
  CHECK(run("build " + w.source("ok")).exit == 2);
  CHECK(run("verify x --pubkey y --bogus z").exit == 2);
  const auto badkey = run("build " + w.source("ok2") + " --key " + w.pub() + " --out " + w.path("y.amppack"));
  CHECK(badkey.exit == 1);
  CHECK(contains(badkey.output, "amparo-pack: BadKey"));
}
