// Thin RAII layer over SQLCipher 3.4.1 for the vault (internal). Prepared statements only (SR-29);
// the key reaches SQLCipher only through sqlite3_key with "x'<64 hex>'" built in guarded memory (SR-2).
#pragma once

#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <string>
#include <string_view>

#include "common/bytes.h"
#include "crypto/secret_buffer.h"
#include "vault/error.h"

struct sqlite3;
struct sqlite3_stmt;

namespace amparo::vault::sql {

inline constexpr std::uint32_t kApplicationId = 0x414D5041;  // "AMPA"

class Stmt {
 public:
  Stmt() = default;
  Stmt(sqlite3* db, sqlite3_stmt* s) : db_(db), s_(s) {}
  ~Stmt();
  Stmt(Stmt&& o) noexcept : db_(o.db_), s_(o.s_) { o.s_ = nullptr; }
  Stmt& operator=(Stmt&& o) noexcept;
  Stmt(const Stmt&) = delete;
  Stmt& operator=(const Stmt&) = delete;

  Stmt& bind(int index, std::int64_t v);
  Stmt& bind_text(int index, std::string_view v);
  Stmt& bind_blob(int index, ByteView v);
  Stmt& bind_null(int index);
  // true: a row is available; false: done.
  [[nodiscard]] VaultResult<bool> step();
  // Runs to completion (for statements that return no rows).
  [[nodiscard]] VaultResult<void> run();
  void reset();

  [[nodiscard]] std::int64_t int64(int col) const;
  [[nodiscard]] std::string_view text(int col) const;
  [[nodiscard]] ByteView blob(int col) const;
  [[nodiscard]] bool is_null(int col) const;

 private:
  sqlite3* db_ = nullptr;
  sqlite3_stmt* s_ = nullptr;
};

class Db {
 public:
  Db() = default;
  ~Db() { close(); }
  Db(Db&& o) noexcept : db_(o.db_) { o.db_ = nullptr; }
  Db& operator=(Db&& o) noexcept;
  Db(const Db&) = delete;
  Db& operator=(const Db&) = delete;

  // Opens (or with `create`, creates with mode 0600) a SQLCipher database keyed with the raw
  // 32-byte `key`. Plain SQLite files and databases without our application_id are refused
  // (DatabaseNotOurs); a failing page HMAC gives DatabaseDamaged.
  [[nodiscard]] static VaultResult<Db> open(const std::filesystem::path& file,
                                            const crypto::SecretBuffer& key, bool create,
                                            std::uint32_t page_size);

  [[nodiscard]] VaultResult<Stmt> prepare(std::string_view sql);
  // For constant SQL text only (DDL, pragmas, BEGIN/COMMIT): never pass user data here.
  [[nodiscard]] VaultResult<void> exec(const char* constant_sql);
  [[nodiscard]] VaultResult<void> rekey(const crypto::SecretBuffer& new_key);
  [[nodiscard]] VaultResult<std::int64_t> user_version();
  [[nodiscard]] VaultResult<void> set_user_version(std::uint32_t v);
  [[nodiscard]] std::int64_t changes() const;
  void close() noexcept;
  [[nodiscard]] bool is_open() const noexcept { return db_ != nullptr; }
  [[nodiscard]] sqlite3* handle() const noexcept { return db_; }

  [[nodiscard]] VaultFailure error(int rc, std::string_view what) const;

 private:
  explicit Db(sqlite3* db) : db_(db) {}
  sqlite3* db_ = nullptr;
};

// BEGIN IMMEDIATE … COMMIT, rolled back if not committed.
class Transaction {
 public:
  [[nodiscard]] static VaultResult<Transaction> begin(Db& db);
  Transaction(Transaction&& o) noexcept : db_(o.db_) { o.db_ = nullptr; }
  Transaction& operator=(Transaction&&) = delete;
  ~Transaction();
  [[nodiscard]] VaultResult<void> commit();

 private:
  explicit Transaction(Db* db) : db_(db) {}
  Db* db_ = nullptr;
};

[[nodiscard]] VaultFailure map_error(int rc, std::string_view what, const char* message);

}  // namespace amparo::vault::sql

namespace amparo::vault::detail {
// Test hook (SR-9): called with every block the zeroing allocator releases, after wiping and
// before handing it back to the C library. nullptr removes the hook.
using FreeObserver = void (*)(const void* block, std::size_t size);
void set_sqlite_free_observer(FreeObserver observer) noexcept;
[[nodiscard]] bool sqlite_zeroing_allocator_installed() noexcept;
}  // namespace amparo::vault::detail
