#include "vault/file_writer.h"

#include <fcntl.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <condition_variable>
#include <cstring>
#include <exception>
#include <mutex>
#include <thread>
#include <vector>

#include "crypto/hash.h"

namespace amparo::vault {

namespace {
constexpr std::uint8_t kMagic[4] = {'A', 'M', 'P', 'F'};
constexpr std::uint8_t kVersion = 1;
constexpr std::size_t kBatchChunks = 4;  // ciphertext chunks per write(2), kept cache-sized
// Start writeback of what was written every this many bytes, so the final fsync mostly waits
// for a short tail instead of the whole file (a hint only; fsync still decides durability).
constexpr std::uint64_t kWritebackStep = 4ULL << 20;

void put_u64le(std::uint8_t* p, std::uint64_t v) {
  for (int i = 0; i < 8; ++i) p[i] = static_cast<std::uint8_t>(v >> (8 * i));
}
}  // namespace

EncryptedFileWriter::~EncryptedFileWriter() = default;

VaultResult<EncryptedFileWriter> EncryptedFileWriter::start(int fd, const crypto::SecretBuffer& key,
                                                            ByteView ad, std::size_t chunk_size) {
  // Same bounds as crypto::decrypt_stream accepts.
  if (fd < 0 || chunk_size < 1024 || chunk_size > 4 * 1024 * 1024) {
    return make_error(VaultError::Internal, "writer arguments");
  }
  auto enc = crypto::StreamEncryptor::start(key);
  if (!enc) return make_error(VaultError::Internal, "stream start");
  EncryptedFileWriter w;
  w.fd_ = fd;
  w.chunk_size_ = chunk_size;
  Bytes prefix(kMagic, kMagic + 4);
  append_u8(prefix, kVersion);
  append_u32le(prefix, static_cast<std::uint32_t>(chunk_size));
  w.ad_.reserve(ad.size() + prefix.size() + 8);
  w.ad_.assign(ad.begin(), ad.end());
  append_bytes(w.ad_, prefix);
  append_u64le(w.ad_, 0);
  const Bytes& header = enc->header();
  w.out_.resize(prefix.size() + header.size() + kBatchChunks * (chunk_size + crypto::kStreamOverhead));
  std::memcpy(w.out_.data(), prefix.data(), prefix.size());
  std::memcpy(w.out_.data() + prefix.size(), header.data(), header.size());
  w.out_used_ = prefix.size() + header.size();
  w.enc_.emplace(std::move(enc).value());
  w.pending_.reserve(chunk_size);
  return w;
}

VaultResult<void> EncryptedFileWriter::flush_out() {
  std::size_t done = 0;
  while (done < out_used_) {
    const ssize_t n = ::write(fd_, out_.data() + done, out_used_ - done);
    if (n < 0) {
      if (errno == EINTR) continue;
      failed_ = true;
      return make_error(VaultError::Io, "write encrypted file");
    }
    if (n == 0) {
      failed_ = true;
      return make_error(VaultError::Io, "write encrypted file");
    }
    done += static_cast<std::size_t>(n);
  }
  written_ += out_used_;
  out_used_ = 0;
  if (written_ - kicked_ >= kWritebackStep) start_writeback();
  return {};
}

void EncryptedFileWriter::start_writeback() noexcept {
#if defined(__linux__)
  if (written_ > kicked_) {
    (void)::sync_file_range(fd_, static_cast<off_t>(kicked_), static_cast<off_t>(written_ - kicked_),
                            SYNC_FILE_RANGE_WRITE);
  }
#endif
  kicked_ = written_;
}

VaultResult<void> EncryptedFileWriter::emit(ByteView chunk, bool final) {
  if (out_.size() - out_used_ < chunk.size() + crypto::kStreamOverhead) AMPARO_TRY_VOID(flush_out());
  put_u64le(ad_.data() + ad_.size() - 8, index_);
  auto n =
      enc_->push_into(chunk, ad_, final, MutableByteView(out_.data() + out_used_, out_.size() - out_used_));
  if (!n) {
    failed_ = true;
    return make_error(VaultError::Internal, "stream push");
  }
  out_used_ += *n;
  ++index_;
  if (final) {
    finished_ = true;
    AMPARO_TRY_VOID(flush_out());
    start_writeback();  // the tail too, while the caller finishes hashing
  }
  return {};
}

VaultResult<void> EncryptedFileWriter::drain_pending(bool final) {
  auto r = emit(view(pending_), final);
  secure_wipe(pending_.data(), pending_.size());
  pending_.clear();
  return r;
}

VaultResult<void> EncryptedFileWriter::write(ByteView data) {
  if (finished_ || failed_) return make_error(VaultError::Internal, "write after finish");
  total_ += data.size();
  while (!data.empty()) {
    // A full pending chunk is flushed (non-final) only once more data is known to follow.
    if (pending_.size() == chunk_size_) AMPARO_TRY_VOID(drain_pending(false));
    if (pending_.empty() && data.size() > chunk_size_) {
      AMPARO_TRY_VOID(emit(data.first(chunk_size_), false));  // more follows in `data`
      data = data.subspan(chunk_size_);
      continue;
    }
    const std::size_t take = std::min(data.size(), chunk_size_ - pending_.size());
    pending_.insert(pending_.end(), data.begin(), data.begin() + static_cast<std::ptrdiff_t>(take));
    data = data.subspan(take);
  }
  return {};
}

VaultResult<void> EncryptedFileWriter::write_block(ByteView data, bool last) {
  if (finished_ || failed_) return make_error(VaultError::Internal, "write after finish");
  total_ += data.size();
  if (!pending_.empty()) {
    const std::size_t take = std::min(data.size(), chunk_size_ - pending_.size());
    pending_.insert(pending_.end(), data.begin(), data.begin() + static_cast<std::ptrdiff_t>(take));
    data = data.subspan(take);
    if (pending_.size() < chunk_size_) return last ? drain_pending(true) : VaultResult<void>{};
    if (data.empty() && last) return drain_pending(true);
    AMPARO_TRY_VOID(drain_pending(false));
  }
  while (data.size() > chunk_size_) {
    AMPARO_TRY_VOID(emit(data.first(chunk_size_), false));
    data = data.subspan(chunk_size_);
  }
  if (last) return emit(data, true);                         // possibly empty (empty file)
  if (data.size() == chunk_size_) return emit(data, false);  // the caller promised more
  pending_.insert(pending_.end(), data.begin(), data.end());
  return {};
}

VaultResult<void> EncryptedFileWriter::finish() {
  if (failed_) return make_error(VaultError::Io, "write encrypted file");
  if (finished_) return {};
  return drain_pending(true);
}

// ---- encrypt_source ----------------------------------------------------------------------------

namespace {

// Hands plaintext blocks to a hashing thread in order; the reader reuses a block's buffer only
// once the hasher is done with it. Without a thread (disabled, or it could not be started), the
// blocks are hashed inline.
class BlockHasher {
 public:
  BlockHasher(std::vector<SecureBytes>& blocks, bool threaded) : blocks_(blocks), lengths_(blocks.size()) {
    if (!threaded) return;
    try {
      thread_ = std::thread([this] { run(); });
    } catch (...) {
      // No thread available: fall back to hashing inline.
    }
  }
  ~BlockHasher() { stop(true); }
  BlockHasher(const BlockHasher&) = delete;
  BlockHasher& operator=(const BlockHasher&) = delete;

  // Waits until block number `seq` may be written into its buffer (slot seq % blocks).
  void wait_free(std::uint64_t seq) {
    if (seq < blocks_.size() || !thread_.joinable()) return;
    std::unique_lock lock(m_);
    cv_.wait(lock, [&] { return hashed_ + blocks_.size() > seq; });
  }
  // Block `seq` (the next in order) now holds `len` bytes of plaintext.
  void publish(std::uint64_t seq, std::size_t len) {
    const std::size_t slot = seq % blocks_.size();
    if (!thread_.joinable()) {
      hash_.update(ByteView(blocks_[slot].data(), len));
      return;
    }
    {
      std::lock_guard lock(m_);
      lengths_[slot] = len;
      published_ = seq + 1;
    }
    cv_.notify_all();
  }
  // Waits for every published block, stops the thread and returns the digest.
  Bytes finish() {
    stop(false);
    return hash_.finish();
  }

 private:
  void stop(bool abort) {
    if (!thread_.joinable()) return;
    {
      std::lock_guard lock(m_);
      done_ = true;
      abort_ = abort_ || abort;
    }
    cv_.notify_all();
    thread_.join();
  }
  void run() {
    std::uint64_t next = 0;
    for (;;) {
      std::size_t len = 0;
      {
        std::unique_lock lock(m_);
        cv_.wait(lock, [&] { return abort_ || published_ > next || done_; });
        if (abort_ || published_ <= next) return;  // aborted, or done with everything published
        len = lengths_[next % blocks_.size()];
      }
      hash_.update(ByteView(blocks_[next % blocks_.size()].data(), len));
      {
        std::lock_guard lock(m_);
        hashed_ = ++next;
      }
      cv_.notify_all();
    }
  }

  std::vector<SecureBytes>& blocks_;
  std::vector<std::size_t> lengths_;
  crypto::Blake2b hash_{crypto::kHashSize};
  std::mutex m_;
  std::condition_variable cv_;
  std::uint64_t published_ = 0;
  std::uint64_t hashed_ = 0;
  bool done_ = false;
  bool abort_ = false;
  std::thread thread_;  // last: started after everything it uses is constructed
};

// Turns the caller's stream exceptions off for the copy (a short read at the end sets failbit,
// which must not throw) and restores the mask afterwards without letting that throw either.
class NoStreamExceptions {
 public:
  explicit NoStreamExceptions(std::istream& in) : in_(in), mask_(in.exceptions()) {
    in_.exceptions(std::ios::goodbit);
  }
  ~NoStreamExceptions() {
    try {
      in_.exceptions(mask_);  // sets the mask, then throws if the state matches it
    } catch (...) {
    }
  }
  NoStreamExceptions(const NoStreamExceptions&) = delete;
  NoStreamExceptions& operator=(const NoStreamExceptions&) = delete;

 private:
  std::istream& in_;
  std::ios::iostate mask_;
};

// Fills `buf` from `in`; a short count means the end of the source. Never throws.
VaultResult<std::size_t> read_block(std::istream& in, SecureBytes& buf) {
  try {
    in.read(reinterpret_cast<char*>(buf.data()), static_cast<std::streamsize>(buf.size()));
    const auto n = static_cast<std::size_t>(in.gcount());
    if (in.bad()) return make_error(VaultError::Io, "read attachment source");
    return n;
  } catch (...) {
    return make_error(VaultError::Io, "read attachment source");
  }
}

}  // namespace

VaultResult<EncryptedSource> encrypt_source(std::istream& in, EncryptedFileWriter& writer, std::uint64_t cap,
                                            const EncryptSourceOptions& options) {
  try {
    // A stream that already failed (say, a file that could not be opened) is not an empty file.
    if (in.fail()) return make_error(VaultError::Io, "attachment source not readable");
    const NoStreamExceptions no_exceptions(in);
    const std::size_t block_size = std::max<std::size_t>(options.block_size, 1);
    std::vector<SecureBytes> blocks(std::max<std::size_t>(options.blocks, 2));
    for (auto& b : blocks) b.resize(block_size);
    BlockHasher hasher(blocks, options.hash_on_thread);

    std::uint64_t total = 0;
    auto fill = [&](std::uint64_t seq) -> VaultResult<std::size_t> {
      hasher.wait_free(seq);
      AMPARO_TRY(const std::size_t n, read_block(in, blocks[seq % blocks.size()]));
      total += n;
      if (total > cap) return make_error(VaultError::AttachmentTooLarge);
      if (n > 0) hasher.publish(seq, n);
      return n;
    };
    // One block of read-ahead tells whether the block being encrypted is the last, so its last
    // chunk carries TAG_FINAL exactly as crypto::encrypt_stream places it.
    std::uint64_t seq = 0;
    AMPARO_TRY(std::size_t len, fill(seq));
    for (;;) {
      bool last = len < block_size || in.eof();
      std::size_t next_len = 0;
      if (!last) {
        AMPARO_TRY(next_len, fill(seq + 1));
        last = next_len == 0;
      }
      AMPARO_TRY_VOID(writer.write_block(ByteView(blocks[seq % blocks.size()].data(), len), last));
      if (last) break;
      ++seq;
      len = next_len;
    }
    EncryptedSource out;
    out.size = total;
    out.content_hash = hasher.finish();
    out.buffer_bytes = blocks.size() * block_size + writer.buffer_bytes();
    return out;
  } catch (...) {
    // bad_alloc and the like: an error value, never an exception across the module boundary.
    return make_error(VaultError::Internal, "encrypt attachment");
  }
}

}  // namespace amparo::vault
