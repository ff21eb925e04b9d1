#include "vault/header.h"

#include <algorithm>
#include <cstring>

#include "crypto/hash.h"

namespace amparo::vault {

namespace {

constexpr std::array<std::uint8_t, 8> kMagic = {'A', 'M', 'P', 'V', 'A', 'U', 'L', 'T'};
constexpr std::size_t kChecksumOffset = kHeaderAdSize + kWrapSlots * kWrapSlotSize;  // 264
static_assert(kChecksumOffset + 32 == kHeaderSize);

void append_u16le(Bytes& out, std::uint16_t v) {
  out.push_back(static_cast<std::uint8_t>(v));
  out.push_back(static_cast<std::uint8_t>(v >> 8));
}
std::uint16_t read_u16le(const std::uint8_t* p) {
  return static_cast<std::uint16_t>(p[0] | (p[1] << 8));
}
template <std::size_t N>
void append_array(Bytes& out, const std::array<std::uint8_t, N>& a) {
  out.insert(out.end(), a.begin(), a.end());
}
template <std::size_t N>
void read_array(std::array<std::uint8_t, N>& a, const std::uint8_t* p) {
  std::memcpy(a.data(), p, N);
}
template <std::size_t N>
bool all_zero(const std::array<std::uint8_t, N>& a) {
  return std::all_of(a.begin(), a.end(), [](std::uint8_t b) { return b == 0; });
}

Bytes serialize_ad_part(const Header& h) {
  Bytes out;
  out.reserve(kHeaderSize);
  out.insert(out.end(), kMagic.begin(), kMagic.end());            // 0
  append_u16le(out, h.version);                                   // 8
  append_u16le(out, static_cast<std::uint16_t>(kHeaderSize));     // 10
  append_u32le(out, h.flags);                                     // 12
  append_array(out, h.vault_id);                                  // 16
  append_array(out, h.device_secret_id);                          // 32
  append_u8(out, h.sqlcipher.key_mode);                           // 48
  append_u8(out, h.sqlcipher.major_version);                      // 49
  append_u8(out, h.sqlcipher.cipher);                             // 50
  append_u8(out, h.sqlcipher.hmac);                               // 51
  append_u32le(out, h.sqlcipher.page_size);                       // 52
  append_u8(out, 1);                                              // 56 kdf algorithm
  append_u8(out, 0);                                              // 57 reserved
  append_u16le(out, 0);                                           // 58 reserved
  append_u32le(out, static_cast<std::uint32_t>(h.kdf.opslimit));  // 60
  append_u64le(out, h.kdf.memlimit);                              // 64
  append_array(out, h.salt);                                      // 72
  append_array(out, h.capture_public_key);                        // 88
  return out;                                                     // 120
}

VaultFailure corrupt(const char* field) {
  return make_error(VaultError::HeaderCorrupt, field);
}

}  // namespace

Bytes Header::associated_data(std::size_t slot) const {
  Bytes ad = serialize_ad_part(*this);
  append_u8(ad, static_cast<std::uint8_t>(slot));
  return ad;
}

Bytes Header::serialize() const {
  Bytes out = serialize_ad_part(*this);
  for (const auto& slot : slots) append_array(out, slot);
  const Bytes sum = crypto::blake2b(out, 32);
  append_bytes(out, sum);
  return out;
}

VaultResult<Header> parse_header(ByteView in) {
  if (in.size() < 12) return corrupt("truncated");
  if (!std::equal(kMagic.begin(), kMagic.end(), in.begin())) return corrupt("magic");
  Header h;
  const std::uint8_t* p = in.data();
  h.version = read_u16le(p + 8);
  if (h.version != kHeaderVersion) {
    return make_error(VaultError::HeaderUnsupportedVersion, "version " + std::to_string(h.version));
  }
  if (read_u16le(p + 10) != kHeaderSize) return corrupt("header size");
  if (in.size() < kHeaderSize) return corrupt("truncated");
  if (in.size() > kHeaderSize) return corrupt("trailing bytes");

  h.flags = read_u32le(p + 12);
  if ((h.flags & ~kFlagDeviceSecret) != 0) return corrupt("flags");
  read_array(h.vault_id, p + 16);
  read_array(h.device_secret_id, p + 32);
  if (all_zero(h.vault_id)) return corrupt("vault id");
  if (h.device_secret_required() == all_zero(h.device_secret_id)) return corrupt("device secret id");
  h.sqlcipher.key_mode = p[48];
  h.sqlcipher.major_version = p[49];
  h.sqlcipher.cipher = p[50];
  h.sqlcipher.hmac = p[51];
  h.sqlcipher.page_size = read_u32le(p + 52);
  if (h.sqlcipher.key_mode != 1) return corrupt("sqlcipher key mode");
  if (h.sqlcipher.major_version != 3 && h.sqlcipher.major_version != 4) return corrupt("sqlcipher version");
  if (h.sqlcipher.cipher != 1) return corrupt("sqlcipher cipher");
  if (h.sqlcipher.hmac != 1 && h.sqlcipher.hmac != 2) return corrupt("sqlcipher hmac");
  const auto ps = h.sqlcipher.page_size;
  if (ps < 512 || ps > 65536 || (ps & (ps - 1)) != 0) return corrupt("sqlcipher page size");
  if (p[56] != 1) return corrupt("kdf algorithm");
  if (p[57] != 0 || p[58] != 0 || p[59] != 0) return corrupt("reserved");
  h.kdf.opslimit = read_u32le(p + 60);
  h.kdf.memlimit = read_u64le(p + 64);
  if (!h.kdf.in_range()) return make_error(VaultError::KdfParamsRejected, "kdf parameters");
  read_array(h.salt, p + 72);
  read_array(h.capture_public_key, p + 88);
  if (all_zero(h.capture_public_key)) return corrupt("capture public key");
  for (std::size_t i = 0; i < kWrapSlots; ++i) read_array(h.slots[i], p + kHeaderAdSize + i * kWrapSlotSize);
  const Bytes sum = crypto::blake2b(in.first(kChecksumOffset), 32);
  if (!std::equal(sum.begin(), sum.end(), p + kChecksumOffset)) return corrupt("checksum");
  return h;
}

}  // namespace amparo::vault
