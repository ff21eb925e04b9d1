// JSON form of an incident note's fields, for the CLI (`amparo-cli add --json FILE`,
// `amparo-cli show --json`) and anything else that takes notes as text. Format: docs/formats.md,
// "## CLI note JSON".
//
// The parser is bounded and strict (SR-28): input size cap before parsing, depth cap (an object of
// strings and arrays of strings: depth 2), list item cap before allocation, unknown keys, duplicate
// keys, trailing bytes and invalid UTF-8 refused. It is a SAX parser over nlohmann-json that builds
// NoteFields directly, so no DOM copy of the note text is made; string buffers are zeroizing Text.
// Errors are InvalidNote with a detail that names the problem and, where known, the field (never the
// note's text).
#pragma once

#include <cstddef>
#include <optional>
#include <string_view>

#include "common/bytes.h"
#include "vault/error.h"
#include "vault/note.h"
#include "vault/zeroizing.h"

namespace amparo::vault {

struct NoteJsonLimits {
  static constexpr std::size_t kMaxBytes = 2 * 1024 * 1024;  // a note's canonical cap is 1 MiB
  static constexpr std::size_t kMaxDepth = 2;                // { "key": [ "item" ] }
};

// Parses one JSON object with the keys listed in docs/formats.md into NoteFields, then validate()s.
[[nodiscard]] VaultResult<NoteFields> note_from_json(ByteView json);

// Serialises fields as one JSON object (only fields that are set), the same schema
// note_from_json() reads. Output is UTF-8 in zeroizing memory; `pretty` adds newlines and indents.
[[nodiscard]] Text note_to_json(const NoteFields& fields, bool pretty = false);

// Appends `s` to `out` as a JSON string literal (quotes included).
void append_json_string(Text& out, std::string_view s);

// The enumeration names shared by the JSON schema and the CLI's flags.
[[nodiscard]] std::string_view agency_name(Agency agency) noexcept;
[[nodiscard]] std::optional<Agency> agency_from_name(std::string_view name) noexcept;
[[nodiscard]] std::string_view answer_name(Answer answer) noexcept;
[[nodiscard]] std::optional<Answer> answer_from_name(std::string_view name) noexcept;
// One BiometricStep bit by name ("face_photo", "fingerprints", "iris", "phone_unlock").
[[nodiscard]] std::string_view biometric_name(BiometricStep step) noexcept;
[[nodiscard]] std::optional<BiometricStep> biometric_from_name(std::string_view name) noexcept;
[[nodiscard]] std::string_view origin_name(Origin origin) noexcept;

}  // namespace amparo::vault
