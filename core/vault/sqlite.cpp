#include "vault/sqlite.h"

#include <sodium.h>
#include <sqlite3.h>

#include <atomic>
#include <cstdlib>
#include <cstring>
#include <mutex>

#include "vault/fs.h"
#include "vault/vault.h"

namespace amparo::vault {

namespace {

// ---- SR-9: zeroing allocator -------------------------------------------------------------------
// Every block carries its size in a 16-byte prefix (keeps malloc's 16-byte alignment), and is
// wiped in full before it goes back to the C library, so page-cache plaintext does not linger in
// freed heap after sqlite3_close.
constexpr std::size_t kPrefix = 16;
std::atomic<detail::FreeObserver> g_free_observer{nullptr};
std::atomic<bool> g_installed{false};

void* zmalloc(int n) {
  if (n <= 0) return nullptr;
  const auto size = static_cast<std::size_t>(n);
  auto* base = static_cast<std::uint8_t*>(std::malloc(size + kPrefix));
  if (base == nullptr) return nullptr;
  std::memcpy(base, &size, sizeof size);
  return base + kPrefix;
}

std::size_t block_size(void* p) {
  std::size_t size = 0;
  std::memcpy(&size, static_cast<std::uint8_t*>(p) - kPrefix, sizeof size);
  return size;
}

void zfree(void* p) {
  if (p == nullptr) return;
  auto* base = static_cast<std::uint8_t*>(p) - kPrefix;
  const std::size_t size = block_size(p);
  sodium_memzero(base, size + kPrefix);
  if (auto obs = g_free_observer.load(std::memory_order_acquire)) obs(base, size + kPrefix);
  std::free(base);
}

void* zrealloc(void* p, int n) {
  if (p == nullptr) return zmalloc(n);
  if (n <= 0) {
    zfree(p);
    return nullptr;
  }
  void* q = zmalloc(n);
  if (q == nullptr) return nullptr;
  std::memcpy(q, p, std::min(block_size(p), static_cast<std::size_t>(n)));
  zfree(p);
  return q;
}

int zsize(void* p) {
  return p == nullptr ? 0 : static_cast<int>(block_size(p));
}
int zroundup(int n) {
  return (n + 7) & ~7;
}
int zinit(void*) {
  return SQLITE_OK;
}
void zshutdown(void*) {}

const sqlite3_mem_methods kZeroingMethods = {zmalloc,  zfree, zrealloc,  zsize,
                                             zroundup, zinit, zshutdown, nullptr};

}  // namespace

bool initialize_sqlite() noexcept {
  static std::once_flag once;
  std::call_once(once, [] {
    if (sqlite3_config(SQLITE_CONFIG_MALLOC, &kZeroingMethods) == SQLITE_OK &&
        sqlite3_initialize() == SQLITE_OK) {
      g_installed.store(true);
    }
  });
  return g_installed.load();
}

namespace detail {
void set_sqlite_free_observer(FreeObserver observer) noexcept {
  g_free_observer.store(observer);
}
bool sqlite_zeroing_allocator_installed() noexcept {
  return g_installed.load();
}
}  // namespace detail

namespace sql {

VaultFailure map_error(int rc, std::string_view what, const char* message) {
  std::string detail(what);
  if (message != nullptr) {
    detail += ": ";
    detail += message;
  }
  switch (rc & 0xff) {
    case SQLITE_NOTADB:
    case SQLITE_CORRUPT:
      return make_error(VaultError::DatabaseDamaged, detail);
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
      return make_error(VaultError::Busy, detail);
    case SQLITE_IOERR:
    case SQLITE_CANTOPEN:
    case SQLITE_FULL:
    case SQLITE_READONLY:
    case SQLITE_PERM:
      return make_error(VaultError::Io, detail);
    default:
      return make_error(VaultError::Internal, detail);
  }
}

// ---- Stmt ----
Stmt::~Stmt() {
  if (s_ != nullptr) sqlite3_finalize(s_);
}
Stmt& Stmt::operator=(Stmt&& o) noexcept {
  if (this != &o) {
    if (s_ != nullptr) sqlite3_finalize(s_);
    db_ = o.db_;
    s_ = o.s_;
    o.s_ = nullptr;
  }
  return *this;
}
Stmt& Stmt::bind(int i, std::int64_t v) {
  sqlite3_bind_int64(s_, i, v);
  return *this;
}
Stmt& Stmt::bind_text(int i, std::string_view v) {
  sqlite3_bind_text(s_, i, v.data(), static_cast<int>(v.size()), SQLITE_TRANSIENT);
  return *this;
}
Stmt& Stmt::bind_blob(int i, ByteView v) {
  static const std::uint8_t empty = 0;
  sqlite3_bind_blob(s_, i, v.empty() ? &empty : v.data(), static_cast<int>(v.size()), SQLITE_TRANSIENT);
  return *this;
}
Stmt& Stmt::bind_null(int i) {
  sqlite3_bind_null(s_, i);
  return *this;
}
VaultResult<bool> Stmt::step() {
  const int rc = sqlite3_step(s_);
  if (rc == SQLITE_ROW) return true;
  if (rc == SQLITE_DONE) return false;
  return map_error(rc, "step", sqlite3_errmsg(db_));
}
VaultResult<void> Stmt::run() {
  for (;;) {
    AMPARO_TRY(const bool row, step());
    if (!row) return {};
  }
}
void Stmt::reset() {
  sqlite3_reset(s_);
  sqlite3_clear_bindings(s_);
}
std::int64_t Stmt::int64(int c) const {
  return sqlite3_column_int64(s_, c);
}
std::string_view Stmt::text(int c) const {
  const auto* p = sqlite3_column_text(s_, c);
  const int n = sqlite3_column_bytes(s_, c);
  return p == nullptr ? std::string_view()
                      : std::string_view(reinterpret_cast<const char*>(p), static_cast<std::size_t>(n));
}
ByteView Stmt::blob(int c) const {
  const auto* p = static_cast<const std::uint8_t*>(sqlite3_column_blob(s_, c));
  const int n = sqlite3_column_bytes(s_, c);
  return p == nullptr ? ByteView() : ByteView(p, static_cast<std::size_t>(n));
}
bool Stmt::is_null(int c) const {
  return sqlite3_column_type(s_, c) == SQLITE_NULL;
}

// ---- Db ----
Db& Db::operator=(Db&& o) noexcept {
  if (this != &o) {
    close();
    db_ = o.db_;
    o.db_ = nullptr;
  }
  return *this;
}

void Db::close() noexcept {
  if (db_ != nullptr) {
    // Finalize anything left (there should be nothing), then close for real.
    while (sqlite3_stmt* s = sqlite3_next_stmt(db_, nullptr)) sqlite3_finalize(s);
    sqlite3_close(db_);
    db_ = nullptr;
  }
}

VaultFailure Db::error(int rc, std::string_view what) const {
  return map_error(rc, what, db_ != nullptr ? sqlite3_errmsg(db_) : nullptr);
}

namespace {

// "x'<64 hex>'" in guarded memory (SR-2).
crypto::SecretBuffer raw_key_literal(const crypto::SecretBuffer& key) {
  crypto::SecretBuffer lit(3 + key.size() * 2);
  auto* p = lit.data();
  p[0] = 'x';
  p[1] = '\'';
  sodium_bin2hex(reinterpret_cast<char*>(p + 2), key.size() * 2 + 1, key.data(), key.size());
  // sodium_bin2hex wrote a NUL at p[2 + 64]; overwrite it with the closing quote.
  p[2 + key.size() * 2] = '\'';
  return lit;
}

}  // namespace

VaultResult<Db> Db::open(const std::filesystem::path& file, const crypto::SecretBuffer& key, bool create,
                         std::uint32_t page_size) {
  if (!initialize_sqlite()) return make_error(VaultError::Internal, "sqlite zeroing allocator not installed");
  if (key.size() != 32) return make_error(VaultError::Internal, "data key size");
  const bool present = fs::exists(file);
  if (create) {
    if (present) return make_error(VaultError::AlreadyExists, "database");
    AMPARO_TRY_VOID(fs::create_private_file(file, "database"));
  } else {
    if (!present) return make_error(VaultError::DatabaseDamaged, "database file missing");
    // SR-29: a plain SQLite file is never handed to the engine with a key.
    AMPARO_TRY(const auto head, fs::read_prefix(file, 512, "database"));
    static constexpr char kPlain[] = "SQLite format 3";  // 16 bytes with the NUL
    if (head.size() >= 16 && std::memcmp(head.data(), kPlain, 16) == 0) {
      return make_error(VaultError::DatabaseNotOurs, "plain SQLite file");
    }
    if (head.size() < 512) return make_error(VaultError::DatabaseDamaged, "database truncated");
  }
  sqlite3* raw = nullptr;
  const int rc = sqlite3_open_v2(file.c_str(), &raw, SQLITE_OPEN_READWRITE | SQLITE_OPEN_FULLMUTEX, nullptr);
  Db db(raw);
  if (rc != SQLITE_OK) return db.error(rc, "open database");
  sqlite3_extended_result_codes(raw, 0);
  {
    const auto lit = raw_key_literal(key);
    if (sqlite3_key(raw, lit.data(), static_cast<int>(lit.size())) != SQLITE_OK) {
      return db.error(SQLITE_ERROR, "key database");
    }
  }
  sqlite3_busy_timeout(raw, 5000);
  const std::string page = "PRAGMA cipher_page_size = " + std::to_string(page_size) + ";";
  AMPARO_TRY_VOID(db.exec(page.c_str()));
  // SR-7: temporary tables and sort files stay in memory.
  AMPARO_TRY_VOID(db.exec("PRAGMA temp_store = MEMORY;"));
  // First real page access: a wrong key or a foreign/damaged file fails here.
  {
    AMPARO_TRY(auto st, db.prepare("SELECT count(*) FROM sqlite_master"));
    auto r = st.step();
    if (!r) return make_error(VaultError::DatabaseDamaged, "database pages do not authenticate");
  }
  // A killed writer never loses a committed transaction; freed pages are overwritten.
  AMPARO_TRY_VOID(db.exec("PRAGMA journal_mode = DELETE;"));
  AMPARO_TRY_VOID(db.exec("PRAGMA synchronous = FULL;"));
  AMPARO_TRY_VOID(db.exec("PRAGMA secure_delete = ON;"));
  AMPARO_TRY_VOID(db.exec("PRAGMA foreign_keys = ON;"));
  {
    AMPARO_TRY(auto st, db.prepare("PRAGMA application_id"));
    AMPARO_TRY(const bool row, st.step());
    const auto app = row ? static_cast<std::uint32_t>(st.int64(0)) : 0u;
    if (create) {
      // auto_vacuum=FULL must be chosen before the first write to a new database: no free-list
      // pages survive a commit, so integrity_check reads every page (SR-7) and deleted content
      // does not linger in unused pages.
      AMPARO_TRY_VOID(db.exec("PRAGMA auto_vacuum = FULL;"));
      const std::string set = "PRAGMA application_id = " + std::to_string(kApplicationId) + ";";
      AMPARO_TRY_VOID(db.exec(set.c_str()));
    } else if (app != kApplicationId) {
      return make_error(VaultError::DatabaseNotOurs, "application id");
    }
  }
  return db;
}

VaultResult<Stmt> Db::prepare(std::string_view sql) {
  sqlite3_stmt* s = nullptr;
  const int rc = sqlite3_prepare_v2(db_, sql.data(), static_cast<int>(sql.size()), &s, nullptr);
  if (rc != SQLITE_OK) return error(rc, "prepare");
  return Stmt(db_, s);
}

VaultResult<void> Db::exec(const char* constant_sql) {
  // Through prepare/step so no callback path exists; constant text only.
  const char* tail = constant_sql;
  while (tail != nullptr && *tail != '\0') {
    sqlite3_stmt* s = nullptr;
    const int rc = sqlite3_prepare_v2(db_, tail, -1, &s, &tail);
    if (rc != SQLITE_OK) return error(rc, "exec");
    if (s == nullptr) break;  // trailing whitespace or comment
    Stmt st(db_, s);
    AMPARO_TRY_VOID(st.run());
  }
  return {};
}

VaultResult<void> Db::rekey(const crypto::SecretBuffer& new_key) {
  const auto lit = raw_key_literal(new_key);
  const int rc = sqlite3_rekey(db_, lit.data(), static_cast<int>(lit.size()));
  if (rc != SQLITE_OK) return error(rc, "rekey");
  return {};
}

VaultResult<std::int64_t> Db::user_version() {
  AMPARO_TRY(auto st, prepare("PRAGMA user_version"));
  AMPARO_TRY(const bool row, st.step());
  return row ? st.int64(0) : 0;
}

VaultResult<void> Db::set_user_version(std::uint32_t v) {
  const std::string s = "PRAGMA user_version = " + std::to_string(v) + ";";
  return exec(s.c_str());
}

std::int64_t Db::changes() const {
  return sqlite3_changes(db_);
}

// ---- Transaction ----
VaultResult<Transaction> Transaction::begin(Db& db) {
  AMPARO_TRY_VOID(db.exec("BEGIN IMMEDIATE;"));
  return Transaction(&db);
}
Transaction::~Transaction() {
  if (db_ != nullptr) (void)db_->exec("ROLLBACK;");
}
VaultResult<void> Transaction::commit() {
  Db* db = db_;
  db_ = nullptr;
  auto r = db->exec("COMMIT;");
  if (!r) (void)db->exec("ROLLBACK;");
  return r;
}

}  // namespace sql
}  // namespace amparo::vault
