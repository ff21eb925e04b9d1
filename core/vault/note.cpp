#include "vault/note.h"

#include <array>
#include <string_view>

#include "crypto/hash.h"

namespace amparo::vault {

namespace {

constexpr std::array<std::uint8_t, 4> kMagic = {'A', 'M', 'P', 'N'};
constexpr std::uint8_t kFormat = 1;
constexpr std::uint8_t kNoAgency = 0xff;
constexpr std::string_view kChainDomain = "amparo-note-chain-v1";

using L = NoteLimits;

// Strict UTF-8 (no overlongs, no surrogates, ≤ U+10FFFF), no NUL or C0 controls but \t \n \r.
bool valid_text(std::string_view s) {
  const auto* p = reinterpret_cast<const unsigned char*>(s.data());
  const std::size_t n = s.size();
  std::size_t i = 0;
  while (i < n) {
    const unsigned c = p[i];
    if (c < 0x80) {
      if (c < 0x20 && c != '\t' && c != '\n' && c != '\r') return false;
      ++i;
      continue;
    }
    std::size_t len = 0;
    unsigned cp = 0;
    if (c >= 0xc2 && c <= 0xdf) {
      len = 2;
      cp = c & 0x1f;
    } else if (c >= 0xe0 && c <= 0xef) {
      len = 3;
      cp = c & 0x0f;
    } else if (c >= 0xf0 && c <= 0xf4) {
      len = 4;
      cp = c & 0x07;
    } else {
      return false;
    }
    if (i + len > n) return false;
    for (std::size_t k = 1; k < len; ++k) {
      if ((p[i + k] & 0xc0) != 0x80) return false;
      cp = (cp << 6) | (p[i + k] & 0x3f);
    }
    if ((len == 3 && cp < 0x800) || (len == 4 && (cp < 0x10000 || cp > 0x10ffff)) ||
        (cp >= 0xd800 && cp <= 0xdfff)) {
      return false;
    }
    i += len;
  }
  return true;
}

VaultResult<void> check_text(const Text& t, std::size_t cap, const char* field) {
  if (t.size() > cap) return make_error(VaultError::InvalidNote, std::string(field) + ": too long");
  if (!valid_text(view(t))) {
    return make_error(VaultError::InvalidNote, std::string(field) + ": not valid text");
  }
  return {};
}

VaultResult<void> check_list(const std::vector<Text>& items, const char* field) {
  if (items.size() > L::kListItems) {
    return make_error(VaultError::InvalidNote, std::string(field) + ": too many items");
  }
  for (const auto& item : items) {
    if (item.empty()) return make_error(VaultError::InvalidNote, std::string(field) + ": empty item");
    AMPARO_TRY_VOID(check_text(item, L::kListItemText, field));
  }
  return {};
}

bool valid_answer(Answer a) {
  return static_cast<std::uint8_t>(a) <= 3;
}

bool valid_note_id(std::string_view id) {
  if (id.size() != 32) return false;
  for (char c : id) {
    if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'))) return false;
  }
  return true;
}

// Writer over SecureBytes so note plaintext never sits in a non-wiping buffer.
struct Writer {
  SecureBytes out;
  void u8(std::uint8_t v) { out.push_back(v); }
  void u32(std::uint32_t v) {
    for (int i = 0; i < 4; ++i) out.push_back(static_cast<std::uint8_t>(v >> (8 * i)));
  }
  void u64(std::uint64_t v) {
    for (int i = 0; i < 8; ++i) out.push_back(static_cast<std::uint8_t>(v >> (8 * i)));
  }
  void text(std::string_view s) {
    u32(static_cast<std::uint32_t>(s.size()));
    out.insert(out.end(), s.begin(), s.end());
  }
  void list(const std::vector<Text>& items) {
    u32(static_cast<std::uint32_t>(items.size()));
    for (const auto& t : items) text(view(t));
  }
};

struct Reader {
  ByteView in;
  std::size_t pos = 0;
  const char* field = "";

  [[nodiscard]] bool has(std::size_t n) const { return in.size() - pos >= n; }
  VaultResult<std::uint8_t> u8() {
    if (!has(1)) return truncated();
    return in[pos++];
  }
  VaultResult<std::uint32_t> u32() {
    if (!has(4)) return truncated();
    const auto v = read_u32le(in.data() + pos);
    pos += 4;
    return v;
  }
  VaultResult<std::uint64_t> u64() {
    if (!has(8)) return truncated();
    const auto v = read_u64le(in.data() + pos);
    pos += 8;
    return v;
  }
  VaultResult<Text> text(std::size_t cap) {
    AMPARO_TRY(const auto len, u32());
    if (len > cap) return make_error(VaultError::InvalidNote, std::string(field) + ": too long");
    if (!has(len)) return truncated();
    Text t(reinterpret_cast<const char*>(in.data() + pos), len);
    pos += len;
    return t;
  }
  VaultResult<std::vector<Text>> list() {
    AMPARO_TRY(const auto count, u32());
    if (count > L::kListItems) {
      return make_error(VaultError::InvalidNote, std::string(field) + ": too many items");
    }
    std::vector<Text> items;
    items.reserve(count);
    for (std::uint32_t i = 0; i < count; ++i) {
      AMPARO_TRY(auto t, text(L::kListItemText));
      items.push_back(std::move(t));
    }
    return items;
  }
  VaultFailure truncated() const {
    return make_error(VaultError::InvalidNote, std::string(field) + ": truncated");
  }
};

}  // namespace

VaultResult<void> validate(const NoteFields& f) {
  if (f.title.empty() && f.narrative.empty()) {
    return make_error(VaultError::InvalidNote, "title or narrative required");
  }
  AMPARO_TRY_VOID(check_text(f.title, L::kShortText, "title"));
  AMPARO_TRY_VOID(check_text(f.when_start, L::kShortText, "when_start"));
  AMPARO_TRY_VOID(check_text(f.when_end, L::kShortText, "when_end"));
  AMPARO_TRY_VOID(check_text(f.time_zone, L::kShortText, "time_zone"));
  AMPARO_TRY_VOID(check_text(f.where, L::kMediumText, "where"));
  if (f.agency && static_cast<std::uint8_t>(*f.agency) > static_cast<std::uint8_t>(Agency::Other)) {
    return make_error(VaultError::InvalidNote, "agency: unknown value");
  }
  AMPARO_TRY_VOID(check_text(f.agency_other, L::kShortText, "agency_other"));
  AMPARO_TRY_VOID(check_list(f.officer_names, "officer_names"));
  AMPARO_TRY_VOID(check_list(f.badge_numbers, "badge_numbers"));
  AMPARO_TRY_VOID(check_list(f.vehicles, "vehicles"));
  if ((f.biometric_steps & ~kBiometricAll) != 0) {
    return make_error(VaultError::InvalidNote, "biometric_steps: unknown bit");
  }
  AMPARO_TRY_VOID(check_text(f.officer_device, L::kMediumText, "officer_device"));
  if (!valid_answer(f.consent_asked)) return make_error(VaultError::InvalidNote, "consent_asked");
  if (!valid_answer(f.status_asked)) return make_error(VaultError::InvalidNote, "status_asked");
  if (!valid_answer(f.status_stated)) return make_error(VaultError::InvalidNote, "status_stated");
  AMPARO_TRY_VOID(check_text(f.reference_number, L::kShortText, "reference_number"));
  AMPARO_TRY_VOID(check_text(f.held_duration, L::kMediumText, "held_duration"));
  AMPARO_TRY_VOID(check_text(f.what_was_said, L::kLongText, "what_was_said"));
  AMPARO_TRY_VOID(check_text(f.what_was_taken, L::kLongText, "what_was_taken"));
  AMPARO_TRY_VOID(check_text(f.witnesses, L::kLongText, "witnesses"));
  AMPARO_TRY_VOID(check_text(f.injuries, L::kLongText, "injuries"));
  AMPARO_TRY_VOID(check_text(f.narrative, L::kNarrative, "narrative"));
  return {};
}

VaultResult<SecureBytes> encode_revision(const RevisionContent& r) {
  if (!valid_note_id(r.note_id)) return make_error(VaultError::InvalidNote, "note_id");
  if (r.number == 0) return make_error(VaultError::InvalidNote, "revision number");
  if (static_cast<std::uint8_t>(r.origin) > static_cast<std::uint8_t>(Origin::Imported)) {
    return make_error(VaultError::InvalidNote, "origin");
  }
  AMPARO_TRY_VOID(validate(r.fields));
  const NoteFields& f = r.fields;
  Writer w;
  w.out.reserve(256 + f.narrative.size() + f.what_was_said.size());
  w.out.insert(w.out.end(), kMagic.begin(), kMagic.end());
  w.u8(kFormat);
  w.text(r.note_id);
  w.u32(r.number);
  w.u64(static_cast<std::uint64_t>(r.saved_at));
  w.u8(static_cast<std::uint8_t>(r.origin));
  w.text(view(f.title));
  w.text(view(f.when_start));
  w.text(view(f.when_end));
  w.text(view(f.time_zone));
  w.text(view(f.where));
  w.u8(f.agency ? static_cast<std::uint8_t>(*f.agency) : kNoAgency);
  w.text(view(f.agency_other));
  w.list(f.officer_names);
  w.list(f.badge_numbers);
  w.list(f.vehicles);
  w.u8(f.biometric_steps);
  w.text(view(f.officer_device));
  w.u8(static_cast<std::uint8_t>(f.consent_asked));
  w.u8(static_cast<std::uint8_t>(f.status_asked));
  w.u8(static_cast<std::uint8_t>(f.status_stated));
  w.text(view(f.reference_number));
  w.text(view(f.held_duration));
  w.text(view(f.what_was_said));
  w.text(view(f.what_was_taken));
  w.text(view(f.witnesses));
  w.text(view(f.injuries));
  w.text(view(f.narrative));
  if (w.out.size() > L::kMaxCanonical) return make_error(VaultError::InvalidNote, "note too large");
  return std::move(w.out);
}

VaultResult<RevisionContent> decode_revision(ByteView in) {
  if (in.size() > L::kMaxCanonical) return make_error(VaultError::InvalidNote, "note too large");
  Reader r{in};
  r.field = "magic";
  if (!r.has(kMagic.size()) || !std::equal(kMagic.begin(), kMagic.end(), in.begin())) {
    return make_error(VaultError::InvalidNote, "magic");
  }
  r.pos = kMagic.size();
  r.field = "format";
  AMPARO_TRY(const auto format, r.u8());
  if (format != kFormat) return make_error(VaultError::InvalidNote, "format version");

  RevisionContent out;
  NoteFields& f = out.fields;
  r.field = "note_id";
  {
    AMPARO_TRY(auto id, r.text(32));
    out.note_id.assign(id.begin(), id.end());
    if (!valid_note_id(out.note_id)) return make_error(VaultError::InvalidNote, "note_id");
  }
  r.field = "number";
  AMPARO_TRY(out.number, r.u32());
  if (out.number == 0) return make_error(VaultError::InvalidNote, "revision number");
  r.field = "saved_at";
  AMPARO_TRY(const auto saved, r.u64());
  out.saved_at = static_cast<std::int64_t>(saved);
  r.field = "origin";
  AMPARO_TRY(const auto origin, r.u8());
  if (origin > static_cast<std::uint8_t>(Origin::Imported))
    return make_error(VaultError::InvalidNote, "origin");
  out.origin = static_cast<Origin>(origin);

#define AMPARO_READ_TEXT(name, cap) \
  r.field = #name;                  \
  AMPARO_TRY(f.name, r.text(cap))
#define AMPARO_READ_LIST(name) \
  r.field = #name;             \
  AMPARO_TRY(f.name, r.list())
#define AMPARO_READ_ANSWER(name)                                  \
  r.field = #name;                                                \
  {                                                               \
    AMPARO_TRY(const auto v, r.u8());                             \
    if (v > 3) return make_error(VaultError::InvalidNote, #name); \
    f.name = static_cast<Answer>(v);                              \
  }

  AMPARO_READ_TEXT(title, L::kShortText);
  AMPARO_READ_TEXT(when_start, L::kShortText);
  AMPARO_READ_TEXT(when_end, L::kShortText);
  AMPARO_READ_TEXT(time_zone, L::kShortText);
  AMPARO_READ_TEXT(where, L::kMediumText);
  r.field = "agency";
  {
    AMPARO_TRY(const auto a, r.u8());
    if (a == kNoAgency) {
      f.agency.reset();
    } else if (a <= static_cast<std::uint8_t>(Agency::Other)) {
      f.agency = static_cast<Agency>(a);
    } else {
      return make_error(VaultError::InvalidNote, "agency");
    }
  }
  AMPARO_READ_TEXT(agency_other, L::kShortText);
  AMPARO_READ_LIST(officer_names);
  AMPARO_READ_LIST(badge_numbers);
  AMPARO_READ_LIST(vehicles);
  r.field = "biometric_steps";
  AMPARO_TRY(f.biometric_steps, r.u8());
  AMPARO_READ_TEXT(officer_device, L::kMediumText);
  AMPARO_READ_ANSWER(consent_asked);
  AMPARO_READ_ANSWER(status_asked);
  AMPARO_READ_ANSWER(status_stated);
  AMPARO_READ_TEXT(reference_number, L::kShortText);
  AMPARO_READ_TEXT(held_duration, L::kMediumText);
  AMPARO_READ_TEXT(what_was_said, L::kLongText);
  AMPARO_READ_TEXT(what_was_taken, L::kLongText);
  AMPARO_READ_TEXT(witnesses, L::kLongText);
  AMPARO_READ_TEXT(injuries, L::kLongText);
  AMPARO_READ_TEXT(narrative, L::kNarrative);
#undef AMPARO_READ_TEXT
#undef AMPARO_READ_LIST
#undef AMPARO_READ_ANSWER

  if (r.pos != in.size()) return make_error(VaultError::InvalidNote, "trailing bytes");
  AMPARO_TRY_VOID(validate(f));
  return out;
}

Bytes genesis_hash() {
  return Bytes(kChainHashSize, 0);
}

Bytes chain_hash(ByteView previous_hash, ByteView canonical) {
  // Keyed BLAKE2b with a fixed, public domain key: hash(n-1) has a fixed length, so the
  // concatenation is unambiguous.
  SecureBytes input;
  input.reserve(previous_hash.size() + canonical.size());
  input.insert(input.end(), previous_hash.begin(), previous_hash.end());
  input.insert(input.end(), canonical.begin(), canonical.end());
  Bytes out = crypto::blake2b_keyed(view(input), as_bytes(kChainDomain), kChainHashSize);
  return out;
}

}  // namespace amparo::vault
