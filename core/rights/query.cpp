#include "rights/query.h"

#include <algorithm>
#include <array>

namespace amparo::rights::query {

namespace {

bool ascii_letters(std::string_view w) {
  return !w.empty() && std::all_of(w.begin(), w.end(), [](char c) { return c >= 'a' && c <= 'z'; });
}

bool ends_with(std::string_view w, std::string_view suffix) {
  return w.size() >= suffix.size() && w.substr(w.size() - suffix.size()) == suffix;
}

void add_unique(std::vector<std::string>& to, std::string s) {
  if (!s.empty() && std::find(to.begin(), to.end(), s) == to.end()) to.push_back(std::move(s));
}

}  // namespace

Found find_in(std::string_view text, std::string_view term) {
  Found f;
  if (term.empty()) return f;
  auto letter = [](char c) { return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || (c & 0x80) != 0; };
  for (std::size_t at = text.find(term); at != std::string_view::npos; at = text.find(term, at + 1)) {
    f.found = true;
    const bool starts = at == 0 || !letter(text[at - 1]);
    const bool ends = at + term.size() == text.size() || !letter(text[at + term.size()]);
    if (starts && ends) {
      f.whole_word = true;
      f.word_at = at;
      break;
    }
  }
  return f;
}

void Synonyms::add_group(std::vector<std::string> group) {
  group.erase(std::remove(group.begin(), group.end(), std::string()), group.end());
  if (group.size() < 2) return;
  // Merge with every existing group that shares a member.
  std::vector<std::string> merged = std::move(group);
  for (auto it = groups_.begin(); it != groups_.end();) {
    const bool shares = std::any_of(it->begin(), it->end(), [&](const std::string& m) {
      return std::find(merged.begin(), merged.end(), m) != merged.end();
    });
    if (shares) {
      for (auto& m : *it) add_unique(merged, std::move(m));
      it = groups_.erase(it);
    } else {
      ++it;
    }
  }
  std::vector<std::string> unique;
  for (auto& m : merged) add_unique(unique, std::move(m));
  for (const auto& m : unique) {
    if (m.find(' ') != std::string::npos) add_unique(phrases_, m);
  }
  std::sort(phrases_.begin(), phrases_.end(), [](const std::string& a, const std::string& b) {
    return a.size() != b.size() ? a.size() > b.size() : a < b;
  });
  groups_.push_back(std::move(unique));
}

std::vector<std::string> Synonyms::expand(const std::string& phrase) const {
  for (const auto& g : groups_) {
    if (std::find(g.begin(), g.end(), phrase) != g.end()) return g;
  }
  return {phrase};
}

std::string stem(std::string_view w) {
  if (!ascii_letters(w) || w.size() < 5) return std::string(w);
  // Longest first; English and Spanish endings, keeping at least four letters.
  static constexpr std::array<std::string_view, 16> kSuffixes = {
      "aciones", "acion", "iendo", "mente", "ando", "ings", "ing", "ados",
      "idos",    "ed",    "es",    "ar",    "er",   "ir",   "s",   "e"};
  for (const auto suffix : kSuffixes) {
    if (ends_with(w, suffix) && w.size() - suffix.size() >= 4) {
      if (suffix == "s" && ends_with(w, "ss")) continue;
      return std::string(w.substr(0, w.size() - suffix.size()));
    }
  }
  return std::string(w);
}

bool is_stop_word(std::string_view w) {
  static constexpr std::array<std::string_view, 52> kStop = {
      // English
      "a", "an", "the", "to", "of", "in", "on", "at", "for", "is", "are", "be", "can", "i", "my", "me", "do",
      "does", "how", "what", "when", "where", "if", "it", "and", "or", "with", "by",
      // Spanish
      "el", "la", "los", "las", "un", "una", "de", "del", "al", "en", "y", "o", "que", "mi", "me", "se",
      "por", "para", "con", "como", "cuando", "es"};
  return std::find(kStop.begin(), kStop.end(), w) != kStop.end();
}

std::vector<Term> analyze(std::string_view folded, const Synonyms& synonyms) {
  std::vector<Term> terms;
  std::string rest(folded);
  // Multi-word synonyms first ("green card", "face scan"): each becomes one term.
  for (const auto& phrase : synonyms.phrases()) {
    const auto at = find_in(rest, phrase).word_at;
    if (at == std::string::npos) continue;
    Term t;
    for (auto& alt : synonyms.expand(phrase)) add_unique(t.alternatives, stem(alt));
    terms.push_back(std::move(t));
    rest.replace(at, phrase.size(), std::string(phrase.size(), ' '));
  }
  std::vector<std::string> words, stop_words;
  for (std::size_t start = 0; start < rest.size();) {
    auto end = rest.find(' ', start);
    if (end == std::string::npos) end = rest.size();
    if (end > start) {
      std::string w = rest.substr(start, end - start);
      (is_stop_word(w) ? stop_words : words).push_back(std::move(w));
    }
    start = end + 1;
  }
  if (words.empty() && terms.empty()) words = std::move(stop_words);  // "de la": still a search
  for (const auto& w : words) {
    const bool seen = std::any_of(terms.begin(), terms.end(), [&](const Term& t) {
      return std::find(t.alternatives.begin(), t.alternatives.end(), stem(w)) != t.alternatives.end();
    });
    if (seen) continue;
    Term t;
    for (auto& alt : synonyms.expand(w)) {
      // Each synonym as given and stemmed: "kept" finds "kept", "keep" finds "keeps".
      add_unique(t.alternatives, stem(alt));
    }
    terms.push_back(std::move(t));
  }
  if (terms.size() > 16) terms.resize(16);
  return terms;
}

}  // namespace amparo::rights::query
