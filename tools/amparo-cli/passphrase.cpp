#include "passphrase.h"

#include <fcntl.h>
#include <termios.h>
#include <unistd.h>

#include <cerrno>
#include <csignal>
#include <cstring>

namespace amparo::cli {

namespace {

InputFailure failure(Exit exit, std::string message) {
  return InputFailure{exit, std::move(message)};
}

// Reads bytes from `fd` into `buf` until '\n' or EOF. Returns the byte count, or -1 on error,
// -2 when the passphrase is longer than the buffer (the rest of the line is drained).
long read_line(int fd, crypto::SecretBuffer& buf, bool& got_any) {
  std::size_t n = 0;
  got_any = false;
  bool overflow = false;
  for (;;) {
    unsigned char c = 0;
    const ssize_t r = ::read(fd, &c, 1);
    if (r < 0) {
      if (errno == EINTR) continue;
      return -1;
    }
    if (r == 0) break;  // EOF
    got_any = true;
    if (c == '\n') break;
    if (n < buf.size()) {
      buf.data()[n++] = c;
    } else {
      overflow = true;
    }
    c = 0;
  }
  if (overflow) return -2;
  if (n > 0 && buf.data()[n - 1] == '\r') --n;
  return static_cast<long>(n);
}

InputResult<crypto::SecretBuffer> finish(crypto::SecretBuffer& buf, long n, bool got_any) {
  if (n == -1) return failure(Exit::Io, "cannot read the passphrase");
  if (n == -2) {
    return failure(Exit::InvalidInput,
                   "passphrase longer than " + std::to_string(kMaxPassphraseBytes) + " bytes");
  }
  if (!got_any) return failure(Exit::Usage, "no passphrase given (end of input)");
  if (n == 0) return failure(Exit::InvalidInput, "empty passphrase");
  const auto len = static_cast<std::size_t>(n);
  if (std::memchr(buf.data(), 0, len) != nullptr) {
    return failure(Exit::InvalidInput, "the passphrase contains a NUL byte");
  }
  return crypto::SecretBuffer::copy_of(ByteView(buf.data(), len));
}

// Terminal state restored by the signal handler if the user interrupts the prompt.
volatile sig_atomic_t g_tty_fd = -1;
struct termios g_saved_termios;

extern "C" void restore_tty_and_reraise(int sig) {
  if (g_tty_fd >= 0) {
    tcsetattr(g_tty_fd, TCSAFLUSH, &g_saved_termios);
    (void)!::write(g_tty_fd, "\n", 1);
  }
  std::signal(sig, SIG_DFL);
  std::raise(sig);
}

}  // namespace

InputResult<crypto::SecretBuffer> read_passphrase_fd(int fd) {
  crypto::SecretBuffer buf(kMaxPassphraseBytes);
  bool got_any = false;
  const long n = read_line(fd, buf, got_any);
  if (n == -1 && errno == EBADF) {
    return failure(Exit::Usage, "--passphrase-fd " + std::to_string(fd) + " is not an open descriptor");
  }
  return finish(buf, n, got_any);
}

InputResult<crypto::SecretBuffer> read_passphrase_tty(std::string_view prompt) {
  const int fd = ::open("/dev/tty", O_RDWR | O_NOCTTY | O_CLOEXEC);
  if (fd < 0) {
    return failure(Exit::Usage, "no terminal to ask for the passphrase; use --passphrase-fd N");
  }
  struct termios saved {};
  const bool is_tty = tcgetattr(fd, &saved) == 0;
  struct sigaction sa {
  }, old_int{}, old_term{}, old_hup{}, old_quit{};
  if (is_tty) {
    g_saved_termios = saved;
    g_tty_fd = fd;
    sa.sa_handler = restore_tty_and_reraise;
    sigemptyset(&sa.sa_mask);
    sigaction(SIGINT, &sa, &old_int);
    sigaction(SIGTERM, &sa, &old_term);
    sigaction(SIGHUP, &sa, &old_hup);
    sigaction(SIGQUIT, &sa, &old_quit);
    struct termios quiet = saved;
    quiet.c_lflag &= ~static_cast<tcflag_t>(ECHO | ECHOE | ECHOK | ECHONL);
    quiet.c_lflag |= ICANON;
    tcsetattr(fd, TCSAFLUSH, &quiet);
  }
  (void)!::write(fd, prompt.data(), prompt.size());
  crypto::SecretBuffer buf(kMaxPassphraseBytes);
  bool got_any = false;
  const long n = read_line(fd, buf, got_any);
  if (is_tty) {
    tcsetattr(fd, TCSAFLUSH, &saved);
    g_tty_fd = -1;
    sigaction(SIGINT, &old_int, nullptr);
    sigaction(SIGTERM, &old_term, nullptr);
    sigaction(SIGHUP, &old_hup, nullptr);
    sigaction(SIGQUIT, &old_quit, nullptr);
  }
  (void)!::write(fd, "\n", 1);
  ::close(fd);
  return finish(buf, n, got_any);
}

InputResult<PassphraseSource> PassphraseSource::from_option(std::optional<std::string_view> text) {
  if (!text) return PassphraseSource(std::nullopt);
  const auto v = parse_uint(*text);
  if (!v || *v > 1024) return failure(Exit::Usage, "--passphrase-fd needs a descriptor number");
  return PassphraseSource(static_cast<int>(*v));
}

InputResult<crypto::SecretBuffer> PassphraseSource::existing(std::string_view prompt) const {
  if (fd_) return read_passphrase_fd(*fd_);
  return read_passphrase_tty(prompt);
}

InputResult<crypto::SecretBuffer> PassphraseSource::fresh(std::string_view prompt) const {
  auto first = existing(prompt);
  if (!first) return first;
  if (utf8_length(first->as_text()) < kMinNewPassphraseChars) {
    return failure(Exit::NotConfirmed, "the new passphrase is too short: use at least " +
                                           std::to_string(kMinNewPassphraseChars) + " characters");
  }
  if (!fd_) {
    auto again = read_passphrase_tty("Repeat it: ");
    if (!again) return again;
    if (!first->equals(*again)) return failure(Exit::NotConfirmed, "the passphrases do not match");
  }
  return first;
}

std::size_t utf8_length(std::string_view text) noexcept {
  std::size_t n = 0;
  for (char c : text) {
    if ((static_cast<unsigned char>(c) & 0xc0) != 0x80) ++n;
  }
  return n;
}

}  // namespace amparo::cli
