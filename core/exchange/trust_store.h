// Trusted organizations as stored inside the vault (table trusted_orgs, one opaque record per
// organization, keyed by the card's name): the record's encoding, and the lookup the app and
// amparo-cli share, so both apply the same SR-22 gate to the same stored confirmation.
// Record: "amparo-trusted-org-v1\n<0|1 confirmed>\n<previous safety number or empty>\n<card, base64url>".
#pragma once

#include <optional>
#include <string_view>

#include "common/bytes.h"
#include "exchange/card.h"

namespace amparo::vault {
class Vault;
}

namespace amparo::exchange {

[[nodiscard]] Bytes encode_trusted_org(const TrustedOrg& record);
// nullopt for anything that is not a well-formed record (the stored card is decoded, not re-verified:
// callers verify cards when they arrive and check expiry through check_export_allowed).
[[nodiscard]] std::optional<TrustedOrg> decode_trusted_org(ByteView bytes);

// The key a record is stored under.
[[nodiscard]] std::string_view trusted_org_key(const OrgCard& card) noexcept;

// The stored record for `org_key` in an unlocked vault; nullopt when there is none (or it is
// unreadable, which callers treat like an unknown organization that still needs confirming).
[[nodiscard]] std::optional<TrustedOrg> find_trusted_org(vault::Vault& v, std::string_view org_key);

}  // namespace amparo::exchange
