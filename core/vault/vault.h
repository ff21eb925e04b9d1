// The encrypted vault: a folder with a small header (wrapped data key, Argon2id parameters, capture
// public key) and a SQLCipher database keyed with the raw data key, plus encrypted attachment
// files and a write-only capture inbox. Layout and formats: docs/formats.md, "## Vault".
//
// Threading: a Vault object is not thread-safe; use it from one thread at a time. Several
// processes may open the same folder; SQLite locking serialises them (Busy when it times out).
#pragma once

#include <chrono>
#include <cstdint>
#include <filesystem>
#include <functional>
#include <istream>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "common/bytes.h"
#include "crypto/kdf.h"
#include "crypto/secret_buffer.h"
#include "vault/device_secret.h"
#include "vault/error.h"
#include "vault/note.h"
#include "vault/zeroizing.h"

namespace amparo::vault {

struct CreateOptions {
  crypto::KdfParams kdf = crypto::KdfParams::interactive();  // must be in_range()
  DeviceSecretStore* device = nullptr;  // nullptr: passphrase-only mode (recorded in the header)
  std::uint32_t schema_version = 0;     // 0 = latest; tests create older schemas to test migrations
};

// Public, unauthenticated facts from the header (no passphrase needed), for "about this vault".
struct HeaderInfo {
  std::uint16_t format_version = 0;
  std::string vault_id;  // 32 hex characters
  bool device_secret_required = false;
  crypto::KdfParams kdf;
  Bytes capture_public_key;  // X25519, 32 bytes
};

struct NoteSummary {
  std::string id;
  Text title;                   // may be empty when the note has only a narrative
  std::int64_t created_at = 0;  // Unix seconds, UTC
  std::int64_t updated_at = 0;
  std::uint32_t revision_count = 0;
  Origin origin = Origin::Typed;
  std::uint32_t attachment_count = 0;
};

struct Note {
  std::string id;
  NoteFields fields;  // as of the latest revision
  std::int64_t created_at = 0;
  std::int64_t updated_at = 0;
  std::uint32_t revision_count = 0;
  Origin origin = Origin::Typed;
};

// A stored revision with everything the export bundle and the intake verifier need.
struct Revision {
  RevisionContent content;  // decoded canonical bytes
  SecureBytes canonical;    // exactly the bytes that were hashed
  Bytes previous_hash;      // 32 bytes; genesis_hash() for revision 1
  Bytes hash;               // chain_hash(previous_hash, canonical)
};

// How an attachment's `digest` was computed (docs/formats.md, "### Attachments").
enum class DigestKind : std::uint8_t {
  Blake2b = 1,  // plain BLAKE2b-256: attachments added before schema 4 (kept, still verified)
  Tree = 2,     // attachment tree digest, crypto/tree_digest.h (= the export bundle digest)
};
// Short stable name for the CLI and logs: "blake2b-256" or "amparo-att-tree-v1".
[[nodiscard]] std::string_view digest_scheme(DigestKind kind) noexcept;

struct AttachmentInfo {
  std::string id;  // 32 hex characters; also the encrypted file's name under files/
  std::string note_id;
  Text name;  // file name the person gave, e.g. "photo.jpg"
  std::string mime;
  std::uint64_t size = 0;  // plaintext bytes
  DigestKind digest_kind = DigestKind::Tree;
  Bytes digest;  // 32 bytes, of the plaintext, computed while it was encrypted (see DigestKind)
  std::int64_t added_at = 0;
};

struct BrokenLink {
  std::string note_id;
  std::uint32_t revision = 0;  // first revision whose stored hash does not recompute
  std::string reason;          // e.g. "hash mismatch", "missing revision", "undecodable"
};

struct VerifyReport {
  bool database_ok = false;     // every page read and authenticated, integrity_check "ok"
  std::string database_detail;  // SQLite's message when not ok (no user data)
  std::size_t notes = 0;
  std::size_t revisions = 0;
  std::size_t attachments = 0;
  std::optional<BrokenLink> first_broken_link;
  std::vector<std::string> damaged_attachments;  // attachment ids
  [[nodiscard]] bool ok() const noexcept {
    return database_ok && !first_broken_link && damaged_attachments.empty();
  }
};

// What happened during unlock, for the UI to show.
struct UnlockReport {
  bool public_key_mismatch = false;  // SR-16: capture.pub on disk differs from the header's key
  std::size_t captures_merged = 0;
  std::size_t captures_quarantined = 0;
  std::uint32_t migrated_from_schema = 0;  // 0: no migration ran
  // Set when merging the inbox stopped on a file-system error; the vault is still unlocked and
  // the remaining entries wait for the next unlock.
  std::optional<VaultError> inbox_error;
};

struct CaptureInput {
  std::string_view text{};  // the note text (becomes the narrative); may be empty if an attachment is given
  std::istream* attachment = nullptr;  // optional; streamed, never buffered whole
  std::string_view attachment_name{};
  std::string_view attachment_mime{};
};

struct CaptureLimits {
  static constexpr std::size_t kMaxText = 64 * 1024;
  static constexpr std::uint64_t kMaxAttachment = 256ULL << 20;
  static constexpr std::size_t kMaxEntries = 1000;  // entries merged per unlock; the rest wait
};

inline constexpr std::uint64_t kMaxAttachmentSize = 2ULL << 30;  // 2 GiB

// Installs SQLite's zeroing allocator (SR-9) and initialises SQLite, once per process. Call at
// start-up before anything else touches SQLite; the vault calls it lazily too. Returns false if
// SQLite was already initialised by someone else (then the vault refuses to open: Internal).
[[nodiscard]] bool initialize_sqlite() noexcept;

class Vault {
 public:
  static constexpr std::uint32_t kLatestSchema = 4;

  // Creates a new vault in `dir` (created with mode 0700; it must not exist or be empty).
  [[nodiscard]] static VaultResult<Vault> create(const std::filesystem::path& dir,
                                                 const crypto::SecretBuffer& passphrase,
                                                 const CreateOptions& options = {});
  // Opens the vault: checks the failure delay (TooManyAttempts), derives the KEK once, tries both
  // slots, opens the database, migrates the schema, merges the capture inbox. A wrong passphrase
  // records a failure (SR-12) and changes nothing else on disk.
  [[nodiscard]] static VaultResult<Vault> unlock(const std::filesystem::path& dir,
                                                 const crypto::SecretBuffer& passphrase,
                                                 DeviceSecretStore* device = nullptr);
  [[nodiscard]] static bool exists(const std::filesystem::path& dir);
  // Parses the header without any secret (no KDF run).
  [[nodiscard]] static VaultResult<HeaderInfo> inspect(const std::filesystem::path& dir);
  // SR-12: how long the UI must wait before the next unlock attempt (0 when none). UX only: anyone
  // with a copy of the files is limited by Argon2id and the device secret, not by this.
  [[nodiscard]] static std::chrono::milliseconds required_delay(const std::filesystem::path& dir);
  // SR-15: write-only quick capture; needs no passphrase. Refuses (PublicKeyMismatch) when
  // capture.pub differs from the header's key.
  [[nodiscard]] static VaultResult<void> capture(const std::filesystem::path& dir, const CaptureInput& input);
  // SR-14/18: checks the passphrase, then destroys the device secret, the header, the key
  // material (database) and every file; the folder is gone afterwards.
  [[nodiscard]] static VaultResult<void> wipe(const std::filesystem::path& dir,
                                              const crypto::SecretBuffer& passphrase,
                                              DeviceSecretStore* device = nullptr);

  Vault(Vault&&) noexcept;
  Vault& operator=(Vault&&) noexcept;
  Vault(const Vault&) = delete;
  Vault& operator=(const Vault&) = delete;
  ~Vault();  // locks

  // Closes the database and wipes every key from memory. Idempotent; afterwards calls return Locked.
  void lock() noexcept;
  [[nodiscard]] bool is_unlocked() const noexcept;
  [[nodiscard]] const std::string& id() const noexcept;  // vault id, 32 hex characters
  [[nodiscard]] const std::filesystem::path& path() const noexcept;
  [[nodiscard]] const UnlockReport& unlock_report() const noexcept;
  [[nodiscard]] std::uint32_t schema_version() const noexcept;

  // SR-5/14: re-wraps the data key under a new passphrase (and new Argon2id salt), replaces the
  // device secret, atomically replaces the header. `old_passphrase` is checked first.
  [[nodiscard]] VaultResult<void> change_passphrase(const crypto::SecretBuffer& old_passphrase,
                                                    const crypto::SecretBuffer& new_passphrase,
                                                    std::optional<crypto::KdfParams> new_kdf = {});
  // SR-5: new data key (PRAGMA rekey), new file key and file for every attachment, new header.
  [[nodiscard]] VaultResult<void> rekey_everything(const crypto::SecretBuffer& passphrase);
  // SR-16: after the UI warned about a mismatch, rewrites capture.pub from the authenticated header.
  [[nodiscard]] VaultResult<void> restore_capture_key_file();

  // Notes. Every save appends a revision chained to the previous one.
  [[nodiscard]] VaultResult<std::string> add_note(const NoteFields& fields);
  [[nodiscard]] VaultResult<std::uint32_t> update_note(std::string_view note_id, const NoteFields& fields);
  [[nodiscard]] VaultResult<std::vector<NoteSummary>> list_notes();  // newest update first
  [[nodiscard]] VaultResult<Note> get_note(std::string_view note_id);
  [[nodiscard]] VaultResult<std::vector<Revision>> history(std::string_view note_id);  // oldest first
  [[nodiscard]] VaultResult<Bytes> chain_head(std::string_view note_id);
  // Full-text search (FTS4 inside the encrypted database) over the latest revision of each note.
  // Words are matched as prefixes and all must occur; operators in the query are not interpreted.
  [[nodiscard]] VaultResult<std::vector<NoteSummary>> search_notes(std::string_view query);
  // Reads every database page, runs integrity_check, recomputes every revision chain and checks
  // every attachment's authentication and content hash.
  [[nodiscard]] VaultResult<VerifyReport> verify();

  // Attachments (SR-6): streamed into a per-file-key secretstream file; no plaintext copy.
  [[nodiscard]] VaultResult<AttachmentInfo> add_attachment(std::string_view note_id, std::istream& content,
                                                           std::string_view name, std::string_view mime);
  [[nodiscard]] VaultResult<std::vector<AttachmentInfo>> attachments(std::string_view note_id);
  // Streams authenticated plaintext chunks to `sink` (return false to stop: Io). Constant memory.
  // Chunks before a failure have been verified individually, but the caller must discard its
  // output unless the call succeeds (truncation is only detected at the end).
  [[nodiscard]] VaultResult<std::uint64_t> read_attachment(std::string_view attachment_id,
                                                           const std::function<bool(ByteView)>& sink);

  // Per-vault identity keys; the secret halves never leave the vault object.
  [[nodiscard]] const Bytes& signing_public_key() const noexcept;  // Ed25519, 32 bytes
  [[nodiscard]] VaultResult<Bytes> sign(ByteView message);         // detached Ed25519 signature
  [[nodiscard]] const Bytes& capture_public_key() const noexcept;  // X25519, 32 bytes

  // SR-14 re-authentication: checks the passphrase (and device secret) against this vault without
  // changing anything. WrongPassphrase when it does not match.
  [[nodiscard]] VaultResult<void> verify_passphrase(const crypto::SecretBuffer& passphrase);

  // Trusted legal-aid organizations (schema 3), stored inside the encrypted database. `record` is
  // opaque to the vault (the exchange layer serializes it); `org_id` at most 256 bytes, record at
  // most 16 KiB.
  struct TrustedOrgRecord {
    std::string org_id;
    Bytes record;
  };
  [[nodiscard]] VaultResult<void> put_trusted_org(std::string_view org_id, ByteView record);
  [[nodiscard]] VaultResult<std::vector<TrustedOrgRecord>> trusted_orgs();      // by org_id
  [[nodiscard]] VaultResult<void> remove_trusted_org(std::string_view org_id);  // NotFound if absent

  struct Impl;

 private:
  explicit Vault(std::unique_ptr<Impl> impl);
  std::unique_ptr<Impl> impl_;
  friend struct VaultTestAccess;  // tests only (tests/vault): reads the data key for leak scans
};

}  // namespace amparo::vault
