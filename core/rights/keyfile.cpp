#include "rights/keyfile.h"

#include <optional>

#include "crypto/encoding.h"
#include "crypto/secret_encoding.h"
#include "rights/container.h"

namespace amparo::rights {

namespace {

// Calls f(name, value) for each "name: value" line; '#' comments and blank lines skipped.
template <class F>
bool for_each_line(std::string_view text, F&& f) {
  while (!text.empty()) {
    auto nl = text.find('\n');
    std::string_view line = text.substr(0, nl);
    text = nl == std::string_view::npos ? std::string_view() : text.substr(nl + 1);
    if (line.empty() || line[0] == '#') continue;
    const auto colon = line.find(": ");
    if (colon == std::string_view::npos) return false;
    if (!f(line.substr(0, colon), line.substr(colon + 2))) return false;
  }
  return true;
}

}  // namespace

std::string format_public_key_file(ByteView public_key) {
  std::string out = "# Amparo content-pack publisher public key\n";
  out += "format: " + std::string(kPublicKeyFormat) + "\n";
  out += "key: " + crypto::to_base64(public_key) + "\n";
  out += "fingerprint: " + publisher_fingerprint(public_key) + "\n";
  return out;
}

RightsResult<Bytes> parse_public_key_file(std::string_view text) {
  if (text.size() > 4096) return make_error(RightsError::BadKey, "public key file too large");
  bool format_ok = false;
  std::optional<Bytes> key;
  std::string fingerprint;
  const bool ok = for_each_line(text, [&](std::string_view name, std::string_view value) {
    if (name == "format") {
      format_ok = value == kPublicKeyFormat;
      return format_ok;
    }
    if (name == "key" && !key) {
      key = crypto::from_base64(value);
      return key.has_value() && key->size() == crypto::kSignPublicKeySize;
    }
    if (name == "fingerprint" && fingerprint.empty()) {
      fingerprint = std::string(value);
      return true;
    }
    return false;
  });
  if (!ok || !format_ok || !key)
    return make_error(RightsError::BadKey, "not an Amparo publisher public key file");
  if (!fingerprint.empty() && fingerprint != publisher_fingerprint(*key)) {
    return make_error(RightsError::BadKey, "fingerprint line does not match the key");
  }
  return *key;
}

crypto::SecretBuffer format_secret_key_file(const crypto::SigningKeyPair& key) {
  const std::string_view head =
      "# Amparo content-pack publisher SECRET key. Keep it offline: anyone with this file can sign packs.\n"
      "format: amparo-publisher-secret-v1\n"
      "seed: ";
  const auto seed = crypto::SecretBuffer::copy_of(key.secret_key.view().first(crypto::kSignSeedSize));
  const auto b64 = crypto::to_base64_secret(seed);
  crypto::SecretBuffer out(head.size() + b64.size() + 1);
  std::copy(head.begin(), head.end(), out.data());
  std::copy(b64.data(), b64.data() + b64.size(), out.data() + head.size());
  out.data()[out.size() - 1] = '\n';
  return out;
}

RightsResult<crypto::SigningKeyPair> parse_secret_key_file(const crypto::SecretBuffer& text) {
  if (text.size() > 4096) return make_error(RightsError::BadKey, "secret key file too large");
  bool format_ok = false;
  std::optional<crypto::SecretBuffer> seed;
  const bool ok = for_each_line(text.as_text(), [&](std::string_view name, std::string_view value) {
    if (name == "format") {
      format_ok = value == kSecretKeyFormat;
      return format_ok;
    }
    if (name == "seed" && !seed) {
      seed = crypto::from_base64_secret(as_bytes(value));
      return seed.has_value() && seed->size() == crypto::kSignSeedSize;
    }
    return false;
  });
  if (!ok || !format_ok || !seed)
    return make_error(RightsError::BadKey, "not an Amparo publisher secret key file");
  auto kp = crypto::SigningKeyPair::from_seed(*seed);
  if (!kp) return make_error(RightsError::BadKey, "bad seed");
  return std::move(kp).value();
}

}  // namespace amparo::rights
