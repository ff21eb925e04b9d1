#include "vault/fs.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>

#include "crypto/random.h"

namespace amparo::vault::fs {

namespace {

VaultFailure io(std::string_view what, int err) {
  return make_error(VaultError::Io, std::string(what) + ": " + errno_text(err));
}

class Fd {
 public:
  explicit Fd(int fd) : fd_(fd) {}
  ~Fd() {
    if (fd_ >= 0) ::close(fd_);
  }
  Fd(const Fd&) = delete;
  Fd& operator=(const Fd&) = delete;
  [[nodiscard]] int get() const { return fd_; }
  int release() {
    const int f = fd_;
    fd_ = -1;
    return f;
  }

 private:
  int fd_;
};

bool write_all(int fd, const std::uint8_t* p, std::size_t n) {
  while (n > 0) {
    const ssize_t w = ::write(fd, p, n);
    if (w < 0) {
      if (errno == EINTR) continue;
      return false;
    }
    p += w;
    n -= static_cast<std::size_t>(w);
  }
  return true;
}

}  // namespace

std::string errno_text(int err) {
  return std::strerror(err);
}

bool exists(const stdfs::path& p) {
  struct stat st {};
  return ::lstat(p.c_str(), &st) == 0;
}

VaultResult<void> make_private_dir(const stdfs::path& dir) {
  if (::mkdir(dir.c_str(), 0700) != 0) {
    if (errno != EEXIST) return io("create folder", errno);
    struct stat st {};
    if (::lstat(dir.c_str(), &st) != 0 || !S_ISDIR(st.st_mode)) return io("create folder", ENOTDIR);
    if ((st.st_mode & 077) != 0 && ::chmod(dir.c_str(), 0700) != 0) return io("chmod folder", errno);
  }
  return {};
}

VaultResult<void> fsync_dir(const stdfs::path& dir) {
  Fd fd(::open(dir.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC));
  if (fd.get() < 0) return io("open folder", errno);
  if (::fsync(fd.get()) != 0) return io("fsync folder", errno);
  return {};
}

VaultResult<void> fsync_file(const stdfs::path& file) {
  Fd fd(::open(file.c_str(), O_RDONLY | O_CLOEXEC));
  if (fd.get() < 0) return io("open file", errno);
  if (::fsync(fd.get()) != 0) return io("fsync file", errno);
  return {};
}

VaultResult<Bytes> read_file(const stdfs::path& file, std::size_t max_size, VaultError too_large,
                             std::string_view what) {
  Fd fd(::open(file.c_str(), O_RDONLY | O_CLOEXEC | O_NOFOLLOW));
  if (fd.get() < 0) {
    if (errno == ENOENT) return make_error(VaultError::NotFound, std::string(what));
    return io(what, errno);
  }
  struct stat st {};
  if (::fstat(fd.get(), &st) != 0) return io(what, errno);
  if (!S_ISREG(st.st_mode)) return make_error(too_large, std::string(what) + ": not a regular file");
  if (static_cast<std::uint64_t>(st.st_size) > max_size) {
    return make_error(too_large, std::string(what) + ": too large");
  }
  // Read at most max_size + 1 bytes so a file that grows while we read is still caught.
  Bytes out(static_cast<std::size_t>(st.st_size) + 1);
  std::size_t used = 0;
  for (;;) {
    if (used == out.size()) {
      if (out.size() > max_size) return make_error(too_large, std::string(what) + ": too large");
      out.resize(std::min(out.size() * 2, max_size + 1));
    }
    const ssize_t r = ::read(fd.get(), out.data() + used, out.size() - used);
    if (r < 0) {
      if (errno == EINTR) continue;
      return io(what, errno);
    }
    if (r == 0) break;
    used += static_cast<std::size_t>(r);
  }
  if (used > max_size) return make_error(too_large, std::string(what) + ": too large");
  out.resize(used);
  return out;
}

VaultResult<Bytes> read_prefix(const stdfs::path& file, std::size_t n, std::string_view what) {
  Fd fd(::open(file.c_str(), O_RDONLY | O_CLOEXEC | O_NOFOLLOW));
  if (fd.get() < 0) {
    if (errno == ENOENT) return make_error(VaultError::NotFound, std::string(what));
    return io(what, errno);
  }
  Bytes out(n);
  std::size_t used = 0;
  while (used < n) {
    const ssize_t r = ::read(fd.get(), out.data() + used, n - used);
    if (r < 0) {
      if (errno == EINTR) continue;
      return io(what, errno);
    }
    if (r == 0) break;
    used += static_cast<std::size_t>(r);
  }
  out.resize(used);
  return out;
}

VaultResult<void> write_file_atomic(const stdfs::path& file, ByteView data, std::string_view what) {
  const stdfs::path dir = file.parent_path().empty() ? stdfs::path(".") : file.parent_path();
  const stdfs::path tmp = dir / (".tmp-" + crypto::random_id(8));
  {
    Fd fd(::open(tmp.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC | O_NOFOLLOW, 0600));
    if (fd.get() < 0) return io(what, errno);
    if (!write_all(fd.get(), data.data(), data.size()) || ::fsync(fd.get()) != 0) {
      const int err = errno;
      ::unlink(tmp.c_str());
      return io(what, err);
    }
    if (::close(fd.release()) != 0) {
      const int err = errno;
      ::unlink(tmp.c_str());
      return io(what, err);
    }
  }
  if (::rename(tmp.c_str(), file.c_str()) != 0) {
    const int err = errno;
    ::unlink(tmp.c_str());
    return io(what, err);
  }
  return fsync_dir(dir);
}

VaultResult<void> create_private_file(const stdfs::path& file, std::string_view what) {
  Fd fd(::open(file.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC | O_NOFOLLOW, 0600));
  if (fd.get() < 0) return io(what, errno);
  return {};
}

VaultResult<void> shred(const stdfs::path& file) {
  Fd fd(::open(file.c_str(), O_WRONLY | O_CLOEXEC | O_NOFOLLOW));
  if (fd.get() < 0) {
    if (errno == ENOENT) return {};
    return io("shred", errno);
  }
  struct stat st {};
  if (::fstat(fd.get(), &st) == 0 && S_ISREG(st.st_mode)) {
    Bytes block(64 * 1024);
    std::uint64_t left = static_cast<std::uint64_t>(st.st_size);
    while (left > 0) {
      const std::size_t n = static_cast<std::size_t>(std::min<std::uint64_t>(left, block.size()));
      crypto::random_fill({block.data(), n});
      if (!write_all(fd.get(), block.data(), n)) break;
      left -= n;
    }
    (void)::fsync(fd.get());
  }
  if (::unlink(file.c_str()) != 0 && errno != ENOENT) return io("shred", errno);
  return {};
}

}  // namespace amparo::vault::fs
