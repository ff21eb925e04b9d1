// export-csv: one row per note from report.json files, RFC 4180, guarded against formula injection.
#pragma once

#include <filesystem>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace amparo::tools {

// One RFC 4180 cell: always quoted, quotes doubled; a cell starting with = + - @ TAB or CR is
// prefixed with ' so spreadsheets do not evaluate it as a formula.
[[nodiscard]] std::string csv_cell(std::string_view value);
[[nodiscard]] std::string csv_header();
// Rows (CRLF-terminated) for every note in one report.json document; nullopt + error if the
// document does not follow the schema.
[[nodiscard]] std::optional<std::string> csv_rows(const nlohmann::json& report, std::string& error);
// Loads OUTDIR/report.json with a size cap (1 GiB) and a depth cap.
[[nodiscard]] std::optional<nlohmann::json> load_report(const std::filesystem::path& dir, std::string& error);

}  // namespace amparo::tools
