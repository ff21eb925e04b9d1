// JSON parsing with caps checked before and while parsing (SR-28): total size, nesting depth,
// string length, value count; duplicate keys refused; nothing may follow the value.
#pragma once

#include <cstddef>
#include <nlohmann/json.hpp>
#include <string_view>

#include "rights/error.h"

namespace amparo::rights {

struct JsonLimits {
  std::size_t max_bytes = 4u << 20;
  std::size_t max_depth = 12;
  std::size_t max_string_bytes = 4096;  // keys and string values
  std::size_t max_values = 200'000;     // every scalar, object and array counts one
  bool allow_comments = false;          // source files only; never for signed packs
};

// Parses `text` as one JSON value. Errors: TooLarge (a cap), MalformedJson (syntax, invalid
// UTF-8, duplicate key, trailing bytes; the detail gives a byte offset or the JSON path).
[[nodiscard]] RightsResult<nlohmann::json> parse_bounded_json(std::string_view text,
                                                              const JsonLimits& limits);

// The one canonical text of a value: nlohmann's dump() (sorted keys, no whitespace, UTF-8 kept,
// control characters escaped). A signed pack's payload must equal canonical_json(parse(payload)).
[[nodiscard]] std::string canonical_json(const nlohmann::json& value);

}  // namespace amparo::rights
