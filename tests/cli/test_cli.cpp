// amparo-cli framework tests: argument parser, passphrase input from a descriptor, and the note
// JSON parser (SR-28).
#include <unistd.h>

#include <catch2/catch.hpp>
#include <string>
#include <vector>

#include "cli.h"
#include "passphrase.h"
#include "vault/note_json.h"

using namespace amparo;
using amparo::cli::Args;
using amparo::cli::Command;

namespace {

int noop(const Args&) {
  return 0;
}

const Command& test_command() {
  static const Command c{"demo", "", "", {{"vault", true}, {"yes", false}, {"tag", true, true}}, 1, 2, noop};
  return c;
}

std::optional<Args> parse(std::vector<std::string> words, std::string& error) {
  static std::vector<std::string> storage;
  storage = std::move(words);
  static std::vector<char*> argv;
  argv.clear();
  for (auto& w : storage) argv.push_back(w.data());
  return cli::parse(test_command(), argv, error);
}

// Writes `bytes` into a pipe and returns its read end (the write end is closed).
int pipe_with(const std::string& bytes) {
  int fds[2];
  REQUIRE(::pipe(fds) == 0);
  REQUIRE(::write(fds[1], bytes.data(), bytes.size()) == static_cast<ssize_t>(bytes.size()));
  ::close(fds[1]);
  return fds[0];
}

vault::VaultResult<vault::NoteFields> from_json(std::string_view s) {
  return vault::note_from_json(as_bytes(s));
}

std::string json_error(std::string_view s) {
  auto r = from_json(s);
  REQUIRE_FALSE(r);
  CHECK(r.error().code == vault::VaultError::InvalidNote);
  return r.error().detail;
}

}  // namespace

TEST_CASE("arguments: options, values and positionals") {
  std::string error;
  auto a = parse({"--vault", "/v", "ID", "--yes", "--tag=a", "--tag", "b"}, error);
  REQUIRE(a);
  CHECK(a->value("vault") == "/v");
  CHECK(a->has("yes"));
  CHECK(a->values("tag") == std::vector<std::string_view>{"a", "b"});
  CHECK(a->positionals() == std::vector<std::string_view>{"ID"});
  // "--" ends options; a value may start with '-'
  a = parse({"--vault", "-x", "--", "--yes"}, error);
  REQUIRE(a);
  CHECK(a->value("vault") == "-x");
  CHECK_FALSE(a->has("yes"));
  CHECK(a->positionals() == std::vector<std::string_view>{"--yes"});
}

TEST_CASE("arguments: strict errors") {
  std::string error;
  CHECK_FALSE(parse({"ID", "--unknown"}, error));
  CHECK(error == "unknown option --unknown");
  CHECK_FALSE(parse({"ID", "--vault"}, error));
  CHECK(error == "--vault needs a value");
  CHECK_FALSE(parse({"ID", "--vault", "a", "--vault", "b"}, error));
  CHECK(error == "--vault given more than once");
  CHECK_FALSE(parse({"ID", "--yes=1"}, error));
  CHECK(error == "--yes takes no value");
  CHECK_FALSE(parse({"ID", "-v"}, error));
  CHECK_FALSE(parse({"--yes"}, error));
  CHECK(error == "missing argument");
  CHECK_FALSE(parse({"a", "b", "c"}, error));
  CHECK(error == "unexpected argument");
  CHECK_FALSE(parse({"ID", "--vaul", "x"}, error));  // no abbreviations
  // --help is accepted anywhere and skips the positional count
  auto h = parse({"--help"}, error);
  REQUIRE(h);
  CHECK(h->has("help"));
}

TEST_CASE("arguments: strict integers") {
  CHECK(cli::parse_uint("3") == 3u);
  CHECK(cli::parse_uint("0") == 0u);
  CHECK_FALSE(cli::parse_uint(""));
  CHECK_FALSE(cli::parse_uint("-1"));
  CHECK_FALSE(cli::parse_uint("+3"));
  CHECK_FALSE(cli::parse_uint("3 "));
  CHECK_FALSE(cli::parse_uint("0x3"));
  CHECK_FALSE(cli::parse_uint("99999999999999999999999"));
}

TEST_CASE("passphrase fd: one line at a time, into guarded memory") {
  const int fd = pipe_with("first secret\nsecond secret\r\nlast without newline");
  auto a = cli::read_passphrase_fd(fd);
  REQUIRE(a);
  CHECK(a->as_text() == "first secret");
  auto b = cli::read_passphrase_fd(fd);
  REQUIRE(b);
  CHECK(b->as_text() == "second secret");  // CR dropped
  auto c = cli::read_passphrase_fd(fd);
  REQUIRE(c);
  CHECK(c->as_text() == "last without newline");
  auto d = cli::read_passphrase_fd(fd);
  REQUIRE_FALSE(d);
  CHECK(d.error().exit == cli::Exit::Usage);  // end of input
  ::close(fd);
}

TEST_CASE("passphrase fd: empty, NUL, too long and closed descriptors are refused") {
  int fd = pipe_with("\n");
  auto e = cli::read_passphrase_fd(fd);
  REQUIRE_FALSE(e);
  CHECK(e.error().message == "empty passphrase");
  ::close(fd);

  fd = pipe_with(std::string("a\0b\n", 4));
  auto z = cli::read_passphrase_fd(fd);
  REQUIRE_FALSE(z);
  CHECK(z.error().exit == cli::Exit::InvalidInput);
  ::close(fd);

  fd = pipe_with(std::string(cli::kMaxPassphraseBytes + 1, 'x') + "\nnext\n");
  auto l = cli::read_passphrase_fd(fd);
  REQUIRE_FALSE(l);
  CHECK(l.error().exit == cli::Exit::InvalidInput);
  auto next = cli::read_passphrase_fd(fd);  // the long line was drained, not split
  REQUIRE(next);
  CHECK(next->as_text() == "next");
  ::close(fd);

  auto closed = cli::read_passphrase_fd(987);
  REQUIRE_FALSE(closed);
  CHECK(closed.error().exit == cli::Exit::Usage);
}

TEST_CASE("SR-11 new passphrases need 10 characters (counted as UTF-8 characters)") {
  CHECK(cli::utf8_length("ñandú") == 5);
  const int fd = pipe_with("ñandúñandú\nshort\n");
  cli::PassphraseSource source(fd);
  CHECK(source.fresh("")->as_text() == "ñandúñandú");
  auto s = source.fresh("");
  REQUIRE_FALSE(s);
  CHECK(s.error().exit == cli::Exit::NotConfirmed);
  ::close(fd);
}

TEST_CASE("note JSON: every field round-trips") {
  vault::NoteFields f;
  f.title = vault::to_text("Stop at \"Main\" \\ St");
  f.when_start = vault::to_text("2026-03-01T14:30");
  f.when_end = vault::to_text("2026-03-01T16:00");
  f.time_zone = vault::to_text("America/Chicago");
  f.where = vault::to_text("bus station");
  f.agency = vault::Agency::Other;
  f.agency_other = vault::to_text("state patrol");
  f.officer_names = {vault::to_text("A"), vault::to_text("B")};
  f.badge_numbers = {vault::to_text("123")};
  f.vehicles = {vault::to_text("white van")};
  f.biometric_steps = vault::kBiometricAll;
  f.officer_device = vault::to_text("phone app");
  f.consent_asked = vault::Answer::No;
  f.status_asked = vault::Answer::Yes;
  f.status_stated = vault::Answer::DontKnow;
  f.reference_number = vault::to_text("REF-1");
  f.held_duration = vault::to_text("2 hours");
  f.what_was_said = vault::to_text("line 1\nline 2\ttab");
  f.what_was_taken = vault::to_text("phone");
  f.witnesses = vault::to_text("neighbour");
  f.injuries = vault::to_text("none");
  f.narrative = vault::to_text("ñ 日本 \x7f");
  for (bool pretty : {false, true}) {
    const auto json = vault::note_to_json(f, pretty);
    auto back = vault::note_from_json(as_bytes(vault::view(json)));
    REQUIRE(back);
    CHECK(*back == f);
  }
  vault::NoteFields only_title;
  only_title.title = vault::to_text("t");
  CHECK(vault::view(vault::note_to_json(only_title)) == R"({"title":"t"})");
}

TEST_CASE("note JSON: null means not given, minimal notes pass") {
  auto r = from_json(R"({"title":"t","where":null,"officer_names":null})");
  REQUIRE(r);
  CHECK(r->where.empty());
  CHECK(r->officer_names.empty());
  CHECK(from_json(R"( {"narrative":"only"} )"));
}

TEST_CASE("SR-28 note JSON: unknown and duplicate keys refused") {
  CHECK(json_error(R"({"title":"t","colour":"red"})") == "json: unknown key colour");
  CHECK(json_error(R"({"title":"t","my secret words":"x"})") == "json: unknown key");  // not echoed
  CHECK(json_error(R"({"title":"a","title":"b"})") == "json: duplicate key title");
  CHECK(json_error(R"({"title":"a","narrative":"n","narrative":null})") == "json: duplicate key narrative");
}

TEST_CASE("SR-28 note JSON: depth, types and trailing bytes") {
  CHECK(json_error(R"({"title":{"a":"b"}})") == "json: nested objects are not allowed");
  CHECK(json_error(R"({"officer_names":[["a"]]})") == "json: nested too deeply");
  CHECK(json_error(R"({"title":["a"]})") == "json: title must be a string");
  CHECK(json_error(R"({"officer_names":"a"})") == "json: officer_names must be an array of strings");
  CHECK(json_error(R"({"officer_names":[1]})") == "json: officer_names items must be strings");
  CHECK(json_error(R"({"title":true})") == "json: title must be a string");
  CHECK(json_error(R"({"title":1.5})") == "json: title must be a string");
  CHECK(json_error(R"(["a"])") == "json: the top level must be an object");
  CHECK(json_error(R"("a")") == "json: the top level must be an object");
  CHECK(json_error(R"({"title":"t"}x)") == "json: syntax error at byte 14");
  CHECK(json_error(R"({"title":"t"})"
                   "\n{}")
            .starts_with("json: syntax error"));
  CHECK(json_error("{\"title\":\"\xff\"}").starts_with("json: syntax error"));  // invalid UTF-8
  CHECK(json_error(R"({"title":"t",})").starts_with("json: syntax error"));
  CHECK(json_error("").starts_with("json: syntax error"));
  CHECK(json_error(R"({"title":"t" /* c */})").starts_with("json: syntax error"));  // no comments
}

TEST_CASE("SR-28 note JSON: caps before allocation") {
  std::string many = R"({"title":"t","badge_numbers":[)";
  for (int i = 0; i < 33; ++i) many += (i ? ",\"b\"" : "\"b\"");
  many += "]}";
  CHECK(json_error(many) == "json: badge_numbers has more than 32 items");
  const std::string big(vault::NoteJsonLimits::kMaxBytes + 1, ' ');
  CHECK(json_error(big).starts_with("json: input larger than"));
  // a field over its cap is refused by validate(), naming the field
  const std::string long_title = R"({"title":")" + std::string(300, 'a') + R"("})";
  CHECK(json_error(long_title) == "title: too long");
  CHECK(json_error(R"({"biometric_steps":["iris","iris"],"title":"t"})") ==
        "json: repeated value in biometric_steps");
  CHECK(json_error(R"({"title":"t","agency":"fbi"})") == "json: unknown value for agency");
  CHECK(json_error(R"({"title":"t","consent_asked":"maybe"})") == "json: unknown value for consent_asked");
  CHECK(json_error(R"({"title":"bell\u0007"})").starts_with("title"));  // control characters: validate()
}
