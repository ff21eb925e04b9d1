// Organization cards (SR-21), safety numbers and key-change detection (SR-22).
// Formats: docs/formats.md, "## Organization cards".
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "common/bytes.h"
#include "crypto/sealed_box.h"
#include "crypto/signature.h"
#include "exchange/error.h"

namespace amparo::exchange {

struct CardLimits {
  static constexpr std::size_t kName = 128;  // bytes of UTF-8
  static constexpr std::size_t kRegion = 128;
  static constexpr std::size_t kHotline = 32;
  static constexpr std::size_t kLanguages = 64;  // comma-separated language tags
  static constexpr std::size_t kLanguageTags = 8;
  static constexpr std::size_t kPayload =
      1 + 4 * 4 + kName + kRegion + kHotline + kLanguages + 32 + 32 + 8 + 8 + 64;  // 513
  static constexpr std::size_t kText = 12 + (kPayload * 4 + 2) / 3;  // "AMPARO-ORG1:" + base64url
  static constexpr std::size_t kFile = 4096;
  static constexpr std::size_t kFileLines = 32;
  static constexpr std::uint64_t kClockSkew = 24 * 3600;   // created may be this far in the future
  static constexpr std::uint64_t kMaxTime = 253402300799;  // 9999-12-31T23:59:59Z
};

inline constexpr std::uint8_t kCardVersion = 1;
inline constexpr std::string_view kCardTextPrefix = "AMPARO-ORG1:";
inline constexpr std::string_view kCardFileFirstLine = "AMPARO ORGANIZATION CARD v1";

struct OrgCard {
  std::string name;
  std::string region;         // may be empty
  std::string hotline;        // may be empty; digits, spaces and + - ( ) .
  std::string languages;      // may be empty; e.g. "en,es"
  Bytes sign_public_key;      // Ed25519, 32 bytes
  Bytes box_public_key;       // X25519, 32 bytes
  std::uint64_t created = 0;  // Unix seconds, UTC
  std::uint64_t expires = 0;
  Bytes signature;  // Ed25519 over signed_bytes(); empty = unsigned

  friend bool operator==(const OrgCard&, const OrgCard&) = default;
};

// The fields a card is built from (keygen).
struct CardFields {
  std::string name, region, hotline, languages;
  std::uint64_t created = 0;
  std::uint64_t expires = 0;
};

// Builds and self-signs a card. Validates every field (same rules as the parser).
[[nodiscard]] ExchangeResult<OrgCard> make_card(const CardFields& fields, const crypto::SigningKeyPair& sign,
                                                ByteView box_public_key);

// Canonical binary payload (with signature when present) and the bytes the signature covers:
// u32-length-prefixed domain tag "amparo-org-card-v1" ‖ payload without the signature.
[[nodiscard]] Bytes encode_card(const OrgCard& card);
[[nodiscard]] Bytes signed_bytes(const OrgCard& card);

// Strict structural parse of a binary payload: caps before allocation, exact key lengths, text
// rules, no trailing bytes. Does NOT check signature or dates (see verify_card).
[[nodiscard]] ExchangeResult<OrgCard> decode_card(ByteView payload);
// Signature first, then dates against `now` (Unix seconds).
[[nodiscard]] ExchangeResult<void> verify_card(const OrgCard& card, std::uint64_t now);

// QR / text form: "AMPARO-ORG1:" + unpadded base64url of encode_card().
[[nodiscard]] std::string card_text(const OrgCard& card);
// Parses and verifies the text form (one optional trailing newline is tolerated).
[[nodiscard]] ExchangeResult<OrgCard> read_card_text(std::string_view text, std::uint64_t now);

// File form (org.card): readable lines, the safety number and the text form; see docs/formats.md.
[[nodiscard]] std::string card_file(const OrgCard& card);
// Parses the file form (or a bare text form), verifies it, and checks that the readable lines
// match the signed payload.
[[nodiscard]] ExchangeResult<OrgCard> read_card_file(std::string_view contents, std::uint64_t now);

// SR-22 safety number: 30 digits in 6 groups of 5, e.g. "12345 67890 ...". Iterated BLAKE2b-512
// (5200 rounds) over a domain tag, the version and both public keys.
inline constexpr int kSafetyNumberIterations = 5200;
[[nodiscard]] std::string safety_number(ByteView sign_public_key, ByteView box_public_key);
[[nodiscard]] std::string safety_number(const OrgCard& card);
// Same construction with its own domain tag, over a vault's Ed25519 signing key (sender continuity).
[[nodiscard]] std::string sender_number(ByteView sign_public_key);

// Recipient fingerprint stored in bundle headers: BLAKE2b-256(tag ‖ sign pk ‖ box pk), 32 bytes.
inline constexpr std::size_t kFingerprintSize = 32;
[[nodiscard]] Bytes recipient_fingerprint(ByteView sign_public_key, ByteView box_public_key);
[[nodiscard]] Bytes recipient_fingerprint(const OrgCard& card);

// ISO 8601 UTC "YYYY-MM-DDTHH:MM:SSZ".
[[nodiscard]] std::string format_utc(std::uint64_t unix_seconds);

// ---- SR-22 trust and key-change gate -------------------------------------------------------------
enum class CardChange {
  New,         // no trusted card for this organization yet: confirm the safety number
  Same,        // identical card
  Renewed,     // same keys, other fields or dates changed: confirmation carries over
  KeyChanged,  // different keys for a known organization: loud warning, export blocked
};

struct TrustedOrg {
  OrgCard card;
  bool confirmed = false;              // the person compared the safety number and confirmed it
  std::string previous_safety_number;  // set when the keys changed and not confirmed since
};

struct TrustUpdate {
  CardChange change = CardChange::New;
  TrustedOrg record;  // what to store
};

// Compares an incoming (already verified) card with the trusted record for the same organization.
[[nodiscard]] TrustUpdate update_trust(const std::optional<TrustedOrg>& existing, const OrgCard& incoming);
// Marks the current keys as confirmed (after the person compared the safety number).
void confirm(TrustedOrg& record);
// Export gate: KeyChanged while a key change is unconfirmed, NotConfirmed for a never-confirmed card,
// and the card's own checks (signature, expiry) otherwise.
[[nodiscard]] ExchangeResult<void> check_export_allowed(const TrustedOrg& record, std::uint64_t now);

}  // namespace amparo::exchange
