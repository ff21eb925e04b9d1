// Intake side (amparo-intake, tests): open a bundle into a folder that appears only when everything
// verified (SR-24), with report.json (schema in docs/formats.md, "## Export bundles") and the
// attachments; `verify` runs the same checks without writing anything.
#pragma once

#include <filesystem>
#include <functional>
#include <nlohmann/json.hpp>
#include <string>

#include "exchange/bundle.h"
#include "exchange/sender_register.h"
#include "exchange/staging.h"

namespace amparo::exchange {

struct IntakeResult {
  OpenedBundle bundle;
  std::vector<std::string> attachment_files;  // relative to the output folder, per attachment
  std::string continuity;                     // "new sender" / "same sender as bundle …"
  std::string verdict;                        // the one-line verdict
};

// Safe relative file name for an attachment: "attachments/<nn>-<sanitised name>".
[[nodiscard]] std::string attachment_file_name(std::size_t index, std::string_view untrusted_name);

// The one-line verdict for a verified bundle.
[[nodiscard]] std::string verdict_line(const OpenedBundle& bundle, const std::string& continuity);
// report.json contents.
[[nodiscard]] nlohmann::json report_json(const IntakeResult& result);

// Writes extra files (report.pdf…) into the staging folder before it is committed.
using ReportWriter =
    std::function<ExchangeResult<void>(const IntakeResult&, const std::filesystem::path& staging)>;

// Opens `bundle_path` with `keys` into `out_dir` (which must not exist). Attachments stream into a
// staging folder beside `out_dir`; report.json and `extra` are written there; the folder is renamed
// to `out_dir` only when all of it succeeded. `register_file` (optional) gives sender continuity and
// records this bundle after success.
[[nodiscard]] ExchangeResult<IntakeResult> open_to_folder(const std::filesystem::path& bundle_path,
                                                          const OrgKeys& keys,
                                                          const std::filesystem::path& out_dir,
                                                          const std::filesystem::path& register_file,
                                                          std::uint64_t now, const ReportWriter& extra = {});
// Verifies only; writes nothing (not even the register).
[[nodiscard]] ExchangeResult<IntakeResult> verify_file(const std::filesystem::path& bundle_path,
                                                       const OrgKeys& keys,
                                                       const std::filesystem::path& register_file);

}  // namespace amparo::exchange
