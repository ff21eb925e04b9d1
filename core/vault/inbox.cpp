#include "vault/inbox.h"

#include <algorithm>
#include <cstring>

#include "vault/note.h"

namespace amparo::vault {

namespace {

constexpr std::array<std::uint8_t, 8> kMagic = {'A', 'M', 'P', 'I', 'N', 'B', 'O', 'X'};
constexpr std::uint8_t kVersion = 1;
constexpr std::uint8_t kPayloadVersionPlainHash = 1;  // attachment hash: plain BLAKE2b-256
constexpr std::uint8_t kPayloadVersion = 2;           // attachment hash: tree digest
constexpr std::size_t kMaxText = 64 * 1024;
constexpr std::size_t kMaxName = 256;
constexpr std::size_t kMaxMime = 128;

VaultFailure malformed(const char* field) {
  return make_error(VaultError::InboxEntryMalformed, field);
}

bool printable_ascii(std::string_view s) {
  return std::all_of(s.begin(), s.end(), [](char c) { return c > 0x20 && c < 0x7f; });
}

}  // namespace

CapturePayload::~CapturePayload() {
  wipe(text);
  if (attachment) {
    secure_wipe(attachment->file_key.data(), attachment->file_key.size());
    wipe(attachment->name);
  }
}

VaultResult<InboxFrame> parse_inbox_frame(ByteView in) {
  if (in.size() > kInboxMaxEntrySize) return malformed("too large");
  if (in.size() < kInboxPrefixSize) return malformed("truncated");
  if (!std::equal(kMagic.begin(), kMagic.end(), in.begin())) return malformed("magic");
  if (in[8] != kVersion) return malformed("version");
  InboxFrame f;
  std::memcpy(f.vault_id.data(), in.data() + 9, 16);
  std::memcpy(f.entry_id.data(), in.data() + 25, 16);
  f.sealed_key = in.subspan(41, kInboxSealedKeySize);
  const std::uint32_t len = read_u32le(in.data() + 121);
  if (len > kInboxMaxPayloadCiphertext) return malformed("payload length");
  if (in.size() - kInboxPrefixSize < len) return malformed("truncated");
  if (in.size() - kInboxPrefixSize > len) return malformed("trailing bytes");
  f.associated_data = in.first(kInboxAdSize);
  f.payload_ciphertext = in.subspan(kInboxPrefixSize, len);
  return f;
}

Bytes build_inbox_prefix(const std::array<std::uint8_t, 16>& vault_id,
                         const std::array<std::uint8_t, 16>& entry_id, ByteView sealed_key,
                         std::uint32_t payload_size) {
  Bytes out(kMagic.begin(), kMagic.end());
  append_u8(out, kVersion);
  out.insert(out.end(), vault_id.begin(), vault_id.end());
  out.insert(out.end(), entry_id.begin(), entry_id.end());
  append_bytes(out, sealed_key);
  append_u32le(out, payload_size);
  return out;
}

SecureBytes encode_capture_payload(const CapturePayload& p) {
  SecureBytes out;
  auto u32 = [&](std::uint32_t v) {
    for (int i = 0; i < 4; ++i) out.push_back(static_cast<std::uint8_t>(v >> (8 * i)));
  };
  auto u64 = [&](std::uint64_t v) {
    for (int i = 0; i < 8; ++i) out.push_back(static_cast<std::uint8_t>(v >> (8 * i)));
  };
  auto field = [&](std::string_view s) {
    u32(static_cast<std::uint32_t>(s.size()));
    out.insert(out.end(), s.begin(), s.end());
  };
  out.push_back(p.attachment && !p.attachment->tree_digest ? kPayloadVersionPlainHash : kPayloadVersion);
  u64(static_cast<std::uint64_t>(p.captured_at));
  field(view(p.text));
  out.push_back(p.attachment ? 1 : 0);
  if (p.attachment) {
    const auto& a = *p.attachment;
    out.insert(out.end(), a.file_id.begin(), a.file_id.end());
    out.insert(out.end(), a.file_key.begin(), a.file_key.end());
    field(view(a.name));
    field(a.mime);
    u64(a.size);
    out.insert(out.end(), a.content_hash.begin(), a.content_hash.end());
  }
  return out;
}

VaultResult<CapturePayload> decode_capture_payload(ByteView in) {
  std::size_t pos = 0;
  auto need = [&](std::size_t n) { return in.size() - pos >= n; };
  auto field = [&](std::size_t cap, const char* name, std::string_view& outv) -> VaultResult<void> {
    if (!need(4)) return malformed(name);
    const auto len = read_u32le(in.data() + pos);
    pos += 4;
    if (len > cap || !need(len)) return malformed(name);
    outv = as_chars(in.subspan(pos, len));
    pos += len;
    return {};
  };
  CapturePayload p;
  if (!need(1 + 8) || (in[0] != kPayloadVersion && in[0] != kPayloadVersionPlainHash))
    return malformed("payload version");
  p.captured_at = static_cast<std::int64_t>(read_u64le(in.data() + 1));
  pos = 9;
  std::string_view text;
  AMPARO_TRY_VOID(field(kMaxText, "text", text));
  p.text = to_text(text);
  if (!need(1)) return malformed("attachment flag");
  const std::uint8_t has = in[pos++];
  if (has > 1) return malformed("attachment flag");
  if (has == 1) {
    CaptureAttachmentRef a;
    if (!need(48)) return malformed("attachment");
    std::memcpy(a.file_id.data(), in.data() + pos, 16);
    std::memcpy(a.file_key.data(), in.data() + pos + 16, 32);
    pos += 48;
    std::string_view name, mime;
    AMPARO_TRY_VOID(field(kMaxName, "attachment name", name));
    AMPARO_TRY_VOID(field(kMaxMime, "attachment mime", mime));
    a.name = to_text(name);
    a.mime = std::string(mime);
    if (!printable_ascii(a.mime)) return malformed("attachment mime");
    if (!need(8 + 32)) return malformed("attachment size");
    a.size = read_u64le(in.data() + pos);
    std::memcpy(a.content_hash.data(), in.data() + pos + 8, 32);
    a.tree_digest = in[0] == kPayloadVersion;
    pos += 40;
    p.attachment = std::move(a);
  }
  if (pos != in.size()) return malformed("trailing bytes");
  // The text becomes a note narrative: same rules as typed notes.
  NoteFields probe;
  probe.narrative = p.text;
  if (probe.narrative.empty()) probe.title = to_text("capture");
  if (!validate(probe)) return malformed("text");
  if (p.text.empty() && !p.attachment) return malformed("empty capture");
  return p;
}

}  // namespace amparo::vault
