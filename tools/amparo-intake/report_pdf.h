// report.pdf from report.json: summary and verdict, chronology of notes (by incident start time),
// every field, revision history with hashes and changed fields, chain status, attachments.
#pragma once

#include <nlohmann/json.hpp>

#include "common/bytes.h"

namespace amparo::tools {

[[nodiscard]] Bytes report_pdf(const nlohmann::json& report);

}  // namespace amparo::tools
