// amparo-cli export: seals notes (with their revision chains and attachments) into an .amparo bundle
// that only the organization of a verified card can open. Format: docs/formats.md, "## Export bundles".
#pragma once

#include <span>
#include <string>
#include <vector>

#include "cli.h"

namespace amparo::cli {

// The table entry for main.cpp ("export").
[[nodiscard]] std::span<const Command> export_commands();
// The same command from a plain argument list (arguments after "export"), for tests and scripts.
int run_export(const std::vector<std::string>& args);

}  // namespace amparo::cli
