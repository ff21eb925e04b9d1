#include "rights/container.h"

#include <algorithm>
#include <cstdio>

#include "crypto/hash.h"
#include "crypto/signature.h"

namespace amparo::rights {

RightsResult<PackHeader> read_pack_header(ByteView file) {
  if (file.size() < kPackOverhead) return make_error(RightsError::Truncated, "shorter than the pack header");
  if (file.size() > PackLimits::kMaxPackBytes) {
    return make_error(RightsError::TooLarge, std::to_string(file.size()) + " bytes, limit " +
                                                 std::to_string(PackLimits::kMaxPackBytes));
  }
  if (as_chars(file.first(8)) != kPackMagic) return make_error(RightsError::UnsupportedFormat, "bad magic");
  PackHeader h;
  h.version = static_cast<std::uint16_t>(file[8] | (file[9] << 8));
  if (h.version != kPackContainerVersion) {
    return make_error(RightsError::UnsupportedFormat, "container version " + std::to_string(h.version));
  }
  if (file[10] != 0 || file[11] != 0) return make_error(RightsError::UnsupportedFormat, "reserved bytes set");
  h.public_key.assign(file.begin() + 12, file.begin() + 44);
  h.payload_size = read_u32le(file.data() + 44);
  const std::size_t expected = kPackOverhead + static_cast<std::size_t>(h.payload_size);
  if (expected > file.size()) return make_error(RightsError::Truncated, "payload length beyond end of file");
  if (expected < file.size()) return make_error(RightsError::TrailingData, "bytes after the signature");
  return h;
}

RightsResult<Bytes> seal_pack(std::string_view payload, const crypto::SecretBuffer& secret_key) {
  if (payload.size() + kPackOverhead > PackLimits::kMaxPackBytes) {
    return make_error(RightsError::TooLarge, "payload too large");
  }
  auto kp = crypto::SigningKeyPair::from_secret(secret_key.clone());
  if (!kp) return make_error(RightsError::BadKey, "not an Ed25519 secret key");
  Bytes out;
  out.reserve(payload.size() + kPackOverhead);
  append_bytes(out, as_bytes(kPackMagic));
  append_u8(out, static_cast<std::uint8_t>(kPackContainerVersion & 0xFF));
  append_u8(out, static_cast<std::uint8_t>(kPackContainerVersion >> 8));
  append_u8(out, 0);
  append_u8(out, 0);
  append_bytes(out, kp->public_key);
  append_u32le(out, static_cast<std::uint32_t>(payload.size()));
  append_bytes(out, as_bytes(payload));
  auto sig = crypto::sign_detached(kp->secret_key, out);
  if (!sig) return make_error(RightsError::BadKey, "signing failed");
  append_bytes(out, *sig);
  return out;
}

RightsResult<std::string_view> verify_pack(ByteView file, const std::vector<Publisher>& trusted,
                                           const Publisher** signer) {
  AMPARO_TRY(const PackHeader h, read_pack_header(file));
  const auto it = std::find_if(trusted.begin(), trusted.end(),
                               [&](const Publisher& p) { return p.public_key == h.public_key; });
  if (it == trusted.end()) {
    return make_error(RightsError::UnknownPublisher, "key " + publisher_fingerprint(h.public_key));
  }
  const std::size_t signed_size = kPackHeaderSize + h.payload_size;
  if (!crypto::verify_detached(h.public_key, file.first(signed_size), file.subspan(signed_size))) {
    return make_error(RightsError::BadSignature);
  }
  if (signer != nullptr) *signer = &*it;
  return as_chars(file.subspan(kPackHeaderSize, h.payload_size));
}

RightsResult<Pack> open_pack(ByteView file, const std::vector<Publisher>& trusted) {
  AMPARO_TRY(const std::string_view payload, verify_pack(file, trusted));
  return parse_pack_payload(payload, file.subspan(12, 32));
}

std::string publisher_fingerprint(ByteView public_key) {
  crypto::Blake2b h(32);
  h.update(as_bytes("amparo-publisher-fingerprint-v1"));
  h.update(public_key);
  const Bytes d = h.finish();
  std::string out;
  for (std::size_t g = 0; g < 6; ++g) {
    std::uint64_t v = 0;
    for (std::size_t k = 0; k < 5; ++k) v = (v << 8) | d[g * 5 + k];
    char buf[8];
    std::snprintf(buf, sizeof buf, "%05u", static_cast<unsigned>(v % 100000));
    if (!out.empty()) out += ' ';
    out += buf;
  }
  return out;
}

}  // namespace amparo::rights
