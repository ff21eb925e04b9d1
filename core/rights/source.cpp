#include "rights/source.h"

#include <algorithm>
#include <fstream>
#include <set>

#include "rights/bounded_json.h"
#include "rights/pack.h"

namespace amparo::rights {

using nlohmann::json;

namespace {

RightsResult<std::string> read_file(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return make_error(RightsError::Io, path.filename().string() + ": cannot read");
  in.seekg(0, std::ios::end);
  const auto size = static_cast<std::size_t>(in.tellg());
  if (size > PackLimits::kMaxPackBytes) {
    return make_error(RightsError::TooLarge, path.filename().string() + ": larger than the pack limit");
  }
  in.seekg(0);
  std::string data(size, '\0');
  in.read(data.data(), static_cast<std::streamsize>(size));
  if (!in) return make_error(RightsError::Io, path.filename().string() + ": read failed");
  return data;
}

RightsResult<json> read_json(const std::filesystem::path& path) {
  AMPARO_TRY(const std::string text, read_file(path));
  JsonLimits limits;
  limits.max_bytes = PackLimits::kMaxPackBytes;
  limits.max_depth = PackLimits::kMaxDepth - 2;  // nested one level deeper inside the payload
  limits.max_string_bytes = PackLimits::kMaxStringBytes;
  limits.max_values = PackLimits::kMaxValues;
  limits.allow_comments = true;
  auto parsed = parse_bounded_json(text, limits);
  if (!parsed) {
    auto e = std::move(parsed).error();
    e.detail = path.filename().string() + ": " + e.detail;
    return e;
  }
  return std::move(parsed).value();
}

// Only plain language codes become file names (no path separators, no "..").
bool safe_code(const std::string& code) {
  return code.size() >= 2 && code.size() <= 35 && code.front() != '-' &&
         std::all_of(code.begin(), code.end(), [](char c) {
           return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-';
         });
}

}  // namespace

RightsResult<SourcePayload> read_source_folder(const std::filesystem::path& dir) {
  AMPARO_TRY(json manifest, read_json(dir / "manifest.json"));
  SourcePayload out;
  json languages = json::object();
  std::set<std::string> listed;
  if (manifest.is_object() && manifest.contains("languages") && manifest["languages"].is_array()) {
    for (const auto& l : manifest["languages"]) {
      if (!l.is_object() || !l.contains("code") || !l["code"].is_string()) continue;
      const std::string code = l["code"].get<std::string>();
      if (!safe_code(code)) {
        return make_error(RightsError::MalformedField, "manifest.json: languages: bad language code");
      }
      listed.insert(code);
      const auto file = dir / (code + ".json");
      if (!std::filesystem::exists(file)) {
        return make_error(RightsError::MissingLanguage,
                          code + ".json: missing (listed in manifest.languages)");
      }
      AMPARO_TRY(json texts, read_json(file));
      languages[code] = std::move(texts);
    }
  }
  std::error_code ec;
  for (const auto& entry : std::filesystem::directory_iterator(dir, ec)) {
    const auto name = entry.path().filename().string();
    if (entry.path().extension() != ".json" || name == "manifest.json") continue;
    const auto code = entry.path().stem().string();
    if (listed.find(code) == listed.end()) {
      out.warnings.push_back(name + ": not listed in manifest.languages, not included");
    }
  }
  json root;
  root["manifest"] = std::move(manifest);
  root["languages"] = std::move(languages);
  out.payload = canonical_json(root);
  if (out.payload.size() + 112 > PackLimits::kMaxPackBytes) {
    return make_error(RightsError::TooLarge,
                      "pack would exceed " + std::to_string(PackLimits::kMaxPackBytes) + " bytes");
  }
  return out;
}

}  // namespace amparo::rights
