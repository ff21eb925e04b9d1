// core/rights: pack container, validation, guide queries, search, store (SR-25..SR-28).
#include <algorithm>
#include <catch2/catch.hpp>
#include <fstream>
#include <functional>
#include <set>
#include <string>

#include "helpers.h"
#include "rights/keyfile.h"
#include "rights/lint.h"
#include "rights/pack.h"
#include "rights/store.h"

using namespace amparo;
using namespace amparo::rights;
using namespace amparo::rights::test;
using nlohmann::json;

namespace {

Pack open_ok(const Signer& s, const json& root) {
  auto p = open_pack(s.seal(root), {s.publisher()});
  if (!p) FAIL(to_string(p.error()));
  return std::move(p).value();
}

RightsFailure open_err(const Signer& s, const json& root) {
  auto p = open_pack(s.seal(root), {s.publisher()});
  REQUIRE_FALSE(p);
  return p.error();
}

std::vector<std::string> ids(const std::vector<CardView>& cards) {
  std::vector<std::string> out;
  for (const auto& c : cards) out.push_back(c.id);
  return out;
}

}  // namespace

TEST_CASE("fixture pack opens and answers the guide in order", "[rights]") {
  const Signer s;
  const Pack p = open_ok(s, fixture_json());
  CHECK(p.id() == "us");
  CHECK(p.version() == 1);
  CHECK(p.language_codes() == std::vector<std::string>{"en", "es"});
  CHECK(p.fingerprint() == publisher_fingerprint(s.key.public_key));

  auto street_citizen = p.cards_for("street", std::string_view("citizen"), "en");
  REQUIRE(street_citizen);
  CHECK(ids(*street_citizen) == std::vector<std::string>{"encounter-basics", "street-silence"});

  auto street_undoc = p.cards_for("street", std::string_view("undocumented"), "es");
  REQUIRE(street_undoc);
  REQUIRE(ids(*street_undoc) ==
          std::vector<std::string>{"encounter-basics", "street-silence", "street-papers-undocumented"});
  const CardView& papers = (*street_undoc)[2];
  CHECK(papers.title == "Si le piden papeles");
  REQUIRE(papers.say_lines.size() == 1);
  CHECK(papers.say_lines[0].say == "Quiero guardar silencio.");
  CHECK(papers.say_lines[0].say_en == "I want to remain silent.");
  CHECK_FALSE(papers.fallback);
  CHECK(papers.certainty == Certainty::Uncertain);
  CHECK_FALSE(papers.caveat.empty());
  CHECK(papers.statuses == std::vector<std::string>{"undocumented", "unsure"});
  REQUIRE(papers.sources.size() == 2);
  CHECK(papers.sources[0].id == "S24");
  CHECK(papers.sources[0].date == "2025");
  CHECK(papers.sources[0].url == "https://example.org/s24");
  CHECK_FALSE(papers.review);  // no lawyer on record: a draft
  REQUIRE((*street_undoc)[0].review);
  CHECK((*street_undoc)[0].review->by == "Fixture Reviewer");

  // No status: every card of the situation, status-specific ones labelled with their statuses.
  auto street_all = p.cards_for("street", std::nullopt, "en");
  REQUIRE(street_all);
  CHECK(street_all->size() == 3);
  CHECK(street_all->back().statuses.size() == 2);
  CHECK(street_all->front().statuses.empty());

  CHECK(p.default_card("es").id == "encounter-basics");
  CHECK(p.default_card("es").title == "Mantenga la calma y guarde silencio");

  const auto sits = p.situations("es");
  REQUIRE(sits.size() == 2);
  CHECK(sits[0].id == "street");
  CHECK(sits[0].title == "En la calle");
  CHECK(p.status("unsure", "en")->title == "Not sure");

  auto unknown_sit = p.cards_for("moon", std::nullopt, "en");
  REQUIRE_FALSE(unknown_sit);
  CHECK(unknown_sit.error().code == RightsError::UnknownSituation);
  auto unknown_status = p.cards_for("street", std::string_view("martian"), "en");
  REQUIRE_FALSE(unknown_status);
  CHECK(unknown_status.error().code == RightsError::UnknownStatus);
  CHECK(p.glossary("es").at(0).term == "Orden judicial");
}

TEST_CASE("missing translations fall back to English and are flagged", "[rights]") {
  const Signer s;
  json root = fixture_json();
  root["languages"]["es"]["cards"].erase("door-warrant");
  root["languages"]["es"]["say_lines"].erase("slide-warrant");
  root["languages"]["es"]["cards"]["street-silence"].erase("dont");
  root["languages"]["es"]["situations"].erase("home-door");
  root["manifest"]["languages"][1]["state"] = "draft";
  const Pack p = open_ok(s, root);

  const auto door = p.card("door-warrant", "es");
  REQUIRE(door);
  CHECK(door->fallback);
  CHECK(door->title == "Don't open the door");
  REQUIRE(door->say_lines.size() == 1);
  CHECK(door->say_lines[0].say == door->say_lines[0].say_en);
  CHECK(door->say_lines[0].fallback);

  const auto silence = p.card("street-silence", "es");
  CHECK(silence->fallback);
  CHECK(silence->title == "Puede guardar silencio en la calle");
  CHECK(silence->dont_list == std::vector<std::string>{"Don't answer questions about where you were born."});

  CHECK_FALSE(p.card("encounter-basics", "es")->fallback);
  CHECK_FALSE(p.card("door-warrant", "en")->fallback);
  CHECK(p.card("door-warrant", "fr")->fallback);  // a language the pack does not have
  CHECK(p.situation("home-door", "es")->fallback);
  CHECK(p.situation("home-door", "es")->title == "At your door");

  const LintReport lint = lint_payload(canonical_json(root));
  CHECK_FALSE(lint.ok());
  CHECK(std::count_if(lint.errors.begin(), lint.errors.end(), [](const std::string& e) {
          return e.find("languages.es.cards.door-warrant: missing") == 0;
        }) == 1);
  CHECK(std::find(lint.summary.begin(), lint.summary.end(), "es: 3/4 cards translated (draft)") !=
        lint.summary.end());
}

TEST_CASE("SR-25 a flipped byte in a pack is refused before parsing", "[rights][SR-25]") {
  const Signer s;
  const Bytes good = s.seal(fixture_json());
  REQUIRE(open_pack(good, {s.publisher()}));
  const std::set<RightsError> framing = {RightsError::BadSignature, RightsError::UnknownPublisher,
                                         RightsError::UnsupportedFormat, RightsError::Truncated,
                                         RightsError::TrailingData};
  // Every byte of the file, one at a time: the error always comes from framing/trust/signature,
  // never from the JSON parser or validation (which would mean parse ran on unverified bytes).
  for (std::size_t i = 0; i < good.size(); ++i) {
    Bytes bad = good;
    bad[i] ^= 0x01;
    auto r = open_pack(bad, {s.publisher()});
    REQUIRE_FALSE(r);
    INFO("byte " << i << ": " << to_string(r.error()));
    REQUIRE(framing.count(r.error().code) == 1);
    if (i >= kPackHeaderSize) REQUIRE(r.error().code == RightsError::BadSignature);
  }
  // A payload that is not even JSON but carries a good signature fails in the parser: so the
  // signature check above really came first.
  const Bytes not_json = s.seal(std::string("{not json"));
  auto r = open_pack(not_json, {s.publisher()});
  REQUIRE_FALSE(r);
  CHECK(r.error().code == RightsError::MalformedJson);
}

TEST_CASE("SR-25 unknown publisher key is refused", "[rights][SR-25]") {
  const Signer trusted, stranger;
  const Bytes pack = stranger.seal(fixture_json());
  auto r = open_pack(pack, {trusted.publisher()});
  REQUIRE_FALSE(r);
  CHECK(r.error().code == RightsError::UnknownPublisher);
  CHECK(r.error().detail.find(publisher_fingerprint(stranger.key.public_key)) != std::string::npos);

  // Changed key: the header names the trusted key but the signature is the stranger's.
  Bytes swapped = pack;
  std::copy(trusted.key.public_key.begin(), trusted.key.public_key.end(), swapped.begin() + 12);
  auto r2 = open_pack(swapped, {trusted.publisher()});
  REQUIRE_FALSE(r2);
  CHECK(r2.error().code == RightsError::BadSignature);

  // No trusted keys at all.
  auto r3 = open_pack(pack, {});
  REQUIRE_FALSE(r3);
  CHECK(r3.error().code == RightsError::UnknownPublisher);
}

TEST_CASE("SR-26 an older or equal version is refused and the installed pack stays", "[rights][SR-26]") {
  const Signer builtin_key, org;
  const Pack builtin = open_ok(builtin_key, fixture_json());
  MemoryPackStorage storage;
  auto opened = PackStore::open(builtin, storage);
  REQUIRE(opened);
  PackStore store = std::move(opened).value();
  CHECK(store.active_origin() == PackOrigin::BuiltIn);

  // Not pinned yet: refused.
  auto r0 = store.install(org.seal(with_version(fixture_json(), 3)));
  REQUIRE_FALSE(r0);
  CHECK(r0.error().code == RightsError::UnknownPublisher);

  REQUIRE(store.pin_publisher(org.publisher("Legal aid org")));
  // Equal to the built-in version: refused.
  auto r1 = store.install(org.seal(with_version(fixture_json(), 1)));
  REQUIRE_FALSE(r1);
  CHECK(r1.error().code == RightsError::Rollback);

  REQUIRE(store.install(org.seal(with_version(fixture_json(), 3))));
  CHECK(store.active().version() == 3);
  CHECK(store.active_origin() == PackOrigin::Installed);
  CHECK(store.rollback_floor("us") == 3);

  for (int v : {2, 3}) {
    auto r = store.install(org.seal(with_version(fixture_json(), v)));
    REQUIRE_FALSE(r);
    CHECK(r.error().code == RightsError::Rollback);
    CHECK(store.active().version() == 3);
  }
  // Bad signature, malformed field, storage failure: each refused, version 3 stays in use.
  Bytes flipped = org.seal(with_version(fixture_json(), 4));
  flipped[flipped.size() - 1] ^= 0x80;
  CHECK(store.install(flipped).error().code == RightsError::BadSignature);
  json malformed = with_version(fixture_json(), 4);
  malformed["manifest"]["cards"][0]["priority"] = "high";
  CHECK(store.install(org.seal(malformed)).error().code == RightsError::MalformedField);
  storage.fail_writes = true;
  CHECK(store.install(org.seal(with_version(fixture_json(), 4))).error().code == RightsError::Storage);
  storage.fail_writes = false;
  CHECK(store.active().version() == 3);
  CHECK(store.rollback_floor("us") == 3);

  // The one exception: an explicit return to the built-in pack. The floor stays.
  REQUIRE(store.return_to_builtin());
  CHECK(store.active_origin() == PackOrigin::BuiltIn);
  CHECK(store.active().version() == 1);
  CHECK(store.install(org.seal(with_version(fixture_json(), 3))).error().code == RightsError::Rollback);
  REQUIRE(store.install(org.seal(with_version(fixture_json(), 4))));
  CHECK(store.active().version() == 4);

  // Unpinning the publisher stops using its pack.
  REQUIRE(store.unpin_publisher(org.key.public_key));
  CHECK(store.active_origin() == PackOrigin::BuiltIn);
  CHECK(store.rollback_floor("us") == 4);
}

TEST_CASE("SR-26 rollback refusal survives restart", "[rights][SR-26]") {
  const Signer builtin_key, org;
  const Pack builtin = open_ok(builtin_key, fixture_json());
  TempDir dir;
  {
    DirectoryPackStorage storage(dir.path / "store");
    auto store = PackStore::open(builtin, storage);
    REQUIRE(store);
    REQUIRE(store->pin_publisher(org.publisher("Legal aid org")));
    REQUIRE(store->install(org.seal(with_version(fixture_json(), 5))));
  }
  {
    DirectoryPackStorage storage(dir.path / "store");
    auto store = PackStore::open(builtin, storage);
    REQUIRE(store);
    CHECK(store->dropped().empty());
    CHECK(store->active().version() == 5);
    CHECK(store->publishers().size() == 1);
    auto older = store->install(org.seal(with_version(fixture_json(), 4)));
    REQUIRE_FALSE(older);
    CHECK(older.error().code == RightsError::Rollback);
    REQUIRE(store->return_to_builtin());
  }
  {
    DirectoryPackStorage storage(dir.path / "store");
    auto store = PackStore::open(builtin, storage);
    REQUIRE(store);
    CHECK(store->active_origin() == PackOrigin::BuiltIn);
    CHECK(store->rollback_floor("us") == 5);
    CHECK(store->install(org.seal(with_version(fixture_json(), 5))).error().code == RightsError::Rollback);
    CHECK(store->install(org.seal(with_version(fixture_json(), 2))).error().code == RightsError::Rollback);
    REQUIRE(store->install(org.seal(with_version(fixture_json(), 6))));
  }
  {
    // A damaged stored pack is not used (and reported); the built-in one is shown.
    DirectoryPackStorage storage(dir.path / "store");
    auto bytes = storage.read("pack.us");
    REQUIRE(bytes);
    REQUIRE(bytes->has_value());
    Bytes damaged = **bytes;
    damaged[200] ^= 0x04;
    REQUIRE(storage.write("pack.us", damaged));
    auto store = PackStore::open(builtin, storage);
    REQUIRE(store);
    CHECK(store->active_origin() == PackOrigin::BuiltIn);
    REQUIRE(store->dropped().size() == 1);
    CHECK(store->dropped()[0].code == RightsError::BadSignature);
    CHECK(store->rollback_floor("us") == 6);
  }
}

TEST_CASE("SR-26 pack dates: older than 12 months is flagged", "[rights][SR-26]") {
  const Signer s;
  const Pack p = open_ok(s, fixture_json());  // published 2026-11-26
  CHECK_FALSE(p.older_than_12_months(Date{2026, 11, 26}));
  CHECK_FALSE(p.older_than_12_months(Date{2027, 11, 26}));
  CHECK(p.older_than_12_months(Date{2027, 11, 27}));
  CHECK(Date::parse("2025-02-29") == std::nullopt);
  CHECK(Date::parse("2024-02-29").has_value());
  CHECK(Date::parse("2025", true).has_value());
  CHECK_FALSE(Date::parse("2025").has_value());
}

TEST_CASE("SR-27 markup in pack text is kept literal", "[rights][SR-27]") {
  const Signer s;
  json root = fixture_json();
  const std::string markup = "<img src=x onerror=alert(1)> <b>bold</b> &amp; <a href='#'>link</a>";
  root["languages"]["en"]["cards"]["street-silence"]["explanation"] = markup;
  root["languages"]["es"]["cards"]["street-silence"]["title"] = "Text { font: 99 } import QtQuick";
  const Pack p = open_ok(s, root);
  CHECK(p.card("street-silence", "en")->explanation == markup);  // byte for byte, nothing stripped
  CHECK(p.card("street-silence", "es")->title == "Text { font: 99 } import QtQuick");
  // Lint (author side) refuses markup in text so it never ships in a built pack.
  const LintReport lint = lint_payload(canonical_json(root));
  CHECK(std::count_if(lint.errors.begin(), lint.errors.end(), [](const std::string& e) {
          return e.find("languages.en.cards.street-silence.explanation: markup") == 0;
        }) == 1);
}

TEST_CASE("SR-27 URLs are refused outside manifest sources", "[rights][SR-27]") {
  const Signer s;
  for (const char* text : {"<img src=http://evil.example/x.png>", "Visit www.example.org today",
                           "mailto:a@b.org", "javascript:alert(1)", "HTTPS://EXAMPLE.ORG"}) {
    json root = fixture_json();
    root["languages"]["es"]["cards"]["door-warrant"]["do"][0] = text;
    const auto e = open_err(s, root);
    INFO(text);
    CHECK(e.code == RightsError::MalformedField);
    CHECK(e.detail == "languages.es.cards.door-warrant.do[0]: URLs are only allowed in manifest sources");
  }
  json root = fixture_json();
  root["manifest"]["sources"][0]["title"] = "See https://example.org";
  CHECK(open_err(s, root).detail == "manifest.sources[0].title: URLs are only allowed in manifest sources");
  // "metadata: ..." is not a URL.
  json ok = fixture_json();
  ok["languages"]["en"]["cards"]["street-silence"]["explanation"] = "Phones keep metadata: times and places.";
  CHECK(open_pack(s.seal(ok), {s.publisher()}));
}

TEST_CASE("SR-27 hotline numbers are validated", "[rights][SR-27]") {
  const Signer s;
  json root = fixture_json();
  root["manifest"]["hotlines"] = json::array({{{"id", "org-line"},
                                               {"name", "Legal aid"},
                                               {"number", "+1 (800) 555-0100"},
                                               {"languages", {"en", "es"}},
                                               {"sources", {"S24"}},
                                               {"certainty", "uncertain"}}});
  root["languages"]["en"]["hotlines"] = {
      {"org-line", {{"purpose", "Free legal advice."}, {"hours", "24 hours"}}}};
  root["languages"]["es"]["hotlines"] = {{"org-line", {{"purpose", "Asesoría legal gratuita."}}}};
  const Pack p = open_ok(s, root);
  REQUIRE(p.manifest().hotlines.size() == 1);
  CHECK(p.manifest().hotlines[0].number == "+1 (800) 555-0100");
  const auto es = p.hotlines("es");
  REQUIRE(es.size() == 1);
  CHECK(es[0].purpose == "Asesoría legal gratuita.");
  CHECK(es[0].hours == "24 hours");  // not translated: English, flagged
  CHECK(es[0].fallback);
  CHECK(es[0].certainty == Certainty::Uncertain);
  REQUIRE(es[0].sources.size() == 1);
  CHECK(es[0].sources[0].id == "S24");

  for (const char* bad : {"tel:+18005550100", "800-555-0100 <a>", "http://x.example", "12", "+1 800 +555",
                          "1234567890123456789012345", "",
                          "800\xe2\x80\xae"
                          "555"}) {
    json r = fixture_json();
    r["manifest"]["hotlines"] = json::array(
        {{{"id", "x"}, {"name", "X"}, {"number", bad}, {"sources", {"S24"}}, {"certainty", "settled"}}});
    const auto e = open_err(s, r);
    INFO(bad);
    CHECK(e.code == RightsError::BadHotline);
    CHECK(e.detail.rfind("manifest.hotlines[0].number:", 0) == 0);
  }
}

TEST_CASE("SR-27 control and bidi-override characters in text are refused", "[rights][SR-27]") {
  const Signer s;
  for (const char* bad : {"Stay\nsilent", "Stay \xe2\x80\xae silent", "tab\there", "bell\x07",
                          "\xc2\x9b"
                          "31m",
                          "iso \xe2\x81\xa6 late"}) {
    json root = fixture_json();
    root["languages"]["es"]["say_lines"]["slide-warrant"] = bad;
    const auto e = open_err(s, root);
    CHECK(e.code == RightsError::MalformedField);
    CHECK(e.detail.rfind("languages.es.say_lines.slide-warrant: control or bidi", 0) == 0);
  }
  // URLs in sources must be plain http(s) text.
  json root = fixture_json();
  root["manifest"]["sources"][0]["url"] = "javascript:alert(1)";
  CHECK(open_err(s, root).code == RightsError::MalformedField);
}

TEST_CASE("SR-28 pack parser caps: oversized, deep, duplicate keys, trailing bytes", "[rights][SR-28]") {
  const Signer s;
  const std::vector<Publisher> trust = {s.publisher()};
  const std::string good = canonical_json(fixture_json());

  SECTION("oversized container refused before any signature work") {
    Bytes big(PackLimits::kMaxPackBytes + 1, 0);
    std::copy(kPackMagic.begin(), kPackMagic.end(), big.begin());
    CHECK(open_pack(big, trust).error().code == RightsError::TooLarge);
    CHECK(seal_pack(std::string(PackLimits::kMaxPackBytes, ' '), s.key.secret_key).error().code ==
          RightsError::TooLarge);
  }
  SECTION("trailing bytes after the signature; truncated files") {
    Bytes pack = s.seal(good);
    Bytes longer = pack;
    longer.push_back(0);
    CHECK(open_pack(longer, trust).error().code == RightsError::TrailingData);
    Bytes shorter(pack.begin(), pack.end() - 1);
    CHECK(open_pack(shorter, trust).error().code == RightsError::Truncated);
    CHECK(open_pack(Bytes(pack.begin(), pack.begin() + 20), trust).error().code == RightsError::Truncated);
    Bytes other_version = pack;
    other_version[8] = 2;
    CHECK(open_pack(other_version, trust).error().code == RightsError::UnsupportedFormat);
  }
  SECTION("trailing bytes after the JSON value, even whitespace") {
    CHECK(open_pack(s.seal(good + "{}"), trust).error().code == RightsError::TrailingData);
    CHECK(open_pack(s.seal(good + " "), trust).error().code == RightsError::MalformedJson);
    CHECK(open_pack(s.seal(" " + good), trust).error().code == RightsError::MalformedJson);
  }
  SECTION("duplicate keys") {
    std::string dup = good;
    const auto pos = dup.find("\"jurisdiction\":\"US\"");
    REQUIRE(pos != std::string::npos);
    dup.insert(pos, "\"id\":\"us\",");
    auto r = open_pack(s.seal(dup), trust);
    REQUIRE_FALSE(r);
    CHECK(r.error().code == RightsError::MalformedJson);
    CHECK(r.error().detail == "manifest.id: duplicate key");
  }
  SECTION("nesting depth") {
    std::string deep = std::string(5000, '[') + std::string(5000, ']');
    auto r = open_pack(s.seal(deep), trust);
    REQUIRE_FALSE(r);
    CHECK(r.error().code == RightsError::TooLarge);
    json root = fixture_json();
    json nested = "x";
    for (int i = 0; i < 12; ++i) nested = json::array({nested});
    root["manifest"]["_note"] = nested;
    CHECK(open_pack(s.seal(root), trust).error().code == RightsError::TooLarge);
  }
  SECTION("string length, list counts, field lengths") {
    json root = fixture_json();
    root["languages"]["en"]["cards"]["street-silence"]["explanation"] = std::string(5000, 'a');
    CHECK(open_err(s, root).code == RightsError::TooLarge);
    json many = fixture_json();
    for (int i = 0; i < 30; ++i) many["languages"]["en"]["cards"]["street-silence"]["do"].push_back("step");
    const auto e = open_err(s, many);
    CHECK(e.code == RightsError::TooLarge);
    CHECK(e.detail == "languages.en.cards.street-silence.do: more than 24 items");
    json long_say = fixture_json();
    long_say["languages"]["es"]["say_lines"]["free-to-leave"] = std::string(700, 'a');
    CHECK(open_err(s, long_say).code == RightsError::TooLarge);
  }
  SECTION("the bounded parser on its own") {
    JsonLimits lim;
    lim.max_values = 10;
    CHECK(parse_bounded_json("[1,2,3,4,5,6,7,8,9,10,11]", lim).error().code == RightsError::TooLarge);
    CHECK(parse_bounded_json("{\"a\":1,\"b\":{\"a\":1,\"a\":2}}", {}).error().detail == "b.a: duplicate key");
    CHECK(parse_bounded_json("[\"\xff\"]", {}).error().code == RightsError::MalformedJson);
    CHECK(parse_bounded_json("[1] x", {}).error().code == RightsError::TrailingData);
    CHECK(parse_bounded_json("[\"]\"]", {}).has_value());  // brackets inside strings are not depth
    JsonLimits comments;
    comments.allow_comments = true;
    CHECK(parse_bounded_json("{\"a\":1 // note\n}", comments).has_value());
    CHECK_FALSE(parse_bounded_json("{\"a\":1 // note\n}", {}).has_value());
  }
}

TEST_CASE("validation errors name the bad field's path", "[rights]") {
  const Signer s;
  struct Case {
    std::function<void(json&)> mutate;
    RightsError code;
    std::string detail;
  };
  const std::vector<Case> cases = {
      {[](json& r) { r["manifest"]["cards"][3]["sources"][0] = "S99"; }, RightsError::UnknownSource,
       "manifest.cards[3].sources[0]: unknown source S99"},
      {[](json& r) { r["manifest"]["cards"][1]["situations"][0] = "moon-base"; },
       RightsError::UnknownSituation, "manifest.cards[1].situations[0]: unknown situation moon-base"},
      {[](json& r) { r["manifest"]["cards"][2]["statuses"][1] = "martian"; }, RightsError::UnknownStatus,
       "manifest.cards[2].statuses[1]: unknown status martian"},
      {[](json& r) {
         r["languages"]["es"]["situations"]["moon-base"] = {{"title", "Luna"}};
       },
       RightsError::UnknownSituation, "languages.es.situations.moon-base: unknown situation moon-base"},
      {[](json& r) {
         r["manifest"]["languages"].push_back({{"code", "fr"}, {"state", "draft"}});
       },
       RightsError::MissingLanguage, "languages.fr: no texts for this language"},
      {[](json& r) {
         r["manifest"]["languages"].erase(0);
         r["languages"].erase("en");
       },
       RightsError::MissingLanguage, "manifest.languages: English (en) is required"},
      {[](json& r) { r["languages"]["en"]["cards"].erase("door-warrant"); }, RightsError::MissingLanguage,
       "languages.en.cards.door-warrant: card has no English text"},
      {[](json& r) { r["manifest"]["cards"][0]["priority"] = "high"; }, RightsError::MalformedField,
       "manifest.cards[0].priority: must be an integer in -100000..100000"},
      {[](json& r) { r["manifest"]["cards"][0]["certainty"] = "probably"; }, RightsError::MalformedField,
       "manifest.cards[0].certainty: must be settled, uncertain, contested or varies"},
      {[](json& r) {
         r["manifest"]["cards"][0]["review"] = {{"by", "A lawyer"}, {"date", "2026-13-01"}};
       },
       RightsError::MalformedField, "manifest.cards[0].review.date: not a date (YYYY-MM-DD)"},
      {[](json& r) {
         r["manifest"]["cards"][0]["review"] = {{"date", "2026-11-01"}};
       },
       RightsError::MissingField, "manifest.cards[0].review.by: required"},
      {[](json& r) { r["manifest"]["cards"][0]["sources"] = json::array(); }, RightsError::MalformedField,
       "manifest.cards[0].sources: must not be empty"},
      {[](json& r) { r["manifest"]["cards"][0].erase("say"); }, RightsError::MissingField,
       "manifest.cards[0].say: required"},
      {[](json& r) { r["manifest"]["cards"][0]["say"] = {"no-such-line"}; }, RightsError::UnknownSayLine,
       "manifest.cards[0].say[0]: unknown say-line no-such-line"},
      {[](json& r) { r["manifest"]["say_lines"][0].erase("statuses"); }, RightsError::MissingField,
       "manifest.say_lines[0].statuses: required"},
      {[](json& r) { r["manifest"]["say_lines"][0]["statuses"] = {"martian"}; }, RightsError::UnknownStatus,
       "manifest.say_lines[0].statuses[0]: unknown status martian"},
      {[](json& r) { r["languages"]["en"]["say_lines"].erase("basics"); }, RightsError::MissingLanguage,
       "languages.en.say_lines.basics: say-line has no English text"},
      {[](json& r) { r["languages"]["es"]["cards"]["door-warrant"]["say"] = "x"; },
       RightsError::MalformedField, "languages.es.cards.door-warrant.say: unknown field"},
      {[](json& r) { r["languages"]["es"]["say_lines"]["slide-warrant"] = ""; }, RightsError::MalformedField,
       "languages.es.say_lines.slide-warrant: must not be empty"},
      {[](json& r) { r["languages"]["es"]["cards"]["door-warrant"]["sya"] = "x"; },
       RightsError::MalformedField, "languages.es.cards.door-warrant.sya: unknown field"},
      {[](json& r) { r["manifest"]["format"] = 1; }, RightsError::UnsupportedFormat,
       "manifest.format: only format 2 is supported"},
      {[](json& r) { r["manifest"]["version"] = 0; }, RightsError::MalformedField,
       "manifest.version: must be a positive integer"},
      {[](json& r) { r["manifest"]["default_card"] = "nope"; }, RightsError::UnknownCard,
       "manifest.default_card: unknown card nope"},
      {[](json& r) { r["manifest"]["cards"][1]["id"] = "encounter-basics"; }, RightsError::MalformedField,
       "manifest.cards[1].id: duplicate card id encounter-basics"},
      {[](json& r) { r["languages"]["es"]["language"] = "en"; }, RightsError::MalformedField,
       "languages.es.language: does not match its key es"},
      {[](json& r) { r["manifest"]["cards"][0]["id"] = "Bad Id"; }, RightsError::MalformedField,
       "manifest.cards[0].id: not a valid id"},
  };
  for (std::size_t i = 0; i < cases.size(); ++i) {
    json root = fixture_json();
    cases[i].mutate(root);
    const auto e = open_err(s, root);
    INFO("case " << i << ": " << to_string(e));
    CHECK(e.code == cases[i].code);
    CHECK(e.detail == cases[i].detail);
  }
}

TEST_CASE("search is accent- and case-insensitive and ranks title hits first", "[rights][search]") {
  const Signer s;
  const Pack p = open_ok(s, fixture_json());
  // "¡Deténgase!" is in the Spanish explanation of street-silence.
  for (const char* q : {"detengase", "DETÉNGASE", "deténgase", "Detengase!"}) {
    const auto hits = p.search(q, "es");
    INFO(q);
    REQUIRE(hits.size() == 1);
    CHECK(hits[0].card.id == "street-silence");
    CHECK(hits[0].matched_lang == "es");
    CHECK(hits[0].card.lang == "es");
  }
  // Title hit beats body hits: "door" is in door-warrant's title; "silent" only in bodies elsewhere.
  const auto door = p.search("door", "en");
  REQUIRE_FALSE(door.empty());
  CHECK(door[0].card.id == "door-warrant");
  // Two title hits (ties by priority), then a "say" hit.
  const auto silent = p.search("SILENT", "en");
  REQUIRE(silent.size() == 3);
  CHECK(silent[0].card.id == "encounter-basics");
  CHECK(silent[1].card.id == "street-silence");
  CHECK(silent[2].card.id == "street-papers-undocumented");
  CHECK(silent[0].score > silent[2].score);
  // Cards holding every term come first; cards holding at least half of them follow. Results
  // come in the asked language even when English matched.
  auto both_first = [&](const char* q, std::size_t with_both) {
    const auto hits = p.search(q, "en");
    INFO(q);
    REQUIRE(hits.size() >= with_both);
    for (std::size_t i = 0; i < hits.size(); ++i) CHECK((hits[i].score >= 200) == (i < with_both));
  };
  both_first("silent lawyer", 2);
  both_first("silent leave", 2);
  both_first("silent born", 1);
  // Stop words do not count: "how do I stay silent" is "silent".
  CHECK(p.search("how do I stay silent", "en").size() == p.search("stay silent", "en").size());
  const auto es_view = p.search("warrant", "es");
  REQUIRE(es_view.size() == 1);
  CHECK(es_view[0].matched_lang == "en");
  CHECK(es_view[0].card.title == "No abra la puerta");
  CHECK(p.search("   ", "en").empty());
  CHECK(p.search(std::string(300, 'a'), "en").empty());
  CHECK(p.search("zzzz", "en").empty());
}

TEST_CASE("search works for languages without spaces (zh-Hans, ja)", "[rights][search]") {
  const Signer s;
  json root = fixture_json();
  root["manifest"]["languages"].push_back({{"code", "zh-Hans"}, {"state", "draft"}});
  root["manifest"]["languages"].push_back({{"code", "ja"}, {"state", "draft"}});
  root["languages"]["zh-Hans"] = {
      {"language", "zh-Hans"},
      {"name", "简体中文"},
      {"cards",
       {{"street-silence",
         {{"title", "在街上你可以保持沉默"}, {"explanation", "如果警察说可以，就冷静地离开。"}}}}},
      {"say_lines", {{"free-to-leave", "我可以走了吗？"}}}};
  root["languages"]["ja"] = {{"language", "ja"},
                             {"name", "日本語"},
                             {"cards", {{"door-warrant", {{"title", "ドアを開けないで"}}}}},
                             {"say_lines", {{"slide-warrant", "令状をドアの下から入れてください。"}}}};
  const Pack p = open_ok(s, root);
  const auto zh = p.search("保持沉默", "zh-Hans");
  REQUIRE(zh.size() == 1);
  CHECK(zh[0].card.id == "street-silence");
  CHECK(zh[0].card.title == "在街上你可以保持沉默");
  CHECK(p.search("冷静", "zh-Hans").size() == 1);  // body substring
  const auto ja = p.search("令状", "ja");
  REQUIRE(ja.size() == 1);
  CHECK(ja[0].card.id == "door-warrant");
  CHECK(ja[0].card.fallback);  // explanation shown in English
  CHECK(ja[0].card.explanation ==
        "Officers need a warrant signed by a judge to come in without your consent.");
  const auto both = p.search("沉默 离开", "zh-Hans");  // two terms, both in one card
  REQUIRE_FALSE(both.empty());
  CHECK(both[0].card.id == "street-silence");
  CHECK(both[0].score >= 200);
  for (const auto& h : p.search("沉默 令状", "zh-Hans")) CHECK(h.score < 200);  // no card holds both
}

TEST_CASE("lint reports each rule with a path, and a per-language summary", "[rights][lint]") {
  const auto lint = &lint_fixture;
  const auto has = &has_error;
  const LintReport clean = lint([](json&) {});
  CHECK(clean.ok());
  CHECK(clean.summary ==
        std::vector<std::string>{"en: 4/4 cards translated (reviewed)", "es: 4/4 cards translated (draft)"});

  CHECK(has(lint([](json& r) { r["languages"]["es"]["say_lines"]["free-to-leave"] = std::string(121, 'a'); }),
            "languages.es.say_lines.free-to-leave: 121 characters, limit 120"));
  // 120 characters of 2-byte text are fine: the limit counts characters, not bytes.
  CHECK(lint([](json& r) {
          std::string s;
          for (int i = 0; i < 120; ++i) s += "\xc3\xb1";
          r["languages"]["es"]["say_lines"]["free-to-leave"] = s;
        }).ok());
  CHECK(has(lint([](json& r) { r["languages"]["es"]["cards"]["door-warrant"].erase("caveat"); }),
            "languages.es.cards.door-warrant.caveat: required because certainty is varies"));
  CHECK(has(lint([](json& r) { r["languages"]["es"]["say_lines"]["slide-warrant"] = "Hola {name}"; }),
            "languages.es.say_lines.slide-warrant: placeholders differ from English"));
  CHECK(has(lint([](json& r) {
              r["manifest"]["cards"][0]["situations"] = {"home-door"};
              r["manifest"]["cards"][1]["statuses"] = {"citizen"};
              r["manifest"]["cards"][2]["statuses"] = {"undocumented"};
            }),
            "situation street x status unsure: no card"));
  CHECK(has(lint([](json& r) {
              r["manifest"]["situations"].push_back("moon-base");
              r["manifest"]["cards"][0]["situations"].push_back("moon-base");
              r["languages"]["en"]["situations"]["moon-base"] = {{"title", "Moon"}};
              r["languages"]["es"]["situations"]["moon-base"] = {{"title", "Luna"}};
            }),
            "manifest.situations[2]: unknown situation id moon-base"));
  CHECK(has(lint([](json& r) { r["languages"]["es"]["statuses"].erase("unsure"); }),
            "languages.es.statuses.unsure: missing"));
  CHECK(has(
      lint([](json& r) { r["languages"]["es"]["cards"]["door-warrant"]["do"][0] = "Visit www.example.org"; }),
      "MalformedField: languages.es.cards.door-warrant.do[0]: URLs are only allowed in manifest sources"));
  // A structural error stops lint at that error, with its code.
  const LintReport broken = lint([](json& r) { r["manifest"]["cards"][3]["sources"][0] = "S99"; });
  REQUIRE(broken.errors.size() == 1);
  CHECK(broken.errors[0] == "UnknownSource: manifest.cards[3].sources[0]: unknown source S99");
}

TEST_CASE("publisher key files round-trip, bad files are refused", "[rights][keys]") {
  const auto kp = crypto::SigningKeyPair::generate();
  const std::string pub = format_public_key_file(kp.public_key);
  CHECK(parse_public_key_file(pub).value() == kp.public_key);
  CHECK(pub.find(publisher_fingerprint(kp.public_key)) != std::string::npos);
  const auto secret = format_secret_key_file(kp);
  auto back = parse_secret_key_file(secret);
  REQUIRE(back);
  CHECK(back->public_key == kp.public_key);

  CHECK(parse_public_key_file("format: amparo-publisher-public-v1\nkey: AAAA\n").error().code ==
        RightsError::BadKey);
  std::string wrong_fp = pub;
  wrong_fp[wrong_fp.size() - 2] = wrong_fp[wrong_fp.size() - 2] == '0' ? '1' : '0';
  CHECK(parse_public_key_file(wrong_fp).error().code == RightsError::BadKey);
  CHECK_FALSE(parse_secret_key_file(crypto::SecretBuffer::copy_of(std::string_view(pub))));
  // Fingerprints: 6 groups of 5 digits, stable for a key.
  const std::string fp = publisher_fingerprint(kp.public_key);
  CHECK(fp.size() == 35);
  CHECK(fp == publisher_fingerprint(kp.public_key));
}

TEST_CASE("SR-28 fuzz seed corpus files mean what their names say", "[rights][SR-28]") {
  const auto dir = data_dir().parent_path().parent_path() / "fuzz" / "corpus" / "content_pack";
  auto payload = [&](const char* name) {
    std::ifstream in(dir / name, std::ios::binary);
    REQUIRE(in);
    return std::string((std::istreambuf_iterator<char>(in)), {});
  };
  CHECK(parse_pack_payload(payload("valid_payload.json"), {}));
  CHECK(parse_pack_payload(payload("zh_payload.json"), {}));
  CHECK(parse_pack_payload(payload("unknown_source.json"), {}).error().code == RightsError::UnknownSource);
  CHECK(parse_pack_payload(payload("bad_hotline.json"), {}).error().code == RightsError::BadHotline);
  CHECK(parse_pack_payload(payload("markup_bidi.json"), {}).error().code == RightsError::MalformedField);
  CHECK(parse_pack_payload(payload("duplicate_key.json"), {}).error().code == RightsError::MalformedJson);
  CHECK(parse_pack_payload(payload("trailing.json"), {}).error().code == RightsError::TrailingData);
  CHECK(parse_pack_payload(payload("deep.json"), {}).error().code == RightsError::TooLarge);
  CHECK(parse_pack_payload(payload("not_canonical.json"), {}).error().code == RightsError::MalformedJson);
  const std::string pack = payload("fixture.amppack");
  CHECK(open_pack(as_bytes(pack), {}).error().code == RightsError::UnknownPublisher);
  CHECK(open_pack(as_bytes(payload("truncated.amppack")), {}).error().code == RightsError::Truncated);
}
