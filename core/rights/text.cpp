#include "rights/text.h"

#include <cstdint>

namespace amparo::rights::text {

namespace {

// Decodes one code point at s[i]; returns its length in bytes, 0 if invalid.
std::size_t decode(std::string_view s, std::size_t i, char32_t& cp) noexcept {
  const auto b0 = static_cast<unsigned char>(s[i]);
  if (b0 < 0x80) {
    cp = b0;
    return 1;
  }
  std::size_t len = 0;
  char32_t min = 0;
  if ((b0 & 0xE0) == 0xC0) {
    len = 2, cp = b0 & 0x1Fu, min = 0x80;
  } else if ((b0 & 0xF0) == 0xE0) {
    len = 3, cp = b0 & 0x0Fu, min = 0x800;
  } else if ((b0 & 0xF8) == 0xF0) {
    len = 4, cp = b0 & 0x07u, min = 0x10000;
  } else {
    return 0;
  }
  if (i + len > s.size()) return 0;
  for (std::size_t k = 1; k < len; ++k) {
    const auto b = static_cast<unsigned char>(s[i + k]);
    if ((b & 0xC0) != 0x80) return 0;
    cp = (cp << 6) | (b & 0x3Fu);
  }
  if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) return 0;
  return len;
}

void encode(std::string& out, char32_t cp) {
  if (cp < 0x80) {
    out.push_back(static_cast<char>(cp));
  } else if (cp < 0x800) {
    out.push_back(static_cast<char>(0xC0 | (cp >> 6)));
    out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  } else if (cp < 0x10000) {
    out.push_back(static_cast<char>(0xE0 | (cp >> 12)));
    out.push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
    out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  } else {
    out.push_back(static_cast<char>(0xF0 | (cp >> 18)));
    out.push_back(static_cast<char>(0x80 | ((cp >> 12) & 0x3F)));
    out.push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
    out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  }
}

// U+00C0..U+00FF to base letters ('\0' = keep as is; '*' = multi-letter, see below).
using namespace std::string_view_literals;
constexpr std::string_view kLatin1 =
    "aaaaaa*ceeeeiiii"      // C0..CF  (C6 Æ)
    "dnooooo\0ouuuuy**"     // D0..DF  (D7 ×, DE Þ, DF ß)
    "aaaaaa*ceeeeiiii"      // E0..EF  (E6 æ)
    "dnooooo\0ouuuuy*y"sv;  // F0..FF  (F7 ÷, FE þ)
static_assert(kLatin1.size() == 64);
// U+0100..U+017F to base letters ('*' = multi-letter).
constexpr std::string_view kLatinExtA =
    "aaaaaaccccccccddddeeeeeeeeeegggggggghhhhiiiiiiiiii**jjkkkllllllllllnnnnnnnnnoooooo**rrrrrrssssssss"
    "ttttttuuuuuuuuuuuuwwyyyzzzzzzs"sv;
static_assert(kLatinExtA.size() == 128);

bool append_folded(std::string& out, char32_t cp) {
  if (cp < 0x80) {
    if (cp >= 'A' && cp <= 'Z') cp += 0x20;
    out.push_back(static_cast<char>(cp));
    return true;
  }
  if (cp == 0xA0) {
    out.push_back(' ');
    return true;
  }
  if (cp >= 0xC0 && cp <= 0xFF) {
    const char c = kLatin1[cp - 0xC0];
    if (c == '\0') return false;
    if (c != '*') {
      out.push_back(c);
    } else if (cp == 0xC6 || cp == 0xE6) {
      out += "ae";
    } else if (cp == 0xDE || cp == 0xFE) {
      out += "th";
    } else {
      out += "ss";
    }
    return true;
  }
  if (cp >= 0x100 && cp <= 0x17F) {
    const char c = kLatinExtA[cp - 0x100];
    if (c != '*') {
      out.push_back(c);
    } else if (cp == 0x132 || cp == 0x133) {
      out += "ij";
    } else {
      out += "oe";
    }
    return true;
  }
  if (cp == 0x1A0 || cp == 0x1A1) return out.push_back('o'), true;
  if (cp == 0x1AF || cp == 0x1B0) return out.push_back('u'), true;
  if (cp >= 0x300 && cp <= 0x36F) return true;  // combining diacritical marks: dropped
  if (cp >= 0x391 && cp <= 0x3A9 && cp != 0x3A2) {
    encode(out, cp + 0x20);  // Greek capitals
    return true;
  }
  if (cp >= 0x410 && cp <= 0x42F) {
    encode(out, cp + 0x20);  // Cyrillic capitals
    return true;
  }
  if (cp >= 0x400 && cp <= 0x40F) {
    encode(out, cp + 0x50);
    return true;
  }
  if (cp >= 0x1EA0 && cp <= 0x1EF9) {  // Vietnamese letters with two marks
    const char c = cp <= 0x1EB7   ? 'a'
                   : cp <= 0x1EC7 ? 'e'
                   : cp <= 0x1ECB ? 'i'
                   : cp <= 0x1EE3 ? 'o'
                   : cp <= 0x1EF1 ? 'u'
                                  : 'y';
    out.push_back(c);
    return true;
  }
  if (cp >= 0xFF01 && cp <= 0xFF5E) return append_folded(out, cp - 0xFEE0);  // full-width ASCII
  if (cp == 0x2018 || cp == 0x2019 || cp == 0x2032) return out.push_back('\''), true;
  if (cp == 0x201C || cp == 0x201D) return out.push_back('"'), true;
  if (cp >= 0x2010 && cp <= 0x2015) return out.push_back('-'), true;
  if (cp == 0x3000 || (cp >= 0x2000 && cp <= 0x200A) || cp == 0x202F) return out.push_back(' '), true;
  return false;
}

}  // namespace

bool valid_utf8(std::string_view s) noexcept {
  char32_t cp = 0;
  for (std::size_t i = 0; i < s.size();) {
    const std::size_t n = decode(s, i, cp);
    if (n == 0) return false;
    i += n;
  }
  return true;
}

std::size_t code_points(std::string_view s) noexcept {
  std::size_t n = 0;
  for (const char c : s) {
    if ((static_cast<unsigned char>(c) & 0xC0) != 0x80) ++n;
  }
  return n;
}

std::optional<std::size_t> find_forbidden(std::string_view s) noexcept {
  char32_t cp = 0;
  for (std::size_t i = 0; i < s.size();) {
    const std::size_t n = decode(s, i, cp);
    if (n == 0) return i;
    if (cp < 0x20 || (cp >= 0x7F && cp <= 0x9F) || (cp >= 0x202A && cp <= 0x202E) ||
        (cp >= 0x2066 && cp <= 0x2069) || cp == 0x2028 || cp == 0x2029 || (cp >= 0xFFF9 && cp <= 0xFFFB) ||
        cp == 0xFFFE || cp == 0xFFFF) {
      return i;
    }
    i += n;
  }
  return std::nullopt;
}

bool looks_like_markup(std::string_view s) noexcept {
  for (std::size_t i = 0; i + 1 < s.size(); ++i) {
    const unsigned char next = static_cast<unsigned char>(s[i + 1]);
    if (s[i] == '<') {
      if ((next >= 'a' && next <= 'z') || (next >= 'A' && next <= 'Z') || next == '/' || next == '!' ||
          next == '?') {
        return true;
      }
    } else if (s[i] == '&') {
      std::size_t j = i + 1;
      if (j < s.size() && s[j] == '#') ++j;
      const std::size_t start = j;
      while (j < s.size() && j - start < 32 &&
             ((s[j] >= 'a' && s[j] <= 'z') || (s[j] >= 'A' && s[j] <= 'Z') || (s[j] >= '0' && s[j] <= '9'))) {
        ++j;
      }
      if (j > start && j < s.size() && s[j] == ';') return true;
    }
  }
  return false;
}

bool contains_url(std::string_view s) noexcept {
  const std::string f = fold(s);
  if (f.find("://") != std::string::npos) return true;
  // Schemes and "www." only at the start of a word ("metadata: x" is not a URL).
  for (const std::string_view w : {"www.", "mailto:", "javascript:", "data:", "tel:", "file:", "qrc:"}) {
    for (auto pos = f.find(w); pos != std::string::npos; pos = f.find(w, pos + 1)) {
      const bool word_start =
          pos == 0 || !((f[pos - 1] >= 'a' && f[pos - 1] <= 'z') || (f[pos - 1] >= '0' && f[pos - 1] <= '9'));
      const bool followed = pos + w.size() < f.size() && f[pos + w.size()] != ' ';
      if (word_start && followed) return true;
    }
  }
  return false;
}

std::vector<std::string> placeholders(std::string_view s) {
  std::vector<std::string> out;
  for (std::size_t i = 0; i < s.size(); ++i) {
    if (s[i] != '{') continue;
    std::size_t j = i + 1;
    while (j < s.size() && ((s[j] >= 'a' && s[j] <= 'z') || (s[j] >= '0' && s[j] <= '9') || s[j] == '_')) ++j;
    if (j > i + 1 && j < s.size() && s[j] == '}') {
      out.emplace_back(s.substr(i, j - i + 1));
      i = j;
    }
  }
  return out;
}

bool valid_hotline_number(std::string_view s) noexcept {
  if (s.empty() || s.size() > 32) return false;
  std::size_t digits = 0;
  for (std::size_t i = 0; i < s.size(); ++i) {
    const char c = s[i];
    if (c >= '0' && c <= '9') {
      ++digits;
    } else if (c == '+') {
      if (i != 0) return false;
    } else if (c != ' ' && c != '-' && c != '(' && c != ')') {
      return false;
    }
  }
  return digits >= 3 && digits <= 20;
}

std::string fold(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  char32_t cp = 0;
  for (std::size_t i = 0; i < s.size();) {
    const std::size_t n = decode(s, i, cp);
    if (n == 0) {
      ++i;
      continue;
    }
    i += n;
    if (!append_folded(out, cp)) encode(out, cp);
    // Collapse whitespace runs (ASCII space/tab/newline after folding) into one space.
    if (!out.empty()) {
      char& last = out.back();
      if (last == '\t' || last == '\n' || last == '\r') last = ' ';
      if (last == ' ' && (out.size() == 1 || out[out.size() - 2] == ' ')) out.pop_back();
    }
  }
  if (!out.empty() && out.back() == ' ') out.pop_back();
  return out;
}

}  // namespace amparo::rights::text
