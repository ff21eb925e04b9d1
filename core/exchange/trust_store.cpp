#include "exchange/trust_store.h"

#include <string>
#include <vector>

#include "crypto/encoding.h"
#include "vault/vault.h"

namespace amparo::exchange {

namespace {
constexpr std::string_view kRecordTag = "amparo-trusted-org-v1";
}  // namespace

Bytes encode_trusted_org(const TrustedOrg& record) {
  std::string s(kRecordTag);
  s += '\n';
  s += record.confirmed ? '1' : '0';
  s += '\n';
  s += record.previous_safety_number;
  s += '\n';
  s += crypto::to_base64url(encode_card(record.card));
  return Bytes(s.begin(), s.end());
}

std::optional<TrustedOrg> decode_trusted_org(ByteView bytes) {
  const std::string s(bytes.begin(), bytes.end());
  std::vector<std::string> parts;
  std::size_t start = 0;
  for (;;) {
    const auto nl = s.find('\n', start);
    if (nl == std::string::npos) {
      parts.push_back(s.substr(start));
      break;
    }
    parts.push_back(s.substr(start, nl - start));
    start = nl + 1;
  }
  if (parts.size() != 4 || parts[0] != kRecordTag || (parts[1] != "0" && parts[1] != "1"))
    return std::nullopt;
  auto payload = crypto::from_base64url(parts[3]);
  if (!payload) return std::nullopt;
  auto card = decode_card(*payload);
  if (!card) return std::nullopt;
  TrustedOrg r;
  r.card = std::move(card).value();
  r.confirmed = parts[1] == "1";
  r.previous_safety_number = parts[2];
  return r;
}

std::string_view trusted_org_key(const OrgCard& card) noexcept {
  return card.name;
}

std::optional<TrustedOrg> find_trusted_org(vault::Vault& v, std::string_view org_key) {
  auto all = v.trusted_orgs();
  if (!all) return std::nullopt;
  for (const auto& rec : all.value()) {
    if (rec.org_id == org_key) return decode_trusted_org(rec.record);
  }
  return std::nullopt;
}

}  // namespace amparo::exchange
