#include "rights/say_card.h"

#include <algorithm>

namespace amparo::rights {

namespace {

bool has(const std::vector<std::string>& v, std::string_view s) {
  return std::find(v.begin(), v.end(), s) != v.end();
}

void append_unique(std::vector<std::string>& to, const std::vector<std::string>& from) {
  for (const auto& item : from) {
    if (!has(to, item)) to.push_back(item);
  }
}

}  // namespace

RightsResult<SayCard> compose_say_card(const Pack& pack, std::string_view situation, std::string_view status,
                                       std::string_view lang) {
  const Manifest& m = pack.manifest();
  if (!status.empty() && !has(m.statuses, status)) {
    return make_error(RightsError::UnknownStatus, "unknown status " + std::string(status));
  }
  SayCard card;
  card.situation = std::string(situation);
  card.status = std::string(status);
  card.lang = std::string(lang);

  std::vector<CardView> cards;
  if (situation.empty()) {
    cards.push_back(pack.default_card(lang));
  } else {
    // Without a status only the cards for everyone count: a card for some statuses may hold a
    // line that is true for all of them and still bad advice for others (silence at a port).
    const auto chosen = status.empty() ? std::nullopt : std::optional<std::string_view>(status);
    AMPARO_TRY(auto all, pack.cards_for(situation, chosen, lang));
    for (auto& c : all) {
      if (status.empty() && !c.statuses.empty()) continue;
      cards.push_back(std::move(c));
    }
    AMPARO_TRY(const auto name, pack.situation(situation, lang));
    card.title = name.title;
    card.fallback = name.fallback;
  }
  if (situation.empty() && !cards.empty()) card.title = cards.front().title;

  // Lines for everyone first, in card order; then the chosen status's own lines.
  std::vector<const SayLineView*> everyone, own;
  for (const auto& c : cards) {
    for (const auto& line : c.say_lines) {
      // cards_for() kept the lines true for `status`, or without one every line: a line's own
      // scope says which are for everyone.
      if (line.statuses.empty()) {
        everyone.push_back(&line);
      } else if (Pack::line_is_for(line.statuses, status)) {
        own.push_back(&line);
      }
    }
  }
  auto add = [&](const SayLineView* line) {
    const bool seen = std::any_of(card.lines.begin(), card.lines.end(),
                                  [&](const SayLineView& l) { return l.id == line->id; });
    if (seen) return;
    card.lines.push_back(*line);
    card.fallback = card.fallback || line->fallback;
  };
  for (const auto* line : everyone) add(line);
  for (const auto* line : own) add(line);
  for (const auto& c : cards) {
    const bool used = std::any_of(c.say_lines.begin(), c.say_lines.end(), [&](const SayLineView& l) {
      return std::any_of(card.lines.begin(), card.lines.end(),
                         [&](const SayLineView& x) { return x.id == l.id; });
    });
    if (used) card.card_ids.push_back(c.id);
    card.show_hotlines = card.show_hotlines || (used && c.show_hotlines);
  }

  // What the person reads under the lines: the lead card for everyone, and the lead card for
  // the chosen status.
  const CardView* lead = nullptr;
  const CardView* lead_own = nullptr;
  for (const auto& c : cards) {
    if (c.statuses.empty() && lead == nullptr) lead = &c;
    if (!c.statuses.empty() && lead_own == nullptr) lead_own = &c;
  }
  for (const CardView* c : {lead, lead_own}) {
    if (c == nullptr) continue;
    append_unique(card.do_list, c->do_list);
    append_unique(card.dont_list, c->dont_list);
    card.fallback = card.fallback || c->fallback;
  }
  return card;
}

}  // namespace amparo::rights
