#include "commands_content.h"

#include <cstdio>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "rights/builtin.h"
#include "rights/pack.h"

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

void print_pack_line(const Pack& pack) {
  out("Content pack " + pack.id() + " version " + std::to_string(pack.version()) + ", published " +
      pack.published());
  if (pack.older_than_12_months(rights::Date::today_utc()))
    out(" (more than 12 months old: check for an update)");
  out("\n");
}

void print_list(std::string_view heading, const std::vector<std::string>& items) {
  if (items.empty()) return;
  out("   ");
  out(heading);
  out("\n");
  for (const auto& item : items) {
    out("     - ");
    line(item);
  }
}

void print_card(std::size_t n, const CardView& c, bool show_statuses) {
  out(std::to_string(n) + ". ");
  out_sanitized(c.title);
  out("  [" + c.id + "]\n");
  if (c.fallback) out("   (some text shown in English)\n");
  out("   Say:           ");
  line(c.say);
  if (c.lang != "en") {
    out("   Say (English): ");
    line(c.say_en);
  }
  out("   ");
  line(c.explanation);
  print_list("Do:", c.do_list);
  print_list("Don't:", c.dont_list);
  if (c.certainty != Certainty::Settled) {
    out("   Certainty: " + std::string(rights::to_string(c.certainty)));
    if (!c.caveat.empty()) {
      out(". ");
      out_sanitized(c.caveat);
    }
    out("\n");
  }
  if (show_statuses && !c.statuses.empty()) {
    out("   For status:");
    for (const auto& s : c.statuses) out(" " + s);
    out("\n");
  }
  out("   Sources:\n");
  for (const auto& s : c.sources) {
    out("     - ");
    out_sanitized(s.title);
    out(" (");
    out_sanitized(s.publisher);
    out(", " + (s.date.empty() ? std::string("undated") : s.date) + ") ");
    out_sanitized(s.url);
    out("\n");
  }
  out("   Reviewed: " + c.reviewed + "\n\n");
}

int guide(const Args& args) {
  const auto situation = args.value("situation");
  if (!situation || situation->empty()) return usage_error(args.command(), "--situation ID is required");
  const auto pack = load_pack();
  if (!pack) return code(Exit::Internal);
  const std::string lang = pick_lang(*pack, args.value("lang"));
  const auto status = args.value("status");
  auto cards = pack->cards_for(*situation, status, lang);
  if (!cards) {
    print_error(cards.error().detail);
    const bool sit = cards.error().code == rights::RightsError::UnknownSituation;
    std::fputs(sit ? "known situations:" : "known statuses:", stderr);
    for (const auto& id : sit ? pack->manifest().situations : pack->manifest().statuses) {
      std::fprintf(stderr, " %s", id.c_str());
    }
    std::fputs("\n", stderr);
    return code(Exit::NotFound);
  }
  print_pack_line(*pack);
  const auto sit_name = pack->situation(*situation, lang);
  out("Situation: ");
  line(sit_name->title);
  if (status) {
    out("Status: ");
    line(pack->status(*status, lang)->title);
  }
  out("\n");
  std::size_t n = 0;
  for (const auto& c : *cards) print_card(++n, c, !status);
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
  print_pack_line(*pack);
  out(std::to_string(hits.size()) + (hits.size() == 1 ? " card matches" : " cards match") + "\n\n");
  std::size_t n = 0;
  for (const auto& h : hits) {
    print_card(++n, h.card, true);
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
       "                   local-police-287g, home-door, vehicle, workplace, device-search, after-encounter\n"
       "  --status ID      citizen, lpr, visa, refugee-asylum, tps-daca, undocumented, unsure\n"
       "                   (without it: every card of the situation, marked with its statuses)\n"
       "  --lang CODE      language (BCP 47, e.g. en, es; default en); missing text is shown in English\n"
       "  -h, --help       this text\n",
       {{"situation", true}, {"status", true}, {"lang", true}},
       0,
       0,
       guide},
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
