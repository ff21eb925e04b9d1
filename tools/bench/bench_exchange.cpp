// bench_exchange: export/open throughput of a bundle with one large attachment, against raw
// crypto_secretstream (same chunk size, same run), peak RSS of each phase (child processes, so each
// figure is that phase's own peak), and the time to open 1,000 bundles of ordinary notes.
// Usage: bench_exchange [--quick (20 MiB, 200 bundles)] [--size-mb N (100)] [--bundles N (1000)]
//                       [--dir DIR (current folder)]
// Prints one "key: value" line per figure. The target: export and open >= 70 % of raw.
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "crypto/hash.h"
#include "crypto/init.h"
#include "crypto/random.h"
#include "crypto/stream.h"
#include "exchange/bundle.h"
#include "exchange/card.h"
#include "exchange/org_secret.h"
#include "vault/note.h"

using namespace amparo;
namespace fs = std::filesystem;
using Clock = std::chrono::steady_clock;

namespace {

constexpr std::uint64_t kNow = 1795000000;

// One note (two revisions) with one attachment of `size` pseudo-random bytes generated on the fly.
class BenchSource final : public exchange::BundleSource {
 public:
  explicit BenchSource(std::uint64_t attachment_size)
      : size_(attachment_size), key_(crypto::SigningKeyPair::generate()) {
    id_ = crypto::random_id(16);
    Bytes prev = vault::genesis_hash();
    for (std::uint32_t n = 1; n <= 2; ++n) {
      vault::RevisionContent c;
      c.note_id = id_;
      c.number = n;
      c.saved_at = 1790000000 + n;
      c.fields.title = vault::to_text("Traffic stop");
      c.fields.narrative = vault::to_text(std::string(600, 'x'));
      c.fields.agency = vault::Agency::LocalPolice287g;
      exchange::SourceRevision r;
      r.number = n;
      r.canonical = vault::encode_revision(c).value();
      r.hash = vault::chain_hash(prev, vault::view(r.canonical));
      prev = r.hash;
      revs_.push_back(std::move(r));
    }
    block_ = crypto::random_bytes(64 * 1024);
  }
  exchange::ExchangeResult<std::vector<std::string>> all_note_ids() override {
    return std::vector<std::string>{id_};
  }
  exchange::ExchangeResult<std::vector<exchange::SourceRevision>> history(const std::string&) override {
    std::vector<exchange::SourceRevision> out;
    for (const auto& r : revs_) out.push_back({r.number, r.canonical, r.hash});
    return out;
  }
  exchange::ExchangeResult<std::vector<exchange::SourceAttachment>> attachments(const std::string&) override {
    if (size_ == 0) return std::vector<exchange::SourceAttachment>{};
    exchange::SourceAttachment a;
    a.id = std::string(32, 'a');
    a.note_id = id_;
    a.name = "video.mp4";
    a.mime = "video/mp4";
    a.size = size_;
    return std::vector<exchange::SourceAttachment>{a};
  }
  exchange::ExchangeResult<std::uint64_t> read_attachment(
      const std::string&, const std::function<bool(ByteView)>& sink) override {
    std::uint64_t left = size_;
    while (left > 0) {
      const auto n = static_cast<std::size_t>(std::min<std::uint64_t>(left, block_.size()));
      block_[0]++;
      if (!sink(ByteView(block_.data(), n))) return make_error(exchange::ExchangeError::Io, "sink");
      left -= n;
    }
    return size_;
  }
  Bytes signing_public_key() override { return key_.public_key; }
  exchange::ExchangeResult<Bytes> sign(ByteView m) override {
    return crypto::sign_detached(key_.secret_key, m).value();
  }

 private:
  std::uint64_t size_;
  crypto::SigningKeyPair key_;
  std::string id_;
  std::vector<exchange::SourceRevision> revs_;
  Bytes block_;
};

struct NullSink final : exchange::AttachmentSink {
  exchange::ExchangeResult<void> begin(std::size_t, const exchange::SourceAttachment&) override { return {}; }
  exchange::ExchangeResult<void> write(ByteView d) override {
    bytes += d.size();
    return {};
  }
  exchange::ExchangeResult<void> end() override { return {}; }
  std::uint64_t bytes = 0;
};

double seconds_since(Clock::time_point t0) {
  return std::chrono::duration<double>(Clock::now() - t0).count();
}

// Runs `fn` in a child process; returns {seconds reported by the child, child's peak RSS in KiB}.
template <class Fn>
std::pair<double, long> in_child(Fn fn) {
  int fds[2];
  if (::pipe(fds) != 0) return {-1, -1};
  const pid_t pid = ::fork();
  if (pid == 0) {
    ::close(fds[0]);
    double s = fn();
    (void)!::write(fds[1], &s, sizeof s);
    ::_exit(s < 0 ? 1 : 0);
  }
  ::close(fds[1]);
  double s = -1;
  (void)!::read(fds[0], &s, sizeof s);
  ::close(fds[0]);
  int status = 0;
  rusage ru{};
  ::wait4(pid, &status, 0, &ru);
  return {s, ru.ru_maxrss};
}

}  // namespace

int main(int argc, char** argv) {
  if (!crypto::initialize()) return 2;
  std::uint64_t mb = 100;
  std::size_t bundles = 1000;
  fs::path dir = fs::current_path();
  for (int i = 1; i < argc; ++i) {
    const std::string a = argv[i];
    const bool has_value = i + 1 < argc;
    if (a == "--quick") {
      mb = 20;
      bundles = 200;
    } else if (a == "--size-mb" && has_value) {
      mb = std::stoull(argv[++i]);
    } else if (a == "--bundles" && has_value) {
      bundles = std::stoul(argv[++i]);
    } else if (a == "--dir" && has_value) {
      dir = argv[++i];
    }
  }
  const std::uint64_t size = mb << 20;
  const fs::path work = dir / (".bench-exchange-" + crypto::random_id(6));
  fs::create_directories(work);
  const fs::path file = work / "big.amparo";

  auto org = exchange::OrgKeys::generate();
  exchange::CardFields f{"Bench Aid", "", "", "", kNow - 10, kNow + 86400 * 365};
  const auto card = exchange::make_card(f, org.sign, org.box.public_key).value();

  // Raw crypto_secretstream, 64 KiB chunks, in memory: push and pull of `size` bytes.
  auto [raw_push_s, raw_push_rss] = in_child([&] {
    auto key = crypto::random_secret(32);
    auto enc = crypto::StreamEncryptor::start(key).value();
    Bytes block = crypto::random_bytes(exchange::kBundleChunkSize);
    const auto t0 = Clock::now();
    for (std::uint64_t left = size; left > 0;) {
      const auto n = static_cast<std::size_t>(std::min<std::uint64_t>(left, block.size()));
      block[0]++;
      auto ct = enc.push(ByteView(block.data(), n), ByteView(block.data(), 146), left == n);
      left -= n;
    }
    return seconds_since(t0);
  });
  auto [raw_pull_s, raw_pull_rss] = in_child([&] {
    auto key = crypto::random_secret(32);
    auto enc = crypto::StreamEncryptor::start(key).value();
    Bytes block = crypto::random_bytes(exchange::kBundleChunkSize);
    const Bytes ad(146, 7);
    const Bytes ct = enc.push(block, ad, false);
    // Pull needs a matching stream: re-encrypt per chunk is not possible, so time pulls of a stream
    // pre-encrypted in 16 MiB windows (memory bounded), excluding the encryption time.
    double total = 0;
    for (std::uint64_t done = 0; done < size;) {
      auto e = crypto::StreamEncryptor::start(key).value();
      std::vector<Bytes> window;
      std::uint64_t w = 0;
      while (w < (16u << 20) && done + w < size) {
        const auto n = static_cast<std::size_t>(std::min<std::uint64_t>(size - done - w, block.size()));
        window.push_back(e.push(ByteView(block.data(), n), ad, false));
        w += n;
      }
      auto d = crypto::StreamDecryptor::start(key, e.header()).value();
      const auto t0 = Clock::now();
      for (const auto& c : window) {
        auto p = d.pull(c, ad);
        if (!p) return -1.0;
      }
      total += seconds_since(t0);
      done += w;
    }
    (void)ct;
    return total;
  });

  // Raw secretstream into a file with fsync: the same disk work as exporting to a file.
  const fs::path raw_file = work / "raw.bin";
  auto [raw_file_s, raw_file_rss] = in_child([&] {
    auto key = crypto::random_secret(32);
    auto enc = crypto::StreamEncryptor::start(key).value();
    Bytes block = crypto::random_bytes(exchange::kBundleChunkSize);
    std::FILE* fp = std::fopen(raw_file.c_str(), "wb");
    if (!fp) return -1.0;
    const auto t0 = Clock::now();
    for (std::uint64_t left = size; left > 0;) {
      const auto n = static_cast<std::size_t>(std::min<std::uint64_t>(left, block.size()));
      block[0]++;
      auto ct = enc.push(ByteView(block.data(), n), ByteView(block.data(), 146), left == n);
      std::fwrite(ct.data(), 1, ct.size(), fp);
      left -= n;
    }
    std::fflush(fp);
    (void)::fsync(::fileno(fp));
    std::fclose(fp);
    return seconds_since(t0);
  });
  std::error_code rm_ec;
  fs::remove(raw_file, rm_ec);

  // Export to a file, then open (verify + stream the attachment to a null sink) from that file.
  auto [export_s, export_rss] = in_child([&] {
    BenchSource src(size);
    exchange::ExportOptions o;
    o.now = kNow;
    const auto t0 = Clock::now();
    auto r = exchange::write_bundle_file(src, card, file, o);
    return r ? seconds_since(t0) : -1.0;
  });
  // The same export into a discarding stream (no disk, no fsync): the crypto/format path alone.
  auto [export_null_s, export_null_rss] = in_child([&] {
    struct NullBuf : std::streambuf {
      int overflow(int c) override { return c; }
      std::streamsize xsputn(const char*, std::streamsize n) override { return n; }
    } nb;
    std::ostream out(&nb);
    BenchSource src(size);
    exchange::ExportOptions o;
    o.now = kNow;
    const auto t0 = Clock::now();
    auto r = exchange::write_bundle(src, card, out, o);
    return r ? seconds_since(t0) : -1.0;
  });
  auto [open_s, open_rss] = in_child([&] {
    std::ifstream in(file, std::ios::binary);
    NullSink sink;
    const auto t0 = Clock::now();
    auto r = exchange::open_bundle(in, org, &sink);
    return r && sink.bytes == size ? seconds_since(t0) : -1.0;
  });
  // Peak RSS with a tiny attachment, to show memory does not grow with attachment size.
  const fs::path small_file = work / "small.amparo";
  auto [small_export_s, small_export_rss] = in_child([&] {
    BenchSource src(1 << 20);
    exchange::ExportOptions o;
    o.now = kNow;
    const auto t0 = Clock::now();
    return exchange::write_bundle_file(src, card, small_file, o) ? seconds_since(t0) : -1.0;
  });
  auto [small_open_s, small_open_rss] = in_child([&] {
    std::ifstream in(small_file, std::ios::binary);
    NullSink sink;
    const auto t0 = Clock::now();
    return exchange::open_bundle(in, org, &sink) ? seconds_since(t0) : -1.0;
  });

  // 1,000 bundles of ordinary notes (two revisions, no attachment), opened from files.
  std::vector<fs::path> files;
  for (std::size_t i = 0; i < bundles; ++i) {
    BenchSource src(0);
    exchange::ExportOptions o;
    o.now = kNow;
    files.push_back(work / ("n" + std::to_string(i) + ".amparo"));
    if (!exchange::write_bundle_file(src, card, files.back(), o)) return 1;
  }
  const auto t0 = Clock::now();
  for (const auto& p : files) {
    std::ifstream in(p, std::ios::binary);
    if (!exchange::open_bundle(in, org, nullptr)) return 1;
  }
  const double many_s = seconds_since(t0);
  std::error_code ec;
  fs::remove_all(work, ec);

  const double mib = static_cast<double>(size) / (1 << 20);
  auto rate = [&](double s) { return s > 0 ? mib / s : 0.0; };
  std::printf("attachment_mib: %.0f\n", mib);
  std::printf("raw_secretstream_push_mib_s: %.1f\n", rate(raw_push_s));
  std::printf("raw_secretstream_pull_mib_s: %.1f\n", rate(raw_pull_s));
  std::printf("raw_secretstream_to_file_fsync_mib_s: %.1f\n", rate(raw_file_s));
  std::printf("export_mib_s: %.1f\n", rate(export_s));
  std::printf("export_no_disk_mib_s: %.1f\n", rate(export_null_s));
  std::printf("open_mib_s: %.1f\n", rate(open_s));
  std::printf("export_vs_raw: %.2f\n", raw_push_s > 0 && export_s > 0 ? raw_push_s / export_s : 0.0);
  std::printf("export_vs_raw_to_file: %.2f\n", raw_file_s > 0 && export_s > 0 ? raw_file_s / export_s : 0.0);
  std::printf("export_no_disk_vs_raw: %.2f\n",
              raw_push_s > 0 && export_null_s > 0 ? raw_push_s / export_null_s : 0.0);
  std::printf("open_vs_raw: %.2f\n", raw_pull_s > 0 && open_s > 0 ? raw_pull_s / open_s : 0.0);
  std::printf("peak_rss_kib_export_%.0fmib: %ld\n", mib, export_rss);
  std::printf("peak_rss_kib_open_%.0fmib: %ld\n", mib, open_rss);
  std::printf("peak_rss_kib_export_1mib: %ld\n", small_export_rss);
  std::printf("peak_rss_kib_open_1mib: %ld\n", small_open_rss);
  std::printf("peak_rss_kib_raw_push: %ld\n", raw_push_rss);
  std::printf("open_%zu_bundles_s: %.3f\n", bundles, many_s);
  std::printf("open_per_bundle_ms: %.3f\n", bundles ? many_s * 1000 / static_cast<double>(bundles) : 0.0);
  (void)small_export_s;
  (void)small_open_s;
  (void)raw_pull_rss;
  (void)export_null_rss;
  (void)raw_file_rss;
  return (export_s < 0 || open_s < 0) ? 1 : 0;
}
