#include "exchange/vault_source.h"

#include <algorithm>
#include <string>

namespace amparo::exchange {

namespace {
ExchangeFailure from_vault(const vault::VaultFailure& f) {
  if (f.code == vault::VaultError::NotFound)
    return make_error(ExchangeError::InvalidArgument, "unknown note id");
  if (f.code == vault::VaultError::ChainBroken) return make_error(ExchangeError::ChainBroken, f.detail);
  std::string detail(vault::describe(f.code));
  if (!f.detail.empty()) detail += ": " + f.detail;
  return make_error(ExchangeError::SourceFailed, detail);
}
}  // namespace

ExchangeResult<std::vector<std::string>> VaultSource::all_note_ids() {
  auto list = vault_.list_notes();
  if (!list) return from_vault(list.error());
  std::vector<vault::NoteSummary> notes = std::move(list).value();
  // Oldest first, so the bundle reads as a chronology.
  std::stable_sort(notes.begin(), notes.end(),
                   [](const auto& a, const auto& b) { return a.created_at < b.created_at; });
  std::vector<std::string> ids;
  ids.reserve(notes.size());
  for (const auto& n : notes) ids.push_back(n.id);
  return ids;
}

ExchangeResult<std::vector<SourceRevision>> VaultSource::history(const std::string& note_id) {
  auto h = vault_.history(note_id);
  if (!h) return from_vault(h.error());
  std::vector<SourceRevision> out;
  out.reserve(h.value().size());
  for (auto& r : h.value()) {
    SourceRevision s;
    s.number = r.content.number;
    s.canonical = std::move(r.canonical);
    s.hash = std::move(r.hash);
    out.push_back(std::move(s));
  }
  return out;
}

ExchangeResult<std::vector<SourceAttachment>> VaultSource::attachments(const std::string& note_id) {
  auto list = vault_.attachments(note_id);
  if (!list) return from_vault(list.error());
  std::vector<SourceAttachment> out;
  for (const auto& a : list.value()) {
    SourceAttachment s;
    s.id = a.id;
    s.note_id = a.note_id;
    s.name.assign(a.name.begin(), a.name.end());
    s.mime = a.mime;
    s.size = a.size;
    s.added_at = a.added_at;
    // The tree digest the vault computed while encrypting is the bundle digest: the writer signs
    // it without hashing again (the reader still hashes what it decrypts). Older rows hold a
    // plain BLAKE2b-256, which is not the bundle digest: the writer hashes those.
    if (a.digest_kind == vault::DigestKind::Tree) s.stored_digest = a.digest;
    out.push_back(std::move(s));
  }
  return out;
}

ExchangeResult<std::uint64_t> VaultSource::read_attachment(const std::string& attachment_id,
                                                           const std::function<bool(ByteView)>& sink) {
  auto r = vault_.read_attachment(attachment_id, sink);
  if (!r) return from_vault(r.error());
  return r.value();
}

Bytes VaultSource::signing_public_key() {
  return vault_.signing_public_key();
}

ExchangeResult<Bytes> VaultSource::sign(ByteView message) {
  auto s = vault_.sign(message);
  if (!s) return from_vault(s.error());
  return std::move(s).value();
}

}  // namespace amparo::exchange
