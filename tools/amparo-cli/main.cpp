// amparo-cli: the community-side command line over Amparo's core (vault, notes, capture, and the
// content and export commands). This file only sets up the process and dispatches; each command
// lives in a commands_*.cpp file. Reference: docs/cli.md.
#include <sys/stat.h>

#include <cstdio>
#include <span>
#include <string_view>
#include <vector>

#include "cli.h"
#include "commands_content.h"
#include "commands_export.h"
#include "commands_vault.h"
#include "crypto/init.h"
#include "platform/hardening/process_hardening.h"
#include "vault/vault.h"

namespace {

using amparo::cli::Command;

// The dispatch table: one line per command group (a commands_*.cpp file), in help order.
std::vector<const Command*> all_commands() {
  std::vector<const Command*> all;
  auto add = [&](std::span<const Command> group) {
    for (const auto& c : group) all.push_back(&c);
  };
  add(amparo::cli::vault_commands());    // init add capture list show history verify attach ... wipe
  add(amparo::cli::export_commands());   // export (core/exchange)
  add(amparo::cli::content_commands());  // guide search (core/rights)
  return all;
}

void print_overview(const std::vector<const Command*>& commands) {
  std::puts(
      "Usage: amparo-cli COMMAND [options] [arguments]\n"
      "Amparo's encrypted incident notes from the command line. Passphrases are read from the\n"
      "terminal without echo, or with --passphrase-fd N from a descriptor; never from arguments.\n"
      "The vault folder comes from --vault DIR or $AMPARO_VAULT.\n\nCommands:");
  for (const auto* c : commands) {
    std::printf("  %-18.*s %.*s\n", static_cast<int>(c->name.size()), c->name.data(),
                static_cast<int>(c->summary.size()), c->summary.data());
  }
  std::puts(
      "\nRun 'amparo-cli COMMAND --help' for a command's options.\n"
      "Exit codes: 0 ok, 1 usage, 2 wrong passphrase, 3 vault damaged, 4 not found, 5 I/O error,\n"
      "6 wait after failed attempts, 7 invalid input, 8 not confirmed, 9 internal error.");
}

int dispatch(int argc, char** argv) {
  const auto commands = all_commands();
  if (argc < 2) {
    print_overview(commands);
    return amparo::cli::code(amparo::cli::Exit::Usage);
  }
  const std::string_view name = argv[1];
  if (name == "-h" || name == "--help" || name == "help") {
    print_overview(commands);
    return 0;
  }
  if (name == "--version") {
    std::puts("amparo-cli " AMPARO_VERSION);
    return 0;
  }
  const Command* command = nullptr;
  for (const auto* c : commands) {
    if (c->name == name) command = c;
  }
  if (command == nullptr) return amparo::cli::usage_error({}, "unknown command");
  const std::span<char* const> rest(argv + 2, static_cast<std::size_t>(argc - 2));

  if (const auto* raw = std::get_if<amparo::cli::RawHandler>(&command->run)) return (*raw)(rest);

  std::string error;
  const auto args = amparo::cli::parse(*command, rest, error);
  if (!args) return amparo::cli::usage_error(command->name, error);
  if (args->has("help")) {
    std::fwrite(command->help.data(), 1, command->help.size(), stdout);
    return 0;
  }
  const int rc = std::get<amparo::cli::Handler>(command->run)(*args);
  std::fflush(stdout);
  return rc;
}

}  // namespace

int main(int argc, char** argv) {
  ::umask(077);  // SR-1: every file we create is 0600, every folder 0700
  // SR-34: no core dumps, no ptrace/proc access by other processes of this user.
  if (auto hardened = amparo::platform::harden_process(); !hardened) {
    amparo::cli::print_error("cannot disable core dumps for this process; refusing to run");
    return amparo::cli::code(amparo::cli::Exit::Internal);
  }
  // SR-9: the zeroing SQLite allocator must be in place before SQLite initialises.
  if (!amparo::vault::initialize_sqlite()) {
    amparo::cli::print_error("cannot install the zeroing SQLite allocator; refusing to run");
    return amparo::cli::code(amparo::cli::Exit::Internal);
  }
  if (!amparo::crypto::initialize()) {
    amparo::cli::print_error("cryptography self-test failed; refusing to run");
    return amparo::cli::code(amparo::cli::Exit::Internal);
  }
  return dispatch(argc, argv);
}
