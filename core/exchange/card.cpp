#include "exchange/card.h"

#include <algorithm>
#include <cstdio>
#include <ctime>
#include <map>

#include "crypto/encoding.h"
#include "crypto/hash.h"
#include "exchange/text.h"
#include "exchange/wire.h"

namespace amparo::exchange {

namespace {

constexpr std::string_view kSignTag = "amparo-org-card-v1";
constexpr std::string_view kSafetyTag = "amparo-safety-number";
constexpr std::string_view kSenderTag = "amparo-sender-number";
constexpr std::string_view kFingerprintTag = "amparo-recipient-fingerprint-v1";
constexpr std::uint16_t kSafetyVersion = 1;

ExchangeFailure card_error(ExchangeError code, std::string detail) {
  return make_error(code, std::move(detail));
}

bool is_alpha_lower(char c) {
  return c >= 'a' && c <= 'z';
}
bool is_alnum(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
}

// "en", "es-MX", "zh-Hant": a primary subtag of 2-3 lowercase letters, then 1..8 alphanumerics.
bool valid_languages(std::string_view s) {
  if (s.empty()) return true;
  std::vector<std::string_view> tags;
  std::size_t start = 0;
  for (;;) {
    const std::size_t comma = s.find(',', start);
    const std::string_view tag = s.substr(start, comma == std::string_view::npos ? s.npos : comma - start);
    if (tag.empty()) return false;
    std::size_t i = 0;
    while (i < tag.size() && is_alpha_lower(tag[i])) ++i;
    if (i < 2 || i > 3) return false;
    while (i < tag.size()) {
      if (tag[i] != '-') return false;
      std::size_t j = ++i;
      while (j < tag.size() && is_alnum(tag[j])) ++j;
      if (j - i < 1 || j - i > 8) return false;
      i = j;
    }
    if (std::find(tags.begin(), tags.end(), tag) != tags.end()) return false;
    tags.push_back(tag);
    if (tags.size() > CardLimits::kLanguageTags) return false;
    if (comma == std::string_view::npos) break;
    start = comma + 1;
  }
  return true;
}

bool valid_hotline(std::string_view s) {
  return std::all_of(s.begin(), s.end(), [](char c) {
    return (c >= '0' && c <= '9') || c == ' ' || c == '+' || c == '-' || c == '(' || c == ')' || c == '.';
  });
}

ExchangeResult<void> check_fields(const OrgCard& c) {
  struct Text {
    const char* name;
    const std::string& value;
    std::size_t cap;
  };
  const Text texts[] = {{"name", c.name, CardLimits::kName},
                        {"region", c.region, CardLimits::kRegion},
                        {"hotline", c.hotline, CardLimits::kHotline},
                        {"languages", c.languages, CardLimits::kLanguages}};
  for (const auto& t : texts) {
    if (t.value.size() > t.cap) return card_error(ExchangeError::CardOversized, t.name);
    if (!is_safe_display_text(t.value)) return card_error(ExchangeError::CardBadText, t.name);
  }
  if (c.name.empty() || c.name.find_first_not_of(' ') == std::string::npos) {
    return card_error(ExchangeError::CardMalformed, "name is empty");
  }
  if (!valid_hotline(c.hotline)) return card_error(ExchangeError::CardBadText, "hotline");
  if (!valid_languages(c.languages)) return card_error(ExchangeError::CardBadText, "languages");
  if (c.sign_public_key.size() != crypto::kSignPublicKeySize) {
    return card_error(ExchangeError::CardMalformed, "signing key length");
  }
  if (c.box_public_key.size() != crypto::kBoxPublicKeySize) {
    return card_error(ExchangeError::CardMalformed, "encryption key length");
  }
  if (c.created > CardLimits::kMaxTime || c.expires > CardLimits::kMaxTime) {
    return card_error(ExchangeError::CardMalformed, "time out of range");
  }
  if (c.expires <= c.created) return card_error(ExchangeError::CardNotYetValid, "expires before created");
  if (!c.signature.empty() && c.signature.size() != crypto::kSignatureSize) {
    return card_error(ExchangeError::CardMalformed, "signature length");
  }
  return {};
}

Bytes encode_body(const OrgCard& c) {
  Bytes out;
  out.reserve(CardLimits::kPayload);
  append_u8(out, kCardVersion);
  append_field(out, c.name);
  append_field(out, c.region);
  append_field(out, c.hotline);
  append_field(out, c.languages);
  append_bytes(out, c.sign_public_key);
  append_bytes(out, c.box_public_key);
  append_u64le(out, c.created);
  append_u64le(out, c.expires);
  return out;
}

Bytes iterate_number(std::string_view tag, ByteView keys) {
  Bytes input;
  append_field(input, tag);
  wire::append_u16le(input, kSafetyVersion);
  append_bytes(input, keys);
  Bytes h = crypto::blake2b(input, 64);
  Bytes buf;
  for (int i = 0; i < kSafetyNumberIterations; ++i) {
    buf.assign(h.begin(), h.end());
    append_bytes(buf, keys);
    h = crypto::blake2b(buf, 64);
  }
  return h;
}

std::string digits_from(ByteView h) {
  std::string out;
  for (int g = 0; g < 6; ++g) {
    std::uint64_t v = 0;
    for (int k = 0; k < 5; ++k) v = (v << 8) | h[static_cast<std::size_t>(g * 5 + k)];
    char buf[8];
    std::snprintf(buf, sizeof buf, "%05u", static_cast<unsigned>(v % 100000));
    if (g) out += ' ';
    out += buf;
  }
  return out;
}

std::string_view trim_cr(std::string_view line) {
  if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
  return line;
}

}  // namespace

Bytes encode_card(const OrgCard& card) {
  Bytes out = encode_body(card);
  append_bytes(out, card.signature);
  return out;
}

Bytes signed_bytes(const OrgCard& card) {
  Bytes out;
  out.reserve(512);  // also keeps GCC 12 -O3 from a false -Wstringop-overread on an empty vector
  append_field(out, kSignTag);
  append_bytes(out, encode_body(card));
  return out;
}

ExchangeResult<OrgCard> make_card(const CardFields& f, const crypto::SigningKeyPair& sign,
                                  ByteView box_public_key) {
  OrgCard c;
  c.name = f.name;
  c.region = f.region;
  c.hotline = f.hotline;
  c.languages = f.languages;
  c.sign_public_key = sign.public_key;
  c.box_public_key.assign(box_public_key.begin(), box_public_key.end());
  c.created = f.created;
  c.expires = f.expires;
  AMPARO_TRY_VOID(check_fields(c));
  auto sig = crypto::sign_detached(sign.secret_key, signed_bytes(c));
  if (!sig) return card_error(ExchangeError::InvalidArgument, "signing key");
  c.signature = std::move(sig).value();
  return c;
}

ExchangeResult<OrgCard> decode_card(ByteView payload) {
  if (payload.size() > CardLimits::kPayload) return card_error(ExchangeError::CardOversized, "payload");
  wire::Reader r(payload);
  auto version = r.u8();
  if (!version) return card_error(ExchangeError::CardMalformed, "version");
  if (*version != kCardVersion) return card_error(ExchangeError::CardUnsupportedVersion, {});
  OrgCard c;
  struct Field {
    const char* name;
    std::string* out;
    std::size_t cap;
  };
  const Field fields[] = {{"name", &c.name, CardLimits::kName},
                          {"region", &c.region, CardLimits::kRegion},
                          {"hotline", &c.hotline, CardLimits::kHotline},
                          {"languages", &c.languages, CardLimits::kLanguages}};
  for (const auto& f : fields) {
    bool too_long = false;
    auto v = r.field(f.cap, &too_long);
    if (!v) return card_error(too_long ? ExchangeError::CardOversized : ExchangeError::CardMalformed, f.name);
    f.out->assign(as_chars(*v));
  }
  auto spk = r.raw(crypto::kSignPublicKeySize);
  auto bpk = r.raw(crypto::kBoxPublicKeySize);
  if (!spk || !bpk) return card_error(ExchangeError::CardMalformed, "keys");
  c.sign_public_key.assign(spk->begin(), spk->end());
  c.box_public_key.assign(bpk->begin(), bpk->end());
  auto created = r.u64();
  auto expires = r.u64();
  if (!created || !expires) return card_error(ExchangeError::CardMalformed, "dates");
  c.created = *created;
  c.expires = *expires;
  if (!r.at_end()) {
    auto sig = r.raw(crypto::kSignatureSize);
    if (!sig) return card_error(ExchangeError::CardMalformed, "signature length");
    c.signature.assign(sig->begin(), sig->end());
    if (!r.at_end()) return card_error(ExchangeError::CardMalformed, "trailing bytes");
  }
  AMPARO_TRY_VOID(check_fields(c));
  return c;
}

ExchangeResult<void> verify_card(const OrgCard& card, std::uint64_t now) {
  AMPARO_TRY_VOID(check_fields(card));
  if (card.signature.empty() ||
      std::all_of(card.signature.begin(), card.signature.end(), [](std::uint8_t b) { return b == 0; })) {
    return card_error(ExchangeError::CardUnsigned, {});
  }
  if (!crypto::verify_detached(card.sign_public_key, signed_bytes(card), card.signature)) {
    return card_error(ExchangeError::CardBadSignature, {});
  }
  if (now >= card.expires)
    return card_error(ExchangeError::CardExpired, "expired " + format_utc(card.expires));
  if (card.created > now + CardLimits::kClockSkew) {
    return card_error(ExchangeError::CardNotYetValid, "created " + format_utc(card.created));
  }
  return {};
}

std::string card_text(const OrgCard& card) {
  return std::string(kCardTextPrefix) + crypto::to_base64url(encode_card(card));
}

ExchangeResult<OrgCard> read_card_text(std::string_view text, std::uint64_t now) {
  if (!text.empty() && text.back() == '\n') text.remove_suffix(1);
  if (!text.empty() && text.back() == '\r') text.remove_suffix(1);
  if (text.size() > CardLimits::kText) return card_error(ExchangeError::CardOversized, "text");
  if (text.substr(0, kCardTextPrefix.size()) != kCardTextPrefix) {
    return card_error(ExchangeError::CardMalformed, "prefix");
  }
  auto payload = crypto::from_base64url(text.substr(kCardTextPrefix.size()));
  if (!payload) return card_error(ExchangeError::CardMalformed, "base64");
  AMPARO_TRY(auto card, decode_card(*payload));
  AMPARO_TRY_VOID(verify_card(card, now));
  return card;
}

std::string card_file(const OrgCard& c) {
  std::string out;
  out += kCardFileFirstLine;
  out += "\nname: " + c.name;
  out += "\nregion: " + c.region;
  out += "\nhotline: " + c.hotline;
  out += "\nlanguages: " + c.languages;
  out += "\ncreated: " + format_utc(c.created);
  out += "\nexpires: " + format_utc(c.expires);
  out += "\nsafety-number: " + safety_number(c);
  out += "\ncard: " + card_text(c);
  out += "\n";
  return out;
}

ExchangeResult<OrgCard> read_card_file(std::string_view contents, std::uint64_t now) {
  if (contents.size() > CardLimits::kFile) return card_error(ExchangeError::CardOversized, "file");
  if (contents.substr(0, kCardTextPrefix.size()) == kCardTextPrefix) return read_card_text(contents, now);
  std::map<std::string, std::string, std::less<>> values;
  std::size_t lines = 0;
  std::size_t pos = 0;
  bool first = true;
  while (pos < contents.size()) {
    const std::size_t nl = contents.find('\n', pos);
    const std::string_view line =
        trim_cr(contents.substr(pos, nl == std::string_view::npos ? std::string_view::npos : nl - pos));
    pos = nl == std::string_view::npos ? contents.size() : nl + 1;
    if (++lines > CardLimits::kFileLines) return card_error(ExchangeError::CardOversized, "lines");
    if (first) {
      if (line != kCardFileFirstLine) return card_error(ExchangeError::CardMalformed, "first line");
      first = false;
      continue;
    }
    if (line.empty() || line[0] == '#') continue;
    const std::size_t colon = line.find(':');
    if (colon == std::string_view::npos) return card_error(ExchangeError::CardMalformed, "line without key");
    const std::string key(line.substr(0, colon));
    std::string_view value = line.substr(colon + 1);
    if (!value.empty() && value[0] == ' ') value.remove_prefix(1);
    static constexpr std::string_view kKeys[] = {"name",    "region",  "hotline",       "languages",
                                                 "created", "expires", "safety-number", "card"};
    if (std::find(std::begin(kKeys), std::end(kKeys), key) == std::end(kKeys)) {
      return card_error(ExchangeError::CardMalformed, "unknown key");
    }
    if (!values.emplace(key, std::string(value)).second) {
      return card_error(ExchangeError::CardMalformed, "duplicate key " + key);
    }
  }
  if (first) return card_error(ExchangeError::CardMalformed, "empty");
  auto it = values.find("card");
  if (it == values.end()) return card_error(ExchangeError::CardUnsigned, "no card line");
  AMPARO_TRY(auto card, read_card_text(it->second, now));
  // Every readable line must say exactly what the signed payload says (no "display-only" spoofing).
  const std::pair<const char*, std::string> expected[] = {{"name", card.name},
                                                          {"region", card.region},
                                                          {"hotline", card.hotline},
                                                          {"languages", card.languages},
                                                          {"created", format_utc(card.created)},
                                                          {"expires", format_utc(card.expires)},
                                                          {"safety-number", safety_number(card)}};
  for (const auto& [key, want] : expected) {
    auto v = values.find(key);
    if (v == values.end()) return card_error(ExchangeError::CardMalformed, std::string("missing ") + key);
    if (v->second != want) return card_error(ExchangeError::CardFileMismatch, key);
  }
  return card;
}

std::string safety_number(ByteView sign_public_key, ByteView box_public_key) {
  Bytes keys;
  append_bytes(keys, sign_public_key);
  append_bytes(keys, box_public_key);
  return digits_from(iterate_number(kSafetyTag, keys));
}

std::string safety_number(const OrgCard& card) {
  return safety_number(card.sign_public_key, card.box_public_key);
}

std::string sender_number(ByteView sign_public_key) {
  return digits_from(iterate_number(kSenderTag, sign_public_key));
}

Bytes recipient_fingerprint(ByteView sign_public_key, ByteView box_public_key) {
  Bytes input;
  append_field(input, kFingerprintTag);
  append_bytes(input, sign_public_key);
  append_bytes(input, box_public_key);
  return crypto::blake2b(input, kFingerprintSize);
}

Bytes recipient_fingerprint(const OrgCard& card) {
  return recipient_fingerprint(card.sign_public_key, card.box_public_key);
}

std::string format_utc(std::uint64_t t) {
  if (t > CardLimits::kMaxTime) t = CardLimits::kMaxTime;
  const std::time_t tt = static_cast<std::time_t>(t);
  std::tm tm{};
  gmtime_r(&tt, &tm);
  char buf[32];
  std::strftime(buf, sizeof buf, "%Y-%m-%dT%H:%M:%SZ", &tm);
  return buf;
}

TrustUpdate update_trust(const std::optional<TrustedOrg>& existing, const OrgCard& incoming) {
  TrustUpdate u;
  if (!existing) {
    u.change = CardChange::New;
    u.record.card = incoming;
    return u;
  }
  const bool same_keys = existing->card.sign_public_key == incoming.sign_public_key &&
                         existing->card.box_public_key == incoming.box_public_key;
  if (same_keys) {
    u.change = existing->card == incoming ? CardChange::Same : CardChange::Renewed;
    u.record = *existing;
    u.record.card = incoming;
    return u;
  }
  u.change = CardChange::KeyChanged;
  u.record.card = incoming;
  u.record.confirmed = false;
  u.record.previous_safety_number = existing->previous_safety_number.empty()
                                        ? safety_number(existing->card)
                                        : existing->previous_safety_number;
  return u;
}

void confirm(TrustedOrg& record) {
  record.confirmed = true;
  record.previous_safety_number.clear();
}

ExchangeResult<void> check_export_allowed(const TrustedOrg& record, std::uint64_t now) {
  if (!record.confirmed) {
    if (!record.previous_safety_number.empty()) return card_error(ExchangeError::KeyChanged, {});
    return card_error(ExchangeError::NotConfirmed, {});
  }
  return verify_card(record.card, now);
}

}  // namespace amparo::exchange
