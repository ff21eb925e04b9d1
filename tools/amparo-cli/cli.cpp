#include "cli.h"

#include <charconv>
#include <cstdio>
#include <ctime>

namespace amparo::cli {

bool Args::has(std::string_view name) const noexcept {
  for (const auto& item : items_) {
    if (item.name == name) return true;
  }
  return false;
}

std::optional<std::string_view> Args::value(std::string_view name) const noexcept {
  std::optional<std::string_view> found;
  for (const auto& item : items_) {
    if (item.name == name) found = item.value;
  }
  return found;
}

std::vector<std::string_view> Args::values(std::string_view name) const {
  std::vector<std::string_view> out;
  for (const auto& item : items_) {
    if (item.name == name && item.value) out.push_back(*item.value);
  }
  return out;
}

struct Parser {
  static std::optional<Args> run(const Command& command, std::span<char* const> args, std::string& error) {
    Args result;
    result.command_ = command.name;
    bool options_done = false;
    for (std::size_t i = 0; i < args.size(); ++i) {
      const std::string_view arg = args[i];
      if (options_done || arg.size() < 2 || arg[0] != '-') {
        result.positionals_.push_back(arg);
        continue;
      }
      if (arg == "--") {
        options_done = true;
        continue;
      }
      if (arg == "-h" || arg == "--help") {
        result.items_.push_back({"help", std::nullopt});
        continue;
      }
      if (arg.substr(0, 2) != "--") {
        error = "unknown option " + std::string(arg);
        return std::nullopt;
      }
      std::string_view name = arg.substr(2);
      std::optional<std::string_view> inline_value;
      if (const auto eq = name.find('='); eq != std::string_view::npos) {
        inline_value = name.substr(eq + 1);
        name = name.substr(0, eq);
      }
      const OptionSpec* spec = nullptr;
      for (const auto& o : command.options) {
        if (o.name == name) spec = &o;
      }
      if (spec == nullptr) {
        error = "unknown option --" + std::string(name);
        return std::nullopt;
      }
      if (!spec->repeatable && result.has(name)) {
        error = "--" + std::string(name) + " given more than once";
        return std::nullopt;
      }
      if (!spec->takes_value) {
        if (inline_value) {
          error = "--" + std::string(name) + " takes no value";
          return std::nullopt;
        }
        result.items_.push_back({spec->name, std::nullopt});
        continue;
      }
      if (!inline_value) {
        if (i + 1 >= args.size()) {
          error = "--" + std::string(name) + " needs a value";
          return std::nullopt;
        }
        inline_value = std::string_view(args[++i]);
      }
      result.items_.push_back({spec->name, inline_value});
    }
    if (result.has("help")) return result;  // positional counts don't matter for --help
    const auto n = result.positionals_.size();
    if (n < command.min_positionals) {
      error = "missing argument";
      return std::nullopt;
    }
    if (n > command.max_positionals) {
      error = "unexpected argument";
      return std::nullopt;
    }
    return result;
  }
};

std::optional<Args> parse(const Command& command, std::span<char* const> args, std::string& error) {
  return Parser::run(command, args, error);
}

std::optional<unsigned long long> parse_uint(std::string_view text) noexcept {
  if (text.empty() || text.size() > 19) return std::nullopt;
  unsigned long long v = 0;
  const auto* end = text.data() + text.size();
  const auto [ptr, ec] = std::from_chars(text.data(), end, v, 10);
  if (ec != std::errc() || ptr != end) return std::nullopt;
  return v;
}

void print_error(std::string_view message) {
  std::fprintf(stderr, "amparo-cli: %.*s\n", static_cast<int>(message.size()), message.data());
}

int usage_error(std::string_view command, std::string_view message) {
  print_error(message);
  if (command.empty()) {
    std::fputs("Try 'amparo-cli --help'.\n", stderr);
  } else {
    std::fprintf(stderr, "Try 'amparo-cli %.*s --help'.\n", static_cast<int>(command.size()), command.data());
  }
  return code(Exit::Usage);
}

void out(std::string_view text) {
  std::fwrite(text.data(), 1, text.size(), stdout);
}

void out_sanitized(std::string_view text, bool keep_newlines) {
  const auto* p = reinterpret_cast<const unsigned char*>(text.data());
  const std::size_t n = text.size();
  for (std::size_t i = 0; i < n; ++i) {
    const unsigned char c = p[i];
    if (c == '\n' && keep_newlines) {
      std::fputs("\n    ", stdout);
    } else if (c == '\t' || c == '\n' || c == '\r') {
      std::fputc(' ', stdout);
    } else if (c < 0x20 || c == 0x7f) {
      std::fputc('?', stdout);
    } else if (c == 0xc2 && i + 1 < n && p[i + 1] >= 0x80 && p[i + 1] <= 0x9f) {
      std::fputc('?', stdout);  // C1 control (U+0080..U+009F), e.g. CSI
      ++i;
    } else if (c == 0xe2 && i + 2 < n && p[i + 1] == 0x80 && p[i + 2] >= 0xaa && p[i + 2] <= 0xae) {
      std::fputc('?', stdout);  // U+202A..U+202E bidi embeddings and overrides
      i += 2;
    } else if (c == 0xe2 && i + 2 < n && p[i + 1] == 0x81 && p[i + 2] >= 0xa6 && p[i + 2] <= 0xa9) {
      std::fputc('?', stdout);  // U+2066..U+2069 bidi isolates
      i += 2;
    } else {
      std::fputc(c, stdout);
    }
  }
}

std::string format_time(long long unix_seconds) {
  const auto t = static_cast<std::time_t>(unix_seconds);
  std::tm tm{};
  if (gmtime_r(&t, &tm) == nullptr) return "?";
  char buf[32];
  const auto len = std::strftime(buf, sizeof buf, "%Y-%m-%dT%H:%M:%SZ", &tm);
  return std::string(buf, len);
}

}  // namespace amparo::cli
