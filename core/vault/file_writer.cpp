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
#include "crypto/tree_digest.h"

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

// Hashes plaintext blocks while the calling thread encrypts them. Blocks live in `blocks`
// (slot = sequence number % blocks); the reader reuses a slot only once its block is folded.
//
// Tree digest: each block is a run of 64 KiB leaves. The hashing thread takes the blocks in order
// and claims their leaves one at a time; the encrypting thread, whenever it would wait for a free
// slot (and at the end), claims leaves of the oldest unfinished blocks too, so both cores hash
// while the cipher is the faster of the two. Leaf hashes go to a fixed per-slot table and the
// hashing thread folds a block's leaves into the root, in order, once all are done. Plain BLAKE2b
// (old schemas): the hashing thread hashes whole blocks. Without a thread (disabled, or it could
// not be started) every block is hashed inline when published.
class SourceHasher {
 public:
  SourceHasher(std::vector<SecureBytes>& blocks, std::size_t block_size, SourceDigest kind,
               std::optional<std::uint64_t> expected_size, bool threaded, bool encryptor_hashes)
      : blocks_(blocks),
        kind_(kind),
        leaves_per_block_(block_size / crypto::kTreeDigestLeafSize),
        slots_(blocks.size()),
        tree_ok_(kind == SourceDigest::Tree && expected_size.has_value()),
        encryptor_hashes_(encryptor_hashes) {
    if (kind_ == SourceDigest::Tree) {
      leaf_hashes_.resize(blocks.size() * leaves_per_block_ * crypto::kTreeDigestSize);
      if (tree_ok_) root_.update(crypto::tree_digest_root_prefix(*expected_size));
    }
    if (!threaded || !hashing()) return;
    try {
      thread_ = std::thread([this] { run(); });
    } catch (...) {
      // No thread available: fall back to hashing inline.
    }
  }
  ~SourceHasher() { stop(true); }
  SourceHasher(const SourceHasher&) = delete;
  SourceHasher& operator=(const SourceHasher&) = delete;

  [[nodiscard]] std::size_t buffer_bytes() const noexcept { return leaf_hashes_.capacity(); }

  // Waits until block number `seq` may be written into its buffer (slot seq % blocks), hashing
  // leaves of older blocks meanwhile.
  void wait_free(std::uint64_t seq) {
    if (seq < blocks_.size() || !thread_.joinable()) return;
    std::unique_lock lock(m_);
    while (folded_ + blocks_.size() <= seq && !failed_) {
      if (!encryptor_hashes_ || !help_one(lock)) cv_.wait(lock);
    }
  }
  // Block `seq` (the next in order) now holds `len` bytes of plaintext.
  void publish(std::uint64_t seq, std::size_t len) {
    if (!hashing()) return;
    const std::size_t slot = seq % blocks_.size();
    if (!thread_.joinable()) {
      if (kind_ == SourceDigest::Blake2b) {
        plain_.update(ByteView(blocks_[slot].data(), len));
        return;
      }
      Slot& s = slots_[slot];
      s = Slot{seq, len, leaf_count(len), 0, 0};
      for (std::size_t i = 0; i < s.leaves; ++i) hash_leaf(s, slot, i);
      fold(slot);
      return;
    }
    {
      std::lock_guard lock(m_);
      if (failed_) return;
      slots_[slot] = Slot{seq, len, kind_ == SourceDigest::Tree ? leaf_count(len) : 0, 0, 0};
      published_ = seq + 1;
    }
    cv_.notify_all();
  }
  // Hashes what is left (both threads), stops the thread and returns the digest (empty: a tree
  // digest whose size was not known in advance or differs from `total`).
  Bytes finish(std::uint64_t total) {
    if (thread_.joinable()) {
      std::unique_lock lock(m_);
      done_ = true;
      cv_.notify_all();
      while (folded_ < published_ && !failed_) {
        if (!encryptor_hashes_ || !help_one(lock)) cv_.wait(lock);
      }
    }
    stop(false);
    if (failed_) return {};  // the hashing thread failed: no digest (the caller hashes again)
    if (kind_ == SourceDigest::Blake2b) return plain_.finish();
    if (!tree_ok_) return {};
    Bytes root = root_.finish();
    if (total != expected_total_) return {};
    return root;
  }
  void set_expected_total(std::uint64_t n) noexcept { expected_total_ = n; }

 private:
  struct Slot {
    std::uint64_t seq = 0;
    std::size_t len = 0;
    std::size_t leaves = 0;   // leaves in this block
    std::size_t claimed = 0;  // leaves handed out
    std::size_t done = 0;     // leaves hashed
  };

  [[nodiscard]] bool hashing() const noexcept { return kind_ == SourceDigest::Blake2b || tree_ok_; }
  static std::size_t leaf_count(std::size_t len) {
    return (len + crypto::kTreeDigestLeafSize - 1) / crypto::kTreeDigestLeafSize;
  }
  // Hashes leaf `i` of the block in `slot` into its place in the leaf table (no lock needed: the
  // claim made this leaf ours, and the slot is not reused before the block is folded).
  void hash_leaf(const Slot& s, std::size_t slot, std::size_t i) {
    const std::size_t off = i * crypto::kTreeDigestLeafSize;
    const std::size_t n = std::min(crypto::kTreeDigestLeafSize, s.len - off);
    crypto::tree_digest_leaf(s.seq * leaves_per_block_ + i, ByteView(blocks_[slot].data() + off, n),
                             leaf_hashes_.data() + (slot * leaves_per_block_ + i) * crypto::kTreeDigestSize);
  }
  void fold(std::size_t slot) {
    const Slot& s = slots_[slot];
    root_.update(ByteView(leaf_hashes_.data() + slot * leaves_per_block_ * crypto::kTreeDigestSize,
                          s.leaves * crypto::kTreeDigestSize));
  }
  // Under `lock`: claims the next unclaimed leaf of `slot` (one must be left), hashes it with the
  // lock released, and records it as done.
  void hash_next_leaf(std::unique_lock<std::mutex>& lock, std::size_t slot) {
    Slot& s = slots_[slot];
    const std::size_t i = s.claimed++;
    const Slot copy = s;
    lock.unlock();
    hash_leaf(copy, slot, i);
    lock.lock();
    ++s.done;
  }
  // Under `lock`: claims one leaf of the oldest unfinished block that has one left, hashes it
  // with the lock released, and records it. False when no leaf was left to claim.
  bool help_one(std::unique_lock<std::mutex>& lock) {
    for (std::uint64_t q = folded_; q < published_; ++q) {
      const std::size_t slot = q % blocks_.size();
      Slot& s = slots_[slot];
      if (s.claimed >= s.leaves) continue;
      hash_next_leaf(lock, slot);
      cv_.notify_all();
      return true;
    }
    return false;
  }
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
  void run() noexcept {
    try {
      run_blocks();
    } catch (...) {
      // Out of memory or the like: stop hashing; the writer still finishes and the digest is
      // left empty for the caller to compute another way.
      std::lock_guard lock(m_);
      failed_ = true;
    }
    cv_.notify_all();
  }
  void run_blocks() {
    for (std::uint64_t next = 0;; ++next) {
      const std::size_t slot = next % blocks_.size();
      std::unique_lock lock(m_);
      cv_.wait(lock, [&] { return abort_ || published_ > next || done_; });
      if (abort_ || published_ <= next) return;  // aborted, or done with everything published
      if (kind_ == SourceDigest::Blake2b) {
        const std::size_t len = slots_[slot].len;
        lock.unlock();
        plain_.update(ByteView(blocks_[slot].data(), len));
        lock.lock();
      } else {
        Slot& s = slots_[slot];
        while (s.claimed < s.leaves) hash_next_leaf(lock, slot);
        cv_.wait(lock, [&] { return abort_ || s.done == s.leaves; });
        if (abort_) return;
        lock.unlock();
        fold(slot);  // the leaf table of this slot is complete and nobody writes it now
        lock.lock();
      }
      folded_ = next + 1;
      lock.unlock();
      cv_.notify_all();
    }
  }

  std::vector<SecureBytes>& blocks_;
  const SourceDigest kind_;
  const std::size_t leaves_per_block_;
  std::vector<Slot> slots_;
  SecureBytes leaf_hashes_;  // blocks × leaves per block × 32, wiped when freed
  crypto::Blake2b root_{crypto::kTreeDigestSize};
  crypto::Blake2b plain_{crypto::kHashSize};
  const bool tree_ok_;
  const bool encryptor_hashes_;
  std::uint64_t expected_total_ = 0;
  std::mutex m_;
  std::condition_variable cv_;
  std::uint64_t published_ = 0;
  std::uint64_t folded_ = 0;
  bool done_ = false;
  bool abort_ = false;
  bool failed_ = false;
  std::thread thread_;  // last: started after everything it uses is constructed
};

// The bytes left in `in` when its buffer can seek (files, string streams), else nothing. The
// position is restored; a stream that seeks to its end but not back is an error.
VaultResult<std::optional<std::uint64_t>> remaining_size(std::istream& in) {
  try {
    std::streambuf* sb = in.rdbuf();
    if (sb == nullptr) return std::optional<std::uint64_t>{};
    const std::streamoff here = sb->pubseekoff(0, std::ios::cur, std::ios::in);
    if (here < 0) return std::optional<std::uint64_t>{};
    const std::streamoff end = sb->pubseekoff(0, std::ios::end, std::ios::in);
    if (end < 0) return std::optional<std::uint64_t>{};
    if (std::streamoff(sb->pubseekpos(here, std::ios::in)) != here)
      return make_error(VaultError::Io, "seek attachment source");
    if (end < here) return std::optional<std::uint64_t>{};
    return std::optional<std::uint64_t>{static_cast<std::uint64_t>(end - here)};
  } catch (...) {
    return make_error(VaultError::Io, "seek attachment source");
  }
}

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
    // The tree digest's root starts with the total size: learn it first if the source can seek.
    std::optional<std::uint64_t> expected;
    if (options.digest == SourceDigest::Tree) {
      AMPARO_TRY(expected, remaining_size(in));
      if (expected && *expected > cap) return make_error(VaultError::AttachmentTooLarge);
    }
    // Whole leaves per block, so that leaf i never spans two blocks.
    const std::size_t leaf = crypto::kTreeDigestLeafSize;
    const std::size_t block_size = (std::max<std::size_t>(options.block_size, 1) + leaf - 1) / leaf * leaf;
    std::vector<SecureBytes> blocks(std::max<std::size_t>(options.blocks, 2));
    for (auto& b : blocks) b.resize(block_size);
    SourceHasher hasher(blocks, block_size, options.digest, expected, options.hash_on_thread,
                        options.encryptor_hashes);
    if (expected) hasher.set_expected_total(*expected);

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
    out.digest = hasher.finish(total);
    out.buffer_bytes = blocks.size() * block_size + hasher.buffer_bytes() + writer.buffer_bytes();
    return out;
  } catch (...) {
    // bad_alloc and the like: an error value, never an exception across the module boundary.
    return make_error(VaultError::Internal, "encrypt attachment");
  }
}

}  // namespace amparo::vault
