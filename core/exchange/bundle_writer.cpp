#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <fstream>

#include "crypto/hash.h"
#include "crypto/random.h"
#include "crypto/sealed_box.h"
#include "crypto/stream.h"
#include "exchange/bundle.h"
#include "exchange/bundle_internal.h"
#include "exchange/chunk_pipeline.h"
#include "exchange/wire.h"

namespace amparo::exchange {

namespace {

// Buffers the plaintext record stream into kBundleChunkSize chunks held in the pipeline's slots and
// encrypts each in place into one reused ciphertext buffer. A full chunk is pushed only when more data
// follows, so finish() always pushes a non-empty final chunk (TAG_FINAL). Attachment content goes
// through write_content(), which also feeds the attachment digest from the slot (no extra copy).
class ChunkWriter {
 public:
  ChunkWriter(crypto::StreamEncryptor& enc, ByteView ad, std::ostream& out, detail::ChunkPipeline& pipe)
      : enc_(enc), ad_(ad), out_(out), pipe_(pipe), ct_(kBundleChunkSize + crypto::kStreamOverhead) {
    slot_ = pipe_.next_slot();
  }
  ChunkWriter(const ChunkWriter&) = delete;
  ChunkWriter& operator=(const ChunkWriter&) = delete;

  ExchangeResult<void> write(ByteView data) { return append(data, false); }
  ExchangeResult<void> write_content(ByteView data, bool digest) { return append(data, digest); }
  ExchangeResult<void> finish() { return flush(true); }
  [[nodiscard]] std::uint64_t bytes_written() const noexcept { return written_; }

 private:
  ExchangeResult<void> append(ByteView data, bool digest) {
    while (!data.empty()) {
      if (used_ == kBundleChunkSize) {
        AMPARO_TRY_VOID(flush(false));
        slot_ = pipe_.next_slot();
        used_ = 0;
      }
      const std::size_t n = std::min(data.size(), kBundleChunkSize - used_);
      std::memcpy(slot_.data() + used_, data.data(), n);
      if (digest) AMPARO_TRY_VOID(pipe_.digest(ByteView(slot_.data() + used_, n)));
      used_ += n;
      data = data.subspan(n);
    }
    return {};
  }

  ExchangeResult<void> flush(bool final) {
    auto n = enc_.push_into(ByteView(slot_.data(), used_), ad_, final, ct_);
    if (!n) return make_error(ExchangeError::InvalidArgument, "encrypting the bundle");
    out_.write(reinterpret_cast<const char*>(ct_.data()), static_cast<std::streamsize>(n.value()));
    if (!out_) return make_error(ExchangeError::Io, "writing the bundle");
    written_ += n.value();
    return {};
  }

  crypto::StreamEncryptor& enc_;
  ByteView ad_;
  std::ostream& out_;
  detail::ChunkPipeline& pipe_;
  MutableByteView slot_;  // plaintext of the current chunk (the pipeline wipes its slots at the end)
  std::size_t used_ = 0;
  Bytes ct_;  // ciphertext of one chunk, reused
  std::uint64_t written_ = 0;
};

ExchangeFailure source_error(std::string detail) {
  return make_error(ExchangeError::SourceFailed, std::move(detail));
}

Bytes item_hash(std::uint8_t kind, ByteView body) {
  crypto::Blake2b h(32);
  const std::uint8_t k[1] = {kind};
  h.update(k).update(body);
  return h.finish();
}

ExchangeResult<void> write_record(ChunkWriter& w, std::uint8_t kind, ByteView body) {
  Bytes head;
  append_u8(head, kind);
  append_u32le(head, static_cast<std::uint32_t>(body.size()));
  AMPARO_TRY_VOID(w.write(head));
  return w.write(body);
}

}  // namespace

ExchangeResult<ExportSummary> write_bundle(BundleSource& source, const OrgCard& recipient, std::ostream& out,
                                           const ExportOptions& options) {
  AMPARO_TRY_VOID(verify_card(recipient, options.now));
  if (options.app_version.size() > BundleLimits::kMaxAppVersion) {
    return make_error(ExchangeError::InvalidArgument, "app version");
  }
  std::vector<std::string> ids = options.note_ids;
  if (ids.empty()) {
    AMPARO_TRY(ids, source.all_note_ids());
  } else {
    std::vector<std::string> seen;
    for (const auto& id : ids) {
      if (std::find(seen.begin(), seen.end(), id) != seen.end()) {
        return make_error(ExchangeError::InvalidArgument, "note named twice");
      }
      seen.push_back(id);
    }
  }
  if (ids.empty()) return make_error(ExchangeError::NothingToExport);
  if (ids.size() > BundleLimits::kMaxNotes) return make_error(ExchangeError::BundleOversized, "notes");
  for (const auto& id : ids) {
    if (!detail::is_hex_id(id)) return make_error(ExchangeError::InvalidArgument, "note id");
  }

  // Gather attachment lists first so the info record can give counts.
  std::vector<std::vector<SourceAttachment>> atts(ids.size());
  std::size_t attachment_count = 0;
  for (std::size_t i = 0; i < ids.size(); ++i) {
    AMPARO_TRY(atts[i], source.attachments(ids[i]));
    attachment_count += atts[i].size();
    for (const auto& a : atts[i]) {
      if (!detail::is_hex_id(a.id) || a.note_id != ids[i]) return source_error("attachment id");
      if (a.size > BundleLimits::kMaxAttachmentSize)
        return make_error(ExchangeError::BundleOversized, "attachment");
    }
  }
  if (attachment_count > BundleLimits::kMaxAttachments) {
    return make_error(ExchangeError::BundleOversized, "attachments");
  }
  const Bytes sender = source.signing_public_key();
  if (sender.size() != crypto::kSignPublicKeySize) return source_error("signing key");

  // Clear header.
  auto file_key = crypto::random_secret(crypto::kStreamKeySize);
  auto sealed = crypto::seal(recipient.box_public_key, file_key.view());
  if (!sealed || sealed.value().size() != kSealedKeySize) {
    return make_error(ExchangeError::InvalidArgument, "recipient encryption key");
  }
  auto enc_r = crypto::StreamEncryptor::start(file_key);
  if (!enc_r) return make_error(ExchangeError::InvalidArgument, "stream key");
  auto enc = std::move(enc_r).value();
  Bytes header(detail::kMagic, detail::kMagic + kBundleMagicSize);
  append_u8(header, static_cast<std::uint8_t>(kBundleVersion & 0xff));
  append_u8(header, static_cast<std::uint8_t>(kBundleVersion >> 8));
  const Bytes fingerprint = recipient_fingerprint(recipient);
  append_bytes(header, fingerprint);
  append_bytes(header, sealed.value());
  append_bytes(header, enc.header());
  out.write(reinterpret_cast<const char*>(header.data()), static_cast<std::streamsize>(header.size()));
  if (!out) return make_error(ExchangeError::Io, "writing the bundle");

  detail::ChunkPipeline pipe;
  ChunkWriter w(enc, header, out, pipe);
  ExportSummary summary;
  summary.bundle_id = crypto::random_bytes(detail::kBundleIdSize);

  detail::Manifest manifest;
  manifest.bundle_id = summary.bundle_id;
  manifest.created = options.now;
  manifest.recipient_fingerprint = fingerprint;
  manifest.sender_public_key = sender;

  // Info record.
  {
    Bytes info;
    append_bytes(info, summary.bundle_id);
    append_u64le(info, options.now);
    append_field(info, options.app_version);
    append_u32le(info, static_cast<std::uint32_t>(ids.size()));
    append_u32le(info, static_cast<std::uint32_t>(attachment_count));
    AMPARO_TRY_VOID(write_record(w, detail::kKindInfo, info));
    manifest.items.push_back({detail::kKindInfo, {}, item_hash(detail::kKindInfo, info), 0, {}});
  }

  std::uint64_t note_bytes = 0;
  for (std::size_t i = 0; i < ids.size(); ++i) {
    AMPARO_TRY(auto revisions, source.history(ids[i]));
    if (revisions.empty()) return source_error("note without revisions");
    if (revisions.size() > BundleLimits::kMaxRevisions)
      return make_error(ExchangeError::BundleOversized, "revisions");
    vault::SecureBytes body;
    wire::put_field(body, as_bytes(ids[i]));
    wire::put_u32(body, static_cast<std::uint32_t>(revisions.size()));
    Bytes previous = vault::genesis_hash();
    for (std::size_t k = 0; k < revisions.size(); ++k) {
      const auto& rev = revisions[k];
      // Refuse to sign a chain that does not recompute: the vault is damaged or tampered with.
      if (rev.number != k + 1 || rev.hash != vault::chain_hash(previous, vault::view(rev.canonical))) {
        return make_error(ExchangeError::ChainBroken,
                          "note " + ids[i] + " revision " + std::to_string(k + 1));
      }
      if (rev.canonical.size() > vault::NoteLimits::kMaxCanonical) return source_error("revision too large");
      wire::put_u32(body, rev.number);
      wire::put_bytes(body, rev.hash);
      wire::put_field(body, vault::view(rev.canonical));
      previous = rev.hash;
    }
    if (body.size() > BundleLimits::kMaxNoteRecord) return make_error(ExchangeError::BundleOversized, "note");
    note_bytes += body.size();
    if (note_bytes > BundleLimits::kMaxNoteBytes) return make_error(ExchangeError::BundleOversized, "notes");
    AMPARO_TRY_VOID(write_record(w, detail::kKindNote, vault::view(body)));
    manifest.items.push_back({detail::kKindNote, ids[i], item_hash(detail::kKindNote, vault::view(body)),
                              static_cast<std::uint32_t>(revisions.size()), previous});
    summary.revisions += revisions.size();

    for (const auto& a : atts[i]) {
      Bytes meta = detail::encode_attachment_meta(a);
      if (meta.size() > BundleLimits::kMaxAttachmentMeta)
        return make_error(ExchangeError::BundleOversized, "name");
      Bytes head;
      append_u8(head, detail::kKindAttachment);
      append_u32le(head, static_cast<std::uint32_t>(meta.size()));
      AMPARO_TRY_VOID(w.write(head));
      AMPARO_TRY_VOID(w.write(meta));
      const bool have_digest = a.stored_digest.size() == crypto::kHashSize;
      if (!a.stored_digest.empty() && !have_digest) return source_error("stored attachment digest");
      if (!have_digest) pipe.begin_digest(a.size);
      std::uint64_t sent = 0;
      std::optional<ExchangeFailure> write_failure;
      auto read = source.read_attachment(a.id, [&](ByteView chunk) {
        if (sent + chunk.size() > a.size) {
          write_failure = source_error("attachment larger than recorded");
          return false;
        }
        sent += chunk.size();
        auto r = w.write_content(chunk, !have_digest);
        if (!r) {
          write_failure = std::move(r).error();
          return false;
        }
        return true;
      });
      // The sink's own failure (a write error, more bytes than recorded) is the cause to report.
      if (write_failure) return *write_failure;
      if (!read) return std::move(read).error();
      const std::uint64_t n = read.value();
      if (n != a.size || sent != a.size) return source_error("attachment size differs from recorded");
      Bytes digest = a.stored_digest;
      if (!have_digest) {
        AMPARO_TRY(digest, pipe.finish_digest());
      }
      AMPARO_TRY_VOID(w.write(digest));
      Bytes item_body = meta;
      append_bytes(item_body, digest);
      manifest.items.push_back(
          {detail::kKindAttachment, a.id, item_hash(detail::kKindAttachment, item_body), 0, {}});
      ++summary.attachments;
    }
  }
  summary.notes = ids.size();

  // Manifest, signed by the vault: the last record, ending in the TAG_FINAL chunk.
  const Bytes manifest_bytes = detail::encode_manifest(manifest);
  if (manifest_bytes.size() > BundleLimits::kMaxManifest)
    return make_error(ExchangeError::BundleOversized, "manifest");
  AMPARO_TRY(const Bytes signature, source.sign(manifest_bytes));
  if (signature.size() != crypto::kSignatureSize) return source_error("signature");
  Bytes record;
  append_field(record, manifest_bytes);
  append_bytes(record, signature);
  AMPARO_TRY_VOID(write_record(w, detail::kKindManifest, record));
  AMPARO_TRY_VOID(w.finish());
  out.flush();
  if (!out) return make_error(ExchangeError::Io, "writing the bundle");
  summary.bytes_written = header.size() + w.bytes_written();
  return summary;
}

ExchangeResult<ExportSummary> write_bundle_file(BundleSource& source, const OrgCard& recipient,
                                                const std::filesystem::path& path,
                                                const ExportOptions& options) {
  std::error_code ec;
  if (std::filesystem::exists(std::filesystem::symlink_status(path, ec))) {
    return make_error(ExchangeError::OutputExists, path.filename().string());
  }
  const auto parent = path.has_parent_path() ? path.parent_path() : std::filesystem::path(".");
  const auto tmp = parent / ("." + path.filename().string() + ".partial-" + crypto::random_id(8));
  const int fd = ::open(tmp.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
  if (fd < 0)
    return make_error(ExchangeError::Io, std::string("creating the bundle: ") + std::strerror(errno));
  ::close(fd);
  auto cleanup = [&] { std::filesystem::remove(tmp, ec); };
  ExchangeResult<ExportSummary> result = make_error(ExchangeError::Io);
  {
    std::ofstream out(tmp, std::ios::binary | std::ios::trunc);
    if (!out) {
      cleanup();
      return make_error(ExchangeError::Io, "opening the bundle");
    }
    result = write_bundle(source, recipient, out, options);
    out.close();
    if (result && !out) result = make_error(ExchangeError::Io, "closing the bundle");
  }
  if (!result) {
    cleanup();
    return result;
  }
  const int sfd = ::open(tmp.c_str(), O_RDONLY | O_CLOEXEC);
  if (sfd >= 0) {
    (void)::fsync(sfd);
    ::close(sfd);
  }
  // link() refuses to replace an existing file (no race with a file created meanwhile).
  if (::link(tmp.c_str(), path.c_str()) != 0) {
    int err = errno;
    // File systems without hard links (FAT on removable media): re-check, then rename.
    if (err == EPERM || err == ENOTSUP || err == EOPNOTSUPP || err == ENOSYS) {
      if (!std::filesystem::exists(std::filesystem::symlink_status(path, ec)) &&
          std::rename(tmp.c_str(), path.c_str()) == 0) {
        return result;
      }
      err = std::filesystem::exists(std::filesystem::symlink_status(path, ec)) ? EEXIST : errno;
    }
    cleanup();
    if (err == EEXIST) return make_error(ExchangeError::OutputExists, path.filename().string());
    return make_error(ExchangeError::Io, std::string("renaming the bundle: ") + std::strerror(err));
  }
  cleanup();
  return result;
}

}  // namespace amparo::exchange
