// Pack sources: a folder with manifest.json and one <lang>.json per language
// (docs/content-source-format.md), combined into the canonical payload that gets signed.
#pragma once

#include <filesystem>
#include <string>
#include <vector>

#include "rights/error.h"

namespace amparo::rights {

struct SourcePayload {
  std::string payload;                // canonical JSON {"manifest": ..., "languages": {...}}
  std::vector<std::string> warnings;  // e.g. a language file not listed in the manifest
};

// Reads and combines the folder. Source files may contain // and /* */ comments (dropped);
// duplicate keys and the JSON caps are enforced as for packs. Errors name the file.
// The payload is not validated here: see parse_pack_payload / lint_payload.
[[nodiscard]] RightsResult<SourcePayload> read_source_folder(const std::filesystem::path& dir);

}  // namespace amparo::rights
