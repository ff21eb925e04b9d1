// The say-this card: the lines a person shows an officer, composed in one place for the app and
// the CLI. The rule that matters: no line reaches a person it is not true for. With no status
// chosen (or "unsure"), a card holds only lines true for every status; a status's own lines
// appear only when that status is chosen, after the lines for everyone.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "rights/error.h"
#include "rights/pack.h"

namespace amparo::rights {

struct SayCard {
  std::string situation;  // "" = the emergency card (the pack's default card)
  std::string status;     // "" = none chosen
  std::string lang;
  std::string title;                            // the situation's name, or the default card's title
  std::vector<SayLineView> lines;               // for everyone first, then the status's own; each once
  std::vector<std::string> do_list, dont_list;  // for the person, not the officer
  bool fallback = false;                        // some text is shown in English
  bool show_hotlines = false;                   // a card it draws on tells people to call
  std::vector<std::string> card_ids;            // the cards whose lines it shows, in order
};

// `situation` "" gives the emergency card; `status` "" means none chosen. The do/don't lists come
// from the situation's first card for everyone and, with a status, its first card for that status.
// Errors: UnknownSituation, UnknownStatus.
[[nodiscard]] RightsResult<SayCard> compose_say_card(const Pack& pack, std::string_view situation,
                                                     std::string_view status, std::string_view lang);

}  // namespace amparo::rights
