#include "rights/lint.h"

#include <algorithm>
#include <map>

#include "rights/pack.h"
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
    if (s.date.empty()) r.warnings.push_back("manifest.sources." + s.id + ": no date");
  }
  for (std::size_t i = 0; i < m.cards.size(); ++i) {
    const auto& c = m.cards[i];
    const bool dated = std::any_of(c.sources.begin(), c.sources.end(), [&](const std::string& id) {
      return std::any_of(m.sources.begin(), m.sources.end(),
                         [&](const Source& s) { return s.id == id && !s.date.empty(); });
    });
    if (!dated)
      r.warnings.push_back("manifest.cards." + c.id + ".sources: no dated source (shown as undated)");
  }
  const Date today = Date::today_utc();
  if (const auto pub = Date::parse(m.published); pub && *pub > today) {
    r.warnings.push_back("manifest.published: date is in the future");
  }
  for (const auto& c : m.cards) {
    const auto rev = Date::parse(c.reviewed);
    if (rev && *rev > today)
      r.warnings.push_back("manifest.cards." + c.id + ".reviewed: date is in the future");
    if (rev && today > Date{rev->year + 1, rev->month, rev->day}) {
      r.warnings.push_back("manifest.cards." + c.id + ".reviewed: more than 12 months ago");
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
                                        {"say", &ct.say},
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
      if (text::code_points(ct.say) > kMaxSayChars) {
        l.error(cp + ".say", std::to_string(text::code_points(ct.say)) + " characters, limit " +
                                 std::to_string(kMaxSayChars));
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
      l.check_text(cp + ".say", ct.say);
      l.check_text(cp + ".explanation", ct.explanation);
      l.check_text(cp + ".caveat", ct.caveat);
      for (std::size_t i = 0; i < ct.do_list.size(); ++i)
        l.check_text(cp + ".do[" + std::to_string(i) + "]", ct.do_list[i]);
      for (std::size_t i = 0; i < ct.dont_list.size(); ++i) {
        l.check_text(cp + ".dont[" + std::to_string(i) + "]", ct.dont_list[i]);
      }
      if (ref.code != "en") {
        l.check_placeholders(cp + ".title", ct.title, ce.title);
        l.check_placeholders(cp + ".say", ct.say, ce.say);
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
