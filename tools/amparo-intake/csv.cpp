#include "csv.h"

#include <fstream>
#include <sstream>

namespace amparo::tools {

namespace {

constexpr const char* kFieldKeys[] = {"title",         "when_start",    "when_end",        "time_zone",
                                      "where",         "agency",        "agency_other",    "officer_names",
                                      "badge_numbers", "vehicles",      "biometric_steps", "officer_device",
                                      "consent_asked", "status_asked",  "status_stated",   "reference_number",
                                      "held_duration", "what_was_said", "what_was_taken",  "witnesses",
                                      "injuries",      "narrative"};

std::string as_text(const nlohmann::json& v) {
  if (v.is_null()) return {};
  if (v.is_string()) return v.get<std::string>();
  if (v.is_array()) {
    std::string out;
    for (const auto& item : v) {
      if (!out.empty()) out += "; ";
      out += as_text(item);
    }
    return out;
  }
  if (v.is_boolean()) return v.get<bool>() ? "true" : "false";
  if (v.is_number()) return v.dump();
  return {};
}

}  // namespace

std::string csv_cell(std::string_view value) {
  std::string out = "\"";
  if (!value.empty() && (value[0] == '=' || value[0] == '+' || value[0] == '-' || value[0] == '@' ||
                         value[0] == '\t' || value[0] == '\r')) {
    out += '\'';
  }
  for (char c : value) {
    if (c == '"') out += '"';
    out += c;
  }
  out += '"';
  return out;
}

std::string csv_header() {
  std::string line;
  const char* fixed[] = {"bundle_id", "bundle_created", "sender_number", "note_id",   "created",
                         "updated",   "revision_count", "chain_status",  "chain_head"};
  for (const char* h : fixed) line += (line.empty() ? "" : ",") + csv_cell(h);
  for (const char* h : kFieldKeys) line += "," + csv_cell(h);
  line += "," + csv_cell("attachment_count") + "," + csv_cell("attachment_files") + "\r\n";
  return line;
}

std::optional<std::string> csv_rows(const nlohmann::json& report, std::string& error) {
  try {
    if (!report.is_object() || report.value("format", "") != "amparo-intake-report") {
      error = "not an amparo-intake report.json";
      return std::nullopt;
    }
    const auto& bundle = report.at("bundle");
    const auto& notes = report.at("notes");
    std::string out;
    for (const auto& n : notes) {
      std::vector<std::string> cells = {as_text(bundle.at("id")),
                                        as_text(bundle.at("created")),
                                        as_text(report.at("sender").at("sender_number")),
                                        as_text(n.at("id")),
                                        as_text(n.at("created")),
                                        as_text(n.at("updated")),
                                        as_text(n.at("revision_count")),
                                        as_text(n.at("chain_status")),
                                        as_text(n.at("chain_head"))};
      const auto& fields = n.at("fields");
      for (const char* key : kFieldKeys) cells.push_back(fields.contains(key) ? as_text(fields.at(key)) : "");
      std::string files;
      for (const auto& a : n.at("attachments")) {
        if (!files.empty()) files += "; ";
        files += as_text(a.at("file"));
      }
      cells.push_back(std::to_string(n.at("attachments").size()));
      cells.push_back(files);
      std::string line;
      for (const auto& c : cells) line += (line.empty() ? "" : ",") + csv_cell(c);
      out += line + "\r\n";
    }
    return out;
  } catch (const nlohmann::json::exception&) {
    error = "report.json does not follow the amparo-intake-report schema";
    return std::nullopt;
  }
}

std::optional<nlohmann::json> load_report(const std::filesystem::path& dir, std::string& error) {
  const auto file = dir / "report.json";
  std::error_code ec;
  const auto size = std::filesystem::file_size(file, ec);
  if (ec) {
    error = file.string() + ": not found";
    return std::nullopt;
  }
  if (size > (1ULL << 30)) {
    error = file.string() + ": too large";
    return std::nullopt;
  }
  std::ifstream in(file, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  bool too_deep = false;
  auto j = nlohmann::json::parse(
      ss.str(),
      [&](int depth, nlohmann::json::parse_event_t, nlohmann::json&) {
        if (depth > 8) too_deep = true;
        return !too_deep;
      },
      false);
  if (j.is_discarded() || too_deep) {
    error = file.string() + ": not valid JSON (or nested too deeply)";
    return std::nullopt;
  }
  return j;
}

}  // namespace amparo::tools
