// Errors of the rights module (content packs, guide, search).
#pragma once

#include <string_view>

#include "common/expected.h"

namespace amparo::rights {

enum class RightsError {
  TooLarge,           // a pack, string, list or nesting level over its cap (SR-28)
  UnsupportedFormat,  // bad magic, unknown container or pack format version
  Truncated,          // container shorter than its header says
  TrailingData,       // bytes after the signature or after the JSON value (SR-28)
  UnknownPublisher,   // signed by a key that is not pinned (SR-25)
  BadSignature,       // signature does not verify over the exact bytes (SR-25)
  MalformedJson,      // not JSON, invalid UTF-8, duplicate keys, not canonical (SR-28)
  MalformedField,     // a field of the wrong type, empty, bad id, bad date, forbidden character
  MissingField,       // a required field is absent
  MissingLanguage,    // a language listed in the manifest (or English) has no texts
  UnknownSituation,   // a situation id not declared by the pack
  UnknownStatus,      // a status id not declared by the pack
  UnknownCard,        // a card id not declared by the manifest (e.g. default_card)
  UnknownSource,      // a card cites a source id the manifest does not list
  UnknownSayLine,     // a card or language names a say-line the manifest does not declare
  BadHotline,         // a hotline number with characters other than digits, spaces, + - ( )
  Rollback,           // version equal to or older than the installed one of the same pack id (SR-26)
  NotInstalled,       // nothing to remove / unknown pack id
  Storage,            // the storage backend failed to read or write
  Io,                 // a file could not be read or written (tools)
  LintFailed,         // the source folder has lint errors (tools)
  BadKey,             // a key file is malformed
};

using RightsFailure = Error<RightsError>;
template <class T>
using RightsResult = Expected<T, RightsFailure>;

// English description for the CLI; the UI translates the code itself.
[[nodiscard]] std::string_view describe(RightsError code) noexcept;

// Stable identifier of a code ("BadSignature"), for scripts and tests.
[[nodiscard]] std::string_view code_name(RightsError code) noexcept;

// "describe(code): detail" for CLI output.
[[nodiscard]] std::string to_string(const RightsFailure& failure);

}  // namespace amparo::rights
