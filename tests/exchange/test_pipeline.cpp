// The bundle cipher / digest pipeline (core/exchange/chunk_pipeline.h): digests equal the reference
// for every size, piece pattern and helper count, and every failure in the middle of a streamed
// attachment (damaged chunk, content that does not match its signed digest, a failing source) is an
// error value that leaves nothing behind.
#include <catch2/catch.hpp>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "crypto/random.h"
#include "exchange/chunk_pipeline.h"
#include "exchange/digest.h"
#include "exchange/intake.h"
#include "support.h"

using namespace amparo;
using namespace amparo::exchange;
using namespace amparo::exchange::test;
namespace fs = std::filesystem;

namespace {

struct TempDir {
  fs::path path;
  TempDir() {
    path = fs::temp_directory_path() / ("amparo-pipeline-test-" + crypto::random_id(8));
    fs::create_directories(path);
  }
  ~TempDir() {
    std::error_code ec;
    fs::remove_all(path, ec);
  }
  [[nodiscard]] std::vector<std::string> entries() const {
    std::vector<std::string> names;
    for (const auto& e : fs::directory_iterator(path)) names.push_back(e.path().filename().string());
    std::sort(names.begin(), names.end());
    return names;
  }
};

// Feeds `content` through a pipeline the way the writer does: copied into chunk slots after a
// `skew`-byte record prefix, `piece` bytes at a time, each piece digested in place.
ExchangeResult<Bytes> pipeline_digest(ByteView content, unsigned helpers, std::size_t piece,
                                      std::size_t skew) {
  detail::ChunkPipeline pipe(helpers);
  MutableByteView slot = pipe.next_slot();
  std::size_t used = skew;
  pipe.begin_digest(content.size());
  while (!content.empty()) {
    if (used == slot.size()) {
      slot = pipe.next_slot();
      used = 0;
    }
    const std::size_t n = std::min({piece, content.size(), slot.size() - used});
    std::memcpy(slot.data() + used, content.data(), n);
    AMPARO_TRY_VOID(pipe.digest(ByteView(slot.data() + used, n)));
    used += n;
    content = content.subspan(n);
  }
  return pipe.finish_digest();
}

void write_file(const fs::path& p, const Bytes& b) {
  std::ofstream(p, std::ios::binary)
      .write(reinterpret_cast<const char*>(b.data()), static_cast<std::streamsize>(b.size()));
}

}  // namespace

TEST_CASE("SR-23 attachment digest: the pipeline equals the reference", "[exchange][SR-23][digest]") {
  Bytes data(20 * kDigestLeafSize + 123);
  crypto::random_fill(data);
  const std::size_t sizes[] = {
      0, 1, kDigestLeafSize - 1, kDigestLeafSize, kDigestLeafSize + 1, 3 * kDigestLeafSize + 5, data.size()};
  for (const unsigned helpers : {0u, 1u, 3u}) {
    for (const std::size_t size : sizes) {
      const ByteView content(data.data(), size);
      const Bytes expected = AttachmentDigest::of(content);
      for (const std::size_t piece : {std::size_t{10000}, kDigestLeafSize, std::size_t{7} << 10}) {
        for (const std::size_t skew : {std::size_t{0}, std::size_t{37}, kBundleChunkSize - 1}) {
          INFO("helpers " << helpers << " size " << size << " piece " << piece << " skew " << skew);
          auto got = pipeline_digest(content, helpers, piece, skew);
          REQUIRE(got);
          CHECK(got.value() == expected);
        }
      }
    }
  }
  // The reference over uneven updates equals the one-shot.
  AttachmentDigest d(data.size());
  for (std::size_t off = 0; off < data.size(); off += 999)
    d.update(ByteView(data.data() + off, std::min<std::size_t>(999, data.size() - off)));
  CHECK(d.finish() == AttachmentDigest::of(data));
  // Different sizes or contents give different digests (the size is part of the root).
  CHECK(AttachmentDigest::of(ByteView(data.data(), 10)) != AttachmentDigest::of(ByteView(data.data(), 11)));
}

TEST_CASE("SR-23 attachment digest: misuse is an error value", "[exchange][SR-23][digest]") {
  Bytes data(3 * kDigestLeafSize);
  crypto::random_fill(data);
  for (const unsigned helpers : {0u, 1u}) {
    {
      detail::ChunkPipeline pipe(helpers);
      MutableByteView slot = pipe.next_slot();
      pipe.begin_digest(100);
      std::memcpy(slot.data(), data.data(), 50);
      REQUIRE(pipe.digest(ByteView(slot.data(), 50)));
      CHECK_FALSE(pipe.finish_digest());  // fewer bytes than declared
    }
    {
      detail::ChunkPipeline pipe(helpers);
      MutableByteView slot = pipe.next_slot();
      pipe.begin_digest(10);
      CHECK_FALSE(pipe.digest(ByteView(slot.data(), 11)));  // more than declared
    }
    {
      detail::ChunkPipeline pipe(helpers);
      (void)pipe.next_slot();
      pipe.begin_digest(10);
      CHECK_FALSE(pipe.digest(ByteView(data.data(), 10)));  // not inside a chunk slot
    }
    {
      // Abandoned half-way with leaves still queued: the destructor stops cleanly.
      detail::ChunkPipeline pipe(helpers);
      pipe.begin_digest(data.size() * 4);
      for (int i = 0; i < 12; ++i) {
        MutableByteView slot = pipe.next_slot();
        std::memcpy(slot.data(), data.data(), slot.size());
        REQUIRE(pipe.digest(slot));
      }
    }
  }
}

TEST_CASE("SR-23 many small and large attachments round trip through the pipeline", "[exchange][SR-23]") {
  const Org org = make_org("Aid");
  MemorySource src;
  std::vector<Bytes> contents;
  const auto n1 = src.add_note({"one"});
  const auto n2 = src.add_note({"two", "three"});
  for (int i = 0; i < 40; ++i) {
    Bytes c(static_cast<std::size_t>(i * 37 % 300));
    crypto::random_fill(c);
    src.add_attachment(i % 2 ? n1 : n2, c, "small-" + std::to_string(i));
  }
  Bytes big(5 * kBundleChunkSize + 4321);
  crypto::random_fill(big);
  src.add_attachment(n2, big, "big.bin");
  Bytes exact(kBundleChunkSize);
  crypto::random_fill(exact);
  src.add_attachment(n2, exact, "exact.bin");

  struct Collect final : AttachmentSink {
    std::vector<Bytes> files;
    ExchangeResult<void> begin(std::size_t, const SourceAttachment&) override {
      files.emplace_back();
      return {};
    }
    ExchangeResult<void> write(ByteView d) override {
      append_bytes(files.back(), d);
      return {};
    }
    ExchangeResult<void> end() override { return {}; }
  } sink;
  const Bytes bundle = export_bytes(src, org.card);
  std::istringstream in(std::string(bundle.begin(), bundle.end()));
  auto opened = open_bundle(in, org.keys, &sink);
  REQUIRE(opened);
  REQUIRE(opened.value().attachments.size() == 42);
  REQUIRE(sink.files.size() == 42);
  for (std::size_t i = 0; i < 42; ++i) {
    const auto& a = opened.value().attachments[i];
    const Bytes& expected = src.content_.at(a.id);
    CHECK(sink.files[i] == expected);
    CHECK(a.content_hash == AttachmentDigest::of(expected));
  }
}

TEST_CASE("SR-24 a failure in the middle of a streamed attachment leaves nothing", "[exchange][SR-24]") {
  TempDir tmp;
  const Org org = make_org("Aid");
  MemorySource src;
  const auto n = src.add_note({"one", "two"});
  Bytes content(40 * kBundleChunkSize + 99);  // spans far more chunks than the pipeline has slots
  crypto::random_fill(content);
  src.add_attachment(n, content, "video.mp4");
  const Bytes bundle = export_bytes(src, org.card);
  const auto spans = chunk_spans(bundle);
  REQUIRE(spans.size() > 20);
  const auto before = tmp.entries();

  // A flipped byte in chunk 20: the chunks before it have been streamed to the staging folder.
  {
    Bytes b = bundle;
    b[spans[20].first + 500] ^= 0x40;
    const fs::path p = tmp.path / "flipped.amparo";
    write_file(p, b);
    auto r = open_to_folder(p, org.keys, tmp.path / "out", tmp.path / "senders.txt", kNow);
    REQUIRE_FALSE(r);
    CHECK(r.error().code == ExchangeError::ChunkAuthFailed);
    CHECK(r.error().detail == "chunk 20");
    CHECK_FALSE(fs::exists(tmp.path / "out"));
    fs::remove(p);
    CHECK(tmp.entries() == before);
  }
  // Every chunk authentic, but one content byte differs from what the sender signed (the bundle was
  // decrypted and re-encrypted by someone holding the organization key): the digest catches it.
  {
    Bytes plain = decrypt_plaintext(bundle, org.keys);
    // The content starts after the info, note and attachment-metadata records; change a byte well
    // inside it.
    const auto at = std::search(plain.begin(), plain.end(), content.begin() + 1000, content.begin() + 1064);
    REQUIRE(at != plain.end());
    *(at + 30 * static_cast<std::ptrdiff_t>(kBundleChunkSize)) ^= 1;
    const fs::path p = tmp.path / "resealed.amparo";
    write_file(p, seal_plaintext(plain, org.card));
    auto r = open_to_folder(p, org.keys, tmp.path / "out", tmp.path / "senders.txt", kNow);
    REQUIRE_FALSE(r);
    CHECK(r.error().code == ExchangeError::AttachmentHashMismatch);
    CHECK_FALSE(fs::exists(tmp.path / "out"));
    fs::remove(p);
    CHECK(tmp.entries() == before);
  }
  // The intact bundle opens, and the file is exactly the content.
  {
    const fs::path p = tmp.path / "good.amparo";
    write_file(p, bundle);
    auto r = open_to_folder(p, org.keys, tmp.path / "out", {}, kNow);
    REQUIRE(r);
    std::ifstream f(tmp.path / "out" / r.value().attachment_files[0], std::ios::binary);
    const std::string got((std::istreambuf_iterator<char>(f)), std::istreambuf_iterator<char>());
    CHECK(Bytes(got.begin(), got.end()) == content);
  }
}

TEST_CASE("SR-23 a source failing in the middle of an attachment leaves no bundle", "[exchange][SR-23]") {
  TempDir tmp;
  const Org org = make_org("Aid");

  // Fails after `fail_after` bytes of a large attachment, or sends more than it recorded.
  struct FlakySource final : BundleSource {
    MemorySource inner;
    std::uint64_t fail_after = 0;
    bool overrun = false;
    ExchangeResult<std::vector<std::string>> all_note_ids() override { return inner.all_note_ids(); }
    ExchangeResult<std::vector<SourceRevision>> history(const std::string& id) override {
      return inner.history(id);
    }
    ExchangeResult<std::vector<SourceAttachment>> attachments(const std::string& id) override {
      return inner.attachments(id);
    }
    ExchangeResult<std::uint64_t> read_attachment(const std::string& id,
                                                  const std::function<bool(ByteView)>& sink) override {
      const Bytes& c = inner.content_.at(id);
      std::uint64_t sent = 0;
      for (std::size_t off = 0; off < c.size(); off += 30000) {
        const std::size_t n = std::min<std::size_t>(30000, c.size() - off);
        if (!overrun && sent >= fail_after) return make_error(ExchangeError::SourceFailed, "disk error");
        if (!sink(ByteView(c.data() + off, n))) return make_error(ExchangeError::Io, "stopped");
        sent += n;
      }
      if (overrun && !sink(ByteView(c.data(), 1))) return make_error(ExchangeError::Io, "stopped");
      return sent + (overrun ? 1 : 0);
    }
    Bytes signing_public_key() override { return inner.signing_public_key(); }
    ExchangeResult<Bytes> sign(ByteView m) override { return inner.sign(m); }
  };
  FlakySource src;
  const auto n = src.inner.add_note({"one"});
  Bytes content(30 * kBundleChunkSize);
  crypto::random_fill(content);
  src.inner.add_attachment(n, content);
  const auto before = tmp.entries();

  src.fail_after = 20 * kBundleChunkSize;
  ExportOptions opts;
  opts.now = kNow;
  auto r = write_bundle_file(src, org.card, tmp.path / "x.amparo", opts);
  REQUIRE_FALSE(r);
  CHECK(r.error().code == ExchangeError::SourceFailed);
  CHECK(tmp.entries() == before);

  src.fail_after = UINT64_MAX;
  src.overrun = true;
  r = write_bundle_file(src, org.card, tmp.path / "x.amparo", opts);
  REQUIRE_FALSE(r);
  CHECK(r.error().code == ExchangeError::SourceFailed);
  CHECK(tmp.entries() == before);

  src.overrun = false;
  r = write_bundle_file(src, org.card, tmp.path / "x.amparo", opts);
  REQUIRE(r);
  std::ifstream in(tmp.path / "x.amparo", std::ios::binary);
  CHECK(open_bundle(in, org.keys, nullptr));
}

TEST_CASE("SR-23 a digest stored by the source is signed as is and still checked at intake",
          "[exchange][SR-23][SR-24]") {
  TempDir tmp;
  const Org org = make_org("Aid");
  MemorySource src;
  const auto n = src.add_note({"one"});
  Bytes content(3 * kBundleChunkSize + 10);
  crypto::random_fill(content);
  const auto id = src.add_attachment(n, content, "video.mp4");
  auto& att = src.atts_[n].front();
  REQUIRE(att.id == id);

  // The right digest: the bundle is the same as one whose digest the writer computed.
  att.stored_digest = AttachmentDigest::of(content);
  auto good = open_bytes(export_bytes(src, org.card), org.keys);
  REQUIRE(good);
  CHECK(good.value().attachments[0].content_hash == att.stored_digest);

  // A wrong one is signed (the writer does not re-hash) but the bundle never verifies, and
  // amparo-intake open leaves nothing.
  att.stored_digest[5] ^= 1;
  const Bytes bad = export_bytes(src, org.card);
  CHECK(open_bytes(bad, org.keys).error().code == ExchangeError::AttachmentHashMismatch);
  const auto before = tmp.entries();
  const fs::path p = tmp.path / "bad.amparo";
  write_file(p, bad);
  auto r = open_to_folder(p, org.keys, tmp.path / "out", tmp.path / "senders.txt", kNow);
  REQUIRE_FALSE(r);
  CHECK(r.error().code == ExchangeError::AttachmentHashMismatch);
  fs::remove(p);
  CHECK(tmp.entries() == before);

  // A digest of the wrong length is refused at export.
  att.stored_digest.resize(16);
  std::ostringstream out;
  ExportOptions opts;
  opts.now = kNow;
  auto refused = write_bundle(src, org.card, out, opts);
  REQUIRE_FALSE(refused);
  CHECK(refused.error().code == ExchangeError::SourceFailed);
}
