// Incident notes (DESIGN.md §4): fields, validation, and the canonical revision encoding that the
// hash chain covers. Pure functions: the export/intake modules decode revisions with these too.
// Format: docs/formats.md, "## Vault" → "Canonical note encoding".
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "common/bytes.h"
#include "vault/error.h"
#include "vault/zeroizing.h"

namespace amparo::vault {

enum class Agency : std::uint8_t {
  Unknown = 0,  // the person does not know
  Ice = 1,
  Cbp = 2,
  LocalPolice287g = 3,  // local police / sheriff in the 287(g) program
  Tsa = 4,
  Other = 5,  // see agency_other
};

// Biometric steps that happened, as a bit set.
enum BiometricStep : std::uint8_t {
  kBiometricFacePhoto = 1u << 0,
  kBiometricFingerprints = 1u << 1,
  kBiometricIris = 1u << 2,
  kBiometricPhoneUnlock = 1u << 3,  // forced or requested biometric unlock of the person's phone
};
inline constexpr std::uint8_t kBiometricAll = 0x0f;

// A yes/no question the person may leave unanswered.
enum class Answer : std::uint8_t { NotAnswered = 0, Yes = 1, No = 2, DontKnow = 3 };

// Where a note came from.
enum class Origin : std::uint8_t {
  Typed = 0,                // entered in the unlocked app or CLI
  CapturedWhileLocked = 1,  // quick capture (SR-15), merged from the inbox at unlock
  Imported = 2,             // restored from a bundle (travel mode)
};

// All fields optional, but a note needs a title or a narrative. Empty text = not given.
struct NoteFields {
  Text title;
  Text when_start;  // ISO 8601 local date/time as the person entered it, e.g. "2026-03-01T14:30"
  Text when_end;
  Text time_zone;  // IANA name, e.g. "America/Chicago"
  Text where;      // free text; no GPS unless the person types it
  std::optional<Agency> agency;
  Text agency_other;
  std::vector<Text> officer_names;
  std::vector<Text> badge_numbers;
  std::vector<Text> vehicles;
  std::uint8_t biometric_steps = 0;  // BiometricStep bits
  Text officer_device;               // device or app the officer used, if seen
  Answer consent_asked = Answer::NotAnswered;
  Answer status_asked = Answer::NotAnswered;   // was citizenship / status asked?
  Answer status_stated = Answer::NotAnswered;  // did the person state it?
  Text reference_number;                       // e.g. the number a 287(g) face-scan app hands police
  Text held_duration;                          // free text, e.g. "about 2 hours"
  Text what_was_said;
  Text what_was_taken;
  Text witnesses;
  Text injuries;
  Text narrative;

  friend bool operator==(const NoteFields&, const NoteFields&) = default;
};

// Caps (bytes of UTF-8), checked by validate() and by the decoder before allocating.
struct NoteLimits {
  static constexpr std::size_t kShortText = 256;       // title, times, time zone, agency_other, ref...
  static constexpr std::size_t kMediumText = 4096;     // where, officer_device, held_duration
  static constexpr std::size_t kLongText = 64 * 1024;  // said, taken, witnesses, injuries
  static constexpr std::size_t kNarrative = 256 * 1024;
  static constexpr std::size_t kListItems = 32;  // names, badges, vehicles
  static constexpr std::size_t kListItemText = 256;
  static constexpr std::size_t kMaxCanonical = 1024 * 1024;  // whole encoded revision
};

// Checks caps, UTF-8, no NUL / C0 controls except tab and newline, enum ranges, and that a title or
// narrative is present. Error InvalidNote with the field name as detail.
[[nodiscard]] VaultResult<void> validate(const NoteFields& fields);

// One revision as hashed and stored. note_id is 32 lowercase hex characters (16 random bytes).
struct RevisionContent {
  std::string note_id;
  std::uint32_t number = 0;   // 1 for the first save
  std::int64_t saved_at = 0;  // Unix seconds, UTC
  Origin origin = Origin::Typed;
  NoteFields fields;
};

// Canonical, length-prefixed, deterministic encoding (docs/formats.md). Validates first.
[[nodiscard]] VaultResult<SecureBytes> encode_revision(const RevisionContent& revision);
// Strict decoder: exact lengths, caps before allocation, no trailing bytes, re-validates.
// Error InvalidNote (detail: the field) on anything malformed.
[[nodiscard]] VaultResult<RevisionContent> decode_revision(ByteView canonical);

inline constexpr std::size_t kChainHashSize = 32;
// hash(n) = BLAKE2b-256(domain key "amparo-note-chain-v1"; hash(n-1) ‖ canonical(n)),
// with hash(0) = 32 zero bytes.
[[nodiscard]] Bytes chain_hash(ByteView previous_hash, ByteView canonical);
[[nodiscard]] Bytes genesis_hash();

}  // namespace amparo::vault
