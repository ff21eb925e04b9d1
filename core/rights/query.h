// How a search query is read: folded words, light stemming, stop words dropped, and synonyms
// ("green card" = "LPR" = "tarjeta verde") expanded, so people find cards in their own words.
// Pure functions over folded text (text::fold); Pack::search scores cards with the result.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace amparo::rights::query {

// Groups of words and phrases that mean the same for a search, across languages. Groups from
// every language file are merged where they share a member, so an English group and a Spanish
// group that both list "green card" become one.
class Synonyms {
 public:
  // `groups`: folded phrases; groups with fewer than two members are ignored.
  void add_group(std::vector<std::string> group);
  // Every phrase of the merged group that `phrase` belongs to (itself included), or just itself.
  [[nodiscard]] std::vector<std::string> expand(const std::string& phrase) const;
  // Phrases of more than one word, longest first (matched in the query before single words).
  [[nodiscard]] const std::vector<std::string>& phrases() const noexcept { return phrases_; }

 private:
  std::vector<std::vector<std::string>> groups_;
  std::vector<std::string> phrases_;
};

// One thing the person asked for; a card matches it when its text holds any alternative.
struct Term {
  std::vector<std::string> alternatives;  // folded, stemmed; never empty
};

// Where a search term occurs in folded text: anywhere, and whether once as a whole word (so
// "record" ranks "record officers" above "records"; a query's synonym phrases are found this way).
struct Found {
  bool found = false;
  bool whole_word = false;
  std::size_t word_at = std::string_view::npos;  // the first whole-word occurrence
};
[[nodiscard]] Found find_in(std::string_view text, std::string_view term);

// A Latin word cut to a stem that substring search finds in its other forms ("filmar" -> "film",
// "refused" -> "refus", "estudiantes" -> "estudiant"). Short words and other scripts unchanged.
[[nodiscard]] std::string stem(std::string_view folded_word);

// Words that carry no meaning for a search in the pack's languages ("how", "the", "de", "la").
[[nodiscard]] bool is_stop_word(std::string_view folded_word);

// The terms of a folded query: multi-word synonyms first, then each remaining word (stop words
// dropped unless nothing else is left), each with its synonyms and stems. At most 16 terms.
[[nodiscard]] std::vector<Term> analyze(std::string_view folded_query, const Synonyms& synonyms);

}  // namespace amparo::rights::query
