// The offline content commands of amparo-cli (owned by core/rights): guide and search over the
// built-in content pack. Neither needs a vault.
//   amparo-cli guide --situation ID [--status ID] [--lang CODE]
//   amparo-cli search QUERY... [--lang CODE] [--limit N]
#pragma once

#include <span>
#include <string>
#include <vector>

#include "cli.h"

namespace amparo::cli {

// The table entries, in help order.
[[nodiscard]] std::span<const Command> content_commands();

// The same commands from plain argument lists (the arguments after the command name).
[[nodiscard]] int run_guide(const std::vector<std::string>& args);
[[nodiscard]] int run_search(const std::vector<std::string>& args);

}  // namespace amparo::cli
