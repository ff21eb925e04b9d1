// Text-field checks for outside input shown to people (organization names, regions, hotlines).
#pragma once

#include <string_view>

namespace amparo::exchange {

// True when `s` is well-formed UTF-8 (no overlongs, no surrogates, <= U+10FFFF) and contains no
// control characters (C0, DEL, C1), no bidi embedding/override/isolate controls
// (U+202A..U+202E, U+2066..U+2069), no line/paragraph separators (U+2028, U+2029), no BOM/ZWNBSP
// (U+FEFF) and no noncharacters in U+FDD0..U+FDEF. Display code still isolates names (U+2068..2069 / <bdi>).
[[nodiscard]] bool is_safe_display_text(std::string_view s) noexcept;

}  // namespace amparo::exchange
