// UTF-8 helpers for pack text: validation, character checks (SR-27) and search folding.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace amparo::rights::text {

// Strict UTF-8 (no overlongs, no surrogates, <= U+10FFFF).
[[nodiscard]] bool valid_utf8(std::string_view s) noexcept;
// Number of code points in valid UTF-8 (what "characters" means for length limits).
[[nodiscard]] std::size_t code_points(std::string_view s) noexcept;

// Characters a pack text may not contain: C0/C1 controls (including tab and newline), DEL,
// bidi embeddings/overrides/isolates (U+202A..U+202E, U+2066..U+2069), line/paragraph separators
// (U+2028/U+2029), interlinear annotation marks (U+FFF9..U+FFFB) and noncharacters U+FFFE/U+FFFF.
// Returns the byte offset of the first one, or nullopt.
[[nodiscard]] std::optional<std::size_t> find_forbidden(std::string_view s) noexcept;

// Lint checks (author side; the runtime keeps such text literal and never interprets it).
[[nodiscard]] bool looks_like_markup(std::string_view s) noexcept;  // <tag, </, <!, &entity;
[[nodiscard]] bool contains_url(std::string_view s) noexcept;       // scheme://, www., mailto:
// "{name}" placeholders in order of appearance.
[[nodiscard]] std::vector<std::string> placeholders(std::string_view s);

// A phone number as shown and dialled: digits, spaces, '+' (first character only), '-', '(' and ')',
// 3..20 digits, at most 32 bytes.
[[nodiscard]] bool valid_hotline_number(std::string_view s) noexcept;

// Search folding: ASCII and common Latin/Greek/Cyrillic case folded, Latin accents removed
// (á->a, ñ->n, ü->u, ß->ss, œ->oe, Vietnamese letters to their base), combining marks dropped,
// full-width ASCII to ASCII, typographic quotes/dashes to ASCII, whitespace runs to one space,
// leading/trailing space trimmed. Anything else (CJK, Arabic, ...) passes through unchanged, so
// the output is valid UTF-8 and substring search on it is code-point exact. Invalid UTF-8 bytes
// are dropped.
[[nodiscard]] std::string fold(std::string_view s);

}  // namespace amparo::rights::text
