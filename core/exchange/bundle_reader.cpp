#include <algorithm>
#include <cstring>

#include "crypto/hash.h"
#include "crypto/sealed_box.h"
#include "crypto/signature.h"
#include "crypto/stream.h"
#include "exchange/bundle.h"
#include "exchange/bundle_internal.h"
#include "exchange/chunk_pipeline.h"
#include "exchange/wire.h"

namespace amparo::exchange {

namespace {

ExchangeFailure malformed(std::string detail) {
  return make_error(ExchangeError::BundleMalformed, std::move(detail));
}

constexpr std::size_t kChunkCiphertext = kBundleChunkSize + crypto::kStreamOverhead;

// Pulls and authenticates chunks on demand, each into the next pipeline slot (no allocation per
// chunk), and serves the plaintext record stream. A served view stays valid until its slot is handed
// out again, kPipelineSlots chunks later, and not before the digest leaves reading it are hashed.
class ChunkReader {
 public:
  ChunkReader(std::istream& in, crypto::StreamDecryptor& dec, ByteView ad, detail::ChunkPipeline& pipe)
      : in_(in), dec_(dec), ad_(ad), pipe_(pipe), ct_(kChunkCiphertext) {}

  ExchangeResult<void> read(std::uint8_t* dst, std::size_t n) {
    while (n > 0) {
      if (pos_ == plain_.size()) AMPARO_TRY_VOID(next_chunk());
      const std::size_t take = std::min(n, plain_.size() - pos_);
      if (take == 0) continue;  // an empty final chunk: next_chunk() reports the overrun
      std::memcpy(dst, plain_.data() + pos_, take);
      pos_ += take;
      dst += take;
      n -= take;
    }
    return {};
  }
  // Serves up to `n` bytes in place (for streaming attachments).
  ExchangeResult<ByteView> read_view(std::size_t n) {
    if (pos_ == plain_.size()) AMPARO_TRY_VOID(next_chunk());
    const std::size_t take = std::min(n, plain_.size() - pos_);
    ByteView v(plain_.data() + pos_, take);
    pos_ += take;
    return v;
  }
  // After the manifest: the plaintext must end here, in the final chunk, at the end of the file.
  ExchangeResult<void> expect_end() {
    if (pos_ != plain_.size() || !final_) return malformed("records after the manifest");
    if (in_.peek() != std::char_traits<char>::eof()) return make_error(ExchangeError::BundleTrailingData);
    return {};
  }
  [[nodiscard]] std::uint64_t chunks() const noexcept { return index_; }

 private:
  ExchangeResult<void> next_chunk() {
    if (final_) return malformed("record runs past the final chunk");
    in_.read(reinterpret_cast<char*>(ct_.data()), static_cast<std::streamsize>(ct_.size()));
    const auto got = static_cast<std::size_t>(in_.gcount());
    if (in_.bad()) return make_error(ExchangeError::Io, "reading the bundle");
    if (got == 0)
      return make_error(ExchangeError::BundleTruncated, "chunk " + std::to_string(index_) + " missing");
    plain_ = {};
    pos_ = 0;
    const MutableByteView slot = pipe_.next_slot();
    bool final = false;
    auto n = dec_.pull_into(ByteView(ct_.data(), got), ad_, slot, final);
    if (!n) {
      if (got < crypto::kStreamOverhead) {
        return make_error(ExchangeError::BundleTruncated, "chunk " + std::to_string(index_) + " cut short");
      }
      std::string where = "chunk " + std::to_string(index_);
      if (got < ct_.size()) where += ", the last in the file: cut short, extended or modified";
      return make_error(ExchangeError::ChunkAuthFailed, where);
    }
    plain_ = ByteView(slot.data(), n.value());
    final_ = final;
    ++index_;
    if (!final_ && got != ct_.size()) return malformed("short chunk before the final chunk");
    if (final_ && in_.peek() != std::char_traits<char>::eof())
      return make_error(ExchangeError::BundleTrailingData);
    if (plain_.empty() && !final_) return malformed("empty chunk");
    return {};
  }

  std::istream& in_;
  crypto::StreamDecryptor& dec_;
  ByteView ad_;
  detail::ChunkPipeline& pipe_;
  Bytes ct_;
  ByteView plain_;  // the current chunk's plaintext, inside a pipeline slot
  std::size_t pos_ = 0;
  std::uint64_t index_ = 0;
  bool final_ = false;
};

// Reads a record body of `len` bytes (already checked against its cap) growing the buffer as data
// arrives, so a forged length costs no more memory than the bytes actually present.
template <class Vec>
ExchangeResult<void> read_body(ChunkReader& reader, std::size_t len, Vec& out) {
  constexpr std::size_t kStep = 1 << 20;
  out.clear();
  while (out.size() < len) {
    const std::size_t old = out.size();
    const std::size_t n = std::min(kStep, len - old);
    out.resize(old + n);
    AMPARO_TRY_VOID(reader.read(out.data() + old, n));
  }
  return {};
}

Bytes item_hash(std::uint8_t kind, ByteView body) {
  crypto::Blake2b h(32);
  const std::uint8_t k[1] = {kind};
  h.update(k).update(body);
  return h.finish();
}

ExchangeResult<OpenedNote> parse_note(ByteView body) {
  wire::Reader r(body);
  OpenedNote note;
  auto id = r.field(32);
  auto count = r.u32();
  if (!id || !count) return malformed("note record");
  note.id.assign(as_chars(*id));
  if (!detail::is_hex_id(note.id)) return malformed("note id");
  if (*count == 0) return malformed("note without revisions");
  if (*count > BundleLimits::kMaxRevisions) return make_error(ExchangeError::BundleOversized, "revisions");
  if (*count > r.remaining() / (4 + 32 + 4)) return malformed("revision count");
  note.revisions.reserve(*count);
  for (std::uint32_t k = 0; k < *count; ++k) {
    OpenedRevision rev;
    auto number = r.u32();
    auto hash = r.raw(32);
    bool too_long = false;
    auto canonical = r.field(vault::NoteLimits::kMaxCanonical, &too_long);
    if (too_long) return make_error(ExchangeError::BundleOversized, "revision");
    if (!number || !hash || !canonical) return malformed("revision");
    rev.number = *number;
    rev.hash.assign(hash->begin(), hash->end());
    rev.canonical.assign(canonical->begin(), canonical->end());
    note.revisions.push_back(std::move(rev));
  }
  if (!r.at_end()) return malformed("note record trailing bytes");
  return note;
}

// Recomputes the hash chain and decodes every revision (vault::chain_hash / decode_revision).
ExchangeResult<void> verify_chain(OpenedNote& note, std::size_t index) {
  Bytes previous = vault::genesis_hash();
  for (std::size_t k = 0; k < note.revisions.size(); ++k) {
    auto& rev = note.revisions[k];
    const std::string where = "note " + std::to_string(index + 1) + " revision " + std::to_string(k + 1);
    if (rev.number != k + 1)
      return make_error(ExchangeError::ChainBroken, where + ": missing or out of order");
    if (vault::chain_hash(previous, vault::view(rev.canonical)) != rev.hash) {
      return make_error(ExchangeError::ChainBroken, where + ": hash mismatch");
    }
    auto content = vault::decode_revision(vault::view(rev.canonical));
    if (!content) return make_error(ExchangeError::ChainBroken, where + ": undecodable");
    rev.content = std::move(content).value();
    if (rev.content.note_id != note.id || rev.content.number != rev.number) {
      return make_error(ExchangeError::ChainBroken, where + ": belongs to another note or position");
    }
    rev.previous_hash = previous;
    previous = rev.hash;
  }
  return {};
}

}  // namespace

ExchangeResult<BundleHeader> parse_bundle_header(ByteView bytes) {
  if (bytes.size() < kBundleMagicSize ||
      !std::equal(detail::kMagic, detail::kMagic + kBundleMagicSize, bytes.begin())) {
    return make_error(ExchangeError::NotABundle);
  }
  if (bytes.size() < kBundleMagicSize + 2) return make_error(ExchangeError::NotABundle, "header");
  BundleHeader h;
  h.version = static_cast<std::uint16_t>(bytes[8] | (bytes[9] << 8));
  if (h.version != kBundleVersion) return make_error(ExchangeError::BundleUnsupportedVersion);
  if (bytes.size() < kBundleHeaderSize) return make_error(ExchangeError::BundleTruncated, "header");
  wire::Reader r(bytes.first(kBundleHeaderSize));
  (void)r.raw(kBundleMagicSize + 2);
  auto fp = *r.raw(kFingerprintSize);
  auto sealed = *r.raw(kSealedKeySize);
  auto stream_header = *r.raw(crypto::kStreamHeaderSize);
  h.recipient_fingerprint.assign(fp.begin(), fp.end());
  h.sealed_key.assign(sealed.begin(), sealed.end());
  h.stream_header.assign(stream_header.begin(), stream_header.end());
  h.raw.assign(bytes.begin(), bytes.begin() + kBundleHeaderSize);
  return h;
}

ExchangeResult<OpenedBundle> open_bundle(std::istream& in, const OrgKeys& keys, AttachmentSink* sink) {
  // 1. Clear header and recipient check, before any decryption.
  Bytes raw(kBundleHeaderSize);
  in.read(reinterpret_cast<char*>(raw.data()), static_cast<std::streamsize>(raw.size()));
  raw.resize(static_cast<std::size_t>(in.gcount()));
  if (in.bad()) return make_error(ExchangeError::Io, "reading the bundle");
  AMPARO_TRY(const BundleHeader header, parse_bundle_header(raw));
  const Bytes own_fingerprint = keys.fingerprint();
  if (header.recipient_fingerprint != own_fingerprint) return make_error(ExchangeError::WrongRecipient);

  // 2. File key.
  auto file_key = crypto::seal_open(keys.box, header.sealed_key);
  if (!file_key || file_key.value().size() != crypto::kStreamKeySize) {
    return make_error(ExchangeError::FileKeyUnsealFailed);
  }
  auto dec_r = crypto::StreamDecryptor::start(file_key.value(), header.stream_header);
  if (!dec_r) return make_error(ExchangeError::FileKeyUnsealFailed, "stream header");
  auto dec = std::move(dec_r).value();
  detail::ChunkPipeline pipe;
  ChunkReader reader(in, dec, header.raw, pipe);

  // 3. Records.
  OpenedBundle out;
  out.version = header.version;
  std::vector<detail::ManifestItem> items;
  std::uint32_t declared_notes = 0;
  std::uint32_t declared_attachments = 0;
  std::uint64_t note_bytes = 0;
  bool have_info = false;
  std::optional<detail::Manifest> manifest;
  Bytes signature;
  std::vector<std::uint8_t> head(5);
  while (!manifest) {
    AMPARO_TRY_VOID(reader.read(head.data(), 5));
    const std::uint8_t kind = head[0];
    const std::uint32_t len = read_u32le(head.data() + 1);
    if (!have_info && kind != detail::kKindInfo) return malformed("first record is not the bundle info");
    if (kind == detail::kKindInfo) {
      if (have_info) return malformed("second info record");
      if (len > BundleLimits::kMaxInfo) return make_error(ExchangeError::BundleOversized, "info");
      Bytes body(len);
      AMPARO_TRY_VOID(reader.read(body.data(), len));
      wire::Reader r(body);
      auto id = r.raw(detail::kBundleIdSize);
      auto created = r.u64();
      auto app = r.field(BundleLimits::kMaxAppVersion);
      auto notes = r.u32();
      auto atts = r.u32();
      if (!id || !created || !app || !notes || !atts || !r.at_end()) return malformed("info record");
      if (*notes > BundleLimits::kMaxNotes || *atts > BundleLimits::kMaxAttachments) {
        return make_error(ExchangeError::BundleOversized, "counts");
      }
      out.bundle_id.assign(id->begin(), id->end());
      out.created = *created;
      out.app_version.assign(as_chars(*app));
      declared_notes = *notes;
      declared_attachments = *atts;
      have_info = true;
      items.push_back({kind, {}, item_hash(kind, body), 0, {}});
    } else if (kind == detail::kKindNote) {
      if (out.notes.size() >= declared_notes) return malformed("more notes than declared");
      if (len > BundleLimits::kMaxNoteRecord) return make_error(ExchangeError::BundleOversized, "note");
      note_bytes += len;
      if (note_bytes > BundleLimits::kMaxNoteBytes)
        return make_error(ExchangeError::BundleOversized, "notes");
      vault::SecureBytes body;
      AMPARO_TRY_VOID(read_body(reader, len, body));
      AMPARO_TRY(auto note, parse_note(vault::view(body)));
      for (const auto& n : out.notes) {
        if (n.id == note.id) return malformed("note listed twice");
      }
      items.push_back({kind, note.id, item_hash(kind, vault::view(body)),
                       static_cast<std::uint32_t>(note.revisions.size()), note.revisions.back().hash});
      out.notes.push_back(std::move(note));
    } else if (kind == detail::kKindAttachment) {
      if (out.attachments.size() >= declared_attachments) return malformed("more attachments than declared");
      if (len > BundleLimits::kMaxAttachmentMeta)
        return make_error(ExchangeError::BundleOversized, "attachment metadata");
      Bytes meta(len);
      AMPARO_TRY_VOID(reader.read(meta.data(), len));
      AMPARO_TRY(auto info, detail::decode_attachment_meta(meta));
      if (out.notes.empty() || out.notes.back().id != info.note_id) {
        return malformed("attachment does not follow its note");
      }
      for (const auto& a : out.attachments) {
        if (a.id == info.id) return malformed("attachment listed twice");
      }
      const std::size_t index = out.attachments.size();
      if (sink) AMPARO_TRY_VOID(sink->begin(index, info));
      pipe.begin_digest(info.size);
      std::uint64_t left = info.size;
      while (left > 0) {
        AMPARO_TRY(
            const ByteView piece,
            reader.read_view(static_cast<std::size_t>(std::min<std::uint64_t>(left, kBundleChunkSize))));
        AMPARO_TRY_VOID(pipe.digest(piece));
        if (sink) AMPARO_TRY_VOID(sink->write(piece));
        left -= piece.size();
      }
      Bytes trailer(32);
      AMPARO_TRY_VOID(reader.read(trailer.data(), trailer.size()));
      AMPARO_TRY(info.content_hash, pipe.finish_digest());
      if (info.content_hash != trailer) {
        return make_error(ExchangeError::AttachmentHashMismatch, "attachment " + std::to_string(index + 1));
      }
      if (sink) AMPARO_TRY_VOID(sink->end());
      Bytes item_body = meta;
      append_bytes(item_body, trailer);
      items.push_back({kind, info.id, item_hash(kind, item_body), 0, {}});
      out.attachments.push_back(std::move(info));
    } else if (kind == detail::kKindManifest) {
      if (len > 4 + BundleLimits::kMaxManifest + crypto::kSignatureSize) {
        return make_error(ExchangeError::BundleOversized, "manifest");
      }
      Bytes body;
      AMPARO_TRY_VOID(read_body(reader, len, body));
      wire::Reader r(body);
      auto m = r.field(BundleLimits::kMaxManifest);
      auto sig = r.raw(crypto::kSignatureSize);
      if (!m || !sig || !r.at_end()) return malformed("manifest record");
      signature.assign(sig->begin(), sig->end());
      AMPARO_TRY(auto decoded, detail::decode_manifest(*m));
      // 4. Recipient bound inside the signed manifest: the header's and ours.
      if (decoded.recipient_fingerprint != header.recipient_fingerprint ||
          decoded.recipient_fingerprint != own_fingerprint) {
        return make_error(ExchangeError::RecipientMismatch);
      }
      // 5. Sender signature over the exact manifest bytes.
      if (!crypto::verify_detached(decoded.sender_public_key, *m, signature)) {
        return make_error(ExchangeError::BadSenderSignature);
      }
      manifest = std::move(decoded);
    } else {
      return malformed("unknown record kind");
    }
  }
  AMPARO_TRY_VOID(reader.expect_end());
  out.chunks = reader.chunks();
  if (out.notes.size() != declared_notes || out.attachments.size() != declared_attachments) {
    return malformed("fewer records than declared");
  }

  // 6. The signed manifest lists exactly what was read: ids, item hashes, revision counts, chain heads.
  if (manifest->bundle_id != out.bundle_id || manifest->created != out.created) {
    return make_error(ExchangeError::ManifestMismatch, "bundle id or time");
  }
  if (manifest->items.size() != items.size())
    return make_error(ExchangeError::ManifestMismatch, "item count");
  for (std::size_t i = 0; i < items.size(); ++i) {
    if (!(manifest->items[i] == items[i])) {
      return make_error(ExchangeError::ManifestMismatch, "item " + std::to_string(i + 1));
    }
  }
  out.recipient_fingerprint = manifest->recipient_fingerprint;
  out.sender_public_key = manifest->sender_public_key;

  // 7. Revision chains.
  for (std::size_t i = 0; i < out.notes.size(); ++i) AMPARO_TRY_VOID(verify_chain(out.notes[i], i));
  return out;
}

}  // namespace amparo::exchange
