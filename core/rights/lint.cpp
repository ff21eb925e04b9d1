#include "rights/lint.h"

#include <algorithm>
#include <map>

#include "rights/pack.h"
#include "rights/say_card.h"
#include "rights/source.h"
#include "rights/text.h"

namespace amparo::rights {

namespace {

struct Linter {
  LintReport& r;

  void error(const std::string& path, const std::string& what) { r.errors.push_back(path + ": " + what); }

  void check_text(const std::string& path, const std::string& s) {
    if (s.empty()) return;
    if (text::looks_like_markup(s)) error(path, "markup (HTML/XML tag or entity) is not allowed in text");
    if (text::contains_url(s)) error(path, "URLs are not allowed in text (only in manifest sources)");
  }

  void check_placeholders(const std::string& path, const std::string& s, const std::string& english) {
    auto a = text::placeholders(s);
    auto b = text::placeholders(english);
    std::sort(a.begin(), a.end());
    std::sort(b.begin(), b.end());
    if (a != b) error(path, "placeholders differ from English");
  }
};

// Every say-line is scoped, reachable and short enough to compose; every card a person can open
// (each situation, and the emergency card, with no status and with each status) has 1 to
// kMaxSayCardLines lines.
void lint_say_lines(const Pack& pack, Linter& l) {
  const Manifest& m = pack.manifest();
  std::map<std::string, int, std::less<>> used;
  for (const auto& c : m.cards) {
    for (const auto& id : c.say) {
      ++used[id];
      const auto line = pack.say_line(id, "en");
      if (!line || line->statuses.empty() || c.statuses.empty()) continue;
      const bool meets = std::any_of(line->statuses.begin(), line->statuses.end(), [&](const std::string& s) {
        return std::find(c.statuses.begin(), c.statuses.end(), s) != c.statuses.end();
      });
      if (!meets)
        l.error("manifest.cards." + c.id + ".say." + id,
                "never shown: the line and the card share no status");
    }
  }
  for (const auto& sl : m.say_lines) {
    if (!sl.statuses.empty() &&
        std::find(sl.statuses.begin(), sl.statuses.end(), kUnsureStatus) != sl.statuses.end()) {
      l.error("manifest.say_lines." + sl.id + ".statuses",
              "a person unsure of their status only gets lines for all: list \"all\" or leave out unsure");
    }
    if (used.find(sl.id) == used.end())
      l.r.warnings.push_back("manifest.say_lines." + sl.id + ": on no card");
  }
  std::vector<std::string> situations{""};
  situations.insert(situations.end(), m.situations.begin(), m.situations.end());
  std::vector<std::string> statuses{""};
  statuses.insert(statuses.end(), m.statuses.begin(), m.statuses.end());
  for (const auto& sit : situations) {
    for (const auto& st : statuses) {
      const auto card = compose_say_card(pack, sit, st, "en");
      const std::string where = "say card " + (sit.empty() ? std::string("(emergency)") : sit) + " x " +
                                (st.empty() ? std::string("(no status)") : st);
      if (!card) {
        l.error(where, std::string(code_name(card.error().code)));
      } else if (card->lines.empty()) {
        l.error(where, "no line to say");
      } else if (card->lines.size() > kMaxSayCardLines) {
        l.error(where,
                std::to_string(card->lines.size()) + " lines, limit " + std::to_string(kMaxSayCardLines));
      }
    }
  }
}

// Cards that tell people to call show the directory, and the directory has numbers to show.
void lint_hotlines(const Pack& pack, Linter& l) {
  const Manifest& m = pack.manifest();
  const LanguageTexts& en = *pack.texts("en");
  bool any_shown = false;
  for (const auto& c : m.cards) {
    any_shown = any_shown || c.show_hotlines;
    const CardText& t = en.cards.find(c.id)->second;
    std::string all = t.title + ' ' + t.explanation + ' ' + t.caveat;
    for (const auto& s : t.do_list) all += ' ' + s;
    for (const auto& s : t.dont_list) all += ' ' + s;
    if (!c.show_hotlines && text::fold(all).find("hotline") != std::string::npos)
      l.error("manifest.cards." + c.id + ".show_hotlines",
              "the card mentions a hotline: show the directory with it");
  }
  if (any_shown && m.hotlines.empty())
    l.error("manifest.hotlines", "cards show the directory but it is empty");
}

}  // namespace

LintReport lint_payload(std::string_view payload) {
  LintReport r;
  auto parsed = parse_pack_payload(payload, {});
  if (!parsed) {
    r.errors.push_back(std::string(code_name(parsed.error().code)) + ": " + parsed.error().detail);
    return r;
  }
  const Pack& pack = *parsed;
  const Manifest& m = pack.manifest();
  Linter l{r};

  for (std::size_t i = 0; i < m.situations.size(); ++i) {
    if (std::find(kKnownSituations.begin(), kKnownSituations.end(), m.situations[i]) ==
        kKnownSituations.end()) {
      l.error("manifest.situations[" + std::to_string(i) + "]", "unknown situation id " + m.situations[i]);
    }
  }
  for (std::size_t i = 0; i < m.statuses.size(); ++i) {
    if (std::find(kKnownStatuses.begin(), kKnownStatuses.end(), m.statuses[i]) == kKnownStatuses.end()) {
      l.error("manifest.statuses[" + std::to_string(i) + "]", "unknown status id " + m.statuses[i]);
    }
  }
  for (const auto& sit : m.situations) {
    for (const auto& st : m.statuses) {
      const bool covered = std::any_of(m.cards.begin(), m.cards.end(), [&](const CardMeta& c) {
        return std::find(c.situations.begin(), c.situations.end(), sit) != c.situations.end() &&
               (c.statuses.empty() ||
                std::find(c.statuses.begin(), c.statuses.end(), st) != c.statuses.end());
      });
      if (!covered) l.error("situation " + sit + " x status " + st, "no card");
    }
  }
  std::map<std::string, int> cited;
  for (const auto& c : m.cards) {
    for (const auto& s : c.sources) ++cited[s];
  }
  for (const auto& s : m.sources) {
    if (cited.find(s.id) == cited.end()) r.warnings.push_back("manifest.sources." + s.id + ": never cited");
    if (s.date.empty() && s.accessed.empty())
      r.warnings.push_back("manifest.sources." + s.id + ": no date and no access date");
  }
  for (std::size_t i = 0; i < m.cards.size(); ++i) {
    const auto& c = m.cards[i];
    const bool dated = std::any_of(c.sources.begin(), c.sources.end(), [&](const std::string& id) {
      return std::any_of(m.sources.begin(), m.sources.end(), [&](const Source& s) {
        return s.id == id && !s.date.empty();  // a publication date; an access date is not one
      });
    });
    if (!dated)
      l.error("manifest.cards." + c.id + ".sources",
              "no dated source: every card cites at least one source with its publication date");
  }
  lint_say_lines(pack, l);
  lint_hotlines(pack, l);
  const Date today = Date::today_utc();
  if (const auto pub = Date::parse(m.published); pub && *pub > today) {
    r.warnings.push_back("manifest.published: date is in the future");
  }
  for (const auto& c : m.cards) {
    if (!c.review) continue;
    const auto rev = Date::parse(c.review->date);
    if (rev && *rev > today) l.error("manifest.cards." + c.id + ".review.date", "date is in the future");
    if (rev && today > Date{rev->year + 1, rev->month, rev->day}) {
      r.warnings.push_back("manifest.cards." + c.id + ".review.date: more than 12 months ago");
    }
  }

  const LanguageTexts& en = *pack.texts("en");
  for (const auto& ref : m.languages) {
    const LanguageTexts& t = *pack.texts(ref.code);
    const std::string lp = "languages." + ref.code;
    l.check_text(lp + ".name", t.name);
    for (const auto& sit : m.situations) {
      const auto it = t.situations.find(sit);
      if (it == t.situations.end()) {
        l.error(lp + ".situations." + sit, "missing");
        continue;
      }
      l.check_text(lp + ".situations." + sit + ".title", it->second.title);
      l.check_text(lp + ".situations." + sit + ".summary", it->second.summary);
    }
    for (const auto& st : m.statuses) {
      const auto it = t.statuses.find(st);
      if (it == t.statuses.end()) {
        l.error(lp + ".statuses." + st, "missing");
        continue;
      }
      l.check_text(lp + ".statuses." + st + ".title", it->second.title);
      l.check_text(lp + ".statuses." + st + ".summary", it->second.summary);
    }
    for (std::size_t i = 0; i < t.glossary.size(); ++i) {
      const std::string gp = lp + ".glossary[" + std::to_string(i) + "]";
      l.check_text(gp + ".term", t.glossary[i].term);
      l.check_text(gp + ".definition", t.glossary[i].definition);
    }
    for (const auto key : kLabelKeys) {
      const std::string kp = lp + ".labels." + std::string(key);
      const auto it = t.labels.find(key);
      if (it == t.labels.end()) {
        l.error(kp, "missing (label not translated)");
        continue;
      }
      l.check_text(kp, it->second);
      if (ref.code != "en") l.check_placeholders(kp, it->second, en.labels.find(key)->second);
    }
    for (const auto& sl : m.say_lines) {
      const std::string sp = lp + ".say_lines." + sl.id;
      const auto it = t.say_lines.find(sl.id);
      if (it == t.say_lines.end()) {
        l.error(sp, "missing (say-line not translated)");
        continue;
      }
      if (text::code_points(it->second) > kMaxSayChars) {
        l.error(sp, std::to_string(text::code_points(it->second)) + " characters, limit " +
                        std::to_string(kMaxSayChars));
      }
      l.check_text(sp, it->second);
      if (ref.code != "en") l.check_placeholders(sp, it->second, en.say_lines.find(sl.id)->second);
    }
    for (const auto& h : m.hotlines) {
      const std::string hp = lp + ".hotlines." + h.id;
      const auto it = t.hotlines.find(h.id);
      if (it == t.hotlines.end()) {
        l.error(hp, "missing (hotline not translated)");
        continue;
      }
      l.check_text(hp + ".purpose", it->second.purpose);
      l.check_text(hp + ".hours", it->second.hours);
      if (it->second.hours.empty() != en.hotlines.find(h.id)->second.hours.empty())
        l.error(hp + ".hours", "present in one of this language and English only");
    }
    std::size_t translated = 0;
    for (const auto& c : m.cards) {
      const std::string cp = lp + ".cards." + c.id;
      const auto it = t.cards.find(c.id);
      if (it == t.cards.end()) {
        l.error(cp, "missing (card not translated)");
        continue;
      }
      const CardText& ct = it->second;
      const CardText& ce = en.cards.find(c.id)->second;
      bool complete = true;
      for (const auto& [name, value] : {std::pair<const char*, const std::string*>{"title", &ct.title},
                                        {"explanation", &ct.explanation}}) {
        if (value->empty()) {
          l.error(cp + "." + name, "missing");
          complete = false;
        }
      }
      if (c.certainty != Certainty::Settled && ct.caveat.empty()) {
        l.error(cp + ".caveat", "required because certainty is " + std::string(to_string(c.certainty)));
        complete = false;
      }
      if (ct.do_list.size() != ce.do_list.size()) {
        r.warnings.push_back(cp + ".do: " + std::to_string(ct.do_list.size()) + " items, English has " +
                             std::to_string(ce.do_list.size()));
      }
      if (ct.dont_list.size() != ce.dont_list.size()) {
        r.warnings.push_back(cp + ".dont: " + std::to_string(ct.dont_list.size()) + " items, English has " +
                             std::to_string(ce.dont_list.size()));
      }
      l.check_text(cp + ".title", ct.title);
      l.check_text(cp + ".explanation", ct.explanation);
      l.check_text(cp + ".caveat", ct.caveat);
      for (std::size_t i = 0; i < ct.do_list.size(); ++i)
        l.check_text(cp + ".do[" + std::to_string(i) + "]", ct.do_list[i]);
      for (std::size_t i = 0; i < ct.dont_list.size(); ++i) {
        l.check_text(cp + ".dont[" + std::to_string(i) + "]", ct.dont_list[i]);
      }
      if (ref.code != "en") {
        l.check_placeholders(cp + ".title", ct.title, ce.title);
        l.check_placeholders(cp + ".explanation", ct.explanation, ce.explanation);
        l.check_placeholders(cp + ".caveat", ct.caveat, ce.caveat);
      }
      if (complete) ++translated;
    }
    r.summary.push_back(ref.code + ": " + std::to_string(translated) + "/" + std::to_string(m.cards.size()) +
                        " cards translated (" + std::string(to_string(ref.state)) + ")");
  }
  return r;
}

LintReport lint_source_folder(const std::filesystem::path& dir) {
  auto src = read_source_folder(dir);
  if (!src) {
    LintReport r;
    r.errors.push_back(std::string(code_name(src.error().code)) + ": " + src.error().detail);
    return r;
  }
  LintReport r = lint_payload(src->payload);
  r.warnings.insert(r.warnings.begin(), src->warnings.begin(), src->warnings.end());
  return r;
}

}  // namespace amparo::rights
