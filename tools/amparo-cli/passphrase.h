// Passphrase input for amparo-cli: from the terminal without echo, or from a file descriptor
// (--passphrase-fd N) for scripts. Never from argv or the environment. The bytes go straight into
// guarded memory (crypto::SecretBuffer); no std::string ever holds them.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

#include "cli.h"
#include "common/expected.h"
#include "crypto/secret_buffer.h"

namespace amparo::cli {

inline constexpr std::size_t kMaxPassphraseBytes = 1024;
inline constexpr std::size_t kMinNewPassphraseChars = 10;  // SR-11

struct InputFailure {
  Exit exit;
  std::string message;  // never contains the passphrase
};
template <class T>
using InputResult = Expected<T, InputFailure>;

// Reads one passphrase: bytes up to the first '\n' or EOF (a trailing '\r' is dropped), read one
// byte at a time so a second line on the same descriptor stays unread for the next call.
// Empty, over kMaxPassphraseBytes, or containing NUL: an error.
[[nodiscard]] InputResult<crypto::SecretBuffer> read_passphrase_fd(int fd);

// Prompts on /dev/tty (not stdout, so output can be piped) with echo switched off; echo is
// restored on return and on SIGINT/SIGTERM/SIGHUP/SIGQUIT.
[[nodiscard]] InputResult<crypto::SecretBuffer> read_passphrase_tty(std::string_view prompt);

// Where a command gets its passphrases: a descriptor when given, else the terminal.
class PassphraseSource {
 public:
  explicit PassphraseSource(std::optional<int> fd) : fd_(fd) {}
  // Parses --passphrase-fd (strict integer) from `text`.
  [[nodiscard]] static InputResult<PassphraseSource> from_option(std::optional<std::string_view> text);

  [[nodiscard]] bool from_fd() const noexcept { return fd_.has_value(); }
  [[nodiscard]] std::optional<int> fd() const noexcept { return fd_; }
  // An existing passphrase.
  [[nodiscard]] InputResult<crypto::SecretBuffer> existing(std::string_view prompt) const;
  // A new passphrase: from a terminal it is asked twice and must match; either way it must have at
  // least kMinNewPassphraseChars characters (SR-11).
  [[nodiscard]] InputResult<crypto::SecretBuffer> fresh(std::string_view prompt) const;

 private:
  std::optional<int> fd_;
};

// Number of UTF-8 code points (continuation bytes are not counted).
[[nodiscard]] std::size_t utf8_length(std::string_view text) noexcept;

}  // namespace amparo::cli
