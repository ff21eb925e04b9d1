#include "passphrase.h"

#include <fcntl.h>
#include <termios.h>
#include <unistd.h>

#include <cerrno>
#include <charconv>
#include <cstring>

namespace amparo::tools {

namespace {

std::optional<crypto::SecretBuffer> read_line(int fd, std::string& error) {
  crypto::SecretBuffer buf(kMaxPassphrase + 1);
  std::size_t len = 0;
  for (;;) {
    char c = 0;
    const ssize_t n = ::read(fd, &c, 1);
    if (n < 0 && errno == EINTR) continue;
    if (n < 0) {
      error = std::string("cannot read the passphrase: ") + std::strerror(errno);
      return std::nullopt;
    }
    if (n == 0 || c == '\n') break;
    if (len == kMaxPassphrase) {
      error = "the passphrase is longer than 1024 bytes";
      return std::nullopt;
    }
    buf.data()[len++] = static_cast<std::uint8_t>(c);
  }
  if (len > 0 && buf.data()[len - 1] == '\r') --len;
  if (len == 0) {
    error = "empty passphrase";
    return std::nullopt;
  }
  return crypto::SecretBuffer::copy_of(ByteView(buf.data(), len));
}

}  // namespace

std::optional<int> parse_fd(std::string_view text) {
  int fd = -1;
  auto [p, ec] = std::from_chars(text.data(), text.data() + text.size(), fd);
  if (ec != std::errc() || p != text.data() + text.size() || fd < 0 || fd > 1024) return std::nullopt;
  return fd;
}

std::optional<crypto::SecretBuffer> read_passphrase_fd(int fd, std::string& error) {
  if (::fcntl(fd, F_GETFD) < 0) {
    error = "--passphrase-fd " + std::to_string(fd) + " is not an open file descriptor";
    return std::nullopt;
  }
  return read_line(fd, error);
}

std::optional<crypto::SecretBuffer> read_passphrase_tty(std::string_view prompt, bool confirm,
                                                        std::string& error) {
  const int tty = ::open("/dev/tty", O_RDWR | O_CLOEXEC);
  if (tty < 0) {
    error = "no terminal to ask for the passphrase: use --passphrase-fd N";
    return std::nullopt;
  }
  termios old{};
  if (::tcgetattr(tty, &old) != 0) {
    ::close(tty);
    error = "cannot switch off terminal echo: use --passphrase-fd N";
    return std::nullopt;
  }
  termios quiet = old;
  quiet.c_lflag &= ~static_cast<tcflag_t>(ECHO);
  quiet.c_lflag |= ECHONL;
  auto ask = [&](std::string_view text) -> std::optional<crypto::SecretBuffer> {
    (void)!::write(tty, text.data(), text.size());
    ::tcsetattr(tty, TCSAFLUSH, &quiet);
    auto p = read_line(tty, error);
    ::tcsetattr(tty, TCSAFLUSH, &old);
    return p;
  };
  auto first = ask(prompt);
  if (first && confirm) {
    auto second = ask("Repeat the passphrase: ");
    if (!second)
      first.reset();
    else if (!first->equals(*second)) {
      error = "the passphrases do not match";
      first.reset();
    }
  }
  ::close(tty);
  return first;
}

}  // namespace amparo::tools
