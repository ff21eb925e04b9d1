// amparo-cli framework: exit codes, a small strict argument parser, the command table entry, and
// output helpers. No external argument library.
//
// Adding a command: write `int run_foo(const cli::Args&)` and a `cli::Command` entry (name,
// one-line summary, help text, options, positional count, handler), then list it in main.cpp's
// table. A command that parses its own argv can use a RawHandler instead (it gets the arguments
// after the command name, and must handle --help itself).
#pragma once

#include <cstddef>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

namespace amparo::cli {

// Documented in docs/cli.md; scripts rely on these numbers.
enum class Exit : int {
  Ok = 0,
  Usage = 1,            // bad or missing arguments, unknown command or option
  WrongPassphrase = 2,  // the passphrase did not open the vault (nothing changed)
  Damaged = 3,          // header or database damaged or tampered, verify found a broken chain
  NotFound = 4,         // no vault in the folder, unknown note or attachment id, missing input file
  Io = 5,               // file system error, vault busy in another process
  Delay = 6,            // SR-12: too many failed attempts, wait before trying again
  InvalidInput = 7,     // note or JSON rejected, value too long or too large, vault already exists
  NotConfirmed = 8,     // new passphrases differ, too short, or a destructive command not confirmed
  Internal = 9,         // self-test or set-up failure; a bug
};

[[nodiscard]] constexpr int code(Exit e) noexcept {
  return static_cast<int>(e);
}

struct OptionSpec {
  std::string_view name;  // without the leading "--"
  bool takes_value = false;
  bool repeatable = false;
};

class Args {
 public:
  [[nodiscard]] bool has(std::string_view name) const noexcept;
  // The value of an option that takes one (nullopt when absent).
  [[nodiscard]] std::optional<std::string_view> value(std::string_view name) const noexcept;
  // Every value of a repeatable option, in order.
  [[nodiscard]] std::vector<std::string_view> values(std::string_view name) const;
  [[nodiscard]] const std::vector<std::string_view>& positionals() const noexcept { return positionals_; }
  [[nodiscard]] std::string_view command() const noexcept { return command_; }

 private:
  friend struct Parser;
  struct Item {
    std::string_view name;
    std::optional<std::string_view> value;
  };
  std::string_view command_;
  std::vector<Item> items_;
  std::vector<std::string_view> positionals_;
};

using Handler = int (*)(const Args&);
using RawHandler = int (*)(std::span<char* const> args);

struct Command {
  std::string_view name;
  std::string_view summary;  // one line for `amparo-cli --help`
  std::string_view help;     // full text for `amparo-cli NAME --help` (usage line first)
  std::vector<OptionSpec> options;
  std::size_t min_positionals = 0;
  std::size_t max_positionals = 0;
  std::variant<Handler, RawHandler> run;
};

// Parses `args` (after the command name) against `command`. `--name value` and `--name=value`;
// `--` ends options; `-h`/`--help` are always accepted. On error returns nullopt and sets `error`.
[[nodiscard]] std::optional<Args> parse(const Command& command, std::span<char* const> args,
                                        std::string& error);

// Strict non-negative decimal integer (no sign, no spaces, no trailing bytes).
[[nodiscard]] std::optional<unsigned long long> parse_uint(std::string_view text) noexcept;

// "amparo-cli: <message>" on stderr. Messages never contain note text or passphrases.
void print_error(std::string_view message);
// Usage error for `command`: the message, then "try 'amparo-cli CMD --help'". Returns Exit::Usage.
int usage_error(std::string_view command, std::string_view message);

// Writes bytes to stdout unchanged (fwrite; no std::string copy of note text).
void out(std::string_view text);
// Writes one line of untrusted text for a terminal: control characters (C0, DEL, C1), line
// breaks and bidi overrides become spaces or '?', so a title cannot fake other lines or
// reorder the display.
void out_sanitized(std::string_view text, bool keep_newlines = false);

// UTC "YYYY-MM-DDTHH:MM:SSZ".
[[nodiscard]] std::string format_time(long long unix_seconds);

}  // namespace amparo::cli
