// The say-this card (core/rights/say_card): no line reaches a person it is not true for.
#include <algorithm>
#include <catch2/catch.hpp>
#include <functional>
#include <regex>
#include <string>

#include "helpers.h"
#include "rights/builtin.h"
#include "rights/lint.h"
#include "rights/query.h"
#include "rights/say_card.h"

using namespace amparo;
using namespace amparo::rights;
using namespace amparo::rights::test;
using nlohmann::json;

namespace {

std::vector<std::string> line_ids(const SayCard& c) {
  std::vector<std::string> out;
  for (const auto& l : c.lines) out.push_back(l.id);
  return out;
}

SayCard compose_ok(const Pack& p, std::string_view situation, std::string_view status,
                   std::string_view lang) {
  auto c = compose_say_card(p, situation, status, lang);
  if (!c) FAIL(to_string(c.error()));
  return std::move(c).value();
}

Pack fixture_pack() {
  const Signer s;
  auto p = open_pack(s.seal(fixture_json()), {s.publisher()});
  REQUIRE(p);
  return std::move(p).value();
}

// A claim of U.S. citizenship, or a line that volunteers documents, in English or Spanish.
bool claims_citizenship(const std::string& text) {
  static const std::regex kClaim(R"(citizen|ciudadan|American|estadounidense)", std::regex::icase);
  return std::regex_search(text, kClaim);
}
bool offers_papers(const std::string& text) {
  static const std::regex kPapers(
      R"(here (is|are) my|I will show you my|aqu[ií] (est[aá]|est[aá]n) mis?|le (voy a )?(muestro|mostrar|ense[ñn]o))",
      std::regex::icase);
  return std::regex_search(text, kPapers);
}

}  // namespace

TEST_CASE("a status's own line appears only when that status is chosen", "[rights][saycard]") {
  const Pack p = fixture_pack();
  // street: encounter-basics (everyone), street-silence (everyone, with a citizen-only line).
  CHECK(line_ids(compose_ok(p, "street", "", "en")) == std::vector<std::string>{"basics", "free-to-leave"});
  CHECK(line_ids(compose_ok(p, "street", "citizen", "en")) ==
        std::vector<std::string>{"basics", "free-to-leave", "i-am-citizen"});  // everyone's lines first
  CHECK(line_ids(compose_ok(p, "street", "undocumented", "en")) ==
        std::vector<std::string>{"basics", "free-to-leave", "silent"});
  // Not sure: only lines true for every status, also from the cards for "unsure".
  CHECK(line_ids(compose_ok(p, "street", "unsure", "en")) ==
        std::vector<std::string>{"basics", "free-to-leave", "silent"});

  const SayCard es = compose_ok(p, "street", "citizen", "es");
  CHECK(es.title == "En la calle");
  CHECK(es.lines.back().say == "Soy ciudadano o ciudadana de Estados Unidos.");
  CHECK(es.lines.back().say_en == "I am a U.S. citizen.");
  CHECK(es.do_list.front() == "Mantenga las manos a la vista.");  // the lead card for everyone

  // The emergency card: the default card, with no situation.
  const SayCard emergency = compose_ok(p, "", "", "en");
  CHECK(emergency.title == p.default_card("en").title);
  CHECK(line_ids(emergency) == std::vector<std::string>{"basics"});

  CHECK(compose_say_card(p, "moon", "", "en").error().code == RightsError::UnknownSituation);
  CHECK(compose_say_card(p, "street", "martian", "en").error().code == RightsError::UnknownStatus);
}

TEST_CASE("the guide keeps a status's line off other statuses' cards and labels it without one",
          "[rights][saycard]") {
  const Pack p = fixture_pack();
  auto for_undocumented = p.cards_for("street", std::string_view("undocumented"), "en");
  REQUIRE(for_undocumented);
  for (const auto& c : *for_undocumented) {
    for (const auto& l : c.say_lines) CHECK(l.id != "i-am-citizen");
  }
  auto unsure = p.cards_for("street", std::string_view("unsure"), "en");
  REQUIRE(unsure);
  for (const auto& c : *unsure) {
    for (const auto& l : c.say_lines) CHECK(l.id != "i-am-citizen");
  }
  auto none = p.cards_for("street", std::nullopt, "en");
  REQUIRE(none);
  const auto silence =
      std::find_if(none->begin(), none->end(), [](const CardView& c) { return c.id == "street-silence"; });
  REQUIRE(silence != none->end());
  const auto citizen = std::find_if(silence->say_lines.begin(), silence->say_lines.end(),
                                    [](const SayLineView& l) { return l.id == "i-am-citizen"; });
  REQUIRE(citizen != silence->say_lines.end());
  CHECK(citizen->statuses == std::vector<std::string>{"citizen"});  // its own scope, for the label
  // Without a status the cards for everyone come first.
  CHECK(none->back().id == "street-papers-undocumented");
}

TEST_CASE("lint refuses say-lines that could reach the wrong person", "[rights][saycard][lint]") {
  const auto lint = &lint_fixture;
  const auto has = &has_error;
  CHECK(lint([](json&) {}).ok());
  // A line for some statuses may not name "unsure": that person gets only lines for everyone.
  CHECK(has(lint([](json& r) {
              r["manifest"]["say_lines"][4]["statuses"] = {"citizen", "unsure"};
            }),
            "manifest.say_lines.i-am-citizen.statuses: a person unsure"));
  // A citizen's line on a card only for undocumented people would never show.
  CHECK(has(lint([](json& r) { r["manifest"]["cards"][2]["say"].push_back("i-am-citizen"); }),
            "manifest.cards.street-papers-undocumented.say.i-am-citizen: never shown"));
  // Too many lines to read at arm's length.
  CHECK(has(lint([](json& r) {
              for (int i = 0; i < 8; ++i) {
                const std::string id = "extra-" + std::to_string(i);
                r["manifest"]["say_lines"].push_back({{"id", id}, {"statuses", {"all"}}});
                r["manifest"]["cards"][1]["say"].push_back(id);
                r["languages"]["en"]["say_lines"][id] = "Line " + std::to_string(i) + ".";
                r["languages"]["es"]["say_lines"][id] = "Línea " + std::to_string(i) + ".";
              }
            }),
            "say card street x (no status): 10 lines, limit 7"));
  // A card that tells people to call shows the directory, and every card has a dated source.
  CHECK(
      has(lint([](json& r) { r["languages"]["en"]["cards"]["door-warrant"]["caveat"] = "Call a hotline."; }),
          "manifest.cards.door-warrant.show_hotlines: the card mentions a hotline"));
  CHECK(has(lint([](json& r) { r["manifest"]["sources"][2].erase("date"); }),
            "manifest.cards.door-warrant.sources: no dated source"));
  // The day an undated page was read is shown, but it does not date the claim.
  CHECK(has(lint([](json& r) {
              r["manifest"]["sources"][2].erase("date");
              r["manifest"]["sources"][2]["accessed"] = "2026-11-26";
            }),
            "manifest.cards.door-warrant.sources: no dated source"));
  CHECK(has(lint([](json& r) { r["languages"]["es"]["say_lines"].erase("basics"); }),
            "languages.es.say_lines.basics: missing"));
  CHECK(has(lint([](json& r) { r["languages"]["es"]["labels"].erase("draft"); }),
            "languages.es.labels.draft: missing"));
}

// The table test of issue 12: for every situation (and the emergency card), with no status and
// with every status but citizen, no line claims citizenship or offers papers, in en and es.
TEST_CASE("no built-in say card puts a citizenship claim or a papers line in a non-citizen's mouth",
          "[rights][saycard][builtin]") {
  auto loaded = builtin_pack();
  REQUIRE(loaded);
  const Pack& pack = *loaded;
  std::vector<std::string> situations{""};
  for (const auto& s : pack.manifest().situations) situations.push_back(s);
  std::vector<std::string> statuses{""};
  for (const auto& s : pack.manifest().statuses) statuses.push_back(s);
  std::size_t cards = 0;
  bool citizen_line_seen = false;
  for (const std::string lang : {"en", "es"}) {
    for (const auto& sit : situations) {
      for (const auto& st : statuses) {
        INFO(lang << " " << (sit.empty() ? "(emergency)" : sit) << " x " << (st.empty() ? "(none)" : st));
        const SayCard card = compose_ok(pack, sit, st, lang);
        ++cards;
        CHECK_FALSE(card.lines.empty());
        CHECK(card.lines.size() <= kMaxSayCardLines);
        for (const auto& l : card.lines) {
          INFO(l.id << ": " << l.say << " / " << l.say_en);
          if (st != "citizen") {
            CHECK_FALSE(claims_citizenship(l.say));
            CHECK_FALSE(claims_citizenship(l.say_en));
            CHECK_FALSE(offers_papers(l.say));
            CHECK_FALSE(offers_papers(l.say_en));
          } else {
            citizen_line_seen = citizen_line_seen || claims_citizenship(l.say_en);
          }
        }
      }
    }
  }
  CHECK(cards == 2 * situations.size() * statuses.size());
  CHECK(citizen_line_seen);  // the check can see a claim: citizens do get theirs at the border
  // The issue's first finding, exactly: the airport-exit card with no status.
  for (const auto& l : compose_ok(pack, "airport-exit", "", "en").lines)
    CHECK(l.say_en != "I am a U.S. citizen.");
}

TEST_CASE("the built-in emergency card covers scans and the phone", "[rights][saycard][builtin]") {
  auto pack = builtin_pack();
  REQUIRE(pack);
  const SayCard c = compose_ok(*pack, "", "", "en");
  const bool scan_line = std::any_of(c.lines.begin(), c.lines.end(), [](const SayLineView& l) {
    return l.say_en.find("face scan") != std::string::npos &&
           l.say_en.find("fingerprint") != std::string::npos;
  });
  CHECK(scan_line);
  auto mentions = [](const std::vector<std::string>& items, const std::string& word) {
    return std::any_of(items.begin(), items.end(),
                       [&](const std::string& s) { return s.find(word) != std::string::npos; });
  };
  CHECK(mentions(c.do_list, "Do not hand your phone over"));
  CHECK(mentions(c.dont_list, "fight"));
  CHECK_FALSE(pack->hotlines("en").empty());
}

// Issue 12: the searches people tried and found nothing with, now answered in the right cards.
TEST_CASE("built-in search answers people's own words (stems, synonyms, other languages)",
          "[rights][search][builtin]") {
  auto pack = builtin_pack();
  REQUIRE(pack);
  auto top = [&](const char* q, std::string_view lang, std::size_t n) {
    std::vector<std::string> ids;
    for (const auto& h : pack->search(q, lang, n)) ids.push_back(h.card.id);
    return ids;
  };
  auto in = [](const std::vector<std::string>& ids, const std::string& id) {
    return std::find(ids.begin(), ids.end(), id) != ids.end();
  };
  CHECK(in(top("refuse face scan airport", "en", 3), "border-photo-citizen"));
  CHECK(in(top("film police", "en", 1), "record-officers"));
  CHECK(in(top("filmar", "es", 1), "record-officers"));
  CHECK(in(top("grabar a la policía", "es", 1), "record-officers"));
  CHECK(in(top("tarjeta verde", "es", 3), "border-entry-lpr"));
  CHECK(in(top("LPR", "en", 5), "border-entry-lpr"));
  CHECK(in(top("Mobile Identify", "en", 1), "tfm-app-reference-code"));
  CHECK_FALSE(top("student visa", "en", 5).empty());
  CHECK_FALSE(top("estudiante", "es", 5).empty());
  CHECK_FALSE(top("how long photo kept", "en", 5).empty());
  CHECK(top("zzqx xylophone", "en", 5).empty());
}

TEST_CASE("query reading: stems, stop words, synonym phrases", "[rights][search]") {
  using namespace amparo::rights::query;
  CHECK(stem("filmar") == "film");
  CHECK(stem("refused") == "refus");
  CHECK(stem("refuse") == "refus");
  CHECK(stem("estudiantes") == "estudiant");
  CHECK(stem("scan") == "scan");  // short words stay
  CHECK(stem("pass") == "pass");
  CHECK(stem("沉默沉默沉默") == "沉默沉默沉默");  // other scripts unchanged
  Synonyms syn;
  syn.add_group({"green card", "lpr", "permanent resident"});
  syn.add_group({"tarjeta verde", "green card"});  // merges with the English group
  const auto terms = analyze("how long can a green card holder stay", syn);
  REQUIRE_FALSE(terms.empty());
  CHECK(std::find(terms[0].alternatives.begin(), terms[0].alternatives.end(), "tarjeta verde") !=
        terms[0].alternatives.end());
  for (const auto& t : terms)
    CHECK(std::find(t.alternatives.begin(), t.alternatives.end(), "how") == t.alternatives.end());
  CHECK(analyze("de la", syn).size() == 2);  // only stop words: still searched
  CHECK(find_in("record officers", "record").whole_word);
  CHECK_FALSE(find_in("your records", "record").whole_word);
  CHECK(find_in("your records", "record").found);
}
