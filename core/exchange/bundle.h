// Export bundles (.amparo, SR-23) and their verification (SR-24). Format: docs/formats.md,
// "## Export bundles". Sign, then encrypt: the last record is a manifest signed by the vault's
// Ed25519 key, the whole record stream is one crypto_secretstream whose every chunk carries the
// clear header as associated data, and only the recipient's X25519 key opens the file key.
#pragma once

#include <cstdint>
#include <filesystem>
#include <functional>
#include <istream>
#include <ostream>
#include <string>
#include <vector>

#include "common/bytes.h"
#include "exchange/card.h"
#include "exchange/error.h"
#include "exchange/org_secret.h"
#include "vault/note.h"
#include "vault/zeroizing.h"

namespace amparo::exchange {

inline constexpr std::uint16_t kBundleVersion = 1;
inline constexpr std::size_t kBundleMagicSize = 8;
inline constexpr std::size_t kSealedKeySize = 80;  // crypto_box_seal of a 32-byte key
inline constexpr std::size_t kBundleHeaderSize =
    kBundleMagicSize + 2 + kFingerprintSize + kSealedKeySize + 24;
inline constexpr std::size_t kBundleChunkSize = 64 * 1024;  // plaintext bytes per secretstream chunk

struct BundleLimits {
  static constexpr std::size_t kMaxNotes = 10000;
  static constexpr std::size_t kMaxRevisions = 10000;  // per note
  static constexpr std::size_t kMaxAttachments = 10000;
  static constexpr std::size_t kMaxNoteRecord = 64ULL << 20;       // one note with its whole chain
  static constexpr std::uint64_t kMaxNoteBytes = 512ULL << 20;     // all note records together
  static constexpr std::uint64_t kMaxAttachmentSize = 2ULL << 30;  // = vault::kMaxAttachmentSize
  static constexpr std::size_t kMaxAttachmentMeta = 4096;
  static constexpr std::size_t kMaxName = 1024;
  static constexpr std::size_t kMaxMime = 255;
  static constexpr std::size_t kMaxAppVersion = 64;
  static constexpr std::size_t kMaxInfo = 256;
  static constexpr std::size_t kMaxManifest = 16ULL << 20;
};

// ---- what the writer reads (the vault adapter in vault_source.h, or a test double) ----------------
struct SourceRevision {
  std::uint32_t number = 0;
  vault::SecureBytes canonical;  // exactly the bytes the vault hashed
  Bytes hash;                    // the vault's stored chain hash for this revision
};

struct SourceAttachment {
  std::string id;       // 32 lowercase hex
  std::string note_id;  // 32 lowercase hex
  std::string name;     // file name the person gave (untrusted on the reading side)
  std::string mime;
  std::uint64_t size = 0;
  std::int64_t added_at = 0;
  Bytes content_hash;  // the attachment digest (digest.h), filled in by the reader once verified
  // Optional, for the writer: the attachment digest (digest.h; not the vault's plain BLAKE2b) when
  // the source already holds it, e.g. computed when the attachment was captured. The writer then
  // signs it instead of hashing the content again; the reader always hashes what it decrypts, so a
  // wrong value yields a bundle that fails with AttachmentHashMismatch, never one that verifies.
  Bytes stored_digest;
};

class BundleSource {
 public:
  virtual ~BundleSource() = default;
  [[nodiscard]] virtual ExchangeResult<std::vector<std::string>> all_note_ids() = 0;
  [[nodiscard]] virtual ExchangeResult<std::vector<SourceRevision>> history(const std::string& note_id) = 0;
  [[nodiscard]] virtual ExchangeResult<std::vector<SourceAttachment>> attachments(
      const std::string& note_id) = 0;
  // Streams the plaintext; returns the number of bytes sent to `sink`.
  [[nodiscard]] virtual ExchangeResult<std::uint64_t> read_attachment(
      const std::string& attachment_id, const std::function<bool(ByteView)>& sink) = 0;
  [[nodiscard]] virtual Bytes signing_public_key() = 0;
  [[nodiscard]] virtual ExchangeResult<Bytes> sign(ByteView message) = 0;
};

struct ExportOptions {
  std::vector<std::string> note_ids;  // empty: every note
  std::uint64_t now = 0;              // Unix seconds; also used to check the card's dates
  std::string app_version = "amparo 0.1.0";
};

struct ExportSummary {
  Bytes bundle_id;  // 16 bytes
  std::size_t notes = 0;
  std::size_t revisions = 0;
  std::size_t attachments = 0;
  std::uint64_t bytes_written = 0;
};

// Verifies the card (signature, dates) and streams the bundle into `out`. Constant memory in the
// attachment size; a failure leaves `out` with a partial, unusable bundle (use write_bundle_file).
[[nodiscard]] ExchangeResult<ExportSummary> write_bundle(BundleSource& source, const OrgCard& recipient,
                                                         std::ostream& out, const ExportOptions& options);
// Writes through a temporary file next to `path` (mode 0600), fsync, rename; nothing remains on failure.
[[nodiscard]] ExchangeResult<ExportSummary> write_bundle_file(BundleSource& source, const OrgCard& recipient,
                                                              const std::filesystem::path& path,
                                                              const ExportOptions& options);

// ---- reading -------------------------------------------------------------------------------------
struct BundleHeader {
  std::uint16_t version = 0;
  Bytes recipient_fingerprint;
  Bytes sealed_key;
  Bytes stream_header;
  Bytes raw;  // all kBundleHeaderSize bytes (the associated data of every chunk)
};
[[nodiscard]] ExchangeResult<BundleHeader> parse_bundle_header(ByteView bytes);

struct OpenedRevision {
  std::uint32_t number = 0;
  vault::SecureBytes canonical;
  Bytes previous_hash;
  Bytes hash;
  vault::RevisionContent content;  // decoded with vault::decode_revision
};

struct OpenedNote {
  std::string id;
  std::vector<OpenedRevision> revisions;  // oldest first; chain verified
};

struct OpenedBundle {
  std::uint16_t version = 0;
  Bytes bundle_id;
  std::uint64_t created = 0;
  std::string app_version;
  Bytes recipient_fingerprint;
  Bytes sender_public_key;  // the vault's Ed25519 key, from the signed manifest
  std::vector<OpenedNote> notes;
  std::vector<SourceAttachment> attachments;  // content_hash filled in and verified
  std::uint64_t chunks = 0;
};

// Receives attachment contents while the bundle is read. Nothing it receives is trustworthy until
// open_bundle returns success: write into a staging area that is discarded on failure.
class AttachmentSink {
 public:
  virtual ~AttachmentSink() = default;
  [[nodiscard]] virtual ExchangeResult<void> begin(std::size_t index, const SourceAttachment& info) = 0;
  [[nodiscard]] virtual ExchangeResult<void> write(ByteView data) = 0;
  [[nodiscard]] virtual ExchangeResult<void> end() = 0;
};

// SR-24 order: header and recipient fingerprint first (before any decryption), file key, then every
// chunk, record structure and caps, item hashes, manifest (recipient, items, chain heads), sender
// signature and revision chains. `sink` may be null (verify only).
[[nodiscard]] ExchangeResult<OpenedBundle> open_bundle(std::istream& in, const OrgKeys& keys,
                                                       AttachmentSink* sink);

}  // namespace amparo::exchange
