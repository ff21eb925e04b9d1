// libFuzzer target for content packs (SR-28): the container/signature path on the raw input, and
// the JSON parser, validation, guide queries, search and lint on the input used as a payload
// (signed here with a key made at start-up, so the fuzzer reaches the parser).
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "crypto/init.h"
#include "crypto/signature.h"
#include "rights/bounded_json.h"
#include "rights/container.h"
#include "rights/lint.h"
#include "rights/pack.h"
#include "rights/text.h"

using namespace amparo;
using namespace amparo::rights;

namespace {

struct State {
  crypto::SigningKeyPair key;
  std::vector<Publisher> trusted;
};

State& state() {
  static State s = [] {
    if (!crypto::initialize()) __builtin_trap();
    State st{crypto::SigningKeyPair::generate(), {}};
    st.trusted.push_back(Publisher{"fuzz", st.key.public_key});
    return st;
  }();
  return s;
}

void exercise(const Pack& pack, std::string_view input) {
  for (const auto& lang : {std::string("en"), std::string("es"), std::string("zz")}) {
    for (const auto& sit : pack.manifest().situations) {
      (void)pack.cards_for(sit, std::nullopt, lang);
      for (const auto& st : pack.manifest().statuses) (void)pack.cards_for(sit, std::string_view(st), lang);
    }
    (void)pack.default_card(lang);
    (void)pack.situations(lang);
    (void)pack.glossary(lang);
    (void)pack.search(input.substr(0, 12), lang);
    (void)pack.search("silent", lang);
  }
  (void)pack.older_than_12_months(Date::today_utc());
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  State& s = state();
  const ByteView in(data, size);
  const std::string_view text = as_chars(in);

  // 1. The input as a pack file (framing, trust, signature; parse only if it verifies).
  if (auto pack = open_pack(in, s.trusted)) exercise(*pack, text);

  // 2. The input as a signed payload; lint's extra rules only run on payloads that load.
  bool loaded = false;
  if (auto sealed = seal_pack(text, s.key.secret_key)) {
    if (auto pack = open_pack(*sealed, s.trusted)) {
      loaded = true;
      exercise(*pack, text);
      (void)lint_payload(text);
    }
  }
  // 3. The source-file parser (comments allowed) and text helpers.
  if (!loaded) {
    JsonLimits comments;
    comments.allow_comments = true;
    (void)parse_bounded_json(text, comments);
  }
  (void)text::fold(text);
  (void)text::find_forbidden(text);
  (void)text::looks_like_markup(text);
  return 0;
}
