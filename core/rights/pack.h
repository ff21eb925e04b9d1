// A verified, validated content pack and the guide's questions over it.
// Packs are data only (SR-27): every string here is plain text for Text.PlainText; nothing is
// interpreted as markup, script or a link. A Pack is immutable and cheap to copy (shared data).
#pragma once

#include <array>
#include <cstdint>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "common/bytes.h"
#include "rights/error.h"

namespace amparo::rights {

// Limits of the pack format (SR-28). Checked while parsing; the JSON-level caps are in bounded_json.h.
struct PackLimits {
  static constexpr std::size_t kMaxPackBytes = 4u << 20;  // whole container
  static constexpr std::size_t kMaxDepth = 12;
  static constexpr std::size_t kMaxStringBytes = 4096;
  static constexpr std::size_t kMaxValues = 200'000;
  static constexpr std::size_t kMaxLanguages = 64;
  static constexpr std::size_t kMaxSituations = 64;
  static constexpr std::size_t kMaxStatuses = 64;
  static constexpr std::size_t kMaxCards = 1000;
  static constexpr std::size_t kMaxSources = 1000;
  static constexpr std::size_t kMaxHotlines = 200;
  static constexpr std::size_t kMaxGlossary = 1000;
  static constexpr std::size_t kMaxSayLines = 1000;
  static constexpr std::size_t kMaxListItems = 24;  // do / dont / card situations / card sources
  static constexpr std::size_t kMaxIdBytes = 64;
  static constexpr std::size_t kMaxTitleBytes = 400;
  static constexpr std::size_t kMaxSayBytes = 600;
  static constexpr std::size_t kMaxTextBytes = 3000;  // explanation, caveat, summary, definition
  static constexpr std::size_t kMaxItemBytes = 800;   // one do / dont line
  static constexpr std::size_t kMaxUrlBytes = 512;
};

// Lint limit for one "say this" line, in characters (code points): fits a phone at large text.
inline constexpr std::size_t kMaxSayChars = 120;
// Lint limit for the lines of one composed say-this card (read at arm's length, in huge text).
inline constexpr std::size_t kMaxSayCardLines = 7;
// The status a person picks when they do not know theirs: it only ever gets lines true for everyone.
inline constexpr std::string_view kUnsureStatus = "unsure";

// Labels that tools print beside pack content ("Say", "Sources", "Varies by state", ...). They are
// translated in the pack itself, so every language the content ships in labels it too (the app
// translates its own words in Qt's .ts files). English must have every key; lint wants them all
// in every language. "{name}" placeholders must match English.
inline constexpr std::array<std::string_view, 21> kLabelKeys = {"pack",
                                                                "situation",
                                                                "status",
                                                                "say",
                                                                "say_english",
                                                                "do",
                                                                "dont",
                                                                "sources",
                                                                "undated",
                                                                "certainty_uncertain",
                                                                "certainty_contested",
                                                                "certainty_varies",
                                                                "for_statuses",
                                                                "draft",
                                                                "reviewed",
                                                                "shown_in_english",
                                                                "hotlines",
                                                                "hotline_unconfirmed",
                                                                "hours",
                                                                "language_draft",
                                                                "language_reviewed"};

enum class Certainty { Settled, Uncertain, Contested, Varies };
enum class TranslationState { Draft, Reviewed };

[[nodiscard]] std::string_view to_string(Certainty c) noexcept;
[[nodiscard]] std::string_view to_string(TranslationState s) noexcept;

// Calendar date; month/day 0 when the source only gives a year or year-month.
struct Date {
  int year = 0;
  int month = 0;
  int day = 0;
  // "YYYY-MM-DD"; with allow_partial also "YYYY" and "YYYY-MM".
  [[nodiscard]] static std::optional<Date> parse(std::string_view text, bool allow_partial = false);
  [[nodiscard]] static Date today_utc();
  friend auto operator<=>(const Date&, const Date&) = default;
};

struct Source {
  std::string id, title, publisher, url;  // url is shown as text only (SR-27)
  std::string date;                       // YYYY, YYYY-MM or YYYY-MM-DD; empty if undated
  std::string accessed;                   // YYYY-MM-DD the copy was read; for undated pages
};

struct Hotline {
  std::string id, name, number, region;  // number validated: digits, spaces, + - ( )
  std::vector<std::string> languages;
  std::vector<std::string> sources;  // where the number comes from; at least one
  Certainty certainty = Certainty::Settled;
};

// One sentence a person may say to an officer, and for whom saying it is true and wise. A line
// for "I am a U.S. citizen." is scoped to citizens; "I choose to remain silent." to everyone.
struct SayLineMeta {
  std::string id;
  std::vector<std::string> statuses;  // empty = every status ("all")
};

// A lawyer's sign-off on a card. Absent: the card is a draft, and the app says so.
struct Review {
  std::string by, date;  // date YYYY-MM-DD
};

struct CardMeta {
  std::string id;
  std::vector<std::string> situations;
  std::vector<std::string> statuses;  // empty = every status ("all")
  int priority = 0;
  Certainty certainty = Certainty::Settled;
  std::vector<std::string> sources;
  std::vector<std::string> say;  // say-line ids, in order
  bool show_hotlines = false;    // the card tells people to call: the directory is shown with it
  std::optional<Review> review;
};

struct LanguageRef {
  std::string code;
  TranslationState state = TranslationState::Draft;
};

struct Manifest {
  int format = 1;
  std::string id, jurisdiction;
  std::uint64_t version = 0;
  std::string published, publisher;
  std::vector<LanguageRef> languages;
  std::vector<std::string> situations, statuses;
  std::string default_card;
  std::vector<SayLineMeta> say_lines;
  std::vector<Source> sources;
  std::vector<CardMeta> cards;
  std::vector<Hotline> hotlines;
};

struct CardText {
  std::string title, explanation, caveat;  // empty when absent from this language
  std::vector<std::string> do_list, dont_list;
};

struct HotlineText {
  std::string purpose, hours;  // empty when absent from this language
};

struct NamedText {
  std::string title, summary;
};

struct GlossaryEntry {
  std::string term, definition;
};

struct LanguageTexts {
  std::string code, name;
  std::map<std::string, NamedText, std::less<>> situations, statuses;
  std::map<std::string, std::string, std::less<>> say_lines;
  std::map<std::string, CardText, std::less<>> cards;
  std::map<std::string, HotlineText, std::less<>> hotlines;
  std::map<std::string, std::string, std::less<>> labels;  // keys from kLabelKeys
  // Words and phrases that mean the same for search ("green card", "LPR", "tarjeta verde").
  std::vector<std::vector<std::string>> synonyms;
  std::vector<GlossaryEntry> glossary;
};

// ---- What the guide shows ----

struct SourceView {
  std::string id, title, publisher, url, date, accessed;
};

struct SayLineView {
  std::string id;
  std::string say;                    // in the language asked for (or English when fallback)
  std::string say_en;                 // the English line the officer reads, always present
  std::vector<std::string> statuses;  // whom the line is for (its own scope); empty = everyone
  bool fallback = false;              // `say` is the English line: no translation yet
};

struct CardView {
  std::string id;
  std::string lang;       // the language asked for
  bool fallback = false;  // some text of this card is shown in English ("shown in English")
  std::string title;      // in `lang` (or English when fallback)
  // What to say, filtered for the status the card was asked for (see Pack::cards_for).
  std::vector<SayLineView> say_lines;
  std::string explanation, caveat;
  std::vector<std::string> do_list, dont_list;
  Certainty certainty = Certainty::Settled;
  int priority = 0;
  std::vector<std::string> situations;
  std::vector<std::string> statuses;  // empty = applies to every status
  std::vector<SourceView> sources;
  bool show_hotlines = false;
  std::optional<Review> review;  // nullopt: a draft, not yet reviewed by a lawyer
};

struct HotlineView {
  std::string id, name, number, region;
  std::vector<std::string> languages;
  std::string purpose, hours;  // in the language asked for (or English when fallback)
  bool fallback = false;
  Certainty certainty = Certainty::Settled;  // uncertain: the number could not be confirmed
  std::vector<SourceView> sources;
};

struct NameView {
  std::string id, title, summary;
  bool fallback = false;  // shown in English
};

struct SearchHit {
  CardView card;
  std::string matched_lang;  // language whose text matched
  int score = 0;
};

namespace detail {
struct PackData;
}

class Pack {
 public:
  [[nodiscard]] const Manifest& manifest() const noexcept;
  [[nodiscard]] const std::string& id() const noexcept { return manifest().id; }
  [[nodiscard]] std::uint64_t version() const noexcept { return manifest().version; }
  [[nodiscard]] const std::string& published() const noexcept { return manifest().published; }
  // SR-26: a pack published more than 12 months before `today` is flagged in the UI.
  [[nodiscard]] bool older_than_12_months(const Date& today) const noexcept;
  [[nodiscard]] std::vector<std::string> language_codes() const;
  [[nodiscard]] bool has_language(std::string_view code) const noexcept;
  [[nodiscard]] const LanguageTexts* texts(std::string_view code) const noexcept;
  // The Ed25519 key that signed this pack, and its safety number.
  [[nodiscard]] const Bytes& publisher_key() const noexcept;
  [[nodiscard]] std::string fingerprint() const;

  // Situations / statuses in pack order with names in `lang` (English fallback).
  [[nodiscard]] std::vector<NameView> situations(std::string_view lang) const;
  [[nodiscard]] std::vector<NameView> statuses(std::string_view lang) const;
  [[nodiscard]] RightsResult<NameView> situation(std::string_view id, std::string_view lang) const;
  [[nodiscard]] RightsResult<NameView> status(std::string_view id, std::string_view lang) const;

  // Cards for a situation. With a status: the cards for every status plus those for that status,
  // ordered by priority then id; each card's say-lines are those true for that status (for
  // "unsure", only lines true for everyone). Without: the cards for everyone first, then the
  // status-specific ones (each by priority then id), every say-line kept with the statuses it is
  // for, so the screen can label it. Errors: UnknownSituation, UnknownStatus.
  [[nodiscard]] RightsResult<std::vector<CardView>> cards_for(std::string_view situation,
                                                              std::optional<std::string_view> status,
                                                              std::string_view lang) const;
  [[nodiscard]] RightsResult<CardView> card(std::string_view id, std::string_view lang) const;
  [[nodiscard]] CardView default_card(std::string_view lang) const;
  [[nodiscard]] std::vector<GlossaryEntry> glossary(std::string_view lang) const;
  // A label (kLabelKeys) in `lang`, else English; "{name}" placeholders left for the caller.
  [[nodiscard]] std::string label(std::string_view key, std::string_view lang) const;
  // The translation state of `lang` (draft until a named reviewer signs off).
  [[nodiscard]] TranslationState language_state(std::string_view lang) const noexcept;
  // The hotline directory, in pack order, texts in `lang` (English fallback flagged).
  [[nodiscard]] std::vector<HotlineView> hotlines(std::string_view lang) const;
  // A say-line in `lang` with its English; nullopt when the pack has no such line.
  [[nodiscard]] std::optional<SayLineView> say_line(std::string_view id, std::string_view lang) const;
  // Whether a line with these statuses may be said by a person of `status` ("" = not chosen).
  // Not chosen and "unsure" get only lines for everyone.
  [[nodiscard]] static bool line_is_for(const std::vector<std::string>& line_statuses,
                                        std::string_view status);

  // Full-text search over every card in every language (title, say, explanation, do, dont,
  // caveat, source titles); accent- and case-insensitive; substring matching, so it works without
  // spaces (Chinese, Japanese). The query is read by rights/query.h: stop words dropped, Latin
  // words stemmed, the pack's synonyms expanded. A card matches when one language's text holds at
  // least half the terms; ranked by how many terms it holds, then title hits, say, the rest; ties
  // by priority and id. Results are shown in `lang`. A query over 256 bytes or without terms
  // gives no results.
  [[nodiscard]] std::vector<SearchHit> search(std::string_view query, std::string_view lang,
                                              std::size_t max_results = 50) const;

  // Internal: built by parse_pack_payload().
  explicit Pack(std::shared_ptr<const detail::PackData> data) : data_(std::move(data)) {}

 private:
  // `status`: nullopt keeps every say-line (labelled); a value keeps those line_is_for() it.
  [[nodiscard]] CardView view(std::size_t card_index, std::string_view lang,
                              std::optional<std::string_view> status = std::nullopt) const;
  std::shared_ptr<const detail::PackData> data_;
};

// Validates a payload (canonical JSON: {"manifest": ..., "languages": {...}}) into a Pack.
// SR-25: call only on bytes whose signature was verified (open_pack does both, in that order);
// tools call it on their own sources. Errors carry the JSON path of the bad field.
[[nodiscard]] RightsResult<Pack> parse_pack_payload(std::string_view canonical_json, ByteView publisher_key);

}  // namespace amparo::rights
