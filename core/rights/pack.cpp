#include "rights/pack.h"

#include <algorithm>
#include <ctime>
#include <initializer_list>
#include <iterator>
#include <nlohmann/json.hpp>
#include <set>
#include <utility>

#include "rights/bounded_json.h"
#include "rights/container.h"
#include "rights/query.h"
#include "rights/text.h"

namespace amparo::rights {

using nlohmann::json;

namespace detail {

struct FoldedCard {
  std::string lang, title, say, body;
};

struct PackData {
  Manifest manifest;
  std::map<std::string, LanguageTexts, std::less<>> languages;
  Bytes publisher_key;
  std::map<std::string, std::size_t, std::less<>> card_by_id;
  std::map<std::string, std::size_t, std::less<>> source_by_id;
  std::map<std::string, std::size_t, std::less<>> say_line_by_id;
  std::vector<std::size_t> order;               // card indices by (priority, id)
  std::vector<std::vector<FoldedCard>> search;  // per card index: one entry per language
  query::Synonyms synonyms;                     // every language's groups, merged
};

}  // namespace detail

std::string_view to_string(Certainty c) noexcept {
  switch (c) {
    case Certainty::Settled:
      return "settled";
    case Certainty::Uncertain:
      return "uncertain";
    case Certainty::Contested:
      return "contested";
    case Certainty::Varies:
      return "varies";
  }
  return "settled";
}

std::string_view to_string(TranslationState s) noexcept {
  return s == TranslationState::Reviewed ? "reviewed" : "draft";
}

// ---------------------------------------------------------------------------------------------
// Dates

namespace {

bool digits(std::string_view s) {
  return !s.empty() && std::all_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; });
}
int to_int(std::string_view s) {
  int v = 0;
  for (char c : s) v = v * 10 + (c - '0');
  return v;
}
int days_in_month(int y, int m) {
  static constexpr int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  const bool leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
  return m == 2 && leap ? 29 : kDays[m - 1];
}

}  // namespace

std::optional<Date> Date::parse(std::string_view t, bool allow_partial) {
  Date d;
  if (t.size() != 10 && !(allow_partial && (t.size() == 4 || t.size() == 7))) return std::nullopt;
  if (!digits(t.substr(0, 4))) return std::nullopt;
  d.year = to_int(t.substr(0, 4));
  if (d.year < 1900) return std::nullopt;
  if (t.size() >= 7) {
    if (t[4] != '-' || !digits(t.substr(5, 2))) return std::nullopt;
    d.month = to_int(t.substr(5, 2));
    if (d.month < 1 || d.month > 12) return std::nullopt;
  }
  if (t.size() == 10) {
    if (t[7] != '-' || !digits(t.substr(8, 2))) return std::nullopt;
    d.day = to_int(t.substr(8, 2));
    if (d.day < 1 || d.day > days_in_month(d.year, d.month)) return std::nullopt;
  }
  return d;
}

Date Date::today_utc() {
  const std::time_t now = std::time(nullptr);
  std::tm tm{};
  gmtime_r(&now, &tm);
  return Date{tm.tm_year + 1900, tm.tm_mon + 1, tm.tm_mday};
}

// ---------------------------------------------------------------------------------------------
// Validation helpers: every error names the JSON path of the bad field.

namespace {

RightsFailure fail(RightsError code, const std::string& path, std::string_view what) {
  return make_error(code, path + ": " + std::string(what));
}

std::string join(const std::string& path, std::string_view key) {
  return path.empty() ? std::string(key) : path + "." + std::string(key);
}
std::string at(const std::string& path, std::size_t i) {
  return path + "[" + std::to_string(i) + "]";
}

RightsResult<void> expect_object(const json& j, const std::string& path) {
  if (!j.is_object()) return fail(RightsError::MalformedField, path, "must be an object");
  return {};
}

// Unknown members are refused (typos must not silently drop content); names starting with '_'
// are free for authors' notes and ignored.
RightsResult<void> check_keys(const json& obj, const std::string& path,
                              std::initializer_list<std::string_view> allowed) {
  AMPARO_TRY_VOID(expect_object(obj, path));
  for (const auto& [key, value] : obj.items()) {
    if (!key.empty() && key[0] == '_') continue;
    if (std::find(allowed.begin(), allowed.end(), key) == allowed.end()) {
      return fail(RightsError::MalformedField, join(path, key), "unknown field");
    }
  }
  return {};
}

const json* find(const json& obj, std::string_view key) {
  const auto it = obj.find(key);
  return it == obj.end() ? nullptr : &*it;
}

RightsResult<const json*> member(const json& obj, std::string_view key, const std::string& path,
                                 bool required) {
  const json* v = find(obj, key);
  if (v == nullptr && required) return fail(RightsError::MissingField, join(path, key), "required");
  return v;
}

RightsResult<std::string> text_value(const json& v, const std::string& path, std::size_t max_bytes) {
  if (!v.is_string()) return fail(RightsError::MalformedField, path, "must be a string");
  const auto& s = v.get_ref<const std::string&>();
  if (s.empty()) return fail(RightsError::MalformedField, path, "must not be empty");
  if (s.size() > max_bytes) {
    return fail(RightsError::TooLarge, path, "longer than " + std::to_string(max_bytes) + " bytes");
  }
  if (const auto off = text::find_forbidden(s)) {
    return fail(RightsError::MalformedField, path,
                "control or bidi-override character at byte " + std::to_string(*off));
  }
  return s;
}

// Text shown to the person (SR-27): no links either; URLs belong in manifest sources only.
RightsResult<std::string> display_text_value(const json& v, const std::string& path, std::size_t max_bytes) {
  AMPARO_TRY(auto s, text_value(v, path, max_bytes));
  if (text::contains_url(s)) {
    return fail(RightsError::MalformedField, path, "URLs are only allowed in manifest sources");
  }
  return s;
}

// Optional text: absent gives "", present must be a valid non-empty text.
RightsResult<std::string> text_member(const json& obj, std::string_view key, const std::string& path,
                                      std::size_t max_bytes, bool required) {
  AMPARO_TRY(const json* v, member(obj, key, path, required));
  if (v == nullptr) return std::string();
  return display_text_value(*v, join(path, key), max_bytes);
}

bool is_id(std::string_view s) {
  if (s.empty() || s.size() > PackLimits::kMaxIdBytes || s.front() == '-' || s.back() == '-') return false;
  return std::all_of(s.begin(), s.end(),
                     [](char c) { return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-'; });
}
bool is_source_id(std::string_view s) {
  if (s.empty() || s.size() > PackLimits::kMaxIdBytes) return false;
  return std::all_of(s.begin(), s.end(), [](char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == '_';
  });
}
// BCP 47 shape: 2-8 letters, then subtags of 1-8 letters/digits.
bool is_language_code(std::string_view s) {
  if (s.size() < 2 || s.size() > 35) return false;
  std::size_t start = 0;
  bool first = true;
  while (start <= s.size()) {
    const auto dash = s.find('-', start);
    const auto part = s.substr(start, dash == std::string_view::npos ? std::string_view::npos : dash - start);
    if (part.empty() || part.size() > 8) return false;
    for (char c : part) {
      const bool letter = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
      if (!(letter || (!first && c >= '0' && c <= '9'))) return false;
    }
    if (first && part.size() < 2) return false;
    first = false;
    if (dash == std::string_view::npos) break;
    start = dash + 1;
  }
  return true;
}

using IdCheck = bool (*)(std::string_view);

RightsResult<std::string> id_value(const json& v, const std::string& path, IdCheck check = is_id) {
  if (!v.is_string()) return fail(RightsError::MalformedField, path, "must be a string id");
  const auto& s = v.get_ref<const std::string&>();
  if (!check(s)) return fail(RightsError::MalformedField, path, "not a valid id");
  return s;
}

RightsResult<std::string> id_member(const json& obj, std::string_view key, const std::string& path,
                                    IdCheck check = is_id) {
  AMPARO_TRY(const json* v, member(obj, key, path, true));
  return id_value(*v, join(path, key), check);
}

RightsResult<const json*> array_member(const json& obj, std::string_view key, const std::string& path,
                                       std::size_t max_items, bool required) {
  AMPARO_TRY(const json* v, member(obj, key, path, required));
  if (v == nullptr) return v;
  if (!v->is_array()) return fail(RightsError::MalformedField, join(path, key), "must be a list");
  if (v->size() > max_items) {
    return fail(RightsError::TooLarge, join(path, key), "more than " + std::to_string(max_items) + " items");
  }
  return v;
}

RightsResult<std::vector<std::string>> text_list(const json& obj, std::string_view key,
                                                 const std::string& path, std::size_t max_items,
                                                 std::size_t max_bytes) {
  std::vector<std::string> out;
  AMPARO_TRY(const json* arr, array_member(obj, key, path, max_items, false));
  if (arr == nullptr) return out;
  for (std::size_t i = 0; i < arr->size(); ++i) {
    AMPARO_TRY(auto s, display_text_value((*arr)[i], at(join(path, key), i), max_bytes));
    out.push_back(std::move(s));
  }
  return out;
}

RightsResult<std::vector<std::string>> id_list(const json& obj, std::string_view key, const std::string& path,
                                               std::size_t max_items, IdCheck check = is_id) {
  std::vector<std::string> out;
  AMPARO_TRY(const json* arr, array_member(obj, key, path, max_items, true));
  if (arr->empty()) return fail(RightsError::MalformedField, join(path, key), "must not be empty");
  std::set<std::string, std::less<>> seen;
  for (std::size_t i = 0; i < arr->size(); ++i) {
    AMPARO_TRY(auto s, id_value((*arr)[i], at(join(path, key), i), check));
    if (!seen.insert(s).second)
      return fail(RightsError::MalformedField, at(join(path, key), i), "duplicate id");
    out.push_back(std::move(s));
  }
  return out;
}

RightsResult<std::string> date_member(const json& obj, std::string_view key, const std::string& path,
                                      bool allow_partial) {
  AMPARO_TRY(const json* v, member(obj, key, path, true));
  const std::string p = join(path, key);
  if (!v->is_string() || !Date::parse(v->get_ref<const std::string&>(), allow_partial)) {
    return fail(RightsError::MalformedField, p,
                allow_partial ? "not a date (YYYY, YYYY-MM or YYYY-MM-DD)" : "not a date (YYYY-MM-DD)");
  }
  return v->get<std::string>();
}

bool contains(const std::vector<std::string>& v, std::string_view s) {
  return std::find(v.begin(), v.end(), s) != v.end();
}

bool valid_url(std::string_view u) {
  if (u.size() > PackLimits::kMaxUrlBytes) return false;
  if (u.rfind("https://", 0) != 0 && u.rfind("http://", 0) != 0) return false;
  return std::all_of(u.begin(), u.end(), [](char c) { return c > 0x20 && c < 0x7F; });
}

// ---------------------------------------------------------------------------------------------
// Manifest

RightsResult<Source> parse_source(const json& j, const std::string& p) {
  AMPARO_TRY_VOID(check_keys(j, p, {"id", "title", "publisher", "url", "date", "accessed"}));
  Source s;
  AMPARO_TRY(s.id, id_member(j, "id", p, is_source_id));
  AMPARO_TRY(s.title, text_member(j, "title", p, PackLimits::kMaxTitleBytes, true));
  AMPARO_TRY(s.publisher, text_member(j, "publisher", p, PackLimits::kMaxTitleBytes, true));
  AMPARO_TRY(const json* url, member(j, "url", p, true));
  AMPARO_TRY(s.url, text_value(*url, join(p, "url"), PackLimits::kMaxUrlBytes));
  if (!valid_url(s.url)) return fail(RightsError::MalformedField, join(p, "url"), "must be an http(s) URL");
  if (find(j, "date") != nullptr) {  // optional: some sources are undated (lint warns)
    AMPARO_TRY(s.date, date_member(j, "date", p, true));
  }
  if (find(j, "accessed") != nullptr) {  // when a page has no date: the day its copy was read
    AMPARO_TRY(s.accessed, date_member(j, "accessed", p, false));
  }
  return s;
}

RightsResult<Certainty> certainty_member(const json& j, const std::string& p) {
  AMPARO_TRY(const json* cert, member(j, "certainty", p, true));
  const std::string certainty = cert->is_string() ? cert->get<std::string>() : std::string();
  if (certainty == "settled") return Certainty::Settled;
  if (certainty == "uncertain") return Certainty::Uncertain;
  if (certainty == "contested") return Certainty::Contested;
  if (certainty == "varies") return Certainty::Varies;
  return fail(RightsError::MalformedField, join(p, "certainty"),
              "must be settled, uncertain, contested or varies");
}

// A status scope: ["all"] (kept empty) or declared status ids.
RightsResult<std::vector<std::string>> statuses_member(const json& j, const std::string& p,
                                                       const Manifest& m) {
  AMPARO_TRY(auto statuses, id_list(j, "statuses", p, PackLimits::kMaxStatuses));
  if (statuses.size() == 1 && statuses[0] == "all") return std::vector<std::string>{};
  for (std::size_t i = 0; i < statuses.size(); ++i) {
    if (!contains(m.statuses, statuses[i])) {
      return fail(RightsError::UnknownStatus, at(join(p, "statuses"), i), "unknown status " + statuses[i]);
    }
  }
  return statuses;
}

RightsResult<std::vector<std::string>> source_refs(
    const json& j, const std::string& p, const std::map<std::string, std::size_t, std::less<>>& sources) {
  AMPARO_TRY(auto refs, id_list(j, "sources", p, PackLimits::kMaxListItems, is_source_id));
  for (std::size_t i = 0; i < refs.size(); ++i) {
    if (sources.find(refs[i]) == sources.end()) {
      return fail(RightsError::UnknownSource, at(join(p, "sources"), i), "unknown source " + refs[i]);
    }
  }
  return refs;
}

RightsResult<Hotline> parse_hotline(const json& j, const std::string& p,
                                    const std::map<std::string, std::size_t, std::less<>>& sources) {
  AMPARO_TRY_VOID(check_keys(j, p, {"id", "name", "number", "region", "languages", "sources", "certainty"}));
  Hotline h;
  AMPARO_TRY(h.id, id_member(j, "id", p));
  AMPARO_TRY(h.name, text_member(j, "name", p, PackLimits::kMaxTitleBytes, true));
  AMPARO_TRY(const json* num, member(j, "number", p, true));
  if (!num->is_string() || !text::valid_hotline_number(num->get_ref<const std::string&>())) {
    return fail(RightsError::BadHotline, join(p, "number"),
                "only digits, spaces, + - ( ), 3 to 20 digits, at most 32 characters");
  }
  h.number = num->get<std::string>();
  AMPARO_TRY(h.region, text_member(j, "region", p, PackLimits::kMaxTitleBytes, false));
  AMPARO_TRY(const json* langs, array_member(j, "languages", p, PackLimits::kMaxLanguages, false));
  if (langs != nullptr) {
    for (std::size_t i = 0; i < langs->size(); ++i) {
      AMPARO_TRY(auto code, id_value((*langs)[i], at(join(p, "languages"), i), is_language_code));
      h.languages.push_back(std::move(code));
    }
  }
  // A number people will dial in an emergency: where it comes from, and how sure that is.
  AMPARO_TRY(h.sources, source_refs(j, p, sources));
  AMPARO_TRY(h.certainty, certainty_member(j, p));
  return h;
}

RightsResult<SayLineMeta> parse_say_line(const json& j, const std::string& p, const Manifest& m) {
  AMPARO_TRY_VOID(check_keys(j, p, {"id", "statuses"}));
  SayLineMeta l;
  AMPARO_TRY(l.id, id_member(j, "id", p));
  // Required, never defaulted: a line without a scope could end up in anyone's mouth.
  AMPARO_TRY(l.statuses, statuses_member(j, p, m));
  return l;
}

RightsResult<Review> parse_review(const json& j, const std::string& p) {
  AMPARO_TRY_VOID(check_keys(j, p, {"by", "date"}));
  Review r;
  AMPARO_TRY(r.by, text_member(j, "by", p, PackLimits::kMaxTitleBytes, true));
  AMPARO_TRY(r.date, date_member(j, "date", p, false));
  return r;
}

RightsResult<CardMeta> parse_card_meta(const json& j, const std::string& p, const Manifest& m,
                                       const detail::PackData& d) {
  AMPARO_TRY_VOID(check_keys(j, p,
                             {"id", "situations", "statuses", "priority", "certainty", "sources", "say",
                              "show_hotlines", "review"}));
  CardMeta c;
  AMPARO_TRY(c.id, id_member(j, "id", p));
  AMPARO_TRY(c.situations, id_list(j, "situations", p, PackLimits::kMaxListItems));
  for (std::size_t i = 0; i < c.situations.size(); ++i) {
    if (!contains(m.situations, c.situations[i])) {
      return fail(RightsError::UnknownSituation, at(join(p, "situations"), i),
                  "unknown situation " + c.situations[i]);
    }
  }
  AMPARO_TRY(c.statuses, statuses_member(j, p, m));
  AMPARO_TRY(const json* prio, member(j, "priority", p, true));
  if (!prio->is_number_integer() || prio->get<long long>() < -100000 || prio->get<long long>() > 100000) {
    return fail(RightsError::MalformedField, join(p, "priority"), "must be an integer in -100000..100000");
  }
  c.priority = prio->get<int>();
  AMPARO_TRY(c.certainty, certainty_member(j, p));
  AMPARO_TRY(c.sources, source_refs(j, p, d.source_by_id));
  AMPARO_TRY(const json* say, array_member(j, "say", p, PackLimits::kMaxListItems, true));
  std::set<std::string, std::less<>> seen;
  for (std::size_t i = 0; i < say->size(); ++i) {
    const std::string lp = at(join(p, "say"), i);
    AMPARO_TRY(auto id, id_value((*say)[i], lp));
    if (d.say_line_by_id.find(id) == d.say_line_by_id.end())
      return fail(RightsError::UnknownSayLine, lp, "unknown say-line " + id);
    if (!seen.insert(id).second) return fail(RightsError::MalformedField, lp, "duplicate id");
    c.say.push_back(std::move(id));
  }
  if (const json* flag = find(j, "show_hotlines"); flag != nullptr) {
    if (!flag->is_boolean())
      return fail(RightsError::MalformedField, join(p, "show_hotlines"), "must be true or false");
    c.show_hotlines = flag->get<bool>();
  }
  if (const json* review = find(j, "review"); review != nullptr) {
    AMPARO_TRY(auto r, parse_review(*review, join(p, "review")));
    c.review = std::move(r);
  }
  return c;
}

RightsResult<void> parse_manifest(const json& j, detail::PackData& d) {
  const std::string p = "manifest";
  Manifest& m = d.manifest;
  AMPARO_TRY_VOID(
      check_keys(j, p,
                 {"format", "id", "jurisdiction", "version", "published", "publisher", "languages",
                  "situations", "statuses", "default_card", "say_lines", "sources", "cards", "hotlines"}));
  AMPARO_TRY(const json* fmt, member(j, "format", p, true));
  // Format 2 scopes every say-line to the statuses it is for; format 1 had unscoped say text and
  // is refused rather than guessed at (its lines could put false words in someone's mouth).
  if (!fmt->is_number_unsigned() || fmt->get<std::uint64_t>() != 2) {
    return fail(RightsError::UnsupportedFormat, join(p, "format"), "only format 2 is supported");
  }
  AMPARO_TRY(m.id, id_member(j, "id", p));
  AMPARO_TRY(m.jurisdiction, text_member(j, "jurisdiction", p, PackLimits::kMaxIdBytes, true));
  AMPARO_TRY(const json* ver, member(j, "version", p, true));
  if (!ver->is_number_unsigned() || ver->get<std::uint64_t>() == 0 ||
      ver->get<std::uint64_t>() > (1ull << 53)) {
    return fail(RightsError::MalformedField, join(p, "version"), "must be a positive integer");
  }
  m.version = ver->get<std::uint64_t>();
  AMPARO_TRY(m.published, date_member(j, "published", p, false));
  AMPARO_TRY(m.publisher, text_member(j, "publisher", p, PackLimits::kMaxTitleBytes, true));

  AMPARO_TRY(const json* langs, array_member(j, "languages", p, PackLimits::kMaxLanguages, true));
  for (std::size_t i = 0; i < langs->size(); ++i) {
    const std::string lp = at(join(p, "languages"), i);
    const json& l = (*langs)[i];
    AMPARO_TRY_VOID(check_keys(l, lp, {"code", "state"}));
    LanguageRef ref;
    AMPARO_TRY(ref.code, id_member(l, "code", lp, is_language_code));
    AMPARO_TRY(const json* st, member(l, "state", lp, true));
    if (*st == "reviewed") {
      ref.state = TranslationState::Reviewed;
    } else if (*st == "draft") {
      ref.state = TranslationState::Draft;
    } else {
      return fail(RightsError::MalformedField, join(lp, "state"), "must be draft or reviewed");
    }
    for (const auto& other : m.languages) {
      if (other.code == ref.code)
        return fail(RightsError::MalformedField, join(lp, "code"), "duplicate language");
    }
    m.languages.push_back(std::move(ref));
  }
  if (std::none_of(m.languages.begin(), m.languages.end(),
                   [](const LanguageRef& r) { return r.code == "en"; })) {
    return fail(RightsError::MissingLanguage, join(p, "languages"), "English (en) is required");
  }
  AMPARO_TRY(m.situations, id_list(j, "situations", p, PackLimits::kMaxSituations));
  AMPARO_TRY(m.statuses, id_list(j, "statuses", p, PackLimits::kMaxStatuses));
  if (contains(m.statuses, "all")) {
    return fail(RightsError::MalformedField, join(p, "statuses"), "\"all\" is reserved");
  }

  AMPARO_TRY(const json* sources, array_member(j, "sources", p, PackLimits::kMaxSources, true));
  for (std::size_t i = 0; i < sources->size(); ++i) {
    const std::string sp = at(join(p, "sources"), i);
    AMPARO_TRY(auto s, parse_source((*sources)[i], sp));
    if (!d.source_by_id.emplace(s.id, m.sources.size()).second) {
      return fail(RightsError::MalformedField, join(sp, "id"), "duplicate source id " + s.id);
    }
    m.sources.push_back(std::move(s));
  }
  AMPARO_TRY(const json* lines, array_member(j, "say_lines", p, PackLimits::kMaxSayLines, true));
  for (std::size_t i = 0; i < lines->size(); ++i) {
    const std::string lp = at(join(p, "say_lines"), i);
    AMPARO_TRY(auto l, parse_say_line((*lines)[i], lp, m));
    if (!d.say_line_by_id.emplace(l.id, m.say_lines.size()).second) {
      return fail(RightsError::MalformedField, join(lp, "id"), "duplicate say-line id " + l.id);
    }
    m.say_lines.push_back(std::move(l));
  }
  AMPARO_TRY(const json* cards, array_member(j, "cards", p, PackLimits::kMaxCards, true));
  if (cards->empty()) return fail(RightsError::MalformedField, join(p, "cards"), "must not be empty");
  for (std::size_t i = 0; i < cards->size(); ++i) {
    const std::string cp = at(join(p, "cards"), i);
    AMPARO_TRY(auto c, parse_card_meta((*cards)[i], cp, m, d));
    if (!d.card_by_id.emplace(c.id, m.cards.size()).second) {
      return fail(RightsError::MalformedField, join(cp, "id"), "duplicate card id " + c.id);
    }
    m.cards.push_back(std::move(c));
  }
  AMPARO_TRY(m.default_card, id_member(j, "default_card", p));
  if (d.card_by_id.find(m.default_card) == d.card_by_id.end()) {
    return fail(RightsError::UnknownCard, join(p, "default_card"), "unknown card " + m.default_card);
  }
  AMPARO_TRY(const json* hotlines, array_member(j, "hotlines", p, PackLimits::kMaxHotlines, false));
  if (hotlines != nullptr) {
    std::set<std::string, std::less<>> seen;
    for (std::size_t i = 0; i < hotlines->size(); ++i) {
      const std::string hp = at(join(p, "hotlines"), i);
      AMPARO_TRY(auto h, parse_hotline((*hotlines)[i], hp, d.source_by_id));
      if (!seen.insert(h.id).second)
        return fail(RightsError::MalformedField, join(hp, "id"), "duplicate hotline id");
      m.hotlines.push_back(std::move(h));
    }
  }
  return {};
}

// ---------------------------------------------------------------------------------------------
// Language texts

RightsResult<void> parse_named(const json& j, const std::string& p, const std::vector<std::string>& declared,
                               RightsError unknown, std::map<std::string, NamedText, std::less<>>& out) {
  AMPARO_TRY_VOID(expect_object(j, p));
  for (const auto& [key, value] : j.items()) {
    if (!key.empty() && key[0] == '_') continue;
    const std::string ip = join(p, key);
    if (!contains(declared, key)) {
      return fail(
          unknown, ip,
          unknown == RightsError::UnknownSituation ? "unknown situation " + key : "unknown status " + key);
    }
    AMPARO_TRY_VOID(check_keys(value, ip, {"title", "summary"}));
    NamedText t;
    AMPARO_TRY(t.title, text_member(value, "title", ip, PackLimits::kMaxTitleBytes, true));
    AMPARO_TRY(t.summary, text_member(value, "summary", ip, PackLimits::kMaxTextBytes, false));
    out.emplace(key, std::move(t));
  }
  return {};
}

RightsResult<CardText> parse_card_text(const json& j, const std::string& p, bool english) {
  AMPARO_TRY_VOID(check_keys(j, p, {"title", "explanation", "do", "dont", "caveat"}));
  CardText t;
  AMPARO_TRY(t.title, text_member(j, "title", p, PackLimits::kMaxTitleBytes, english));
  AMPARO_TRY(t.explanation, text_member(j, "explanation", p, PackLimits::kMaxTextBytes, english));
  AMPARO_TRY(t.do_list, text_list(j, "do", p, PackLimits::kMaxListItems, PackLimits::kMaxItemBytes));
  AMPARO_TRY(t.dont_list, text_list(j, "dont", p, PackLimits::kMaxListItems, PackLimits::kMaxItemBytes));
  AMPARO_TRY(t.caveat, text_member(j, "caveat", p, PackLimits::kMaxTextBytes, false));
  return t;
}

RightsResult<LanguageTexts> parse_language(const json& j, const std::string& code,
                                           const detail::PackData& d) {
  const std::string p = "languages." + code;
  const bool english = code == "en";
  const Manifest& m = d.manifest;
  AMPARO_TRY_VOID(check_keys(j, p,
                             {"language", "name", "labels", "situations", "statuses", "say_lines", "cards",
                              "hotlines", "glossary", "synonyms"}));
  LanguageTexts l;
  AMPARO_TRY(l.code, id_member(j, "language", p, is_language_code));
  if (l.code != code)
    return fail(RightsError::MalformedField, join(p, "language"), "does not match its key " + code);
  AMPARO_TRY(l.name, text_member(j, "name", p, PackLimits::kMaxTitleBytes, true));
  AMPARO_TRY(const json* sits, member(j, "situations", p, english));
  if (sits != nullptr) {
    AMPARO_TRY_VOID(
        parse_named(*sits, join(p, "situations"), m.situations, RightsError::UnknownSituation, l.situations));
  }
  AMPARO_TRY(const json* stats, member(j, "statuses", p, english));
  if (stats != nullptr) {
    AMPARO_TRY_VOID(
        parse_named(*stats, join(p, "statuses"), m.statuses, RightsError::UnknownStatus, l.statuses));
  }
  AMPARO_TRY(const json* labels, member(j, "labels", p, english));
  if (labels != nullptr) {
    AMPARO_TRY_VOID(expect_object(*labels, join(p, "labels")));
    for (const auto& [key, value] : labels->items()) {
      if (!key.empty() && key[0] == '_') continue;
      const std::string lp = join(join(p, "labels"), key);
      if (std::find(kLabelKeys.begin(), kLabelKeys.end(), key) == kLabelKeys.end())
        return fail(RightsError::MalformedField, lp, "unknown label");
      AMPARO_TRY(auto t, display_text_value(value, lp, PackLimits::kMaxTitleBytes));
      l.labels.emplace(key, std::move(t));
    }
  }
  if (english) {
    for (const auto key : kLabelKeys) {
      if (l.labels.find(key) == l.labels.end())
        return fail(RightsError::MissingField, join(join(p, "labels"), key), "English label required");
    }
  }
  AMPARO_TRY(const json* lines, member(j, "say_lines", p, english));
  if (lines != nullptr) {
    AMPARO_TRY_VOID(expect_object(*lines, join(p, "say_lines")));
    for (const auto& [key, value] : lines->items()) {
      if (!key.empty() && key[0] == '_') continue;
      const std::string lp = join(join(p, "say_lines"), key);
      if (d.say_line_by_id.find(key) == d.say_line_by_id.end())
        return fail(RightsError::UnknownSayLine, lp, "unknown say-line " + key);
      AMPARO_TRY(auto t, display_text_value(value, lp, PackLimits::kMaxSayBytes));
      l.say_lines.emplace(key, std::move(t));
    }
  }
  AMPARO_TRY(const json* hotlines, member(j, "hotlines", p, false));
  if (hotlines != nullptr) {
    AMPARO_TRY_VOID(expect_object(*hotlines, join(p, "hotlines")));
    for (const auto& [key, value] : hotlines->items()) {
      if (!key.empty() && key[0] == '_') continue;
      const std::string hp = join(join(p, "hotlines"), key);
      const std::string& id = key;  // clang 14 lambdas cannot capture a structured binding
      const auto& known = m.hotlines;
      if (std::none_of(known.begin(), known.end(), [&](const Hotline& h) { return h.id == id; }))
        return fail(RightsError::MalformedField, hp, "unknown hotline " + id);
      AMPARO_TRY_VOID(check_keys(value, hp, {"purpose", "hours"}));
      HotlineText t;
      AMPARO_TRY(t.purpose, text_member(value, "purpose", hp, PackLimits::kMaxTextBytes, english));
      AMPARO_TRY(t.hours, text_member(value, "hours", hp, PackLimits::kMaxTitleBytes, false));
      l.hotlines.emplace(key, std::move(t));
    }
  }
  AMPARO_TRY(const json* cards, member(j, "cards", p, english));
  if (cards != nullptr) {
    AMPARO_TRY_VOID(expect_object(*cards, join(p, "cards")));
    for (const auto& [key, value] : cards->items()) {
      if (!key.empty() && key[0] == '_') continue;
      const std::string cp = join(join(p, "cards"), key);
      if (d.card_by_id.find(key) == d.card_by_id.end())
        return fail(RightsError::UnknownCard, cp, "unknown card " + key);
      AMPARO_TRY(auto t, parse_card_text(value, cp, english));
      l.cards.emplace(key, std::move(t));
    }
  }
  AMPARO_TRY(const json* synonyms, array_member(j, "synonyms", p, PackLimits::kMaxGlossary, false));
  if (synonyms != nullptr) {
    for (std::size_t i = 0; i < synonyms->size(); ++i) {
      const std::string sp = at(join(p, "synonyms"), i);
      const json& group = (*synonyms)[i];
      if (!group.is_array() || group.size() < 2 || group.size() > PackLimits::kMaxListItems)
        return fail(RightsError::MalformedField, sp, "must be a list of 2 to 24 words or phrases");
      std::vector<std::string> words;
      for (std::size_t k = 0; k < group.size(); ++k) {
        AMPARO_TRY(auto w, display_text_value(group[k], at(sp, k), PackLimits::kMaxIdBytes));
        words.push_back(std::move(w));
      }
      l.synonyms.push_back(std::move(words));
    }
  }
  AMPARO_TRY(const json* glossary, array_member(j, "glossary", p, PackLimits::kMaxGlossary, false));
  if (glossary != nullptr) {
    for (std::size_t i = 0; i < glossary->size(); ++i) {
      const std::string gp = at(join(p, "glossary"), i);
      AMPARO_TRY_VOID(check_keys((*glossary)[i], gp, {"term", "definition"}));
      GlossaryEntry g;
      AMPARO_TRY(g.term, text_member((*glossary)[i], "term", gp, PackLimits::kMaxTitleBytes, true));
      AMPARO_TRY(g.definition,
                 text_member((*glossary)[i], "definition", gp, PackLimits::kMaxTextBytes, true));
      l.glossary.push_back(std::move(g));
    }
  }
  if (english) {
    for (const auto& s : m.situations) {
      if (l.situations.find(s) == l.situations.end()) {
        return fail(RightsError::MissingField, join(join(p, "situations"), s), "English name required");
      }
    }
    for (const auto& s : m.statuses) {
      if (l.statuses.find(s) == l.statuses.end()) {
        return fail(RightsError::MissingField, join(join(p, "statuses"), s), "English name required");
      }
    }
    for (const auto& c : m.cards) {
      if (l.cards.find(c.id) == l.cards.end()) {
        return fail(RightsError::MissingLanguage, join(join(p, "cards"), c.id), "card has no English text");
      }
    }
    for (const auto& s : m.say_lines) {
      if (l.say_lines.find(s.id) == l.say_lines.end()) {
        return fail(RightsError::MissingLanguage, join(join(p, "say_lines"), s.id),
                    "say-line has no English text");
      }
    }
    for (const auto& h : m.hotlines) {
      if (l.hotlines.find(h.id) == l.hotlines.end()) {
        return fail(RightsError::MissingLanguage, join(join(p, "hotlines"), h.id),
                    "hotline has no English text");
      }
    }
  }
  return l;
}

void build_index(detail::PackData& d) {
  for (const auto& [code, texts] : d.languages) {
    for (const auto& group : texts.synonyms) {
      std::vector<std::string> folded;
      for (const auto& w : group) folded.push_back(text::fold(w));
      d.synonyms.add_group(std::move(folded));
    }
  }
  const auto& cards = d.manifest.cards;
  d.order.resize(cards.size());
  for (std::size_t i = 0; i < cards.size(); ++i) d.order[i] = i;
  std::sort(d.order.begin(), d.order.end(), [&](std::size_t a, std::size_t b) {
    return std::tie(cards[a].priority, cards[a].id) < std::tie(cards[b].priority, cards[b].id);
  });
  d.search.resize(cards.size());
  for (std::size_t i = 0; i < cards.size(); ++i) {
    for (const auto& [code, texts] : d.languages) {
      const auto it = texts.cards.find(cards[i].id);
      if (it == texts.cards.end()) continue;
      const CardText& t = it->second;
      std::string say;
      for (const auto& id : cards[i].say) {
        if (const auto line = texts.say_lines.find(id); line != texts.say_lines.end()) {
          say += text::fold(line->second);
          say += '\x1f';
        }
      }
      detail::FoldedCard f{code, text::fold(t.title), std::move(say), {}};
      auto add = [&f](const std::string& s) {
        if (s.empty()) return;
        f.body += text::fold(s);
        f.body += '\x1f';  // field separator: never inside folded pack text
      };
      add(t.explanation);
      for (const auto& s : t.do_list) add(s);
      for (const auto& s : t.dont_list) add(s);
      add(t.caveat);
      // Source titles are searchable too ("Mobile Fortify", "90 FR 48604").
      for (const auto& sid : cards[i].sources)
        add(d.manifest.sources[d.source_by_id.find(sid)->second].title);
      d.search[i].push_back(std::move(f));
    }
  }
}

}  // namespace

RightsResult<Pack> parse_pack_payload(std::string_view payload, ByteView publisher_key) {
  JsonLimits limits;
  limits.max_bytes = PackLimits::kMaxPackBytes;
  limits.max_depth = PackLimits::kMaxDepth;
  limits.max_string_bytes = PackLimits::kMaxStringBytes;
  limits.max_values = PackLimits::kMaxValues;
  AMPARO_TRY(const json root, parse_bounded_json(payload, limits));
  if (canonical_json(root) != payload) {
    return make_error(RightsError::MalformedJson, "payload is not in canonical form");
  }
  AMPARO_TRY_VOID(check_keys(root, "", {"manifest", "languages"}));
  AMPARO_TRY(const json* manifest, member(root, "manifest", "", true));
  AMPARO_TRY(const json* languages, member(root, "languages", "", true));

  auto d = std::make_shared<detail::PackData>();
  d->publisher_key.assign(publisher_key.begin(), publisher_key.end());
  AMPARO_TRY_VOID(parse_manifest(*manifest, *d));
  AMPARO_TRY_VOID(expect_object(*languages, "languages"));
  for (const auto& ref : d->manifest.languages) {
    const json* l = find(*languages, ref.code);
    if (l == nullptr)
      return fail(RightsError::MissingLanguage, "languages." + ref.code, "no texts for this language");
  }
  for (const auto& item : languages->items()) {
    const std::string& code = item.key();
    const auto& refs = d->manifest.languages;
    if (std::none_of(refs.begin(), refs.end(), [&](const LanguageRef& r) { return r.code == code; })) {
      return fail(RightsError::MalformedField, "languages." + code, "not listed in manifest.languages");
    }
  }
  // English first: other languages only add to it.
  for (const auto& ref : d->manifest.languages) {
    AMPARO_TRY(auto texts, parse_language(*find(*languages, ref.code), ref.code, *d));
    d->languages.emplace(ref.code, std::move(texts));
  }
  build_index(*d);
  return Pack(std::move(d));
}

// ---------------------------------------------------------------------------------------------
// Queries

const Manifest& Pack::manifest() const noexcept {
  return data_->manifest;
}
const Bytes& Pack::publisher_key() const noexcept {
  return data_->publisher_key;
}
std::string Pack::fingerprint() const {
  return publisher_fingerprint(data_->publisher_key);
}

bool Pack::older_than_12_months(const Date& today) const noexcept {
  const auto p = Date::parse(data_->manifest.published);
  if (!p) return true;
  return today > Date{p->year + 1, p->month, p->day};
}

std::vector<std::string> Pack::language_codes() const {
  std::vector<std::string> out;
  for (const auto& l : data_->manifest.languages) out.push_back(l.code);
  return out;
}

bool Pack::has_language(std::string_view code) const noexcept {
  return data_->languages.find(code) != data_->languages.end();
}

const LanguageTexts* Pack::texts(std::string_view code) const noexcept {
  const auto it = data_->languages.find(code);
  return it == data_->languages.end() ? nullptr : &it->second;
}

namespace {

NameView name_view(std::string_view id, const LanguageTexts* loc, const LanguageTexts& en, bool situations) {
  const auto& en_map = situations ? en.situations : en.statuses;
  NameView v{std::string(id), {}, {}, false};
  const NamedText* t = nullptr;
  if (loc != nullptr) {
    const auto& m = situations ? loc->situations : loc->statuses;
    if (const auto it = m.find(id); it != m.end()) t = &it->second;
  }
  const auto en_it = en_map.find(id);
  const NamedText* e = en_it == en_map.end() ? nullptr : &en_it->second;
  if (t != nullptr) {
    v.title = t->title;
    v.summary = t->summary;
  } else if (e != nullptr) {
    v.title = e->title;
    v.summary = e->summary;
    v.fallback = loc == nullptr || loc->code != "en";
  }
  if (t != nullptr && t->summary.empty() && e != nullptr && !e->summary.empty()) {
    v.summary = e->summary;
    v.fallback = true;
  }
  return v;
}

}  // namespace

std::vector<NameView> Pack::situations(std::string_view lang) const {
  std::vector<NameView> out;
  const auto& en = *texts("en");
  for (const auto& s : data_->manifest.situations) out.push_back(name_view(s, texts(lang), en, true));
  return out;
}

std::vector<NameView> Pack::statuses(std::string_view lang) const {
  std::vector<NameView> out;
  const auto& en = *texts("en");
  for (const auto& s : data_->manifest.statuses) out.push_back(name_view(s, texts(lang), en, false));
  return out;
}

RightsResult<NameView> Pack::situation(std::string_view id, std::string_view lang) const {
  if (!contains(data_->manifest.situations, id)) {
    return make_error(RightsError::UnknownSituation, "unknown situation " + std::string(id));
  }
  return name_view(id, texts(lang), *texts("en"), true);
}

RightsResult<NameView> Pack::status(std::string_view id, std::string_view lang) const {
  if (!contains(data_->manifest.statuses, id)) {
    return make_error(RightsError::UnknownStatus, "unknown status " + std::string(id));
  }
  return name_view(id, texts(lang), *texts("en"), false);
}

bool Pack::line_is_for(const std::vector<std::string>& line_statuses, std::string_view status) {
  if (line_statuses.empty()) return true;  // for everyone
  if (status.empty() || status == kUnsureStatus) return false;
  return contains(line_statuses, status);
}

std::optional<SayLineView> Pack::say_line(std::string_view id, std::string_view lang) const {
  const auto it = data_->say_line_by_id.find(id);
  if (it == data_->say_line_by_id.end()) return std::nullopt;
  const SayLineMeta& meta = data_->manifest.say_lines[it->second];
  SayLineView v;
  v.id = meta.id;
  v.statuses = meta.statuses;
  v.say_en = texts("en")->say_lines.find(meta.id)->second;
  const LanguageTexts* l = texts(lang);
  const auto local = l != nullptr ? l->say_lines.find(meta.id) : texts("en")->say_lines.end();
  if (l != nullptr && local != l->say_lines.end()) {
    v.say = local->second;
  } else {
    v.say = v.say_en;
    v.fallback = lang != "en";
  }
  return v;
}

CardView Pack::view(std::size_t index, std::string_view lang, std::optional<std::string_view> status) const {
  const CardMeta& meta = data_->manifest.cards[index];
  const CardText& en = texts("en")->cards.find(meta.id)->second;
  const LanguageTexts* l = texts(lang);
  const CardText* loc = nullptr;
  if (l != nullptr) {
    if (const auto it = l->cards.find(meta.id); it != l->cards.end()) loc = &it->second;
  }
  CardView v;
  v.id = meta.id;
  v.lang = std::string(lang);
  const bool is_en = lang == "en";
  auto pick = [&](const std::string& local, const std::string& english) -> const std::string& {
    if (loc != nullptr && !local.empty()) return local;
    if (!english.empty() && !is_en) v.fallback = true;
    return english;
  };
  auto pick_list = [&](const std::vector<std::string>& local,
                       const std::vector<std::string>& english) -> const std::vector<std::string>& {
    if (loc != nullptr && !local.empty()) return local;
    if (!english.empty() && !is_en) v.fallback = true;
    return english;
  };
  static const CardText kEmpty;
  const CardText& lt = loc != nullptr ? *loc : kEmpty;
  v.title = pick(lt.title, en.title);
  for (const auto& id : meta.say) {
    auto line = say_line(id, lang);  // the parser checked that every id exists
    if (!line) continue;
    if (status && !line_is_for(line->statuses, *status)) continue;
    v.fallback = v.fallback || line->fallback;
    v.say_lines.push_back(std::move(*line));
  }
  v.explanation = pick(lt.explanation, en.explanation);
  v.caveat = pick(lt.caveat, en.caveat);
  v.do_list = pick_list(lt.do_list, en.do_list);
  v.dont_list = pick_list(lt.dont_list, en.dont_list);
  v.certainty = meta.certainty;
  v.priority = meta.priority;
  v.situations = meta.situations;
  v.statuses = meta.statuses;
  v.show_hotlines = meta.show_hotlines;
  v.review = meta.review;
  for (const auto& sid : meta.sources) {
    const Source& s = data_->manifest.sources[data_->source_by_id.find(sid)->second];
    v.sources.push_back(SourceView{s.id, s.title, s.publisher, s.url, s.date, s.accessed});
  }
  return v;
}

RightsResult<std::vector<CardView>> Pack::cards_for(std::string_view situation_id,
                                                    std::optional<std::string_view> status_id,
                                                    std::string_view lang) const {
  const Manifest& m = data_->manifest;
  if (!contains(m.situations, situation_id)) {
    return make_error(RightsError::UnknownSituation, "unknown situation " + std::string(situation_id));
  }
  if (status_id && !contains(m.statuses, *status_id)) {
    return make_error(RightsError::UnknownStatus, "unknown status " + std::string(*status_id));
  }
  std::vector<CardView> out, specific;
  for (const std::size_t i : data_->order) {
    const CardMeta& c = m.cards[i];
    if (!contains(c.situations, situation_id)) continue;
    if (status_id && !c.statuses.empty() && !contains(c.statuses, *status_id)) continue;
    // Without a status, what is true for everyone comes first; the rest follows, labelled.
    (status_id || c.statuses.empty() ? out : specific).push_back(view(i, lang, status_id));
  }
  std::move(specific.begin(), specific.end(), std::back_inserter(out));
  return out;
}

RightsResult<CardView> Pack::card(std::string_view id, std::string_view lang) const {
  const auto it = data_->card_by_id.find(id);
  if (it == data_->card_by_id.end())
    return make_error(RightsError::UnknownCard, "unknown card " + std::string(id));
  return view(it->second, lang);
}

CardView Pack::default_card(std::string_view lang) const {
  return view(data_->card_by_id.find(data_->manifest.default_card)->second, lang);
}

std::string Pack::label(std::string_view key, std::string_view lang) const {
  if (const LanguageTexts* l = texts(lang); l != nullptr) {
    if (const auto it = l->labels.find(key); it != l->labels.end()) return it->second;
  }
  const auto& en = texts("en")->labels;
  const auto it = en.find(key);
  return it == en.end() ? std::string(key) : it->second;
}

TranslationState Pack::language_state(std::string_view lang) const noexcept {
  for (const auto& l : data_->manifest.languages) {
    if (l.code == lang) return l.state;
  }
  return TranslationState::Draft;
}

std::vector<HotlineView> Pack::hotlines(std::string_view lang) const {
  std::vector<HotlineView> out;
  const LanguageTexts& en = *texts("en");
  const LanguageTexts* l = texts(lang);
  for (const auto& h : data_->manifest.hotlines) {
    HotlineView v{h.id, h.name, h.number, h.region, h.languages, {}, {}, false, h.certainty, {}};
    const HotlineText& e = en.hotlines.find(h.id)->second;
    const HotlineText* t = nullptr;
    if (l != nullptr) {
      if (const auto it = l->hotlines.find(h.id); it != l->hotlines.end()) t = &it->second;
    }
    v.purpose = t != nullptr ? t->purpose : e.purpose;
    v.hours = t != nullptr && !t->hours.empty() ? t->hours : e.hours;
    v.fallback = lang != "en" && (t == nullptr || (t->hours.empty() && !e.hours.empty()));
    for (const auto& sid : h.sources) {
      const Source& s = data_->manifest.sources[data_->source_by_id.find(sid)->second];
      v.sources.push_back(SourceView{s.id, s.title, s.publisher, s.url, s.date, s.accessed});
    }
    out.push_back(std::move(v));
  }
  return out;
}

std::vector<GlossaryEntry> Pack::glossary(std::string_view lang) const {
  const LanguageTexts* l = texts(lang);
  if (l != nullptr && !l->glossary.empty()) return l->glossary;
  return texts("en")->glossary;
}

std::vector<SearchHit> Pack::search(std::string_view query_text, std::string_view lang,
                                    std::size_t max_results) const {
  std::vector<SearchHit> hits;
  if (query_text.size() > 256) return hits;
  const auto terms = query::analyze(text::fold(query_text), data_->synonyms);
  if (terms.empty()) return hits;
  // Partial matches count (people do not use the pack's words), but at least half the terms.
  const std::size_t needed = (terms.size() + 1) / 2;

  struct Scored {
    std::size_t card;
    std::size_t matched;
    int score;
    const std::string* lang;
  };
  std::vector<Scored> scored;
  for (std::size_t i = 0; i < data_->search.size(); ++i) {
    Scored best{i, 0, 0, nullptr};
    for (const auto& f : data_->search[i]) {
      std::size_t matched = 0;
      int score = 0;
      for (const auto& t : terms) {
        int field = 0;
        for (const auto& alt : t.alternatives) {
          // Title, then say, then the rest; a whole word ("record") above a part ("records").
          for (const auto& [text, points] :
               {std::pair<const std::string*, int>{&f.title, 16}, {&f.say, 8}, {&f.body, 2}}) {
            const auto at = query::find_in(*text, alt);
            if (at.found) {
              field = std::max(field, points + (at.whole_word ? 1 : 0));
              break;
            }
          }
        }
        if (field > 0) ++matched;
        score += field;
      }
      if (matched == 0) continue;
      if (f.lang == lang) score += 1;  // prefer a match in the reader's language
      if (std::tie(matched, score) > std::tie(best.matched, best.score)) best = {i, matched, score, &f.lang};
    }
    if (best.matched >= needed && best.lang != nullptr) scored.push_back(best);
  }
  const auto& cards = data_->manifest.cards;
  std::sort(scored.begin(), scored.end(), [&](const Scored& a, const Scored& b) {
    // Cards holding more of what was asked first, then where it was found.
    if (a.matched != b.matched) return a.matched > b.matched;
    if (a.score != b.score) return a.score > b.score;
    return std::tie(cards[a.card].priority, cards[a.card].id) <
           std::tie(cards[b.card].priority, cards[b.card].id);
  });
  for (const auto& s : scored) {
    if (hits.size() >= max_results) break;
    hits.push_back(SearchHit{view(s.card, lang), *s.lang, static_cast<int>(s.matched) * 100 + s.score});
  }
  return hits;
}

}  // namespace amparo::rights
