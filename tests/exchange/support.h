// Test doubles and helpers for tests/exchange: an in-memory BundleSource built with the vault's own
// canonical encoding and chain hash, organizations, and raw re-encryption of bundle plaintext (to
// craft reordered, re-addressed and oversized bundles).
#pragma once

#include <map>
#include <sstream>
#include <string>
#include <vector>

#include "crypto/random.h"
#include "crypto/sealed_box.h"
#include "crypto/stream.h"
#include "exchange/bundle.h"
#include "exchange/card.h"
#include "exchange/org_secret.h"
#include "vault/note.h"

namespace amparo::exchange::test {

inline constexpr std::uint64_t kNow = 1795000000;  // 2026-11-18
inline constexpr std::uint64_t kYear = 365ULL * 24 * 3600;

struct Org {
  OrgKeys keys;
  OrgCard card;
};

inline Org make_org(const std::string& name, std::uint64_t created = kNow - 100,
                    std::uint64_t expires = kNow + kYear) {
  Org org{OrgKeys::generate(), {}};
  CardFields f{name, "Texas", "+1 555 0100", "en,es", created, expires};
  auto card = make_card(f, org.keys.sign, org.keys.box.public_key);
  if (!card) throw std::runtime_error("make_card failed");
  org.card = std::move(card).value();
  return org;
}

class MemorySource final : public BundleSource {
 public:
  MemorySource() : key_(crypto::SigningKeyPair::generate()) {}

  std::string add_note(const std::vector<std::string>& narratives, std::int64_t t0 = 1790000000) {
    const std::string id = crypto::random_id(16);
    Bytes prev = vault::genesis_hash();
    std::vector<SourceRevision> revs;
    for (std::size_t i = 0; i < narratives.size(); ++i) {
      vault::RevisionContent c;
      c.note_id = id;
      c.number = static_cast<std::uint32_t>(i + 1);
      c.saved_at = t0 + static_cast<std::int64_t>(i) * 60;
      c.fields.title = vault::to_text("Stop at checkpoint");
      c.fields.narrative = vault::to_text(narratives[i]);
      c.fields.agency = vault::Agency::Ice;
      c.fields.badge_numbers = {vault::to_text("B-123")};
      c.fields.biometric_steps = vault::kBiometricFacePhoto;
      auto enc = vault::encode_revision(c);
      if (!enc) throw std::runtime_error("encode_revision failed");
      SourceRevision r;
      r.number = c.number;
      r.canonical = std::move(enc).value();
      r.hash = vault::chain_hash(prev, vault::view(r.canonical));
      prev = r.hash;
      revs.push_back(std::move(r));
    }
    order_.push_back(id);
    notes_[id] = std::move(revs);
    return id;
  }

  std::string add_attachment(const std::string& note_id, Bytes content,
                             const std::string& name = "photo.jpg") {
    SourceAttachment a;
    a.id = crypto::random_id(16);
    a.note_id = note_id;
    a.name = name;
    a.mime = "image/jpeg";
    a.size = content.size();
    a.added_at = 1790000100;
    atts_[note_id].push_back(a);
    content_[a.id] = std::move(content);
    return a.id;
  }

  std::vector<SourceRevision>& revisions(const std::string& id) { return notes_[id]; }

  ExchangeResult<std::vector<std::string>> all_note_ids() override { return order_; }
  ExchangeResult<std::vector<SourceRevision>> history(const std::string& id) override {
    auto it = notes_.find(id);
    if (it == notes_.end()) return make_error(ExchangeError::InvalidArgument, "unknown note id");
    std::vector<SourceRevision> out;
    for (const auto& r : it->second) out.push_back(SourceRevision{r.number, r.canonical, r.hash});
    return out;
  }
  ExchangeResult<std::vector<SourceAttachment>> attachments(const std::string& id) override {
    auto it = atts_.find(id);
    if (it == atts_.end()) return std::vector<SourceAttachment>{};
    return it->second;
  }
  ExchangeResult<std::uint64_t> read_attachment(const std::string& id,
                                                const std::function<bool(ByteView)>& sink) override {
    const Bytes& c = content_.at(id);
    std::size_t off = 0;
    while (off < c.size()) {
      const std::size_t n = std::min<std::size_t>(10000, c.size() - off);
      if (!sink(ByteView(c.data() + off, n))) return make_error(ExchangeError::Io, "sink");
      off += n;
    }
    return static_cast<std::uint64_t>(c.size());
  }
  Bytes signing_public_key() override { return key_.public_key; }
  ExchangeResult<Bytes> sign(ByteView message) override {
    auto s = crypto::sign_detached(key_.secret_key, message);
    if (!s) return make_error(ExchangeError::SourceFailed, "sign");
    return std::move(s).value();
  }

  crypto::SigningKeyPair key_;
  std::vector<std::string> order_;
  std::map<std::string, std::vector<SourceRevision>> notes_;
  std::map<std::string, std::vector<SourceAttachment>> atts_;
  std::map<std::string, Bytes> content_;
};

inline Bytes to_vec(const std::string& s) {
  return Bytes(s.begin(), s.end());
}

inline Bytes export_bytes(BundleSource& src, const OrgCard& card, ExportOptions opts = {}) {
  if (opts.now == 0) opts.now = kNow;
  std::ostringstream out;
  auto r = write_bundle(src, card, out, opts);
  if (!r) throw std::runtime_error("write_bundle failed: " + message(r.error()));
  return to_vec(out.str());
}

inline ExchangeResult<OpenedBundle> open_bytes(const Bytes& bundle, const OrgKeys& keys) {
  std::istringstream in(std::string(bundle.begin(), bundle.end()));
  return open_bundle(in, keys, nullptr);
}

inline constexpr std::size_t kCt = kBundleChunkSize + crypto::kStreamOverhead;

// Ciphertext chunk boundaries after the header: {offset, length}.
inline std::vector<std::pair<std::size_t, std::size_t>> chunk_spans(const Bytes& bundle) {
  std::vector<std::pair<std::size_t, std::size_t>> spans;
  std::size_t off = kBundleHeaderSize;
  while (off < bundle.size()) {
    const std::size_t n = std::min(kCt, bundle.size() - off);
    spans.emplace_back(off, n);
    off += n;
  }
  return spans;
}

// Decrypts the whole plaintext record stream (test only: memory).
inline Bytes decrypt_plaintext(const Bytes& bundle, const OrgKeys& keys) {
  const ByteView header(bundle.data(), kBundleHeaderSize);
  auto key = crypto::seal_open(keys.box, header.subspan(8 + 2 + 32, 80));
  auto dec = crypto::StreamDecryptor::start(key.value(), header.subspan(8 + 2 + 32 + 80, 24));
  Bytes plain;
  for (auto [off, n] : chunk_spans(bundle)) {
    auto c = dec.value().pull(ByteView(bundle.data() + off, n), header);
    if (!c) throw std::runtime_error("decrypt failed");
    append_bytes(plain, c.value().data);
  }
  return plain;
}

// Encrypts a plaintext record stream to `card` exactly as the writer would (header, chunking).
inline Bytes seal_plaintext(ByteView plain, const OrgCard& card) {
  auto key = crypto::random_secret(32);
  Bytes header = {'A', 'M', 'P', 'A', 'R', 'O', 'B', '\n', 1, 0};
  append_bytes(header, recipient_fingerprint(card));
  append_bytes(header, crypto::seal(card.box_public_key, key.view()).value());
  auto enc = crypto::StreamEncryptor::start(key).value();
  append_bytes(header, enc.header());
  Bytes out = header;
  std::size_t off = 0;
  do {
    const std::size_t n = std::min(kBundleChunkSize, plain.size() - off);
    const bool final = off + n == plain.size();
    append_bytes(out, enc.push(plain.subspan(off, n), header, final));
    off += n;
  } while (off < plain.size());
  return out;
}

}  // namespace amparo::exchange::test
