#include "commands_content.h"

#include <cstdio>
#include <initializer_list>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "rights/builtin.h"
#include "rights/pack.h"
#include "rights/say_card.h"

namespace amparo::cli {

namespace {

using rights::CardView;
using rights::Certainty;
using rights::Pack;

void line(std::string_view text) {
  out_sanitized(text);
  out("\n");
}

std::optional<Pack> load_pack() {
  auto pack = rights::builtin_pack();
  if (!pack) {
    print_error("the built-in content pack does not verify: " + rights::to_string(pack.error()));
    return std::nullopt;
  }
  return std::move(pack).value();
}

// Language to show: the one asked for, else English. Prints a note when falling back.
std::string pick_lang(const Pack& pack, std::optional<std::string_view> asked) {
  const std::string lang(asked.value_or("en"));
  if (!pack.has_language(lang)) {
    out("(language ");
    out_sanitized(lang);
    out(" is not in this pack: shown in English)\n");
    return "en";
  }
  return lang;
}

// "{name}" placeholders of a pack label filled in.
std::string fill(std::string text, std::initializer_list<std::pair<std::string_view, std::string>> values) {
  for (const auto& [name, value] : values) {
    const std::string key = "{" + std::string(name) + "}";
    if (const auto at = text.find(key); at != std::string::npos) text.replace(at, key.size(), value);
  }
  return text;
}

void print_pack_line(const Pack& pack, std::string_view lang) {
  line(fill(pack.label("pack", lang), {{"region", pack.manifest().jurisdiction},
                                       {"version", std::to_string(pack.version())},
                                       {"date", pack.published()}}));
  if (pack.older_than_12_months(rights::Date::today_utc()))
    out("(more than 12 months old: check for an update)\n");
  line(pack.label(pack.language_state(lang) == rights::TranslationState::Reviewed ? "language_reviewed"
                                                                                  : "language_draft",
                  lang));
}

void print_list(std::string_view heading, const std::vector<std::string>& items, std::string_view indent) {
  if (items.empty()) return;
  out(indent);
  out_sanitized(heading);
  out(":\n");
  for (const auto& item : items) {
    out(indent);
    out("  - ");
    line(item);
  }
}

std::string status_names(const Pack& pack, const std::vector<std::string>& ids, std::string_view lang) {
  std::string names;
  for (const auto& id : ids) {
    if (!names.empty()) names += ", ";
    const auto st = pack.status(id, lang);
    names += st ? st.value().title : id;
  }
  return names;
}

std::string certainty_label(const Pack& pack, Certainty c, std::string_view lang) {
  switch (c) {
    case Certainty::Settled:
      return {};
    case Certainty::Uncertain:
      return pack.label("certainty_uncertain", lang);
    case Certainty::Contested:
      return pack.label("certainty_contested", lang);
    case Certainty::Varies:
      return pack.label("certainty_varies", lang);
  }
  return {};
}

void print_hotlines(const Pack& pack, std::string_view lang, std::string_view indent) {
  const auto lines = pack.hotlines(lang);
  if (lines.empty()) return;
  out(indent);
  out_sanitized(pack.label("hotlines", lang));
  out(":\n");
  for (const auto& h : lines) {
    out(indent);
    out("  - ");
    out_sanitized(h.name);
    out(": ");
    out_sanitized(h.number);
    if (!h.region.empty()) {
      out(" (");
      out_sanitized(h.region);
      out(")");
    }
    out("\n");
    out(indent);
    out("    ");
    line(h.purpose);
    if (!h.hours.empty()) {
      out(indent);
      out("    ");
      out_sanitized(pack.label("hours", lang));
      out(": ");
      line(h.hours);
    }
    if (h.certainty != Certainty::Settled) {
      out(indent);
      out("    ");
      line(pack.label("hotline_unconfirmed", lang));
    }
  }
}

// "Title (Publisher, date) URL": an undated page shows the day it was read.
void print_source(const Pack& pack, const rights::SourceView& s, std::string_view lang) {
  out_sanitized(s.title);
  out(" (");
  out_sanitized(s.publisher);
  out(", ");
  out_sanitized(s.date.empty() ? pack.label("undated", lang) : s.date);
  if (s.date.empty() && !s.accessed.empty()) out("; " + s.accessed);
  out(") ");
  out_sanitized(s.url);
  out("\n");
}

void print_card(const Pack& pack, std::size_t n, const CardView& c, bool show_statuses) {
  const std::string& lang = c.lang;
  out(std::to_string(n) + ". ");
  out_sanitized(c.title);
  out("  [" + c.id + "]\n");
  if (c.fallback) {
    out("   (");
    out_sanitized(pack.label("shown_in_english", lang));
    out(")\n");
  }
  if (show_statuses && !c.statuses.empty()) {
    out("   ");
    line(fill(pack.label("for_statuses", lang), {{"statuses", status_names(pack, c.statuses, lang)}}));
  }
  if (c.certainty != Certainty::Settled) {
    out("   ");
    out_sanitized(certainty_label(pack, c.certainty, lang));
    if (!c.caveat.empty()) {
      out(". ");
      out_sanitized(c.caveat);
    }
    out("\n");
  }
  for (const auto& l : c.say_lines) {
    out("   ");
    out_sanitized(pack.label("say", lang));
    out(": ");
    out_sanitized(l.say);
    // A line for fewer statuses than its card is labelled, so nobody says what is not theirs.
    if (show_statuses && !l.statuses.empty() && l.statuses != c.statuses) {
      out("  (");
      out_sanitized(
          fill(pack.label("for_statuses", lang), {{"statuses", status_names(pack, l.statuses, lang)}}));
      out(")");
    }
    out("\n");
    if (lang != "en") {
      out("   ");
      out_sanitized(pack.label("say_english", lang));
      out(": ");
      line(l.say_en);
    }
  }
  out("   ");
  line(c.explanation);
  print_list(pack.label("do", lang), c.do_list, "   ");
  print_list(pack.label("dont", lang), c.dont_list, "   ");
  if (c.show_hotlines) print_hotlines(pack, lang, "   ");
  out("   ");
  out_sanitized(pack.label("sources", lang));
  out(":\n");
  for (const auto& s : c.sources) {
    out("     - ");
    print_source(pack, s, lang);
  }
  out("   ");
  line(c.review ? fill(pack.label("reviewed", lang), {{"name", c.review->by}, {"date", c.review->date}})
                : pack.label("draft", lang));
  out("\n");
}

// An unknown situation or status: say so and list the known ids.
int unknown_id(const Pack& pack, const rights::RightsFailure& error) {
  print_error(error.detail);
  const bool sit = error.code == rights::RightsError::UnknownSituation;
  std::fputs(sit ? "known situations:" : "known statuses:", stderr);
  for (const auto& id : sit ? pack.manifest().situations : pack.manifest().statuses) {
    std::fprintf(stderr, " %s", id.c_str());
  }
  std::fputs("\n", stderr);
  return code(Exit::NotFound);
}

int guide(const Args& args) {
  const auto situation = args.value("situation");
  if (!situation || situation->empty()) return usage_error(args.command(), "--situation ID is required");
  const auto pack = load_pack();
  if (!pack) return code(Exit::Internal);
  const std::string lang = pick_lang(*pack, args.value("lang"));
  const auto status = args.value("status");
  auto cards = pack->cards_for(*situation, status, lang);
  if (!cards) return unknown_id(*pack, cards.error());
  print_pack_line(*pack, lang);
  const auto sit_name = pack->situation(*situation, lang);
  out_sanitized(pack->label("situation", lang));
  out(": ");
  line(sit_name->title);
  if (status) {
    out_sanitized(pack->label("status", lang));
    out(": ");
    line(pack->status(*status, lang)->title);
  }
  out("\n");
  std::size_t n = 0;
  for (const auto& c : *cards) print_card(*pack, ++n, c, !status);
  return code(Exit::Ok);
}

// The say-this card exactly as the app composes it (core/rights/say_card).
int card(const Args& args) {
  const auto pack = load_pack();
  if (!pack) return code(Exit::Internal);
  const bool as_json = args.has("json");
  const std::string situation(args.value("situation").value_or(""));
  const std::string status(args.value("status").value_or(""));
  const std::string asked(args.value("lang").value_or("en"));
  if (as_json && !pack->has_language(asked)) {
    print_error("language " + asked + " is not in this pack");
    return code(Exit::NotFound);
  }
  const std::string lang = as_json ? asked : pick_lang(*pack, asked);
  auto composed = rights::compose_say_card(*pack, situation, status, lang);
  if (!composed) return unknown_id(*pack, composed.error());
  const rights::SayCard& c = *composed;
  if (as_json) {
    nlohmann::ordered_json j;  // keys in the documented order
    j["situation"] = situation.empty() ? nlohmann::ordered_json(nullptr) : nlohmann::ordered_json(situation);
    j["status"] = status.empty() ? nlohmann::ordered_json(nullptr) : nlohmann::ordered_json(status);
    j["lang"] = lang;
    j["title"] = c.title;
    j["lines"] = nlohmann::ordered_json::array();
    for (const auto& l : c.lines) j["lines"].push_back({{"say", l.say}, {"say_en", l.say_en}});
    j["do"] = c.do_list;
    j["dont"] = c.dont_list;
    out(j.dump(2, ' ', false, nlohmann::ordered_json::error_handler_t::replace) + "\n");
    return code(Exit::Ok);
  }
  line(c.title);
  if (!status.empty()) {
    out_sanitized(pack->label("status", lang));
    out(": ");
    line(pack->status(status, lang)->title);
  }
  if (c.fallback) {
    out("(");
    out_sanitized(pack->label("shown_in_english", lang));
    out(")\n");
  }
  out("\n");
  for (const auto& l : c.lines) {
    out("  ");
    line(l.say);
    if (lang != "en") {
      out("  ");
      line(l.say_en);
    }
    out("\n");
  }
  print_list(pack->label("do", lang), c.do_list, "");
  print_list(pack->label("dont", lang), c.dont_list, "");
  if (c.show_hotlines) print_hotlines(*pack, lang, "");
  return code(Exit::Ok);
}

int hotlines(const Args& args) {
  const auto pack = load_pack();
  if (!pack) return code(Exit::Internal);
  const std::string lang = pick_lang(*pack, args.value("lang"));
  print_hotlines(*pack, lang, "");
  out_sanitized(pack->label("sources", lang));
  out(":\n");
  for (const auto& h : pack->hotlines(lang)) {
    for (const auto& s : h.sources) {
      out("  - ");
      out_sanitized(h.name);
      out(": ");
      print_source(*pack, s, lang);
    }
  }
  return code(Exit::Ok);
}

int search(const Args& args) {
  std::string query;
  for (const auto p : args.positionals()) {
    if (!query.empty()) query += ' ';
    query += p;
  }
  std::size_t limit = 10;
  if (const auto l = args.value("limit")) {
    const auto v = parse_uint(*l);
    if (!v || *v == 0 || *v > 100) return usage_error(args.command(), "--limit must be 1..100");
    limit = static_cast<std::size_t>(*v);
  }
  if (query.size() > 256) return usage_error(args.command(), "query longer than 256 bytes");
  const auto pack = load_pack();
  if (!pack) return code(Exit::Internal);
  const std::string lang = pick_lang(*pack, args.value("lang"));
  const auto hits = pack->search(query, lang, limit);
  print_pack_line(*pack, lang);
  out(std::to_string(hits.size()) + (hits.size() == 1 ? " card matches" : " cards match") + "\n\n");
  std::size_t n = 0;
  for (const auto& h : hits) {
    print_card(*pack, ++n, h.card, true);
  }
  return code(Exit::Ok);
}

const std::vector<Command>& table() {
  static const std::vector<Command> commands = {
      {"guide",
       "what to say and do in a situation (built-in content, no vault)",
       "Usage: amparo-cli guide --situation ID [--status ID] [--lang CODE]\n"
       "Prints the cards for a situation, in order: title, what to say (in the language and in\n"
       "English), explanation, do / don't, certainty and caveat, sources with dates.\n"
       "Options:\n"
       "  --situation ID   airport-entry, airport-exit, land-sea-port, tsa-checkpoint, street,\n"
       "                   local-police-287g, home-door, vehicle, workplace, device-search,\n"
       "                   after-encounter, arrest-detention, sensitive-places, plan-ahead\n"
       "  --status ID      citizen, lpr, visa, refugee-asylum, tps-daca, undocumented, unsure\n"
       "                   (without it: the cards for everyone first, then the others, each marked\n"
       "                   with the statuses it is for)\n"
       "  --lang CODE      language (BCP 47, e.g. en, es; default en); missing text is shown in English\n"
       "  -h, --help       this text\n",
       {{"situation", true}, {"status", true}, {"lang", true}},
       0,
       0,
       guide},
      {"card",
       "the say-this card to show an officer, as the app shows it",
       "Usage: amparo-cli card [--situation ID] [--status ID] [--lang CODE] [--json]\n"
       "Prints the say-this card: its title, each line in the language and in English, then what\n"
       "to do and not to do. Without --status (or with unsure) it holds only lines true for every\n"
       "status; a status's own lines appear only when that status is given. Without --situation:\n"
       "the emergency card (\"I'm being stopped now\").\n"
       "Options:\n"
       "  --situation ID   as for guide\n"
       "  --status ID      as for guide\n"
       "  --lang CODE      language (default en)\n"
       "  --json           one JSON object: situation, status (null when not given), lang, title,\n"
       "                   lines [{say, say_en}], do, dont\n"
       "  -h, --help       this text\n",
       {{"situation", true}, {"status", true}, {"lang", true}, {"json", false}},
       0,
       0,
       card},
      {"hotlines",
       "phone numbers in the built-in content, with what each is for",
       "Usage: amparo-cli hotlines [--lang CODE]\n"
       "Prints the directory of phone numbers in the built-in content: name, number, what the line\n"
       "is for and not for, hours, whether the number could be confirmed, and its sources.\n"
       "Options:\n"
       "  --lang CODE      language (default en)\n"
       "  -h, --help       this text\n",
       {{"lang", true}},
       0,
       0,
       hotlines},
      {"search",
       "search the built-in content in every language",
       "Usage: amparo-cli search QUERY... [--lang CODE] [--limit N]\n"
       "Finds cards whose text contains every word of QUERY, in any language of the pack, ignoring\n"
       "case and accents (\"detengase\" finds \"Deténgase\"); works for Chinese and Japanese too.\n"
       "Title matches come first. Cards are shown in --lang (default en).\n"
       "Options:\n"
       "  --lang CODE      language to show the cards in\n"
       "  --limit N        at most N cards (1..100, default 10)\n"
       "  -h, --help       this text\n",
       {{"lang", true}, {"limit", true}},
       1,
       16,
       search},
  };
  return commands;
}

int run_with(std::string_view name, const std::vector<std::string>& args) {
  std::vector<std::string> copy = args;
  std::vector<char*> argv;
  for (auto& a : copy) argv.push_back(a.data());
  for (const auto& c : table()) {
    if (c.name != name) continue;
    std::string error;
    const auto parsed = parse(c, argv, error);
    if (!parsed) return usage_error(c.name, error);
    if (parsed->has("help")) {
      out(c.help);
      return code(Exit::Ok);
    }
    const int rc = std::get<Handler>(c.run)(*parsed);
    std::fflush(stdout);
    return rc;
  }
  return code(Exit::Internal);
}

}  // namespace

std::span<const Command> content_commands() {
  return table();
}

int run_guide(const std::vector<std::string>& args) {
  return run_with("guide", args);
}
int run_search(const std::vector<std::string>& args) {
  return run_with("search", args);
}

}  // namespace amparo::cli
