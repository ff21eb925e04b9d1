#include "vault/vault.h"

#include <fcntl.h>
#include <sqlite3.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <chrono>
#include <cstring>
#include <fstream>
#include <tuple>

#include "crypto/aead.h"
#include "crypto/encoding.h"
#include "crypto/file_cipher.h"
#include "crypto/hash.h"
#include "crypto/random.h"
#include "crypto/sealed_box.h"
#include "crypto/signature.h"
#include "crypto/tree_digest.h"
#include "vault/attempts.h"
#include "vault/file_writer.h"
#include "vault/fs.h"
#include "vault/header.h"
#include "vault/inbox.h"
#include "vault/sqlite.h"

namespace amparo::vault {

std::string_view digest_scheme(DigestKind kind) noexcept {
  return kind == DigestKind::Tree ? "amparo-att-tree-v1" : "blake2b-256";
}

namespace stdfs = std::filesystem;
using crypto::SecretBuffer;

namespace {

// ---- layout ------------------------------------------------------------------------------------
constexpr const char* kHeaderFile = "vault.header";
constexpr const char* kPublicKeyFile = "capture.pub";
constexpr const char* kDatabaseFile = "vault.db";
constexpr const char* kFilesDir = "files";
constexpr const char* kInboxDir = "inbox";
constexpr const char* kQuarantineDir = "quarantine";
constexpr const char* kEntrySuffix = ".entry";
constexpr const char* kAttachmentSuffix = ".att";

constexpr std::array<std::uint8_t, 8> kPubMagic = {'A', 'M', 'P', 'P', 'U', 'B', 'K', '1'};
constexpr std::size_t kPubFileSize = 8 + 16 + 32;
constexpr std::size_t kMaxHeaderRead = 4096;

// KEK domain key when no device secret is used (exactly 32 bytes).
constexpr std::string_view kNoDeviceKey = "amparo/vault/kek/passphrase-only";
static_assert(kNoDeviceKey.size() == 32);

using Id = std::array<std::uint8_t, 16>;

std::int64_t now_seconds() {
  return std::chrono::duration_cast<std::chrono::seconds>(std::chrono::system_clock::now().time_since_epoch())
      .count();
}

template <std::size_t N>
std::string hex(const std::array<std::uint8_t, N>& a) {
  return crypto::to_hex(ByteView(a.data(), N));
}

bool is_id(std::string_view s) {
  return s.size() == 32 && std::all_of(s.begin(), s.end(), [](char c) {
           return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f');
         });
}

std::optional<Id> parse_id(std::string_view s) {
  if (!is_id(s)) return std::nullopt;
  auto bytes = crypto::from_hex(s);
  if (!bytes || bytes->size() != 16) return std::nullopt;
  Id id{};
  std::copy(bytes->begin(), bytes->end(), id.begin());
  return id;
}

Id random_id16() {
  Id id{};
  crypto::random_fill(id);
  return id;
}

Bytes attachment_ad(const Id& vault_id, const Id& file_id) {
  Bytes ad(vault_id.begin(), vault_id.end());
  ad.insert(ad.end(), file_id.begin(), file_id.end());
  return ad;
}

std::string device_secret_name(const Header& h) {
  return "amparo-vault-" + hex(h.vault_id) + "-" + hex(h.device_secret_id);
}

Bytes public_key_file_bytes(const Header& h) {
  Bytes out(kPubMagic.begin(), kPubMagic.end());
  out.insert(out.end(), h.vault_id.begin(), h.vault_id.end());
  out.insert(out.end(), h.capture_public_key.begin(), h.capture_public_key.end());
  return out;
}

// The capture key file must be exactly ours: magic, same vault id, same key.
bool public_key_file_matches(const stdfs::path& dir, const Header& h) {
  auto bytes =
      fs::read_file(dir / kPublicKeyFile, kPubFileSize, VaultError::PublicKeyMismatch, "capture key");
  if (!bytes) return false;
  const Bytes expected = public_key_file_bytes(h);
  return bytes->size() == expected.size() && std::equal(expected.begin(), expected.end(), bytes->begin());
}

VaultResult<Header> read_header(const stdfs::path& dir) {
  auto bytes = fs::read_file(dir / kHeaderFile, kMaxHeaderRead, VaultError::HeaderCorrupt, "header");
  if (!bytes) {
    if (bytes.error().code == VaultError::NotFound) return make_error(VaultError::NotAVault);
    return std::move(bytes).error();
  }
  return parse_header(*bytes);
}

VaultResult<SecretBuffer> derive_kek(const Header& h, const SecretBuffer& passphrase,
                                     const SecretBuffer* device) {
  auto ikm = crypto::derive_key(passphrase, h.salt, h.kdf, 32);
  if (!ikm) {
    if (ikm.error().code == crypto::CryptoError::KdfParamsOutOfRange) {
      return make_error(VaultError::KdfParamsRejected, "kdf parameters");
    }
    return make_error(VaultError::Internal, "argon2id failed (out of memory?)");
  }
  if (device != nullptr) return crypto::blake2b_keyed_secret(*ikm, *device, 32);
  const auto domain = SecretBuffer::copy_of(kNoDeviceKey);
  return crypto::blake2b_keyed_secret(*ikm, domain, 32);
}

VaultResult<std::array<std::uint8_t, kWrapSlotSize>> wrap_slot(const Header& h, std::size_t slot,
                                                               const SecretBuffer& kek,
                                                               const SecretBuffer& data_key) {
  auto sealed = crypto::aead_encrypt(kek, data_key.view(), h.associated_data(slot));
  if (!sealed || sealed->size() != kWrapSlotSize) return make_error(VaultError::Internal, "wrap");
  std::array<std::uint8_t, kWrapSlotSize> out{};
  std::copy(sealed->begin(), sealed->end(), out.begin());
  return out;
}

// One Argon2id run, both slots tried (SR-19 layout). Returns every key that opened, slot 0 first.
// Normally exactly one slot opens; during rekey_everything() both briefly hold keys (old and new).
std::vector<SecretBuffer> open_slots(const Header& h, const SecretBuffer& kek) {
  std::vector<SecretBuffer> keys;
  for (std::size_t i = 0; i < kWrapSlots; ++i) {
    auto key = crypto::aead_decrypt(kek, h.slots[i], h.associated_data(i));
    if (key && key->size() == 32) keys.push_back(std::move(key).value());
  }
  return keys;
}

VaultResult<SecretBuffer> load_device_secret(const Header& h, DeviceSecretStore* device) {
  if (device == nullptr) return make_error(VaultError::DeviceSecretUnavailable, "no keystore");
  auto s = device->load(device_secret_name(h));
  if (!s) {
    if (s.error().code == VaultError::NotFound)
      return make_error(VaultError::DeviceSecretUnavailable, "not in keystore");
    return std::move(s).error();
  }
  if (s->size() != kDeviceSecretSize) return make_error(VaultError::DeviceSecretUnavailable, "bad size");
  return std::move(s).value();
}

// Everything the FTS index sees of a note.
Text search_body(const NoteFields& f) {
  Text body;
  auto add = [&](const Text& t) {
    if (t.empty()) return;
    body.append(t);
    body.push_back('\n');
  };
  add(f.title);
  add(f.where);
  add(f.agency_other);
  for (const auto& t : f.officer_names) add(t);
  for (const auto& t : f.badge_numbers) add(t);
  for (const auto& t : f.vehicles) add(t);
  add(f.officer_device);
  add(f.reference_number);
  add(f.held_duration);
  add(f.what_was_said);
  add(f.what_was_taken);
  add(f.witnesses);
  add(f.injuries);
  add(f.narrative);
  return body;
}

bool valid_mime(std::string_view m) {
  return !m.empty() && m.size() <= 128 &&
         std::all_of(m.begin(), m.end(), [](char c) { return c > 0x20 && c < 0x7f; });
}

VaultResult<void> validate_attachment_meta(std::string_view name, std::string_view mime) {
  NoteFields probe;
  probe.title = to_text(name);
  if (name.empty() || !validate(probe)) return make_error(VaultError::InvalidArgument, "attachment name");
  if (!valid_mime(mime)) return make_error(VaultError::InvalidArgument, "attachment mime type");
  return {};
}

// An fd closed on scope exit (errors of the final close are checked by the owner first).
class Fd {
 public:
  explicit Fd(int fd) noexcept : fd_(fd) {}
  ~Fd() {
    if (fd_ >= 0) ::close(fd_);
  }
  Fd(const Fd&) = delete;
  Fd& operator=(const Fd&) = delete;
  [[nodiscard]] int get() const noexcept { return fd_; }
  [[nodiscard]] bool close() noexcept {
    const int fd = fd_;
    fd_ = -1;
    return ::close(fd) == 0;
  }

 private:
  int fd_;
};

// Opens a file made by fs::create_private_file for writing (no symlink following).
int open_for_write(const stdfs::path& file) {
  int fd = -1;
  do {
    fd = ::open(file.c_str(), O_WRONLY | O_TRUNC | O_CLOEXEC | O_NOFOLLOW);
  } while (fd < 0 && errno == EINTR);
  return fd;
}

VaultResult<void> fsync_fd(int fd) {
  int rc = 0;
  do {
    rc = ::fsync(fd);
  } while (rc != 0 && errno == EINTR);
  if (rc != 0) return make_error(VaultError::Io, "fsync attachment: " + fs::errno_text(errno));
  return {};
}

struct WrittenFile {
  std::uint64_t size = 0;
  Bytes digest;  // SourceDigest::Tree: tree digest; Blake2b: plain BLAKE2b-256
};

// Reads a row's digest: column `col` = content_hash, `col + 1` = tree_digest (NULL before schema
// 4 and for rows added before it).
void read_digest(const sql::Stmt& st, int col, AttachmentInfo& a) {
  if (!st.is_null(col + 1)) {
    a.digest_kind = DigestKind::Tree;
    a.digest.assign(st.blob(col + 1).begin(), st.blob(col + 1).end());
  } else {
    a.digest_kind = DigestKind::Blake2b;
    a.digest.assign(st.blob(col).begin(), st.blob(col).end());
  }
}

// Second pass for a source whose size was not known before reading: the tree digest of the
// plaintext of an encrypted file just written (decrypted chunk by chunk, constant memory).
VaultResult<Bytes> tree_digest_of_file(const stdfs::path& file, const SecretBuffer& key, ByteView ad,
                                       std::uint64_t size) {
  std::ifstream in(file, std::ios::binary);
  if (!in) return make_error(VaultError::Io, "reopen attachment file");
  crypto::TreeDigest digest(size);
  auto n = crypto::decrypt_stream(
      in, key, ad,
      [&](ByteView chunk) {
        digest.update(chunk);
        return true;
      },
      size);
  if (!n || *n != size) return make_error(VaultError::Io, "read back attachment file");
  return digest.finish();
}

// Encrypts `in` into `final_path` via a 0600 temp file in the same folder (fsync, rename, fsync
// dir). The source is read in large blocks and hashed on both threads while it is encrypted
// (vault/file_writer.h); memory stays bounded and no plaintext reaches the disk.
VaultResult<WrittenFile> write_encrypted_file(const stdfs::path& final_path, std::istream& in,
                                              const SecretBuffer& key, ByteView ad, std::uint64_t cap,
                                              SourceDigest kind = SourceDigest::Tree) {
  const stdfs::path dir = final_path.parent_path();
  const stdfs::path tmp = dir / (".tmp-" + crypto::random_id(8));
  AMPARO_TRY_VOID(fs::create_private_file(tmp, "attachment"));
  auto fail = [&](VaultFailure e) -> VaultFailure {
    std::error_code ec;
    stdfs::remove(tmp, ec);
    return e;
  };
  WrittenFile written;
  {
    Fd fd(open_for_write(tmp));
    if (fd.get() < 0) return fail(make_error(VaultError::Io, "open attachment file"));
    auto writer = EncryptedFileWriter::start(fd.get(), key, ad);
    if (!writer) return fail(std::move(writer).error());
    EncryptSourceOptions options;
    options.digest = kind;
    auto source = encrypt_source(in, *writer, cap, options);
    if (!source) return fail(std::move(source).error());
    if (auto r = fsync_fd(fd.get()); !r) return fail(std::move(r).error());
    if (!fd.close()) return fail(make_error(VaultError::Io, "close attachment file"));
    written.size = source->size;
    written.digest = std::move(source->digest);
  }
  if (written.digest.empty() && kind == SourceDigest::Blake2b) {
    return fail(make_error(VaultError::Internal, "attachment hash"));
  }
  if (written.digest.empty()) {  // tree digest of a source that could not tell its size up front
    auto d = tree_digest_of_file(tmp, key, ad, written.size);
    if (!d) return fail(std::move(d).error());
    written.digest = std::move(d).value();
  }
  std::error_code ec;
  stdfs::rename(tmp, final_path, ec);
  if (ec) return fail(make_error(VaultError::Io, "rename attachment: " + ec.message()));
  AMPARO_TRY_VOID(fs::fsync_dir(dir));
  return written;
}

}  // namespace

// ---- Impl --------------------------------------------------------------------------------------

// SR-8: while the vault is open but idle, its keys sit in no-access pages; code that needs one
// opens it read-only for the duration of a scope.
class SecretUse {
 public:
  explicit SecretUse(SecretBuffer& secret) : secret_(secret) { secret_.protect_read_only(); }
  ~SecretUse() { secret_.protect_no_access(); }
  SecretUse(const SecretUse&) = delete;
  SecretUse& operator=(const SecretUse&) = delete;

 private:
  SecretBuffer& secret_;
};

struct Vault::Impl {
  stdfs::path dir;
  Header header;
  std::string id;
  SecretBuffer data_key;
  sql::Db db;
  crypto::SigningKeyPair sign;
  crypto::BoxKeyPair box;
  DeviceSecretStore* device = nullptr;
  UnlockReport report;
  std::uint32_t schema = 0;
  bool unlocked = false;

  // Called once the keys are in place (create, unlock, rekey): from here on they are no-access.
  void protect_idle_keys() noexcept {
    data_key.protect_no_access();
    sign.secret_key.protect_no_access();
    box.secret_key.protect_no_access();
  }

  [[nodiscard]] VaultResult<void> require_unlocked() const {
    if (!unlocked) return make_error(VaultError::Locked);
    return {};
  }
  [[nodiscard]] stdfs::path file_path(std::string_view file_id) const {
    return dir / kFilesDir / std::string(file_id);
  }

  VaultResult<void> migrate(std::uint32_t target);
  VaultResult<void> load_keys();
  VaultResult<void> index_note(std::string_view note_id, const NoteFields& fields, bool replace);
  VaultResult<std::string> insert_note(const NoteFields& fields, Origin origin, std::int64_t at,
                                       std::string_view capture_entry);
  VaultResult<RevisionContent> head_revision(std::string_view note_id);
  VaultResult<void> merge_inbox();
  VaultResult<void> quarantine(const stdfs::path& entry);
  VaultResult<std::uint64_t> read_attachment(std::string_view id, const std::function<bool(ByteView)>& sink);
  VaultResult<SecretBuffer> check_passphrase(const SecretBuffer& passphrase);
  VaultResult<void> write_header(Header h);
};

// ---- schema migrations -------------------------------------------------------------------------
// Each step runs in its own transaction together with the user_version bump. Never edit a
// released step; append a new one.

namespace {

VaultResult<void> migration_1(Vault::Impl& v) {
  return v.db.exec(
      "CREATE TABLE meta(key TEXT PRIMARY KEY, value BLOB NOT NULL);"
      "CREATE TABLE keys(name TEXT PRIMARY KEY, secret BLOB NOT NULL);"
      "CREATE TABLE notes(id TEXT PRIMARY KEY, created_at INTEGER NOT NULL, updated_at INTEGER NOT NULL,"
      "  origin INTEGER NOT NULL, revision_count INTEGER NOT NULL, head_hash BLOB NOT NULL,"
      "  title TEXT NOT NULL, capture_entry TEXT UNIQUE);"
      "CREATE TABLE revisions(note_id TEXT NOT NULL REFERENCES notes(id), number INTEGER NOT NULL,"
      "  saved_at INTEGER NOT NULL, canonical BLOB NOT NULL, hash BLOB NOT NULL,"
      "  PRIMARY KEY(note_id, number));"
      "CREATE TABLE attachments(id TEXT PRIMARY KEY, note_id TEXT NOT NULL REFERENCES notes(id),"
      "  name TEXT NOT NULL, mime TEXT NOT NULL, size INTEGER NOT NULL, content_hash BLOB NOT NULL,"
      "  file_key BLOB NOT NULL, added_at INTEGER NOT NULL);"
      "CREATE INDEX attachments_by_note ON attachments(note_id);");
}

// v2: full-text search (FTS4, inside the encrypted database: SR-7), filled from existing notes.
VaultResult<void> migration_2(Vault::Impl& v) {
  AMPARO_TRY_VOID(v.db.exec(
      "CREATE VIRTUAL TABLE notes_fts USING fts4(body, tokenize=unicode61 \"remove_diacritics=1\");"));
  std::vector<std::string> ids;
  {
    AMPARO_TRY(auto st, v.db.prepare("SELECT id FROM notes"));
    for (;;) {
      AMPARO_TRY(const bool row, st.step());
      if (!row) break;
      ids.emplace_back(st.text(0));
    }
  }
  for (const auto& id : ids) {
    AMPARO_TRY(auto head, v.head_revision(id));
    AMPARO_TRY_VOID(v.index_note(id, head.fields, false));
  }
  return {};
}

// v3: trusted legal-aid organizations (issue 6): opaque records written by the app (docs/formats.md).
VaultResult<void> migration_3(Vault::Impl& v) {
  return v.db.exec("CREATE TABLE trusted_orgs(id TEXT PRIMARY KEY, record BLOB NOT NULL);");
}

struct Migration {
  std::uint32_t version;
  VaultResult<void> (*apply)(Vault::Impl&);
};
// v4: attachments store the tree digest (crypto/tree_digest.h, the export bundle digest) computed
// while they are encrypted. Rows added before keep their plain BLAKE2b-256 in content_hash and a
// NULL tree_digest; new rows have an empty content_hash and the 32-byte tree_digest.
VaultResult<void> migration_4(Vault::Impl& v) {
  return v.db.exec("ALTER TABLE attachments ADD COLUMN tree_digest BLOB;");
}

constexpr Migration kMigrations[] = {{1, migration_1}, {2, migration_2}, {3, migration_3}, {4, migration_4}};
static_assert(sizeof(kMigrations) / sizeof(kMigrations[0]) == Vault::kLatestSchema);

}  // namespace

VaultResult<void> Vault::Impl::migrate(std::uint32_t target) {
  AMPARO_TRY(const auto current64, db.user_version());
  if (current64 < 0 || current64 > static_cast<std::int64_t>(kLatestSchema)) {
    return make_error(VaultError::SchemaTooNew, "schema " + std::to_string(current64));
  }
  auto current = static_cast<std::uint32_t>(current64);
  schema = current;
  if (current >= target) return {};
  if (current > 0) report.migrated_from_schema = current;
  for (const auto& m : kMigrations) {
    if (m.version <= current || m.version > target) continue;
    AMPARO_TRY(auto tx, sql::Transaction::begin(db));
    schema = m.version;  // lets a step use features of its own version
    if (auto r = m.apply(*this); !r) {
      schema = current;
      return std::move(r).error();
    }
    AMPARO_TRY_VOID(db.set_user_version(m.version));
    AMPARO_TRY_VOID(tx.commit());
    current = m.version;
  }
  schema = current;
  return {};
}

VaultResult<void> Vault::Impl::load_keys() {
  AMPARO_TRY(auto st, db.prepare("SELECT name, secret FROM keys"));
  std::optional<SecretBuffer> x, ed;
  for (;;) {
    AMPARO_TRY(const bool row, st.step());
    if (!row) break;
    if (st.text(0) == "x25519") x = SecretBuffer::copy_of(st.blob(1));
    if (st.text(0) == "ed25519") ed = SecretBuffer::copy_of(st.blob(1));
  }
  if (!x || !ed) return make_error(VaultError::DatabaseDamaged, "identity keys missing");
  auto b = crypto::BoxKeyPair::from_secret(std::move(*x));
  auto s = crypto::SigningKeyPair::from_secret(std::move(*ed));
  if (!b || !s) return make_error(VaultError::DatabaseDamaged, "identity keys malformed");
  if (!std::equal(b->public_key.begin(), b->public_key.end(), header.capture_public_key.begin())) {
    return make_error(VaultError::DatabaseNotOurs, "capture key differs from header");
  }
  box = std::move(b).value();
  sign = std::move(s).value();
  return {};
}

VaultResult<void> Vault::Impl::index_note(std::string_view note_id, const NoteFields& fields, bool replace) {
  if (schema < 2) return {};
  AMPARO_TRY(auto rowid_st, db.prepare("SELECT rowid FROM notes WHERE id = ?"));
  rowid_st.bind_text(1, note_id);
  AMPARO_TRY(const bool row, rowid_st.step());
  if (!row) return make_error(VaultError::NotFound, "note");
  const std::int64_t rowid = rowid_st.int64(0);
  if (replace) {
    AMPARO_TRY(auto del, db.prepare("DELETE FROM notes_fts WHERE docid = ?"));
    del.bind(1, rowid);
    AMPARO_TRY_VOID(del.run());
  }
  Text body = search_body(fields);
  AMPARO_TRY(auto ins, db.prepare("INSERT INTO notes_fts(docid, body) VALUES(?, ?)"));
  ins.bind(1, rowid).bind_text(2, view(body));
  auto r = ins.run();
  vault::wipe(body);
  return r;
}

VaultResult<std::string> Vault::Impl::insert_note(const NoteFields& fields, Origin origin, std::int64_t at,
                                                  std::string_view capture_entry) {
  const std::string note_id = crypto::random_id(16);
  RevisionContent rev{note_id, 1, at, origin, {}};
  rev.fields = fields;
  AMPARO_TRY(const auto canonical, encode_revision(rev));
  const Bytes hash = chain_hash(genesis_hash(), view(canonical));
  {
    AMPARO_TRY(
        auto st,
        db.prepare("INSERT INTO notes(id, created_at, updated_at, origin, revision_count, head_hash, title,"
                   " capture_entry) VALUES(?, ?, ?, ?, 1, ?, ?, ?)"));
    st.bind_text(1, note_id)
        .bind(2, at)
        .bind(3, at)
        .bind(4, static_cast<std::int64_t>(origin))
        .bind_blob(5, hash);
    st.bind_text(6, view(fields.title));
    if (capture_entry.empty()) {
      st.bind_null(7);
    } else {
      st.bind_text(7, capture_entry);
    }
    AMPARO_TRY_VOID(st.run());
  }
  {
    AMPARO_TRY(
        auto st,
        db.prepare(
            "INSERT INTO revisions(note_id, number, saved_at, canonical, hash) VALUES(?, 1, ?, ?, ?)"));
    st.bind_text(1, note_id).bind(2, at).bind_blob(3, view(canonical)).bind_blob(4, hash);
    AMPARO_TRY_VOID(st.run());
  }
  AMPARO_TRY_VOID(index_note(note_id, fields, false));
  return note_id;
}

VaultResult<RevisionContent> Vault::Impl::head_revision(std::string_view note_id) {
  AMPARO_TRY(auto st, db.prepare("SELECT r.canonical FROM notes n JOIN revisions r ON r.note_id = n.id"
                                 " AND r.number = n.revision_count WHERE n.id = ?"));
  st.bind_text(1, note_id);
  AMPARO_TRY(const bool row, st.step());
  if (!row) return make_error(VaultError::NotFound, "note");
  auto rev = decode_revision(st.blob(0));
  if (!rev) return make_error(VaultError::ChainBroken, "note " + std::string(note_id) + ": head undecodable");
  return rev;
}

// ---- lifecycle ---------------------------------------------------------------------------------

Vault::Vault(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
Vault::Vault(Vault&&) noexcept = default;
Vault& Vault::operator=(Vault&& other) noexcept {
  if (this != &other) {
    lock();
    impl_ = std::move(other.impl_);
  }
  return *this;
}
Vault::~Vault() {
  lock();
}

bool Vault::exists(const stdfs::path& dir) {
  return fs::exists(dir / kHeaderFile);
}

VaultResult<HeaderInfo> Vault::inspect(const stdfs::path& dir) {
  AMPARO_TRY(const auto h, read_header(dir));
  HeaderInfo info;
  info.format_version = h.version;
  info.vault_id = hex(h.vault_id);
  info.device_secret_required = h.device_secret_required();
  info.kdf = h.kdf;
  info.capture_public_key.assign(h.capture_public_key.begin(), h.capture_public_key.end());
  return info;
}

std::chrono::milliseconds Vault::required_delay(const stdfs::path& dir) {
  return attempts::required_delay(dir);
}

VaultResult<Vault> Vault::create(const stdfs::path& dir, const SecretBuffer& passphrase,
                                 const CreateOptions& options) {
  if (!initialize_sqlite()) return make_error(VaultError::Internal, "sqlite zeroing allocator not installed");
  if (passphrase.empty()) return make_error(VaultError::InvalidArgument, "empty passphrase");
  if (!options.kdf.in_range()) return make_error(VaultError::KdfParamsRejected, "kdf parameters");
  if (options.schema_version > kLatestSchema)
    return make_error(VaultError::InvalidArgument, "schema version");
  std::error_code ec;
  if (stdfs::exists(dir, ec)) {
    if (exists(dir)) return make_error(VaultError::AlreadyExists);
    if (!stdfs::is_directory(dir, ec) || !stdfs::is_empty(dir, ec)) {
      return make_error(VaultError::AlreadyExists, "folder not empty");
    }
  } else if (dir.has_parent_path()) {
    stdfs::create_directories(dir.parent_path(), ec);
  }
  AMPARO_TRY_VOID(fs::make_private_dir(dir));
  // From here on, a failure removes what we created (nothing of value exists yet).
  auto cleanup = [&](VaultFailure e) -> VaultFailure {
    std::error_code ec2;
    for (const auto& entry : stdfs::directory_iterator(dir, ec2)) stdfs::remove_all(entry.path(), ec2);
    return e;
  };

  auto impl = std::make_unique<Impl>();
  impl->dir = dir;
  impl->device = options.device;
  Header& h = impl->header;
  h.vault_id = random_id16();
  impl->id = hex(h.vault_id);
  h.kdf = options.kdf;
  crypto::random_fill(h.salt);
  impl->box = crypto::BoxKeyPair::generate();
  impl->sign = crypto::SigningKeyPair::generate();
  std::copy(impl->box.public_key.begin(), impl->box.public_key.end(), h.capture_public_key.begin());
  std::optional<SecretBuffer> device_secret;
  if (options.device != nullptr) {
    h.flags |= kFlagDeviceSecret;
    h.device_secret_id = random_id16();
    device_secret = crypto::random_secret(kDeviceSecretSize);
  }
  impl->data_key = crypto::random_secret(32);

  for (const char* sub : {kFilesDir, kInboxDir, kQuarantineDir}) {
    if (auto r = fs::make_private_dir(dir / sub); !r) return cleanup(std::move(r).error());
  }
  {
    auto db = sql::Db::open(dir / kDatabaseFile, impl->data_key, true, h.sqlcipher.page_size);
    if (!db) return cleanup(std::move(db).error());
    impl->db = std::move(db).value();
  }
  const std::uint32_t target = options.schema_version == 0 ? kLatestSchema : options.schema_version;
  if (auto r = impl->migrate(target); !r) return cleanup(std::move(r).error());
  {
    auto tx = sql::Transaction::begin(impl->db);
    if (!tx) return cleanup(std::move(tx).error());
    auto put_meta = impl->db.prepare("INSERT INTO meta(key, value) VALUES('vault_id', ?)");
    if (!put_meta) return cleanup(std::move(put_meta).error());
    put_meta->bind_blob(1, h.vault_id);
    if (auto r = put_meta->run(); !r) return cleanup(std::move(r).error());
    auto put_key = impl->db.prepare("INSERT INTO keys(name, secret) VALUES(?, ?)");
    if (!put_key) return cleanup(std::move(put_key).error());
    put_key->bind_text(1, "x25519").bind_blob(2, impl->box.secret_key.view());
    if (auto r = put_key->run(); !r) return cleanup(std::move(r).error());
    put_key->reset();
    put_key->bind_text(1, "ed25519").bind_blob(2, impl->sign.secret_key.view());
    if (auto r = put_key->run(); !r) return cleanup(std::move(r).error());
    if (auto r = tx->commit(); !r) return cleanup(std::move(r).error());
  }
  {
    auto kek = derive_kek(h, passphrase, device_secret ? &*device_secret : nullptr);
    if (!kek) return cleanup(std::move(kek).error());
    auto slot = wrap_slot(h, 0, *kek, impl->data_key);
    if (!slot) return cleanup(std::move(slot).error());
    h.slots[0] = *slot;
    crypto::random_fill(h.slots[1]);  // unused slot: random, same size (SR-19)
  }
  if (device_secret) {
    if (auto r = options.device->store(device_secret_name(h), *device_secret); !r)
      return cleanup(std::move(r).error());
  }
  auto fail_after_secret = [&](VaultFailure e) -> VaultFailure {
    if (device_secret) (void)options.device->erase(device_secret_name(h));
    return cleanup(std::move(e));
  };
  if (auto r = fs::write_file_atomic(dir / kPublicKeyFile, public_key_file_bytes(h), "capture key"); !r) {
    return fail_after_secret(std::move(r).error());
  }
  // The header goes last: its presence is what makes the folder a vault.
  if (auto r = fs::write_file_atomic(dir / kHeaderFile, h.serialize(), "header"); !r) {
    return fail_after_secret(std::move(r).error());
  }
  impl->unlocked = true;
  impl->protect_idle_keys();
  return Vault(std::move(impl));
}

VaultResult<Vault> Vault::unlock(const stdfs::path& dir, const SecretBuffer& passphrase,
                                 DeviceSecretStore* device) {
  if (!initialize_sqlite()) return make_error(VaultError::Internal, "sqlite zeroing allocator not installed");
  AMPARO_TRY(Header h, read_header(dir));
  if (const auto wait = attempts::required_delay(dir); wait.count() > 0) {
    return make_error(VaultError::TooManyAttempts, std::to_string(wait.count()));
  }
  std::optional<SecretBuffer> device_secret;
  if (h.device_secret_required()) {
    AMPARO_TRY(auto s, load_device_secret(h, device));
    device_secret = std::move(s);
  }
  AMPARO_TRY(const auto kek, derive_kek(h, passphrase, device_secret ? &*device_secret : nullptr));
  auto opened = open_slots(h, kek);
  if (opened.empty()) {
    (void)attempts::record_failure(dir);
    return make_error(VaultError::WrongPassphrase);
  }
  (void)attempts::reset(dir);

  auto impl = std::make_unique<Impl>();
  impl->dir = dir;
  impl->header = h;
  impl->id = hex(h.vault_id);
  impl->device = device;
  // Try each opened key (two only after an interrupted rekey: the database holds one of them).
  std::optional<VaultFailure> db_error;
  for (auto& key : opened) {
    auto db = sql::Db::open(dir / kDatabaseFile, key, false, h.sqlcipher.page_size);
    if (db) {
      impl->db = std::move(db).value();
      impl->data_key = std::move(key);
      db_error.reset();
      break;
    }
    if (!db_error) db_error = std::move(db).error();
  }
  if (db_error) return std::move(*db_error);
  {
    AMPARO_TRY(auto st, impl->db.prepare("SELECT value FROM meta WHERE key = 'vault_id'"));
    AMPARO_TRY(const bool row, st.step());
    const ByteView stored = row ? st.blob(0) : ByteView();
    if (stored.size() != 16 || !std::equal(stored.begin(), stored.end(), h.vault_id.begin())) {
      return make_error(VaultError::DatabaseNotOurs, "vault id differs from header");
    }
  }
  AMPARO_TRY_VOID(impl->migrate(kLatestSchema));
  AMPARO_TRY_VOID(impl->load_keys());
  impl->unlocked = true;
  impl->report.public_key_mismatch = !public_key_file_matches(dir, h);
  // The inbox never blocks access to the vault: a file-system error is reported, not fatal.
  if (auto merged = impl->merge_inbox(); !merged) impl->report.inbox_error = merged.error().code;
  impl->protect_idle_keys();
  return Vault(std::move(impl));
}

void Vault::lock() noexcept {
  if (!impl_) return;
  impl_->db.close();
  impl_->data_key.reset();
  impl_->sign.secret_key.reset();
  impl_->box.secret_key.reset();
  impl_->unlocked = false;
  sqlite3_release_memory(INT32_MAX);
}

bool Vault::is_unlocked() const noexcept {
  return impl_ && impl_->unlocked;
}
const std::string& Vault::id() const noexcept {
  return impl_->id;
}
const stdfs::path& Vault::path() const noexcept {
  return impl_->dir;
}
const UnlockReport& Vault::unlock_report() const noexcept {
  return impl_->report;
}
std::uint32_t Vault::schema_version() const noexcept {
  return impl_->schema;
}
const Bytes& Vault::signing_public_key() const noexcept {
  return impl_->sign.public_key;
}
const Bytes& Vault::capture_public_key() const noexcept {
  return impl_->box.public_key;
}

VaultResult<Bytes> Vault::sign(ByteView message) {
  AMPARO_TRY_VOID(impl_->require_unlocked());
  SecretUse use(impl_->sign.secret_key);
  auto sig = crypto::sign_detached(impl_->sign.secret_key, message);
  if (!sig) return make_error(VaultError::Internal, "sign");
  return std::move(sig).value();
}

// ---- trusted organizations (schema 3) ----------------------------------------------------------

namespace {
constexpr std::size_t kMaxOrgId = 256;
constexpr std::size_t kMaxOrgRecord = 16 * 1024;
}  // namespace

VaultResult<void> Vault::verify_passphrase(const SecretBuffer& passphrase) {
  AMPARO_TRY_VOID(impl_->require_unlocked());
  AMPARO_TRY_VOID(impl_->check_passphrase(passphrase));
  return {};
}

VaultResult<void> Vault::put_trusted_org(std::string_view org_id, ByteView record) {
  AMPARO_TRY_VOID(impl_->require_unlocked());
  if (org_id.empty() || org_id.size() > kMaxOrgId || record.size() > kMaxOrgRecord)
    return make_error(VaultError::InvalidArgument, "trusted organization record");
  AMPARO_TRY(auto st, impl_->db.prepare("INSERT OR REPLACE INTO trusted_orgs(id, record) VALUES(?, ?)"));
  st.bind_text(1, org_id).bind_blob(2, record);
  return st.run();
}

VaultResult<std::vector<Vault::TrustedOrgRecord>> Vault::trusted_orgs() {
  AMPARO_TRY_VOID(impl_->require_unlocked());
  std::vector<TrustedOrgRecord> out;
  AMPARO_TRY(auto st, impl_->db.prepare("SELECT id, record FROM trusted_orgs ORDER BY id"));
  for (;;) {
    AMPARO_TRY(const bool row, st.step());
    if (!row) break;
    const auto blob = st.blob(1);
    out.push_back({std::string(st.text(0)), Bytes(blob.begin(), blob.end())});
  }
  return out;
}

VaultResult<void> Vault::remove_trusted_org(std::string_view org_id) {
  AMPARO_TRY_VOID(impl_->require_unlocked());
  {
    AMPARO_TRY(auto st, impl_->db.prepare("SELECT 1 FROM trusted_orgs WHERE id = ?"));
    st.bind_text(1, org_id);
    AMPARO_TRY(const bool row, st.step());
    if (!row) return make_error(VaultError::NotFound, "trusted organization");
  }
  AMPARO_TRY(auto st, impl_->db.prepare("DELETE FROM trusted_orgs WHERE id = ?"));
  st.bind_text(1, org_id);
  return st.run();
}

// ---- passphrase, header ------------------------------------------------------------------------

VaultResult<SecretBuffer> Vault::Impl::check_passphrase(const SecretBuffer& passphrase) {
  std::optional<SecretBuffer> device_secret;
  if (header.device_secret_required()) {
    AMPARO_TRY(auto s, load_device_secret(header, device));
    device_secret = std::move(s);
  }
  AMPARO_TRY(auto kek, derive_kek(header, passphrase, device_secret ? &*device_secret : nullptr));
  SecretUse use(data_key);
  for (const auto& key : open_slots(header, kek)) {
    if (key.equals(data_key)) return kek;
  }
  return make_error(VaultError::WrongPassphrase);
}

VaultResult<void> Vault::Impl::write_header(Header h) {
  AMPARO_TRY_VOID(fs::write_file_atomic(dir / kHeaderFile, h.serialize(), "header"));
  header = h;
  return {};
}

VaultResult<void> Vault::change_passphrase(const SecretBuffer& old_passphrase,
                                           const SecretBuffer& new_passphrase,
                                           std::optional<crypto::KdfParams> new_kdf) {
  AMPARO_TRY_VOID(impl_->require_unlocked());
  if (new_passphrase.empty()) return make_error(VaultError::InvalidArgument, "empty passphrase");
  if (new_kdf && !new_kdf->in_range()) return make_error(VaultError::KdfParamsRejected, "kdf parameters");
  AMPARO_TRY_VOID(impl_->check_passphrase(old_passphrase));
  const Header old = impl_->header;
  Header h = old;
  if (new_kdf) h.kdf = *new_kdf;
  crypto::random_fill(h.salt);
  std::optional<SecretBuffer> device_secret;
  if (h.device_secret_required()) {
    if (impl_->device == nullptr) return make_error(VaultError::DeviceSecretUnavailable, "no keystore");
    h.device_secret_id = random_id16();
    device_secret = crypto::random_secret(kDeviceSecretSize);
  }
  AMPARO_TRY(const auto kek, derive_kek(h, new_passphrase, device_secret ? &*device_secret : nullptr));
  {
    SecretUse use(impl_->data_key);
    AMPARO_TRY(h.slots[0], wrap_slot(h, 0, kek, impl_->data_key));
  }
  crypto::random_fill(h.slots[1]);
  // New secret under a new name first, then the header, then the old secret goes: a crash at any
  // point leaves a header whose secret exists.
  if (device_secret) AMPARO_TRY_VOID(impl_->device->store(device_secret_name(h), *device_secret));
  if (auto r = impl_->write_header(h); !r) {
    if (device_secret) (void)impl_->device->erase(device_secret_name(h));
    return r;
  }
  if (old.device_secret_required()) (void)impl_->device->erase(device_secret_name(old));
  return {};
}

VaultResult<void> Vault::restore_capture_key_file() {
  AMPARO_TRY_VOID(impl_->require_unlocked());
  AMPARO_TRY_VOID(fs::write_file_atomic(impl_->dir / kPublicKeyFile, public_key_file_bytes(impl_->header),
                                        "capture key"));
  impl_->report.public_key_mismatch = false;
  return {};
}

// ---- notes -------------------------------------------------------------------------------------

VaultResult<std::string> Vault::add_note(const NoteFields& fields) {
  AMPARO_TRY_VOID(impl_->require_unlocked());
  AMPARO_TRY_VOID(validate(fields));
  AMPARO_TRY(auto tx, sql::Transaction::begin(impl_->db));
  AMPARO_TRY(auto id, impl_->insert_note(fields, Origin::Typed, now_seconds(), {}));
  AMPARO_TRY_VOID(tx.commit());
  return id;
}

VaultResult<std::uint32_t> Vault::update_note(std::string_view note_id, const NoteFields& fields) {
  AMPARO_TRY_VOID(impl_->require_unlocked());
  if (!is_id(note_id)) return make_error(VaultError::NotFound, "note");
  AMPARO_TRY_VOID(validate(fields));
  auto& db = impl_->db;
  AMPARO_TRY(auto tx, sql::Transaction::begin(db));
  AMPARO_TRY(auto st, db.prepare("SELECT revision_count, head_hash FROM notes WHERE id = ?"));
  st.bind_text(1, note_id);
  AMPARO_TRY(const bool row, st.step());
  if (!row) return make_error(VaultError::NotFound, "note");
  const auto number = static_cast<std::uint32_t>(st.int64(0) + 1);
  const Bytes prev(st.blob(1).begin(), st.blob(1).end());
  st.reset();
  const std::int64_t at = now_seconds();
  RevisionContent rev{std::string(note_id), number, at, Origin::Typed, {}};
  rev.fields = fields;
  AMPARO_TRY(const auto canonical, encode_revision(rev));
  const Bytes hash = chain_hash(prev, view(canonical));
  {
    AMPARO_TRY(
        auto ins,
        db.prepare(
            "INSERT INTO revisions(note_id, number, saved_at, canonical, hash) VALUES(?, ?, ?, ?, ?)"));
    ins.bind_text(1, note_id).bind(2, number).bind(3, at).bind_blob(4, view(canonical)).bind_blob(5, hash);
    AMPARO_TRY_VOID(ins.run());
  }
  {
    AMPARO_TRY(
        auto up,
        db.prepare(
            "UPDATE notes SET revision_count = ?, head_hash = ?, updated_at = ?, title = ? WHERE id = ?"));
    up.bind(1, number).bind_blob(2, hash).bind(3, at).bind_text(4, view(fields.title)).bind_text(5, note_id);
    AMPARO_TRY_VOID(up.run());
  }
  AMPARO_TRY_VOID(impl_->index_note(note_id, fields, true));
  AMPARO_TRY_VOID(tx.commit());
  return number;
}

namespace {
constexpr const char* kSummaryColumns =
    "SELECT n.id, n.title, n.created_at, n.updated_at, n.revision_count, n.origin,"
    " (SELECT count(*) FROM attachments a WHERE a.note_id = n.id) FROM notes n ";

NoteSummary read_summary(const sql::Stmt& st) {
  NoteSummary s;
  s.id = std::string(st.text(0));
  s.title = to_text(st.text(1));
  s.created_at = st.int64(2);
  s.updated_at = st.int64(3);
  s.revision_count = static_cast<std::uint32_t>(st.int64(4));
  s.origin = static_cast<Origin>(std::clamp<std::int64_t>(st.int64(5), 0, 2));
  s.attachment_count = static_cast<std::uint32_t>(st.int64(6));
  return s;
}
}  // namespace

VaultResult<std::vector<NoteSummary>> Vault::list_notes() {
  AMPARO_TRY_VOID(impl_->require_unlocked());
  AMPARO_TRY(auto st,
             impl_->db.prepare(std::string(kSummaryColumns) + "ORDER BY n.updated_at DESC, n.rowid DESC"));
  std::vector<NoteSummary> out;
  for (;;) {
    AMPARO_TRY(const bool row, st.step());
    if (!row) break;
    out.push_back(read_summary(st));
  }
  return out;
}

VaultResult<std::vector<NoteSummary>> Vault::search_notes(std::string_view query) {
  AMPARO_TRY_VOID(impl_->require_unlocked());
  if (impl_->schema < 2) return make_error(VaultError::Internal, "search index missing");
  // Each word becomes a quoted prefix term: FTS operators typed by the person are not interpreted.
  std::string match;
  std::string word;
  auto flush = [&] {
    if (word.empty()) return;
    if (!match.empty()) match += ' ';
    match += '"' + word + "*\"";
    word.clear();
  };
  for (char c : query) {
    const auto u = static_cast<unsigned char>(c);
    if (u >= 0x80 || std::isalnum(u) != 0) {
      word += c;
    } else {
      flush();
    }
  }
  flush();
  std::vector<NoteSummary> out;
  if (match.empty()) return out;
  if (query.size() > 1024) return make_error(VaultError::InvalidArgument, "query too long");
  AMPARO_TRY(auto st,
             impl_->db.prepare(std::string(kSummaryColumns) +
                               "WHERE n.rowid IN (SELECT docid FROM notes_fts WHERE notes_fts MATCH ?)"
                               " ORDER BY n.updated_at DESC, n.rowid DESC"));
  st.bind_text(1, match);
  secure_wipe(match.data(), match.size());
  for (;;) {
    AMPARO_TRY(const bool row, st.step());
    if (!row) break;
    out.push_back(read_summary(st));
  }
  return out;
}

VaultResult<Note> Vault::get_note(std::string_view note_id) {
  AMPARO_TRY_VOID(impl_->require_unlocked());
  if (!is_id(note_id)) return make_error(VaultError::NotFound, "note");
  AMPARO_TRY(auto st, impl_->db.prepare(
                          "SELECT created_at, updated_at, revision_count, origin FROM notes WHERE id = ?"));
  st.bind_text(1, note_id);
  AMPARO_TRY(const bool row, st.step());
  if (!row) return make_error(VaultError::NotFound, "note");
  Note n;
  n.id = std::string(note_id);
  n.created_at = st.int64(0);
  n.updated_at = st.int64(1);
  n.revision_count = static_cast<std::uint32_t>(st.int64(2));
  n.origin = static_cast<Origin>(std::clamp<std::int64_t>(st.int64(3), 0, 2));
  AMPARO_TRY(auto head, impl_->head_revision(note_id));
  n.fields = std::move(head.fields);
  return n;
}

VaultResult<std::vector<Revision>> Vault::history(std::string_view note_id) {
  AMPARO_TRY_VOID(impl_->require_unlocked());
  if (!is_id(note_id)) return make_error(VaultError::NotFound, "note");
  AMPARO_TRY(auto st, impl_->db.prepare(
                          "SELECT number, canonical, hash FROM revisions WHERE note_id = ? ORDER BY number"));
  st.bind_text(1, note_id);
  std::vector<Revision> out;
  Bytes prev = genesis_hash();
  for (;;) {
    AMPARO_TRY(const bool row, st.step());
    if (!row) break;
    Revision r;
    r.canonical.assign(st.blob(1).begin(), st.blob(1).end());
    auto content = decode_revision(view(r.canonical));
    if (!content) {
      return make_error(VaultError::ChainBroken, "note " + std::string(note_id) + " revision " +
                                                     std::to_string(st.int64(0)) + ": undecodable");
    }
    r.content = std::move(content).value();
    r.previous_hash = prev;
    r.hash.assign(st.blob(2).begin(), st.blob(2).end());
    prev = r.hash;
    out.push_back(std::move(r));
  }
  if (out.empty()) return make_error(VaultError::NotFound, "note");
  return out;
}

VaultResult<Bytes> Vault::chain_head(std::string_view note_id) {
  AMPARO_TRY_VOID(impl_->require_unlocked());
  AMPARO_TRY(auto st, impl_->db.prepare("SELECT head_hash FROM notes WHERE id = ?"));
  st.bind_text(1, note_id);
  AMPARO_TRY(const bool row, st.step());
  if (!row) return make_error(VaultError::NotFound, "note");
  return Bytes(st.blob(0).begin(), st.blob(0).end());
}

// ---- verify ------------------------------------------------------------------------------------

VaultResult<VerifyReport> Vault::verify() {
  AMPARO_TRY_VOID(impl_->require_unlocked());
  auto& db = impl_->db;
  VerifyReport report;
  // Drop cached pages so every page is read (and its HMAC checked) from disk again.
  sqlite3_db_release_memory(db.handle());
  // One transaction for every check, so a writer in another process cannot change the file between
  // the integrity check, the page count and the chains (it would look like damage). Read-only:
  // the guard rolls back when it goes out of scope.
  AMPARO_TRY(auto snapshot, sql::Transaction::begin(db));
  {
    report.database_ok = true;
    auto st = db.prepare("PRAGMA integrity_check");
    if (!st) {
      report.database_ok = false;
      report.database_detail = st.error().detail;
    } else {
      for (;;) {
        auto row = st->step();
        if (!row) {
          report.database_ok = false;
          report.database_detail = row.error().detail;
          break;
        }
        if (!*row) break;
        if (st->text(0) != "ok") {
          report.database_ok = false;
          report.database_detail = std::string(st->text(0).substr(0, 200));
        }
      }
    }
    // The file must hold at least page_count whole pages: a truncated file is damage. (It may be
    // longer: after a rolled-back transaction SQLite can leave unused pages at the end.)
    if (report.database_ok) {
      auto pc = db.prepare("PRAGMA page_count");
      std::error_code ec;
      const auto size = stdfs::file_size(impl_->dir / kDatabaseFile, ec);
      const std::uint64_t page = impl_->header.sqlcipher.page_size;
      if (pc && pc->step() && !ec &&
          (size % page != 0 || size < static_cast<std::uint64_t>(pc->int64(0)) * page)) {
        report.database_ok = false;
        report.database_detail = "database file is shorter than its page count";
      }
    }
  }
  if (!report.database_ok) return report;

  // Revision chains, note by note.
  std::vector<std::tuple<std::string, std::uint32_t, Bytes>> notes;
  {
    AMPARO_TRY(auto st, db.prepare("SELECT id, revision_count, head_hash FROM notes ORDER BY id"));
    for (;;) {
      AMPARO_TRY(const bool row, st.step());
      if (!row) break;
      notes.emplace_back(std::string(st.text(0)), static_cast<std::uint32_t>(st.int64(1)),
                         Bytes(st.blob(2).begin(), st.blob(2).end()));
    }
  }
  AMPARO_TRY(auto revs,
             db.prepare("SELECT number, canonical, hash FROM revisions WHERE note_id = ? ORDER BY number"));
  for (const auto& note : notes) {
    const std::string& note_id = std::get<0>(note);
    const std::uint32_t count = std::get<1>(note);
    const Bytes& head = std::get<2>(note);
    ++report.notes;
    revs.reset();
    revs.bind_text(1, note_id);
    Bytes prev = genesis_hash();
    std::uint32_t expected = 1;
    auto broken = [&](std::uint32_t n, const char* reason) {
      if (!report.first_broken_link) report.first_broken_link = BrokenLink{note_id, n, reason};
    };
    for (;;) {
      AMPARO_TRY(const bool row, revs.step());
      if (!row) break;
      ++report.revisions;
      const auto number = static_cast<std::uint32_t>(revs.int64(0));
      if (number != expected) {
        broken(expected, "missing revision");
        break;
      }
      const ByteView canonical = revs.blob(1);
      const ByteView stored = revs.blob(2);
      auto content = decode_revision(canonical);
      if (!content) {
        broken(number, "undecodable revision");
        break;
      }
      if (content->note_id != note_id || content->number != number) {
        broken(number, "revision belongs elsewhere");
        break;
      }
      const Bytes h = chain_hash(prev, canonical);
      if (stored.size() != h.size() || !std::equal(h.begin(), h.end(), stored.begin())) {
        broken(number, "hash mismatch");
        break;
      }
      prev = h;
      ++expected;
    }
    if (report.first_broken_link && report.first_broken_link->note_id == note_id) continue;
    if (expected - 1 != count) {
      broken(expected, "missing revision");
    } else if (prev != head) {
      broken(count, "head hash mismatch");
    }
  }
  // Attachments: authenticate every chunk and compare the content hash.
  // Each row is checked against the digest it has (tree digest since schema 4, else the plain
  // BLAKE2b-256 of older rows).
  std::vector<AttachmentInfo> atts;
  {
    AMPARO_TRY(auto st,
               db.prepare(impl_->schema >= 4
                              ? "SELECT id, size, content_hash, tree_digest FROM attachments ORDER BY id"
                              : "SELECT id, size, content_hash, NULL FROM attachments ORDER BY id"));
    for (;;) {
      AMPARO_TRY(const bool row, st.step());
      if (!row) break;
      AttachmentInfo a;
      a.id = std::string(st.text(0));
      a.size = static_cast<std::uint64_t>(st.int64(1));
      read_digest(st, 2, a);
      atts.push_back(std::move(a));
    }
  }
  for (const auto& att : atts) {
    ++report.attachments;
    std::optional<crypto::TreeDigest> tree;
    std::optional<crypto::Blake2b> plain;
    if (att.digest_kind == DigestKind::Tree) {
      tree.emplace(att.size);
    } else {
      plain.emplace(32);
    }
    auto n = impl_->read_attachment(att.id, [&](ByteView chunk) {
      if (tree) tree->update(chunk);
      if (plain) plain->update(chunk);
      return true;
    });
    const bool match = n && *n == att.size && att.digest.size() == 32 &&
                       (tree ? tree->finish() : plain->finish()) == att.digest;
    if (!match) report.damaged_attachments.push_back(att.id);
  }
  return report;
}

// ---- attachments -------------------------------------------------------------------------------

VaultResult<AttachmentInfo> Vault::add_attachment(std::string_view note_id, std::istream& content,
                                                  std::string_view name, std::string_view mime) {
  AMPARO_TRY_VOID(impl_->require_unlocked());
  AMPARO_TRY_VOID(validate_attachment_meta(name, mime));
  auto& db = impl_->db;
  {
    AMPARO_TRY(auto st, db.prepare("SELECT 1 FROM notes WHERE id = ?"));
    st.bind_text(1, note_id);
    AMPARO_TRY(const bool row, st.step());
    if (!row) return make_error(VaultError::NotFound, "note");
  }
  const Id file_id = random_id16();
  const auto key = crypto::random_secret(crypto::kStreamKeySize);
  AttachmentInfo info;
  info.id = hex(file_id);
  info.note_id = std::string(note_id);
  info.name = to_text(name);
  info.mime = std::string(mime);
  info.added_at = now_seconds();
  const stdfs::path path = impl_->file_path(info.id);
  // Schema 4 stores the tree digest; an older schema (only tests keep one open) the plain hash.
  const bool tree = impl_->schema >= 4;
  AMPARO_TRY(const auto written,
             write_encrypted_file(path, content, key, attachment_ad(impl_->header.vault_id, file_id),
                                  kMaxAttachmentSize, tree ? SourceDigest::Tree : SourceDigest::Blake2b));
  info.size = written.size;
  info.digest_kind = tree ? DigestKind::Tree : DigestKind::Blake2b;
  info.digest = written.digest;
  auto insert = [&]() -> VaultResult<void> {
    AMPARO_TRY(auto tx, sql::Transaction::begin(db));
    AMPARO_TRY(auto st,
               db.prepare(tree ? "INSERT INTO attachments(id, note_id, name, mime, size, content_hash,"
                                 " file_key, added_at, tree_digest) VALUES(?, ?, ?, ?, ?, X'', ?, ?, ?)"
                               : "INSERT INTO attachments(id, note_id, name, mime, size, content_hash,"
                                 " file_key, added_at) VALUES(?, ?, ?, ?, ?, ?, ?, ?)"));
    st.bind_text(1, info.id).bind_text(2, note_id).bind_text(3, view(info.name)).bind_text(4, info.mime);
    st.bind(5, static_cast<std::int64_t>(info.size));
    if (tree) {
      st.bind_blob(6, key.view()).bind(7, info.added_at).bind_blob(8, info.digest);
    } else {
      st.bind_blob(6, info.digest).bind_blob(7, key.view()).bind(8, info.added_at);
    }
    AMPARO_TRY_VOID(st.run());
    return tx.commit();
  };
  if (auto r = insert(); !r) {
    (void)fs::shred(path);
    return std::move(r).error();
  }
  return info;
}

VaultResult<std::vector<AttachmentInfo>> Vault::attachments(std::string_view note_id) {
  AMPARO_TRY_VOID(impl_->require_unlocked());
  AMPARO_TRY(auto st,
             impl_->db.prepare(impl_->schema >= 4
                                   ? "SELECT id, note_id, name, mime, size, content_hash, tree_digest,"
                                     " added_at FROM attachments WHERE note_id = ?"
                                     " ORDER BY added_at, rowid"
                                   : "SELECT id, note_id, name, mime, size, content_hash, NULL, added_at"
                                     " FROM attachments WHERE note_id = ? ORDER BY added_at, rowid"));
  st.bind_text(1, note_id);
  std::vector<AttachmentInfo> out;
  for (;;) {
    AMPARO_TRY(const bool row, st.step());
    if (!row) break;
    AttachmentInfo a;
    a.id = std::string(st.text(0));
    a.note_id = std::string(st.text(1));
    a.name = to_text(st.text(2));
    a.mime = std::string(st.text(3));
    a.size = static_cast<std::uint64_t>(st.int64(4));
    read_digest(st, 5, a);
    a.added_at = st.int64(7);
    out.push_back(std::move(a));
  }
  return out;
}

VaultResult<std::uint64_t> Vault::Impl::read_attachment(std::string_view attachment_id,
                                                        const std::function<bool(ByteView)>& sink) {
  const auto file_id = parse_id(attachment_id);
  if (!file_id) return make_error(VaultError::NotFound, "attachment");
  SecretBuffer key;
  std::uint64_t size = 0;
  {
    AMPARO_TRY(auto st, db.prepare("SELECT file_key, size FROM attachments WHERE id = ?"));
    st.bind_text(1, attachment_id);
    AMPARO_TRY(const bool row, st.step());
    if (!row) return make_error(VaultError::NotFound, "attachment");
    key = SecretBuffer::copy_of(st.blob(0));
    size = static_cast<std::uint64_t>(st.int64(1));
  }
  std::ifstream in(file_path(attachment_id), std::ios::binary);
  if (!in) return make_error(VaultError::AttachmentDamaged, "missing file");
  bool sink_stopped = false;
  auto n = crypto::decrypt_stream(
      in, key, attachment_ad(header.vault_id, *file_id),
      [&](ByteView chunk) {
        if (!sink(chunk)) {
          sink_stopped = true;
          return false;
        }
        return true;
      },
      size);
  if (!n) {
    if (sink_stopped) return make_error(VaultError::Io, "stopped by reader");
    return make_error(VaultError::AttachmentDamaged, std::string(crypto::describe(n.error().code)));
  }
  if (*n != size) return make_error(VaultError::AttachmentDamaged, "size mismatch");
  return *n;
}

VaultResult<std::uint64_t> Vault::read_attachment(std::string_view attachment_id,
                                                  const std::function<bool(ByteView)>& sink) {
  AMPARO_TRY_VOID(impl_->require_unlocked());
  return impl_->read_attachment(attachment_id, sink);
}

// ---- capture inbox -----------------------------------------------------------------------------

VaultResult<void> Vault::capture(const stdfs::path& dir, const CaptureInput& input) {
  AMPARO_TRY(const Header h, read_header(dir));
  // SR-16: never seal to a key that differs from the (authenticated-at-unlock) header's.
  if (!public_key_file_matches(dir, h)) return make_error(VaultError::PublicKeyMismatch);
  if (input.text.size() > CaptureLimits::kMaxText) return make_error(VaultError::AttachmentTooLarge, "text");
  if (input.text.empty() && input.attachment == nullptr)
    return make_error(VaultError::InvalidArgument, "empty capture");
  {
    NoteFields probe;
    probe.narrative = to_text(input.text);
    if (probe.narrative.empty()) probe.title = to_text("x");
    auto ok = validate(probe);
    vault::wipe(probe.narrative);
    if (!ok) return std::move(ok).error();
  }
  const stdfs::path inbox = dir / kInboxDir;
  AMPARO_TRY_VOID(fs::make_private_dir(inbox));

  CapturePayload payload;
  payload.captured_at = now_seconds();
  payload.text = to_text(input.text);
  stdfs::path att_path;
  if (input.attachment != nullptr) {
    AMPARO_TRY_VOID(validate_attachment_meta(input.attachment_name, input.attachment_mime));
    CaptureAttachmentRef a;
    a.file_id = random_id16();
    crypto::random_fill(a.file_key);
    a.name = to_text(input.attachment_name);
    a.mime = std::string(input.attachment_mime);
    const auto key = SecretBuffer::copy_of(ByteView(a.file_key.data(), a.file_key.size()));
    att_path = inbox / (hex(a.file_id) + kAttachmentSuffix);
    AMPARO_TRY(const auto written,
               write_encrypted_file(att_path, *input.attachment, key, attachment_ad(h.vault_id, a.file_id),
                                    CaptureLimits::kMaxAttachment));
    a.size = written.size;
    if (written.digest.size() != a.content_hash.size()) return make_error(VaultError::Internal, "digest");
    std::copy(written.digest.begin(), written.digest.end(), a.content_hash.begin());
    a.tree_digest = true;
    payload.attachment = std::move(a);
  }
  auto fail = [&](VaultFailure e) -> VaultFailure {
    if (!att_path.empty()) (void)fs::shred(att_path);
    return e;
  };
  const SecureBytes plaintext = encode_capture_payload(payload);
  const auto entry_key = crypto::random_secret(crypto::kStreamKeySize);
  auto sealed = crypto::seal(ByteView(h.capture_public_key.data(), 32), entry_key.view());
  if (!sealed || sealed->size() != kInboxSealedKeySize) return fail(make_error(VaultError::Internal, "seal"));
  const Id entry_id = random_id16();
  Bytes ad = build_inbox_prefix(h.vault_id, entry_id, *sealed, 0);
  ad.resize(kInboxAdSize);
  auto ct = crypto::encrypt_bytes(view(plaintext), entry_key, ad);
  if (!ct || ct->size() > kInboxMaxPayloadCiphertext)
    return fail(make_error(VaultError::Internal, "encrypt"));
  Bytes entry = build_inbox_prefix(h.vault_id, entry_id, *sealed, static_cast<std::uint32_t>(ct->size()));
  append_bytes(entry, *ct);
  if (auto r = fs::write_file_atomic(inbox / (hex(entry_id) + kEntrySuffix), entry, "inbox entry"); !r) {
    return fail(std::move(r).error());
  }
  return {};
}

VaultResult<void> Vault::Impl::quarantine(const stdfs::path& entry) {
  const stdfs::path qdir = dir / kQuarantineDir;
  AMPARO_TRY_VOID(fs::make_private_dir(qdir));
  std::error_code ec;
  stdfs::rename(entry, qdir / entry.filename(), ec);
  if (ec) return make_error(VaultError::Io, "quarantine: " + ec.message());
  AMPARO_TRY_VOID(fs::fsync_dir(qdir));
  return fs::fsync_dir(entry.parent_path());
}

VaultResult<void> Vault::Impl::merge_inbox() {
  const stdfs::path inbox = dir / kInboxDir;
  std::error_code ec;
  if (!stdfs::is_directory(inbox, ec)) return {};
  std::vector<stdfs::path> entries;
  for (const auto& e : stdfs::directory_iterator(inbox, ec)) {
    const auto name = e.path().filename().string();
    if (name.size() == 32 + std::strlen(kEntrySuffix) && name.ends_with(kEntrySuffix))
      entries.push_back(e.path());
  }
  std::sort(entries.begin(), entries.end());
  if (entries.size() > CaptureLimits::kMaxEntries) entries.resize(CaptureLimits::kMaxEntries);

  for (const auto& path : entries) {
    const std::string entry_name = path.stem().string();
    auto bytes = fs::read_file(path, kInboxMaxEntrySize, VaultError::InboxEntryMalformed, "inbox entry");
    if (!bytes) {
      if (bytes.error().code == VaultError::InboxEntryMalformed) {
        AMPARO_TRY_VOID(quarantine(path));
        ++report.captures_quarantined;
      }
      continue;
    }
    // Parse, open, decode: any failure quarantines the entry (kept, never silently deleted).
    auto opened = [&]() -> VaultResult<CapturePayload> {
      AMPARO_TRY(const auto frame, parse_inbox_frame(*bytes));
      if (frame.vault_id != header.vault_id) return make_error(VaultError::InboxEntryMalformed, "vault id");
      if (hex(frame.entry_id) != entry_name) return make_error(VaultError::InboxEntryMalformed, "entry id");
      auto key = crypto::seal_open(box, frame.sealed_key);
      if (!key || key->size() != crypto::kStreamKeySize)
        return make_error(VaultError::InboxEntryMalformed, "sealed key");
      auto plain = crypto::decrypt_to_secret(frame.payload_ciphertext, *key, frame.associated_data,
                                             kInboxMaxPayloadCiphertext);
      if (!plain) return make_error(VaultError::InboxEntryMalformed, "payload");
      return decode_capture_payload(plain->view());
    }();
    if (!opened) {
      AMPARO_TRY_VOID(quarantine(path));
      ++report.captures_quarantined;
      continue;
    }
    CapturePayload& p = *opened;
    // Already merged (a crash after commit, before the entry was removed)? Then just clean up.
    bool merged = false;
    {
      AMPARO_TRY(auto st, db.prepare("SELECT 1 FROM notes WHERE capture_entry = ?"));
      st.bind_text(1, entry_name);
      AMPARO_TRY(merged, st.step());
    }
    if (!merged) {
      if (p.attachment) {
        const std::string fid = hex(p.attachment->file_id);
        const stdfs::path src = inbox / (fid + kAttachmentSuffix);
        const stdfs::path dst = file_path(fid);
        if (fs::exists(src)) {
          stdfs::rename(src, dst, ec);
          if (ec) return make_error(VaultError::Io, "move captured attachment: " + ec.message());
          AMPARO_TRY_VOID(fs::fsync_dir(dst.parent_path()));
          AMPARO_TRY_VOID(fs::fsync_dir(inbox));
        } else if (!fs::exists(dst)) {
          AMPARO_TRY_VOID(quarantine(path));
          ++report.captures_quarantined;
          continue;
        }
      }
      NoteFields fields;
      fields.narrative = p.text;
      if (fields.narrative.empty() && p.attachment) fields.title = p.attachment->name;
      AMPARO_TRY(auto tx, sql::Transaction::begin(db));
      AMPARO_TRY(const auto note_id,
                 insert_note(fields, Origin::CapturedWhileLocked, p.captured_at, entry_name));
      if (p.attachment) {
        const auto& a = *p.attachment;
        // Entries written since schema 4 carry the tree digest; older ones the plain hash.
        const ByteView digest(a.content_hash.data(), a.content_hash.size());
        AMPARO_TRY(auto st,
                   db.prepare("INSERT INTO attachments(id, note_id, name, mime, size, content_hash, file_key,"
                              " added_at, tree_digest) VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?)"));
        st.bind_text(1, hex(a.file_id)).bind_text(2, note_id).bind_text(3, view(a.name)).bind_text(4, a.mime);
        st.bind(5, static_cast<std::int64_t>(a.size)).bind_blob(6, a.tree_digest ? ByteView() : digest);
        st.bind_blob(7, a.file_key).bind(8, p.captured_at);
        if (a.tree_digest) {
          st.bind_blob(9, digest);
        } else {
          st.bind_null(9);
        }
        AMPARO_TRY_VOID(st.run());
      }
      AMPARO_TRY_VOID(tx.commit());
      ++report.captures_merged;
    }
    // Removed only after the merge committed (SR-16).
    (void)fs::shred(path);
    AMPARO_TRY_VOID(fs::fsync_dir(inbox));
  }
  return {};
}

// ---- wipe and rekey ----------------------------------------------------------------------------

VaultResult<void> Vault::wipe(const stdfs::path& dir, const SecretBuffer& passphrase,
                              DeviceSecretStore* device) {
  Header h;
  {
    AMPARO_TRY(auto v, unlock(dir, passphrase, device));  // SR-14: the passphrase is required
    h = v.impl_->header;
    v.lock();
  }
  // SR-18 order: device secret → header → key material (database) → every other file.
  if (h.device_secret_required() && device != nullptr) AMPARO_TRY_VOID(device->erase(device_secret_name(h)));
  AMPARO_TRY_VOID(fs::shred(dir / kHeaderFile));
  AMPARO_TRY_VOID(fs::fsync_dir(dir));
  AMPARO_TRY_VOID(fs::shred(dir / kDatabaseFile));
  (void)fs::shred(dir / (std::string(kDatabaseFile) + "-journal"));
  std::error_code ec;
  for (const auto& e : stdfs::recursive_directory_iterator(dir, ec)) {
    if (e.is_regular_file(ec)) (void)fs::shred(e.path());
  }
  stdfs::remove_all(dir, ec);
  if (ec) return make_error(VaultError::Io, "remove vault folder: " + ec.message());
  if (dir.has_parent_path()) (void)fs::fsync_dir(dir.parent_path());
  return {};
}

VaultResult<void> Vault::rekey_everything(const SecretBuffer& passphrase) {
  AMPARO_TRY_VOID(impl_->require_unlocked());
  AMPARO_TRY(const auto kek, impl_->check_passphrase(passphrase));
  auto& db = impl_->db;
  const Id& vault_id = impl_->header.vault_id;
  // Rows get the tree digest (schema 4); a vault object still at an older schema (created so by
  // tests; unlock always migrates) cannot store it.
  if (impl_->schema < 4) return make_error(VaultError::Internal, "schema too old for rekey");

  // 1. Every attachment gets a new key and a new file (new id, so the associated data changes
  //    too). Each swap commits on its own; the old file is shredded after its row points to the
  //    new one, so a crash leaves at most an orphan ciphertext.
  std::vector<std::string> ids;
  {
    AMPARO_TRY(auto st, db.prepare("SELECT id FROM attachments ORDER BY rowid"));
    for (;;) {
      AMPARO_TRY(const bool row, st.step());
      if (!row) break;
      ids.emplace_back(st.text(0));
    }
  }
  for (const auto& old_id : ids) {
    const auto old_fid = parse_id(old_id);
    if (!old_fid) return make_error(VaultError::DatabaseDamaged, "attachment id");
    SecretBuffer old_key;
    std::uint64_t size = 0;
    AttachmentInfo old_digest;
    {
      AMPARO_TRY(
          auto st,
          db.prepare("SELECT file_key, size, content_hash, tree_digest FROM attachments WHERE id = ?"));
      st.bind_text(1, old_id);
      AMPARO_TRY(const bool row, st.step());
      if (!row) return make_error(VaultError::DatabaseDamaged, "attachment row");
      old_key = SecretBuffer::copy_of(st.blob(0));
      size = static_cast<std::uint64_t>(st.int64(1));
      read_digest(st, 2, old_digest);
    }
    // The re-encrypted file gets the tree digest (computed from the decrypted chunks). An old row
    // is first checked against its plain hash, so a mismatch is never blessed with a new digest.
    crypto::TreeDigest tree(size);
    std::optional<crypto::Blake2b> plain;
    if (old_digest.digest_kind == DigestKind::Blake2b) plain.emplace(32);
    const Id new_fid = random_id16();
    const std::string new_id = hex(new_fid);
    const auto new_key = crypto::random_secret(crypto::kStreamKeySize);
    const stdfs::path old_path = impl_->file_path(old_id);
    const stdfs::path new_path = impl_->file_path(new_id);
    const stdfs::path tmp = impl_->dir / kFilesDir / (".tmp-" + crypto::random_id(8));
    AMPARO_TRY_VOID(fs::create_private_file(tmp, "attachment"));
    auto fail = [&](VaultFailure e) -> VaultFailure {
      (void)fs::shred(tmp);
      return e;
    };
    {
      std::ifstream in(old_path, std::ios::binary);
      if (!in) return fail(make_error(VaultError::AttachmentDamaged, "missing file"));
      Fd out(open_for_write(tmp));
      if (out.get() < 0) return fail(make_error(VaultError::Io, "open attachment file"));
      auto writer = EncryptedFileWriter::start(out.get(), new_key, attachment_ad(vault_id, new_fid));
      if (!writer) return fail(std::move(writer).error());
      bool write_failed = false;
      auto n = crypto::decrypt_stream(
          in, old_key, attachment_ad(vault_id, *old_fid),
          [&](ByteView chunk) {
            tree.update(chunk);
            if (plain) plain->update(chunk);
            if (!writer->write(chunk)) write_failed = true;
            return !write_failed;
          },
          size);
      if (!n || write_failed) return fail(make_error(VaultError::AttachmentDamaged, "re-encrypt"));
      if (plain && plain->finish() != old_digest.digest)
        return fail(make_error(VaultError::AttachmentDamaged, "content hash"));
      if (auto r = writer->finish(); !r) return fail(std::move(r).error());
      if (auto r = fsync_fd(out.get()); !r) return fail(std::move(r).error());
      if (!out.close()) return fail(make_error(VaultError::Io, "write attachment"));
    }
    std::error_code ec;
    stdfs::rename(tmp, new_path, ec);
    if (ec) return fail(make_error(VaultError::Io, "rename attachment: " + ec.message()));
    AMPARO_TRY_VOID(fs::fsync_dir(new_path.parent_path()));
    {
      AMPARO_TRY(auto tx, sql::Transaction::begin(db));
      AMPARO_TRY(auto st, db.prepare("UPDATE attachments SET id = ?, file_key = ?, content_hash = X'',"
                                     " tree_digest = ? WHERE id = ?"));
      const Bytes new_digest = tree.finish();
      st.bind_text(1, new_id).bind_blob(2, new_key.view()).bind_blob(3, new_digest).bind_text(4, old_id);
      AMPARO_TRY_VOID(st.run());
      AMPARO_TRY_VOID(tx.commit());
    }
    AMPARO_TRY_VOID(fs::shred(old_path));
  }

  // 2. New data key. The header first wraps both keys (slot 0 old, slot 1 new), then the database
  //    is re-encrypted in one SQLCipher transaction, then the header keeps only the new key. A
  //    crash at any point leaves a header with a slot that opens the database (unlock tries both).
  auto new_data_key = crypto::random_secret(32);
  Header both = impl_->header;
  AMPARO_TRY(both.slots[1], wrap_slot(both, 1, kek, new_data_key));
  AMPARO_TRY_VOID(impl_->write_header(both));
  if (auto r = db.rekey(new_data_key); !r) {
    Header restore = impl_->header;
    crypto::random_fill(restore.slots[1]);
    (void)impl_->write_header(restore);
    return r;
  }
  impl_->data_key = std::move(new_data_key);
  impl_->data_key.protect_no_access();
  Header done = impl_->header;
  {
    SecretUse use(impl_->data_key);
    AMPARO_TRY(done.slots[0], wrap_slot(done, 0, kek, impl_->data_key));
  }
  crypto::random_fill(done.slots[1]);
  AMPARO_TRY_VOID(impl_->write_header(done));
  return {};
}

}  // namespace amparo::vault

#include "vault/testing.h"

namespace amparo::vault {
const crypto::SecretBuffer& VaultTestAccess::data_key(const Vault& v) {
  v.impl_->data_key.protect_read_only();  // tests read the idle key on purpose (SR-8 guard lifted)
  return v.impl_->data_key;
}
const std::uint8_t* VaultTestAccess::idle_data_key_address(const Vault& v) {
  return v.impl_->data_key.data();
}
}  // namespace amparo::vault
