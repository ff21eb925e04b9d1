// Passphrases for command-line tools: only from a file descriptor (--passphrase-fd N) or from the
// terminal with echo off; never from argv or the environment. Read into guarded memory.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "crypto/secret_buffer.h"

namespace amparo::tools {

inline constexpr std::size_t kMaxPassphrase = 1024;

// Reads up to the first newline (or EOF) from `fd`; a trailing "\r" is dropped. Error text on failure.
[[nodiscard]] std::optional<crypto::SecretBuffer> read_passphrase_fd(int fd, std::string& error);
// Prompts on /dev/tty with echo disabled. `confirm` asks twice and compares.
[[nodiscard]] std::optional<crypto::SecretBuffer> read_passphrase_tty(std::string_view prompt, bool confirm,
                                                                      std::string& error);
// Parses a --passphrase-fd value: a decimal file descriptor number 0..1024.
[[nodiscard]] std::optional<int> parse_fd(std::string_view text);

}  // namespace amparo::tools
