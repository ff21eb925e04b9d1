// The built-in pack (amparo_rights_builtin): signature, and the guide answers every
// situation x status pair with sourced cards.
#include <algorithm>
#include <catch2/catch.hpp>
#include <string>

#include "rights/builtin.h"
#include "rights/lint.h"

using namespace amparo;
using namespace amparo::rights;

TEST_CASE("SR-25 the embedded built-in pack verifies against the build key", "[rights][SR-25][builtin]") {
  const Publisher builtin = builtin_publisher();
  REQUIRE(verify_pack(builtin_pack_bytes(), {builtin}));
  auto pack = builtin_pack();
  REQUIRE(pack);
  CHECK(pack->publisher_key() == builtin.public_key);
  // The same bytes with one flipped bit are refused.
  Bytes copy(builtin_pack_bytes().begin(), builtin_pack_bytes().end());
  copy[copy.size() / 2] ^= 0x10;
  CHECK(open_pack(copy, {builtin}).error().code == RightsError::BadSignature);
  // And no other key opens it.
  CHECK(open_pack(builtin_pack_bytes(), {}).error().code == RightsError::UnknownPublisher);
}

TEST_CASE("built-in pack answers every situation x status pair with sourced cards", "[rights][builtin]") {
  auto loaded = builtin_pack();
  REQUIRE(loaded);
  const Pack& pack = *loaded;
  // The built-in pack declares only ids the app knows, and keeps every original situation.
  for (const auto& s : pack.manifest().situations) {
    INFO(s);
    CHECK(std::find(kKnownSituations.begin(), kKnownSituations.end(), s) != kKnownSituations.end());
  }
  for (std::size_t i = 0; i < 11; ++i) CHECK(pack.manifest().situations.at(i) == kKnownSituations.at(i));
  CHECK(pack.manifest().statuses == std::vector<std::string>(kKnownStatuses.begin(), kKnownStatuses.end()));
  std::size_t pairs = 0;
  for (const auto& lang : pack.language_codes()) {
    for (const auto& situation : pack.manifest().situations) {
      for (const auto status : kKnownStatuses) {
        INFO(lang << " " << situation << " x " << status);
        auto cards = pack.cards_for(situation, status, lang);
        REQUIRE(cards);
        REQUIRE_FALSE(cards->empty());
        bool dated = false;
        for (const auto& c : *cards) {
          INFO("card " << c.id);
          CHECK_FALSE(c.title.empty());
          for (const auto& l : c.say_lines) {
            CHECK_FALSE(l.say.empty());
            CHECK_FALSE(l.say_en.empty());
          }
          CHECK_FALSE(c.explanation.empty());
          REQUIRE_FALSE(c.sources.empty());
          for (const auto& s : c.sources) {
            CHECK_FALSE(s.title.empty());
            CHECK_FALSE(s.publisher.empty());
            CHECK(s.url.rfind("http", 0) == 0);
            dated = dated || !s.date.empty();
          }
          if (c.certainty != Certainty::Settled) CHECK_FALSE(c.caveat.empty());
        }
        CHECK(dated);  // every answer cites at least one dated source
        if (lang == "en") ++pairs;
      }
    }
  }
  CHECK(pairs == pack.manifest().situations.size() * kKnownStatuses.size());
  const CardView def = pack.default_card("en");
  CHECK_FALSE(def.say_lines.empty());
}

TEST_CASE("built-in pack search finds cards in every language", "[rights][builtin][search]") {
  auto pack = builtin_pack();
  REQUIRE(pack);
  CHECK_FALSE(pack->search("silent", "en").empty());
  CHECK_FALSE(pack->search("LAWYER", "en").empty());
  if (pack->has_language("es")) CHECK_FALSE(pack->search("abogado", "es").empty());
}
