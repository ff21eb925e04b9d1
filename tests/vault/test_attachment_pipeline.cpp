// The attachment write path (vault/file_writer.h): EncryptedFileWriter straight to an fd, and
// encrypt_source's read-ahead / hash-on-a-second-thread pipeline. Output must stay
// layout-compatible with crypto::encrypt_stream and readable by crypto::decrypt_stream; errors
// are values and leave nothing behind; memory stays bounded whatever the source size.
#include <fcntl.h>
#include <malloc.h>
#include <unistd.h>

#include <catch2/catch.hpp>
#include <cstring>
#include <random>
#include <sstream>
#include <stdexcept>

#include "crypto/file_cipher.h"
#include "crypto/hash.h"
#include "crypto/random.h"
#include "crypto/tree_digest.h"
#include "helpers.h"
#include "vault/file_writer.h"

using namespace amparo;
using namespace amparo::vault;
using namespace amparo::vault::test;

namespace {

constexpr std::size_t kChunk = crypto::kFileChunkSize;

// A source of `size` deterministic bytes made on the fly (never held whole). It can fail (throw
// from underflow, which istream turns into badbit) after `fail_after` bytes, and it samples the
// process's live heap each time it is asked for more, to bound the pipeline's memory.
class GeneratedSource : public std::streambuf {
 public:
  explicit GeneratedSource(std::uint64_t size, std::uint64_t fail_after = UINT64_MAX)
      : size_(size), fail_after_(fail_after), buf_(64 * 1024) {}
  [[nodiscard]] std::size_t peak_heap() const { return peak_heap_; }
  // The same bytes, for expectations.
  static void fill(std::uint64_t offset, std::uint8_t* dst, std::size_t n) {
    for (std::size_t i = 0; i < n; ++i) {
      const std::uint64_t x = (offset + i) * 0x9E3779B97F4A7C15ULL;
      dst[i] = static_cast<std::uint8_t>((x >> 29) ^ (x >> 47));
    }
  }

 protected:
  int_type underflow() override {
    const auto info = ::mallinfo2();
    peak_heap_ = std::max(peak_heap_, info.uordblks + info.hblkhd);
    if (produced_ >= fail_after_) throw std::runtime_error("source failed");
    if (produced_ >= size_) return traits_type::eof();
    const auto n = static_cast<std::size_t>(
        std::min<std::uint64_t>({buf_.size(), size_ - produced_, fail_after_ - produced_}));
    fill(produced_, buf_.data(), n);
    produced_ += n;
    char* p = reinterpret_cast<char*>(buf_.data());
    setg(p, p, p + n);
    return traits_type::to_int_type(*p);
  }

 private:
  std::uint64_t size_;
  std::uint64_t fail_after_;
  std::uint64_t produced_ = 0;
  std::vector<std::uint8_t> buf_;
  std::size_t peak_heap_ = 0;
};

Bytes generated(std::size_t n) {
  Bytes b(n);
  GeneratedSource::fill(0, b.data(), n);
  return b;
}

std::size_t live_heap() {
  const auto info = ::mallinfo2();
  return info.uordblks + info.hblkhd;
}

struct Written {
  std::string file;
  VaultResult<EncryptedSource> result;
};

Written encrypt_to_file(const stdfs::path& path, std::istream& in, const crypto::SecretBuffer& key,
                        ByteView ad, const EncryptSourceOptions& opt, std::uint64_t cap = UINT64_MAX) {
  const int fd = ::open(path.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0600);
  REQUIRE(fd >= 0);
  auto w = EncryptedFileWriter::start(fd, key, ad);
  REQUIRE(w);
  auto r = encrypt_source(in, *w, cap, opt);
  ::close(fd);
  return {read_all(path), std::move(r)};
}

Bytes decrypt(const std::string& file, const crypto::SecretBuffer& key, ByteView ad) {
  std::istringstream in(file);
  Bytes out;
  auto n = crypto::decrypt_stream(in, key, ad, [&](ByteView c) {
    out.insert(out.end(), c.begin(), c.end());
    return true;
  });
  REQUIRE(n);
  CHECK(*n == out.size());
  return out;
}

std::size_t reference_size(const Bytes& content, const crypto::SecretBuffer& key, ByteView ad) {
  std::istringstream in(std::string(as_chars(content)));
  std::ostringstream out;
  REQUIRE(crypto::encrypt_stream(in, out, key, ad));
  return out.str().size();
}

}  // namespace

TEST_CASE("SR-6 attachment pipeline round-trips every boundary size in the encrypt_stream layout",
          "[vault][attachment]") {
  TempDir tmp;
  const auto key = crypto::random_secret(crypto::kStreamKeySize);
  const Bytes ad = crypto::random_bytes(32);
  // Small blocks (2 chunks, 2 in flight) exercise the read-ahead and buffer reuse; the default
  // (16 chunks, 4 in flight) is what the vault uses.
  EncryptSourceOptions small;
  small.block_size = 2 * kChunk;
  small.blocks = 2;
  for (const bool threaded : {true, false}) {
    for (EncryptSourceOptions opt : {small, EncryptSourceOptions{}}) {
      opt.hash_on_thread = threaded;
      opt.encryptor_hashes = opt.block_size == small.block_size;  // both sharing modes
      for (const std::size_t size :
           {std::size_t{0}, std::size_t{1}, kChunk - 1, kChunk, kChunk + 1, 2 * kChunk, 2 * kChunk + 1,
            16 * kChunk - 1, 16 * kChunk, 16 * kChunk + 1, 37 * kChunk + 5}) {
        INFO("size " << size << " threaded " << threaded << " block " << opt.block_size);
        const Bytes content = generated(size);
        std::istringstream in(std::string(as_chars(content)));
        auto w = encrypt_to_file(tmp / "f", in, key, ad, opt);
        REQUIRE(w.result);
        CHECK(w.result->size == size);
        CHECK(w.result->digest == crypto::TreeDigest::of(content));
        CHECK(w.file.size() == reference_size(content, key, ad));
        CHECK(decrypt(w.file, key, ad) == content);
      }
    }
  }
}

TEST_CASE("EncryptedFileWriter: arbitrary write splits and block writes give readable files",
          "[vault][attachment]") {
  TempDir tmp;
  const auto key = crypto::random_secret(crypto::kStreamKeySize);
  const Bytes ad = crypto::random_bytes(16);
  std::mt19937 rng(7);
  for (int round = 0; round < 12; ++round) {
    const std::size_t size = std::uniform_int_distribution<std::size_t>(0, 5 * kChunk)(rng);
    const Bytes content = generated(size);
    const int fd = ::open((tmp / "w").c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0600);
    REQUIRE(fd >= 0);
    auto w = EncryptedFileWriter::start(fd, key, ad);
    REQUIRE(w);
    std::size_t off = 0;
    while (off < size) {
      const std::size_t n =
          std::min(size - off, std::uniform_int_distribution<std::size_t>(1, 3 * kChunk)(rng));
      const bool more = off + n < size;
      // Mix the "unknown" and the "more follows" forms.
      if (round % 2 == 0 || !more) {
        REQUIRE(w->write(ByteView(content.data() + off, n)));
      } else {
        REQUIRE(w->write_block(ByteView(content.data() + off, n), false));
      }
      off += n;
    }
    REQUIRE(w->finish());
    REQUIRE(w->finish());  // idempotent
    CHECK(w->plaintext_size() == size);
    CHECK_FALSE(w->write(as_bytes("late")));
    ::close(fd);
    INFO("round " << round << " size " << size);
    CHECK(decrypt(read_all(tmp / "w"), key, ad) == content);
  }
}

TEST_CASE("attachment pipeline: cap, failing source and failing disk are errors, never exceptions",
          "[vault][attachment]") {
  TempDir tmp;
  const auto key = crypto::random_secret(crypto::kStreamKeySize);
  for (const bool threaded : {true, false}) {
    EncryptSourceOptions opt;
    opt.hash_on_thread = threaded;
    {
      GeneratedSource src(300000);
      std::istream in(&src);
      auto w = encrypt_to_file(tmp / "cap", in, key, {}, opt, 200000);
      REQUIRE_FALSE(w.result);
      CHECK(w.result.error().code == VaultError::AttachmentTooLarge);
    }
    {
      GeneratedSource src(5 << 20, 3 << 20);  // fails after 3 MiB
      std::istream in(&src);
      auto w = encrypt_to_file(tmp / "fail", in, key, {}, opt);
      REQUIRE_FALSE(w.result);
      CHECK(w.result.error().code == VaultError::Io);
    }
    {
      GeneratedSource src(5 << 20, 100);
      std::istream in(&src);
      in.exceptions(std::ios::badbit);  // the caller asked for exceptions: still a value
      auto w = encrypt_to_file(tmp / "throw", in, key, {}, opt);
      REQUIRE_FALSE(w.result);
      CHECK(w.result.error().code == VaultError::Io);
    }
    {
      const int fd = ::open("/dev/full", O_WRONLY | O_CLOEXEC);
      if (fd >= 0) {
        auto w = EncryptedFileWriter::start(fd, key, {});
        REQUIRE(w);
        GeneratedSource src(3 << 20);
        std::istream in(&src);
        auto r = encrypt_source(in, *w, UINT64_MAX, opt);
        REQUIRE_FALSE(r);
        CHECK(r.error().code == VaultError::Io);
        CHECK_FALSE(w->finish());  // a failed writer never reports a finished file
        ::close(fd);
      }
    }
  }
}

TEST_CASE("SR-6 a source failing mid-way leaves no attachment row and no file", "[vault][attachment]") {
  TempDir tmp;
  auto v = Vault::create(tmp / "v", pass("passphrase one"), fast_options());
  REQUIRE(v);
  auto id = v->add_note(simple_note("n"));
  REQUIRE(id);
  for (const std::uint64_t fail_after : {std::uint64_t{0}, std::uint64_t{70000}, std::uint64_t{3} << 20}) {
    for (const bool exceptions : {false, true}) {
      INFO("fail after " << fail_after << " exceptions " << exceptions);
      GeneratedSource src(8 << 20, fail_after);
      std::istream in(&src);
      if (exceptions) in.exceptions(std::ios::badbit | std::ios::failbit);
      auto r = v->add_attachment(*id, in, "broken.bin", "application/octet-stream");
      REQUIRE_FALSE(r);
      CHECK(r.error().code == VaultError::Io);
      auto list = v->attachments(*id);
      REQUIRE(list);
      CHECK(list->empty());
      CHECK(count_files(tmp / "v" / "files") == 0);  // no ciphertext, no .tmp- leftover
    }
  }
  // A stream that could not even be opened is an error, not an empty attachment.
  std::ifstream missing(tmp / "does-not-exist", std::ios::binary);
  auto none = v->add_attachment(*id, missing, "missing.bin", "application/octet-stream");
  REQUIRE_FALSE(none);
  CHECK(none.error().code == VaultError::Io);
  CHECK(count_files(tmp / "v" / "files") == 0);
  // A caller that asked for exceptions (failbit included) still gets a normal end of file.
  GeneratedSource ok(100000);
  std::istream in(&ok);
  in.exceptions(std::ios::badbit | std::ios::failbit);
  auto good = v->add_attachment(*id, in, "ok.bin", "application/octet-stream");
  REQUIRE(good);
  CHECK(good->size == 100000);
  // A source that cannot seek: the digest comes from a second pass over the encrypted file.
  CHECK(good->digest_kind == DigestKind::Tree);
  CHECK(good->digest == crypto::TreeDigest::of(generated(100000)));
  CHECK(count_files(tmp / "v" / "files") == 1);
  auto rep = v->verify();
  REQUIRE(rep);
  CHECK(rep->ok());
}

TEST_CASE("SR-6 adding a large attachment keeps memory bounded", "[vault][attachment]") {
  TempDir tmp;
  auto v = Vault::create(tmp / "v", pass("passphrase one"), fast_options());
  REQUIRE(v);
  auto id = v->add_note(simple_note("big"));
  REQUIRE(id);
  constexpr std::uint64_t kSize = 40ULL << 20;
  GeneratedSource src(kSize);
  std::istream in(&src);
  const std::size_t before = live_heap();
  auto info = v->add_attachment(*id, in, "big.bin", "application/octet-stream");
  REQUIRE(info);
  CHECK(info->size == kSize);
  // The pipeline holds a few 1 MiB blocks and one output batch, whatever the source size.
  const std::size_t growth = src.peak_heap() > before ? src.peak_heap() - before : 0;
  INFO("peak heap growth " << growth);
  CHECK(growth < (12u << 20));
  // Same bytes back, same digest as the single-threaded reference over the generated bytes.
  crypto::TreeDigest expect(kSize);
  std::uint64_t offset = 0;
  bool same = true;
  Bytes want;
  auto n = v->read_attachment(info->id, [&](ByteView chunk) {
    want.resize(chunk.size());
    GeneratedSource::fill(offset, want.data(), want.size());
    same = same && std::memcmp(want.data(), chunk.data(), chunk.size()) == 0;
    expect.update(chunk);
    offset += chunk.size();
    return true;
  });
  REQUIRE(n);
  CHECK(*n == kSize);
  CHECK(same);
  CHECK(expect.finish() == info->digest);
}

TEST_CASE("SR-6 the tree digest is computed on both threads and equals the reference",
          "[vault][attachment]") {
  TempDir tmp;
  const auto key = crypto::random_secret(crypto::kStreamKeySize);
  const Bytes ad = crypto::random_bytes(32);
  const Bytes content = generated(9 * 1024 * 1024 + 4321);  // many blocks, a short last leaf
  const Bytes expected = crypto::TreeDigest::of(content);
  struct Mode {
    bool threaded, encryptor_hashes;
    std::size_t block_size, blocks;
  };
  for (const Mode m : {Mode{true, true, 16 * kChunk, 4}, Mode{true, false, 16 * kChunk, 4},
                       Mode{true, true, 3 * kChunk, 2}, Mode{false, true, 16 * kChunk, 4},
                       Mode{true, true, 1000, 3}}) {  // block size rounded up to whole leaves
    INFO("threaded " << m.threaded << " stealing " << m.encryptor_hashes << " block " << m.block_size);
    EncryptSourceOptions opt;
    opt.hash_on_thread = m.threaded;
    opt.encryptor_hashes = m.encryptor_hashes;
    opt.block_size = m.block_size;
    opt.blocks = m.blocks;
    std::istringstream in(std::string(as_chars(content)));
    auto w = encrypt_to_file(tmp / "f", in, key, ad, opt);
    REQUIRE(w.result);
    CHECK(w.result->digest == expected);
    // Memory: blocks, their leaf hashes and the writer; nothing grows with the file.
    CHECK(w.result->buffer_bytes < (m.blocks + 1) * std::max<std::size_t>(m.block_size, kChunk) + (1u << 20));
    CHECK(decrypt(w.file, key, ad) == content);
  }
  // Plain BLAKE2b (vaults still at an old schema) stays available.
  EncryptSourceOptions plain;
  plain.digest = SourceDigest::Blake2b;
  std::istringstream in(std::string(as_chars(content)));
  auto w = encrypt_to_file(tmp / "g", in, key, ad, plain);
  REQUIRE(w.result);
  CHECK(w.result->digest == crypto::blake2b(content));
  // A source positioned after its start: the digest covers the rest only.
  std::istringstream part(std::string(as_chars(content)));
  part.seekg(100000);
  auto rest = encrypt_to_file(tmp / "h", part, key, ad, EncryptSourceOptions{});
  REQUIRE(rest.result);
  CHECK(rest.result->size == content.size() - 100000);
  CHECK(rest.result->digest == crypto::TreeDigest::of(ByteView(content).subspan(100000)));
  // A source that cannot seek: no digest here (the vault computes it in a second pass).
  GeneratedSource gen(300000);
  std::istream unseekable(&gen);
  auto u = encrypt_to_file(tmp / "i", unseekable, key, ad, EncryptSourceOptions{});
  REQUIRE(u.result);
  CHECK(u.result->size == 300000);
  CHECK(u.result->digest.empty());
}
