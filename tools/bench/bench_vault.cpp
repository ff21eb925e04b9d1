// Vault benchmark (issue 3, "Performance"): every figure comes with a baseline measured in the same
// run, printed as a ratio.
//   1. unlock with amparo-cli's default Argon2id parameters vs one raw crypto_pwhash call;
//   2. note save latency p50/p99 (committed: synchronous=FULL, rollback journal) and database size
//      for N notes vs the same inserts into a plain (unkeyed) SQLite database;
//   3. attachment encryption throughput for an M MB file vs raw crypto_secretstream in a loop (in
//      memory, same 64 KiB chunks), with context rows: the same loop reading the file and writing +
//      fsyncing the output; the loop plus one-thread BLAKE2b over the plaintext (the CPU cost of the
//      attachment tree digest the vault stores); the disk alone (write + fsync).
// Usage: bench_vault [--dir DIR] [--notes N] [--attachment-mb M] [--quick]
// Results and how to read them: docs/bench.md.
#include <sodium.h>
#include <sqlite3.h>
#include <sys/resource.h>
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
#include "commands_vault.h"
#include "crypto/init.h"
#include "crypto/kdf.h"
#include "crypto/random.h"
#include "vault/note.h"
#include "vault/vault.h"

namespace fs = std::filesystem;
using namespace amparo;
using Clock = std::chrono::steady_clock;

namespace {

using amparo::bench::fmt;
using amparo::bench::print_table;
using amparo::bench::Row;

double ms_since(Clock::time_point t) {
  return std::chrono::duration<double, std::milli>(Clock::now() - t).count();
}

// CPU time of the whole process (every thread), in ms: on a shared machine the wall-clock ratio
// follows the load, this one does not.
double cpu_ms() {
  rusage u{};
  ::getrusage(RUSAGE_SELF, &u);
  return (static_cast<double>(u.ru_utime.tv_sec + u.ru_stime.tv_sec) * 1e3) +
         (static_cast<double>(u.ru_utime.tv_usec + u.ru_stime.tv_usec) / 1e3);
}

double percentile(std::vector<double> v, double p) {
  if (v.empty()) return 0;
  std::sort(v.begin(), v.end());
  const auto idx = static_cast<std::size_t>(p / 100.0 * static_cast<double>(v.size() - 1) + 0.5);
  return v[std::min(idx, v.size() - 1)];
}
double median(std::vector<double> v) {
  return percentile(std::move(v), 50);
}

std::uint64_t folder_size(const fs::path& dir) {
  std::uint64_t total = 0;
  for (const auto& e : fs::recursive_directory_iterator(dir)) {
    if (e.is_regular_file()) total += e.file_size();
  }
  return total;
}

vault::NoteFields sample_note(unsigned i) {
  vault::NoteFields f;
  f.title = vault::to_text("Stop near the bus station #" + std::to_string(i));
  f.when_start = vault::to_text("2026-03-01T14:30");
  f.time_zone = vault::to_text("America/Chicago");
  f.where = vault::to_text("Main St and 5th, in front of the pharmacy");
  f.agency = vault::Agency::LocalPolice287g;
  f.officer_names = {vault::to_text("Officer Smith")};
  f.badge_numbers = {vault::to_text(std::to_string(1000 + i % 9000))};
  f.biometric_steps = vault::kBiometricFacePhoto;
  f.consent_asked = vault::Answer::No;
  std::string narrative;
  while (narrative.size() < 600) {
    narrative += "Two officers asked where I was born and took a photo of my face with a phone. ";
  }
  f.narrative = vault::to_text(narrative);
  return f;
}

// ---- 1. unlock ---------------------------------------------------------------------------------

// `what`: whose parameters ("default (calibrated)": amparo-cli init; "the app's": VaultBridge).
void bench_unlock(const fs::path& dir, std::vector<Row>& rows, int runs, const crypto::KdfParams& kdf,
                  const std::string& what) {
  const auto pass = crypto::SecretBuffer::copy_of(std::string_view("benchmark passphrase, long enough"));
  const fs::path vdir = dir / "unlock-vault";
  fs::remove_all(vdir);
  vault::CreateOptions opt;
  opt.kdf = kdf;
  if (!vault::Vault::create(vdir, pass, opt)) {
    std::fprintf(stderr, "bench: create failed\n");
    std::exit(1);
  }
  std::vector<double> unlock_ms, pwhash_ms;
  std::vector<unsigned char> salt(crypto_pwhash_SALTBYTES, 7), out(32);
  for (int i = 0; i < runs; ++i) {
    // Alternate so load changes hit both equally.
    auto t = Clock::now();
    auto v = vault::Vault::unlock(vdir, pass);
    unlock_ms.push_back(ms_since(t));
    if (!v) {
      std::fprintf(stderr, "bench: unlock failed\n");
      std::exit(1);
    }
    v->lock();
    t = Clock::now();
    if (crypto_pwhash(out.data(), out.size(), reinterpret_cast<const char*>(pass.data()), pass.size(),
                      salt.data(), kdf.opslimit, static_cast<std::size_t>(kdf.memlimit),
                      crypto_pwhash_ALG_ARGON2ID13) != 0) {
      std::fprintf(stderr, "bench: crypto_pwhash failed\n");
      std::exit(1);
    }
    pwhash_ms.push_back(ms_since(t));
  }
  const double u = median(unlock_ms), p = median(pwhash_ms);
  rows.push_back({"unlock, " + what + " Argon2id: " + std::to_string(kdf.opslimit) + " passes " +
                      std::to_string(kdf.memlimit >> 20) + " MiB (median of " + std::to_string(runs) + ")",
                  fmt("%.0f ms", u), "crypto_pwhash " + fmt("%.0f ms", p), fmt("%.2fx", u / p), "0.3-1 s"});
  fs::remove_all(vdir);
}

// ---- 2. note saves vs plain SQLite -------------------------------------------------------------

// The same schema, pragmas and per-note transaction as the vault (core/vault/vault.cpp, schema 2),
// in an unkeyed database: the canonical revision bytes and chain hash are computed the same way.
class PlainDb {
 public:
  explicit PlainDb(const fs::path& file) {
    must(sqlite3_open_v2(file.c_str(), &db_, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, nullptr), "open");
    must(sqlite3_exec(
             db_,
             "PRAGMA page_size = 4096; PRAGMA temp_store = MEMORY; PRAGMA journal_mode = DELETE;"
             "PRAGMA synchronous = FULL; PRAGMA secure_delete = ON; PRAGMA foreign_keys = ON;"
             "CREATE TABLE notes(id TEXT PRIMARY KEY, created_at INTEGER NOT NULL, updated_at INTEGER "
             "NOT NULL, origin INTEGER NOT NULL, revision_count INTEGER NOT NULL, head_hash BLOB NOT NULL,"
             "  title TEXT NOT NULL, capture_entry TEXT UNIQUE);"
             "CREATE TABLE revisions(note_id TEXT NOT NULL REFERENCES notes(id), number INTEGER NOT NULL,"
             "  saved_at INTEGER NOT NULL, canonical BLOB NOT NULL, hash BLOB NOT NULL,"
             "  PRIMARY KEY(note_id, number));"
             "CREATE VIRTUAL TABLE notes_fts USING fts4(body, tokenize=unicode61 \"remove_diacritics=1\");",
             nullptr, nullptr, nullptr),
         "schema");
    must(sqlite3_prepare_v2(
             db_,
             "INSERT INTO notes(id, created_at, updated_at, origin, revision_count, head_hash, title,"
             " capture_entry) VALUES(?, ?, ?, 0, 1, ?, ?, NULL)",
             -1, &ins_note_, nullptr),
         "prepare");
    must(sqlite3_prepare_v2(
             db_, "INSERT INTO revisions(note_id, number, saved_at, canonical, hash) VALUES(?, 1, ?, ?, ?)",
             -1, &ins_rev_, nullptr),
         "prepare");
    must(sqlite3_prepare_v2(db_, "INSERT INTO notes_fts(docid, body) VALUES(last_insert_rowid(), ?)", -1,
                            &ins_fts_, nullptr),
         "prepare");
  }
  ~PlainDb() {
    sqlite3_finalize(ins_note_);
    sqlite3_finalize(ins_rev_);
    sqlite3_finalize(ins_fts_);
    sqlite3_close(db_);
  }
  PlainDb(const PlainDb&) = delete;
  PlainDb& operator=(const PlainDb&) = delete;

  void insert(const vault::NoteFields& fields) {
    const std::string id = crypto::random_id(16);
    const std::int64_t now = std::time(nullptr);
    vault::RevisionContent rev{id, 1, now, vault::Origin::Typed, fields};
    auto canonical = vault::encode_revision(rev);
    const auto hash = vault::chain_hash(vault::genesis_hash(), vault::view(*canonical));
    std::string body(vault::view(fields.title));
    body += "\n";
    body += vault::view(fields.where);
    body += "\n";
    body += vault::view(fields.narrative);
    must(sqlite3_exec(db_, "BEGIN IMMEDIATE", nullptr, nullptr, nullptr), "begin");
    sqlite3_bind_text(ins_note_, 1, id.c_str(), -1, SQLITE_TRANSIENT);
    sqlite3_bind_int64(ins_note_, 2, now);
    sqlite3_bind_int64(ins_note_, 3, now);
    sqlite3_bind_blob(ins_note_, 4, hash.data(), static_cast<int>(hash.size()), SQLITE_TRANSIENT);
    sqlite3_bind_text(ins_note_, 5, fields.title.data(), static_cast<int>(fields.title.size()),
                      SQLITE_TRANSIENT);
    must(sqlite3_step(ins_note_), "insert note");
    sqlite3_reset(ins_note_);
    sqlite3_bind_text(ins_rev_, 1, id.c_str(), -1, SQLITE_TRANSIENT);
    sqlite3_bind_int64(ins_rev_, 2, now);
    sqlite3_bind_blob(ins_rev_, 3, canonical->data(), static_cast<int>(canonical->size()), SQLITE_TRANSIENT);
    sqlite3_bind_blob(ins_rev_, 4, hash.data(), static_cast<int>(hash.size()), SQLITE_TRANSIENT);
    must(sqlite3_step(ins_rev_), "insert revision");
    sqlite3_reset(ins_rev_);
    sqlite3_bind_text(ins_fts_, 1, body.c_str(), static_cast<int>(body.size()), SQLITE_TRANSIENT);
    must(sqlite3_step(ins_fts_), "insert fts");
    sqlite3_reset(ins_fts_);
    must(sqlite3_exec(db_, "COMMIT", nullptr, nullptr, nullptr), "commit");
  }

 private:
  void must(int rc, const char* what) {
    if (rc != SQLITE_OK && rc != SQLITE_DONE && rc != SQLITE_ROW) {
      std::fprintf(stderr, "bench: %s: %s\n", what, sqlite3_errmsg(db_));
      std::exit(1);
    }
  }
  sqlite3* db_ = nullptr;
  sqlite3_stmt* ins_note_ = nullptr;
  sqlite3_stmt* ins_rev_ = nullptr;
  sqlite3_stmt* ins_fts_ = nullptr;
};

void bench_saves(const fs::path& dir, std::vector<Row>& rows, unsigned notes) {
  const auto pass = crypto::SecretBuffer::copy_of(std::string_view("benchmark passphrase, long enough"));
  const fs::path vdir = dir / "notes-vault";
  const fs::path plain = dir / "plain.sqlite";
  fs::remove_all(vdir);
  fs::remove(plain);
  vault::CreateOptions opt;
  opt.kdf = crypto::KdfParams::interactive();
  if (!vault::Vault::create(vdir, pass, opt)) std::exit(1);
  auto v = vault::Vault::unlock(vdir, pass);
  if (!v) std::exit(1);
  // Alternate blocks of 100 vault and plain inserts so disk and load changes hit both alike.
  std::vector<double> vault_lat, plain_lat;
  vault_lat.reserve(notes);
  plain_lat.reserve(notes);
  PlainDb plain_db(plain);
  std::printf("  saving %u notes into the vault and into plain SQLite (durable commits)...\n", notes);
  std::fflush(stdout);
  constexpr unsigned kBlock = 100;
  for (unsigned done = 0; done < notes; done += kBlock) {
    const unsigned n = std::min(kBlock, notes - done);
    for (unsigned i = 0; i < n; ++i) {
      const auto fields = sample_note(done + i);
      const auto t = Clock::now();
      auto id = v->add_note(fields);
      vault_lat.push_back(ms_since(t));
      if (!id) {
        std::fprintf(stderr, "bench: add_note failed\n");
        std::exit(1);
      }
    }
    for (unsigned i = 0; i < n; ++i) {
      const auto fields = sample_note(done + i);
      const auto t = Clock::now();
      plain_db.insert(fields);
      plain_lat.push_back(ms_since(t));
    }
  }
  v->lock();
  const double vp50 = percentile(vault_lat, 50), vp99 = percentile(vault_lat, 99);
  const double pp50 = percentile(plain_lat, 50), pp99 = percentile(plain_lat, 99);
  const auto vsize = static_cast<double>(folder_size(vdir));
  const auto psize = static_cast<double>(fs::file_size(plain));
  const std::string n = std::to_string(notes);
  rows.push_back({"note save p50 (" + n + " notes, committed)", fmt("%.2f ms", vp50),
                  "plain SQLite " + fmt("%.2f ms", pp50), fmt("%.2fx", vp50 / pp50), "<= 1.5x"});
  rows.push_back({"note save p99", fmt("%.2f ms", vp99), "plain SQLite " + fmt("%.2f ms", pp99),
                  fmt("%.2fx", vp99 / pp99), "<= 1.5x"});
  rows.push_back({"vault size for " + n + " notes", fmt("%.1f MB", vsize / 1e6),
                  "plain SQLite " + fmt("%.1f MB", psize / 1e6), fmt("%.2fx", vsize / psize), "<= 1.5x"});
  fs::remove_all(vdir);
  fs::remove(plain);
}

// ---- 3. attachment throughput ------------------------------------------------------------------

void bench_attachment(const fs::path& dir, std::vector<Row>& rows, std::size_t mb, int runs) {
  const auto pass = crypto::SecretBuffer::copy_of(std::string_view("benchmark passphrase, long enough"));
  const fs::path vdir = dir / "attach-vault";
  const fs::path input = dir / "input.bin";
  fs::remove_all(vdir);
  const std::size_t size = mb * 1000 * 1000;
  std::vector<unsigned char> data(size);
  randombytes_buf(data.data(), data.size());
  {
    std::ofstream f(input, std::ios::binary);
    f.write(reinterpret_cast<const char*>(data.data()), static_cast<std::streamsize>(data.size()));
  }
  vault::CreateOptions opt;
  opt.kdf = crypto::KdfParams::interactive();
  if (!vault::Vault::create(vdir, pass, opt)) std::exit(1);
  auto v = vault::Vault::unlock(vdir, pass);
  if (!v) std::exit(1);
  vault::NoteFields f;
  f.title = vault::to_text("with attachment");
  auto note = v->add_note(f);
  if (!note) std::exit(1);

  std::vector<double> vault_s, raw_s, file_s, hashed_s, disk_s, vault_cpu, raw_cpu;
  std::vector<unsigned char> out(64 * 1024 + crypto_secretstream_xchacha20poly1305_ABYTES);
  unsigned char key[crypto_secretstream_xchacha20poly1305_KEYBYTES];
  crypto_secretstream_xchacha20poly1305_keygen(key);
  crypto_secretstream_xchacha20poly1305_state st;
  unsigned char header[crypto_secretstream_xchacha20poly1305_HEADERBYTES];
  for (int r = 0; r < runs; ++r) {
    std::ifstream in(input, std::ios::binary);
    double c = cpu_ms();
    auto t = Clock::now();
    auto info = v->add_attachment(*note, in, "input.bin", "application/octet-stream");
    vault_s.push_back(ms_since(t) / 1000.0);
    vault_cpu.push_back(cpu_ms() - c);
    if (!info) {
      std::fprintf(stderr, "bench: add_attachment failed\n");
      std::exit(1);
    }
    // Raw: crypto_secretstream over the same bytes in memory, 64 KiB chunks, output discarded.
    c = cpu_ms();
    t = Clock::now();
    crypto_secretstream_xchacha20poly1305_init_push(&st, header, key);
    for (std::size_t off = 0; off < size; off += 64 * 1024) {
      const std::size_t n = std::min<std::size_t>(64 * 1024, size - off);
      const unsigned char tag = off + n == size ? crypto_secretstream_xchacha20poly1305_TAG_FINAL : 0;
      crypto_secretstream_xchacha20poly1305_push(&st, out.data(), nullptr, data.data() + off, n, nullptr, 0,
                                                 tag);
    }
    raw_s.push_back(ms_since(t) / 1000.0);
    raw_cpu.push_back(cpu_ms() - c);
    // For context: the same loop reading the input file and writing + fsyncing an output file.
    t = Clock::now();
    {
      std::ifstream src(input, std::ios::binary);
      const fs::path dst_path = dir / "raw-out.bin";
      FILE* dst = std::fopen(dst_path.c_str(), "wb");
      std::vector<char> chunk(64 * 1024);
      crypto_secretstream_xchacha20poly1305_init_push(&st, header, key);
      std::fwrite(header, 1, sizeof header, dst);
      std::size_t total = 0;
      while (src.read(chunk.data(), static_cast<std::streamsize>(chunk.size())) || src.gcount() > 0) {
        const auto n = static_cast<std::size_t>(src.gcount());
        total += n;
        const unsigned char tag = total == size ? crypto_secretstream_xchacha20poly1305_TAG_FINAL : 0;
        unsigned long long clen = 0;
        crypto_secretstream_xchacha20poly1305_push(
            &st, out.data(), &clen, reinterpret_cast<const unsigned char*>(chunk.data()), n, nullptr, 0, tag);
        std::fwrite(out.data(), 1, static_cast<std::size_t>(clen), dst);
      }
      std::fflush(dst);
      ::fsync(fileno(dst));
      std::fclose(dst);
    }
    file_s.push_back(ms_since(t) / 1000.0);
    fs::remove(dir / "raw-out.bin");  // outside the timing, as the vault keeps its file
    // For context: the CPU work the vault cannot skip, in memory and on one thread: the same
    // secretstream loop plus BLAKE2b-256 over the plaintext on the same thread (the cost of the
    // attachment tree digest that SR-6 stores, less its small per-leaf overhead).
    t = Clock::now();
    {
      crypto_generichash_state hs;
      crypto_generichash_init(&hs, nullptr, 0, 32);
      crypto_secretstream_xchacha20poly1305_init_push(&st, header, key);
      for (std::size_t off = 0; off < size; off += 64 * 1024) {
        const std::size_t n = std::min<std::size_t>(64 * 1024, size - off);
        const unsigned char tag = off + n == size ? crypto_secretstream_xchacha20poly1305_TAG_FINAL : 0;
        crypto_generichash_update(&hs, data.data() + off, n);
        crypto_secretstream_xchacha20poly1305_push(&st, out.data(), nullptr, data.data() + off, n, nullptr, 0,
                                                   tag);
      }
      unsigned char digest[32];
      crypto_generichash_final(&hs, digest, sizeof digest);
    }
    hashed_s.push_back(ms_since(t) / 1000.0);
    // For context: the disk alone, writing the same number of bytes and fsyncing, no crypto.
    t = Clock::now();
    {
      const fs::path dst_path = dir / "disk-out.bin";
      FILE* dst = std::fopen(dst_path.c_str(), "wb");
      for (std::size_t off = 0; off < size; off += 1 << 20) {
        std::fwrite(data.data() + off, 1, std::min<std::size_t>(1 << 20, size - off), dst);
      }
      std::fflush(dst);
      ::fsync(fileno(dst));
      std::fclose(dst);
    }
    disk_s.push_back(ms_since(t) / 1000.0);
    fs::remove(dir / "disk-out.bin");  // outside the timing, as the vault keeps its file
  }
  sodium_memzero(key, sizeof key);
  const double vmb = static_cast<double>(size) / 1e6 / median(vault_s);
  const double rmb = static_cast<double>(size) / 1e6 / median(raw_s);
  rows.push_back(
      {"attachment encryption, " + std::to_string(mb) + " MB file (median of " + std::to_string(runs) + ")",
       fmt("%.0f MB/s", vmb), "raw secretstream " + fmt("%.0f MB/s", rmb), fmt("%.0f%%", 100 * vmb / rmb),
       ">= 80%"});
  const double fmb = static_cast<double>(size) / 1e6 / median(file_s);
  rows.push_back({"  (context) same file, vs file-to-file loop with fsync", fmt("%.0f MB/s", vmb),
                  "raw secretstream file+fsync " + fmt("%.0f MB/s", fmb), fmt("%.0f%%", 100 * vmb / fmb),
                  ""});
  const double hmb = static_cast<double>(size) / 1e6 / median(hashed_s);
  rows.push_back({"  (context) vs in-memory secretstream + BLAKE2b, one thread", fmt("%.0f MB/s", vmb),
                  "raw secretstream+hash " + fmt("%.0f MB/s", hmb), fmt("%.0f%%", 100 * vmb / hmb), ""});
  const double vc = median(vault_cpu), rc = median(raw_cpu);
  rows.push_back({"  (context) CPU time, all threads (load-independent)", fmt("%.0f ms", vc),
                  "raw secretstream " + fmt("%.0f ms", rc), fmt("%.0f%%", 100 * rc / vc), ""});
  const double dmb = static_cast<double>(size) / 1e6 / median(disk_s);
  rows.push_back({"  (context) vs the disk alone: write + fsync, no crypto", fmt("%.0f MB/s", vmb),
                  "write+fsync " + fmt("%.0f MB/s", dmb), fmt("%.0f%%", 100 * vmb / dmb), ""});
  v->lock();
  fs::remove_all(vdir);
  fs::remove(input);
}

}  // namespace

int main(int argc, char** argv) {
  fs::path dir = fs::current_path() / "bench-vault-work";
  unsigned notes = 10000;
  std::size_t mb = 100;
  int runs = 5;
  for (int i = 1; i < argc; ++i) {
    const std::string a = argv[i];
    if (a == "--dir" && i + 1 < argc) {
      dir = argv[++i];
    } else if (a == "--notes" && i + 1 < argc) {
      notes = static_cast<unsigned>(std::strtoul(argv[++i], nullptr, 10));
    } else if (a == "--attachment-mb" && i + 1 < argc) {
      mb = std::strtoul(argv[++i], nullptr, 10);
    } else if (a == "--quick") {
      notes = 300;
      mb = 10;
      runs = 2;
    } else {
      std::fprintf(stderr, "usage: bench_vault [--dir DIR] [--notes N] [--attachment-mb M] [--quick]\n");
      return 1;
    }
  }
  if (!vault::initialize_sqlite() || !crypto::initialize()) return 1;
  fs::create_directories(dir);

  std::vector<Row> rows;
  std::printf("## vault (bench_vault)\n");
  std::fflush(stdout);
  bench_unlock(dir, rows, runs, cli::default_kdf(), "default (calibrated)");
  bench_unlock(dir, rows, runs, crypto::calibrate_for_app(), "the app's (calibrated, at most 64 MiB)");
  bench_saves(dir, rows, notes);
  bench_attachment(dir, rows, mb, std::min(runs, 3));
  const auto tuned = crypto::calibrate(std::chrono::milliseconds(500), 256ULL << 20);
  std::printf("\n");
  print_table(rows);
  std::printf(
      "\nThe first unlock row uses amparo-cli init's default: crypto::calibrate(500 ms, at most 256 MiB) at\n"
      "the start of the run; the second the app's, crypto::calibrate_for_app() (500 ms, at most 64 MiB).\n"
      "Run again at the end, the CLI's calibrate picks %llu passes, %llu MiB (it follows the load).\n",
      static_cast<unsigned long long>(tuned.opslimit), static_cast<unsigned long long>(tuned.memlimit >> 20));
  std::printf(
      "The attachment row is the whole add_attachment call: reading the source, the attachment tree\n"
      "digest (64 KiB leaves hashed on both threads), encryption, write, fsync, rename and the database\n"
      "row; the in-memory loop does only the encryption. On a loaded machine the CPU-time row is the\n"
      "stable comparison.\n");
  fs::remove_all(dir);
  return 0;
}
