// bench_exchange (issue 6): export/open throughput of a bundle with one large attachment against raw
// crypto_secretstream measured in the same run, peak RSS of each phase, and the time to open 1,000
// bundles of ordinary notes.
//
// Baselines are the best case for libsodium: the same 64 KiB chunks and 146-byte associated data,
// one reused output buffer (push_into / pull_into), no allocation per chunk.
//   - in memory: raw push / pull of the same N MiB vs export into a discarding stream (the format,
//     digest and cipher path alone) and open of the exported file (in the page cache) verifying
//     everything and streaming the attachment to a null sink (amparo-intake verify); plus export
//     from a source that already holds the attachment digest (SourceAttachment::stored_digest: what
//     exchange::VaultSource hands over for every attachment added since vault schema 4, whose tree
//     digest was computed while it was encrypted; no hashing at export);
//   - with the disk, as a person runs them: raw push written to a file + fsync vs write_bundle_file
//     (temporary file, fsync, link), and raw pull of that file written out + fsync vs open_to_folder
//     (amparo-intake open: staging folder, attachment files, report.json, fsync, rename).
// Every phase runs in a child process (so its peak RSS is its own); raw and bundle phases alternate,
// --reps times, and each ratio is the median over the repetitions of raw time / bundle time measured
// back to back (the machine may be shared and noisy).
// Usage: bench_exchange [--quick (20 MiB, 200 bundles, 3 reps)] [--size-mb N (100)] [--bundles N (1000)]
//                       [--reps N (5)] [--dir DIR (current folder; use a disk, not tmpfs)]
// Prints a table (docs/bench.md) and then one "key: value" line per figure. Target: ratios >= 0.70.
// The export/open ratios need a second free core (hashing for the signed digest costs ~1.4x the
// cipher and runs beside it); with no core to spare they fall to the CPU-work ratio, printed as
// export_cpu_work_vs_raw. BENCH_EXCHANGE_VERBOSE=1 prints every phase's wall and CPU time.
#include <fcntl.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

#include "bench_table.h"
#include "crypto/hash.h"
#include "crypto/init.h"
#include "crypto/random.h"
#include "crypto/stream.h"
#include "exchange/bundle.h"
#include "exchange/card.h"
#include "exchange/digest.h"
#include "exchange/intake.h"
#include "exchange/org_secret.h"
#include "vault/note.h"

using namespace amparo;
namespace fs = std::filesystem;
using Clock = std::chrono::steady_clock;
using amparo::bench::fmt;
using amparo::bench::Row;

namespace {

constexpr std::uint64_t kNow = 1795000000;
constexpr std::size_t kChunk = exchange::kBundleChunkSize;
constexpr std::size_t kAd = exchange::kBundleHeaderSize;

// One note (two revisions) with one attachment of `size` pseudo-random bytes generated on the fly.
class BenchSource final : public exchange::BundleSource {
 public:
  // `stored_digest`: the source hands the writer the attachment digest, as VaultSource does with the
  // tree digest the vault stored when the attachment was added (computed here before timing starts).
  explicit BenchSource(std::uint64_t attachment_size, bool stored_digest = false)
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
    block_ = crypto::random_bytes(kChunk);
    if (stored_digest) {
      exchange::AttachmentDigest d(size_);
      const Bytes first = block_;
      (void)read_attachment({}, [&](ByteView b) {
        d.update(b);
        return true;
      });
      block_ = first;
      digest_ = d.finish();
    }
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
    a.stored_digest = digest_;
    return std::vector<exchange::SourceAttachment>{a};
  }
  // Like the vault: authenticated 64 KiB plaintext chunks handed to the sink one at a time.
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
  Bytes digest_;
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

struct NullBuf final : std::streambuf {
  int overflow(int c) override { return c; }
  std::streamsize xsputn(const char*, std::streamsize n) override { return n; }
};

double seconds_since(Clock::time_point t0) {
  return std::chrono::duration<double>(Clock::now() - t0).count();
}

struct Measure {
  double seconds = -1;
  long rss_kib = -1;
  double cpu_seconds = -1;  // user + system time of the whole child
};

// Runs `fn` in a child process; returns the seconds it reported and the child's peak RSS in KiB.
template <class Fn>
Measure in_child(Fn fn) {
  int fds[2];
  if (::pipe(fds) != 0) return {};
  const pid_t pid = ::fork();
  if (pid < 0) return {};
  if (pid == 0) {
    ::close(fds[0]);
    double s = fn();
    (void)!::write(fds[1], &s, sizeof s);
    ::_exit(s < 0 ? 1 : 0);
  }
  ::close(fds[1]);
  double s = -1;
  if (::read(fds[0], &s, sizeof s) != static_cast<ssize_t>(sizeof s)) s = -1;
  ::close(fds[0]);
  int status = 0;
  rusage ru{};
  ::wait4(pid, &status, 0, &ru);
  const double cpu = static_cast<double>(ru.ru_utime.tv_sec + ru.ru_stime.tv_sec) +
                     static_cast<double>(ru.ru_utime.tv_usec + ru.ru_stime.tv_usec) / 1e6;
  if (std::getenv("BENCH_EXCHANGE_VERBOSE"))
    std::fprintf(stderr, "  phase: %.3f s wall, %.3f s cpu\n", s, cpu);
  return {s, ru.ru_maxrss, cpu};
}

bool write_all(int fd, const std::uint8_t* p, std::size_t n) {
  while (n > 0) {
    const ssize_t w = ::write(fd, p, n);
    if (w <= 0) return false;
    p += w;
    n -= static_cast<std::size_t>(w);
  }
  return true;
}

// Raw push of `size` bytes; with `file` non-empty, each chunk is written to it and fsynced at the end.
double raw_push(std::uint64_t size, const fs::path& file) {
  auto key = crypto::random_secret(32);
  auto enc = crypto::StreamEncryptor::start(key).value();
  Bytes block = crypto::random_bytes(kChunk);
  Bytes ct(kChunk + crypto::kStreamOverhead);
  const Bytes ad(kAd, 7);
  int fd = -1;
  if (!file.empty()) {
    fd = ::open(file.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0600);
    if (fd < 0) return -1;
  }
  const auto t0 = Clock::now();
  for (std::uint64_t left = size; left > 0;) {
    const auto n = static_cast<std::size_t>(std::min<std::uint64_t>(left, kChunk));
    block[0]++;
    auto w = enc.push_into(ByteView(block.data(), n), ad, left == n, ct);
    if (!w) return -1;
    if (fd >= 0 && !write_all(fd, ct.data(), w.value())) return -1;
    left -= n;
  }
  if (fd >= 0) {
    if (::fsync(fd) != 0) return -1;
    ::close(fd);
  }
  return seconds_since(t0);
}

// Raw pull of `size` bytes from memory (pre-encrypted in 16 MiB windows, encryption not timed).
double raw_pull_memory(std::uint64_t size) {
  auto key = crypto::random_secret(32);
  Bytes block = crypto::random_bytes(kChunk);
  const Bytes ad(kAd, 7);
  Bytes plain(kChunk);
  constexpr std::uint64_t kWindow = 16u << 20;
  Bytes window((kWindow / kChunk) * (kChunk + crypto::kStreamOverhead));
  double total = 0;
  auto enc = crypto::StreamEncryptor::start(key).value();
  auto dec = crypto::StreamDecryptor::start(key, enc.header()).value();
  for (std::uint64_t done = 0; done < size;) {
    std::vector<std::size_t> lens;
    std::size_t off = 0;
    std::uint64_t w = 0;
    while (w < kWindow && done + w < size) {
      const auto n = static_cast<std::size_t>(std::min<std::uint64_t>(size - done - w, kChunk));
      block[0]++;
      auto c = enc.push_into(ByteView(block.data(), n), ad, done + w + n == size,
                             MutableByteView(window.data() + off, window.size() - off));
      if (!c) return -1;
      lens.push_back(c.value());
      off += c.value();
      w += n;
    }
    const auto t0 = Clock::now();
    off = 0;
    for (std::size_t len : lens) {
      bool final = false;
      if (!dec.pull_into(ByteView(window.data() + off, len), ad, plain, final)) return -1;
      off += len;
    }
    total += seconds_since(t0);
    done += w;
  }
  return total;
}

// Raw pull of a raw_push file, the plaintext written to `out` and fsynced (what open_to_folder does).
double raw_pull_file(const fs::path& in_file, const fs::path& out_file, const crypto::SecretBuffer& key,
                     ByteView header) {
  const Bytes ad(kAd, 7);
  auto dec = crypto::StreamDecryptor::start(key, header).value();
  Bytes ct(kChunk + crypto::kStreamOverhead), plain(kChunk);
  const auto t0 = Clock::now();
  const int in = ::open(in_file.c_str(), O_RDONLY | O_CLOEXEC);
  const int out = ::open(out_file.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
  if (in < 0 || out < 0) return -1;
  for (;;) {
    std::size_t got = 0;
    while (got < ct.size()) {
      const ssize_t r = ::read(in, ct.data() + got, ct.size() - got);
      if (r < 0) return -1;
      if (r == 0) break;
      got += static_cast<std::size_t>(r);
    }
    if (got == 0) break;
    bool final = false;
    auto n = dec.pull_into(ByteView(ct.data(), got), ad, plain, final);
    if (!n || !write_all(out, plain.data(), n.value())) return -1;
    if (final) break;
  }
  if (::fsync(out) != 0) return -1;
  ::close(out);
  ::close(in);
  return seconds_since(t0);
}

double load_average() {
  double l = 0;
  if (std::FILE* f = std::fopen("/proc/loadavg", "r")) {
    if (std::fscanf(f, "%lf", &l) != 1) l = 0;
    std::fclose(f);
  }
  return l;
}

double median(std::vector<double> v) {
  return amparo::bench::percentile(std::move(v), 0.5);
}

}  // namespace

int main(int argc, char** argv) {
  if (!crypto::initialize()) return 2;
  std::uint64_t mb = 100;
  std::size_t bundles = 1000;
  int reps = 5;
  fs::path dir = fs::current_path();
  for (int i = 1; i < argc; ++i) {
    const std::string a = argv[i];
    const bool has_value = i + 1 < argc;
    if (a == "--quick") {
      mb = 20;
      bundles = 200;
      reps = 3;
    } else if (a == "--size-mb" && has_value) {
      mb = std::stoull(argv[++i]);
    } else if (a == "--bundles" && has_value) {
      bundles = std::stoul(argv[++i]);
    } else if (a == "--reps" && has_value) {
      reps = std::max(1, std::stoi(argv[++i]));
    } else if (a == "--dir" && has_value) {
      dir = argv[++i];
    } else if (a == "--help") {
      std::printf("usage: bench_exchange [--quick] [--size-mb N] [--bundles N] [--reps N] [--dir DIR]\n");
      return 0;
    }  // other options are meant for the other bench_* programs (scripts/bench passes them to all)
  }
  const std::uint64_t size = mb << 20;
  const fs::path work = dir / (".bench-exchange-" + crypto::random_id(6));
  fs::create_directories(work);
  const fs::path file = work / "big.amparo";
  std::error_code ec;

  auto org = exchange::OrgKeys::generate();
  exchange::CardFields f{"Bench Aid", "", "", "", kNow - 10, kNow + 86400 * 365};
  const auto card = exchange::make_card(f, org.sign, org.box.public_key).value();

  // For the raw file-to-file baseline: one raw stream file, written once (not timed here).
  const fs::path raw_in = work / "raw-in.bin";
  auto raw_key = crypto::random_secret(32);
  Bytes raw_header;
  {
    auto enc = crypto::StreamEncryptor::start(raw_key).value();
    raw_header = enc.header();
    Bytes block = crypto::random_bytes(kChunk);
    const Bytes ad(kAd, 7);
    std::ofstream out(raw_in, std::ios::binary);
    for (std::uint64_t left = size; left > 0;) {
      const auto n = static_cast<std::size_t>(std::min<std::uint64_t>(left, kChunk));
      const Bytes c = enc.push(ByteView(block.data(), n), ad, left == n);
      out.write(reinterpret_cast<const char*>(c.data()), static_cast<std::streamsize>(c.size()));
      left -= n;
    }
  }

  std::vector<double> s_raw_push, s_export_mem, s_raw_pull, s_open_mem, s_raw_file, s_export_file, s_raw_f2f,
      s_open_folder;
  std::vector<double> r_export_mem, r_open_mem, r_export_file, r_open_folder, s_export_stored,
      r_export_stored, r_export_cpu;
  long rss_export = 0, rss_open = 0, rss_raw = 0;
  bool failed = false;
  for (int rep = 0; rep < reps; ++rep) {
    fs::remove(file, ec);
    const auto raw_push_m = in_child([&] { return raw_push(size, {}); });
    const auto export_mem = in_child([&] {
      NullBuf nb;
      std::ostream out(&nb);
      BenchSource src(size);
      exchange::ExportOptions o;
      o.now = kNow;
      const auto t0 = Clock::now();
      return exchange::write_bundle(src, card, out, o) ? seconds_since(t0) : -1.0;
    });
    const auto export_stored = in_child([&] {
      NullBuf nb;
      std::ostream out(&nb);
      BenchSource src(size, true);
      exchange::ExportOptions o;
      o.now = kNow;
      const auto t0 = Clock::now();
      return exchange::write_bundle(src, card, out, o) ? seconds_since(t0) : -1.0;
    });
    const auto raw_file = in_child([&] { return raw_push(size, work / "raw-out.bin"); });
    fs::remove(work / "raw-out.bin", ec);
    const auto export_file = in_child([&] {
      BenchSource src(size);
      exchange::ExportOptions o;
      o.now = kNow;
      const auto t0 = Clock::now();
      return exchange::write_bundle_file(src, card, file, o) ? seconds_since(t0) : -1.0;
    });
    const auto raw_pull_m = in_child([&] { return raw_pull_memory(size); });
    const auto open_mem = in_child([&] {
      const auto t0 = Clock::now();
      std::ifstream in(file, std::ios::binary);
      NullSink sink;
      auto r = exchange::open_bundle(in, org, &sink);
      return r && sink.bytes == size ? seconds_since(t0) : -1.0;
    });
    const auto raw_f2f =
        in_child([&] { return raw_pull_file(raw_in, work / "raw-plain.bin", raw_key, raw_header); });
    fs::remove(work / "raw-plain.bin", ec);
    const auto open_folder = in_child([&] {
      const auto t0 = Clock::now();
      auto r = exchange::open_to_folder(file, org, work / "out", {}, kNow);
      return r ? seconds_since(t0) : -1.0;
    });
    fs::remove_all(work / "out", ec);
    for (const auto* m : {&raw_push_m, &export_mem, &raw_file, &export_file, &raw_pull_m, &open_mem, &raw_f2f,
                          &open_folder, &export_stored}) {
      if (m->seconds <= 0) failed = true;
    }
    if (failed) break;
    s_raw_push.push_back(raw_push_m.seconds);
    s_export_mem.push_back(export_mem.seconds);
    s_raw_file.push_back(raw_file.seconds);
    s_export_file.push_back(export_file.seconds);
    s_raw_pull.push_back(raw_pull_m.seconds);
    s_open_mem.push_back(open_mem.seconds);
    s_raw_f2f.push_back(raw_f2f.seconds);
    s_open_folder.push_back(open_folder.seconds);
    r_export_mem.push_back(raw_push_m.seconds / export_mem.seconds);
    s_export_stored.push_back(export_stored.seconds);
    r_export_cpu.push_back(raw_push_m.cpu_seconds / export_mem.cpu_seconds);
    r_export_stored.push_back(raw_push_m.seconds / export_stored.seconds);
    r_export_file.push_back(raw_file.seconds / export_file.seconds);
    r_open_mem.push_back(raw_pull_m.seconds / open_mem.seconds);
    r_open_folder.push_back(raw_f2f.seconds / open_folder.seconds);
    rss_export = std::max(rss_export, std::max(export_mem.rss_kib, export_file.rss_kib));
    rss_open = std::max(rss_open, std::max(open_mem.rss_kib, open_folder.rss_kib));
    rss_raw = std::max(rss_raw, raw_push_m.rss_kib);
  }
  if (failed) {
    std::fprintf(stderr, "bench_exchange: a phase failed\n");
    fs::remove_all(work, ec);
    return 1;
  }

  // Peak RSS with a 1 MiB attachment, to show memory does not grow with attachment size.
  const fs::path small_file = work / "small.amparo";
  const auto small_export = in_child([&] {
    BenchSource src(1 << 20);
    exchange::ExportOptions o;
    o.now = kNow;
    const auto t0 = Clock::now();
    return exchange::write_bundle_file(src, card, small_file, o) ? seconds_since(t0) : -1.0;
  });
  const auto small_open = in_child([&] {
    const auto t0 = Clock::now();
    auto r = exchange::open_to_folder(small_file, org, work / "small-out", {}, kNow);
    return r ? seconds_since(t0) : -1.0;
  });

  // 1,000 bundles of ordinary notes (two revisions, no attachment), opened (verified) from files.
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
  fs::remove_all(work, ec);

  const double mib = static_cast<double>(size) / (1 << 20);
  auto rate = [&](const std::vector<double>& s) { return mib / median(s); };
  auto mibs = [&](const std::vector<double>& s) { return fmt("%.0f MiB/s", rate(s)); };
  const std::string m = fmt("%.0f MiB", mib);
  std::vector<Row> rows = {
      {"export " + m + ", in memory", mibs(s_export_mem), "raw push " + mibs(s_raw_push),
       fmt("%.2f", median(r_export_mem)), "≥ 0.70"},
      {"export " + m + ", in memory, digest stored at capture", mibs(s_export_stored),
       "raw push " + mibs(s_raw_push), fmt("%.2f", median(r_export_stored)), "≥ 0.70"},
      {"open " + m + " (verify, null sink)", mibs(s_open_mem), "raw pull " + mibs(s_raw_pull),
       fmt("%.2f", median(r_open_mem)), "≥ 0.70"},
      {"export " + m + " to a file + fsync", mibs(s_export_file), "raw push to file " + mibs(s_raw_file),
       fmt("%.2f", median(r_export_file)), "≥ 0.70"},
      {"open " + m + " to a folder + fsync", mibs(s_open_folder), "raw pull file→file " + mibs(s_raw_f2f),
       fmt("%.2f", median(r_open_folder)), "≥ 0.70"},
      {"peak RSS, export " + m, fmt("%.1f MiB", static_cast<double>(rss_export) / 1024),
       "1 MiB attachment " + fmt("%.1f MiB", static_cast<double>(small_export.rss_kib) / 1024),
       fmt("%.2f", static_cast<double>(rss_export) / static_cast<double>(small_export.rss_kib)), "≈ 1"},
      {"peak RSS, open " + m, fmt("%.1f MiB", static_cast<double>(rss_open) / 1024),
       "1 MiB attachment " + fmt("%.1f MiB", static_cast<double>(small_open.rss_kib) / 1024),
       fmt("%.2f", static_cast<double>(rss_open) / static_cast<double>(small_open.rss_kib)), "≈ 1"},
      {"open " + std::to_string(bundles) + " note bundles", fmt("%.3f s", many_s),
       fmt("%.3f ms per bundle", bundles ? many_s * 1000 / static_cast<double>(bundles) : 0.0), "", ""},
  };
  std::printf(
      "bench_exchange: %d repetitions, medians; raw baselines use push_into/pull_into, 64 KiB chunks; "
      "load average %.2f\n",
      static_cast<int>(r_export_mem.size()), load_average());
  amparo::bench::print_table(rows);
  std::printf("\n");
  std::printf("attachment_mib: %.0f\n", mib);
  std::printf("raw_secretstream_push_mib_s: %.1f\n", rate(s_raw_push));
  std::printf("raw_secretstream_pull_mib_s: %.1f\n", rate(s_raw_pull));
  std::printf("raw_secretstream_to_file_fsync_mib_s: %.1f\n", rate(s_raw_file));
  std::printf("raw_secretstream_file_to_file_fsync_mib_s: %.1f\n", rate(s_raw_f2f));
  std::printf("export_no_disk_mib_s: %.1f\n", rate(s_export_mem));
  std::printf("export_to_file_mib_s: %.1f\n", rate(s_export_file));
  std::printf("export_stored_digest_no_disk_mib_s: %.1f\n", rate(s_export_stored));
  std::printf("open_verify_mib_s: %.1f\n", rate(s_open_mem));
  std::printf("open_to_folder_mib_s: %.1f\n", rate(s_open_folder));
  std::printf("export_no_disk_vs_raw: %.2f\n", median(r_export_mem));
  std::printf("export_stored_digest_no_disk_vs_raw: %.2f\n", median(r_export_stored));
  std::printf("open_verify_vs_raw: %.2f\n", median(r_open_mem));
  std::printf("export_cpu_work_vs_raw: %.2f\n", median(r_export_cpu));
  std::printf("export_to_file_vs_raw_to_file: %.2f\n", median(r_export_file));
  std::printf("open_to_folder_vs_raw_file_to_file: %.2f\n", median(r_open_folder));
  std::printf("peak_rss_kib_export_%.0fmib: %ld\n", mib, rss_export);
  std::printf("peak_rss_kib_open_%.0fmib: %ld\n", mib, rss_open);
  std::printf("peak_rss_kib_export_1mib: %ld\n", small_export.rss_kib);
  std::printf("peak_rss_kib_open_1mib: %ld\n", small_open.rss_kib);
  std::printf("peak_rss_kib_raw_push: %ld\n", rss_raw);
  std::printf("open_%zu_bundles_s: %.3f\n", bundles, many_s);
  std::printf("open_per_bundle_ms: %.3f\n", bundles ? many_s * 1000 / static_cast<double>(bundles) : 0.0);
  return (small_export.seconds < 0 || small_open.seconds < 0) ? 1 : 0;
}
