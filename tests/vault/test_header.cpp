// Header and inbox parsers (SR-3, SR-28).
#include <catch2/catch.hpp>

#include "crypto/random.h"
#include "helpers.h"
#include "vault/header.h"
#include "vault/inbox.h"

using namespace amparo;
using namespace amparo::vault;

namespace {
Header sample_header() {
  Header h;
  h.flags = kFlagDeviceSecret;
  crypto::random_fill(h.vault_id);
  crypto::random_fill(h.device_secret_id);
  h.kdf = crypto::KdfParams::interactive();
  crypto::random_fill(h.salt);
  crypto::random_fill(h.capture_public_key);
  for (auto& s : h.slots) crypto::random_fill(s);
  return h;
}
}  // namespace

TEST_CASE("SR-3 header serialises to 296 bytes and parses back", "[header]") {
  const Header h = sample_header();
  const Bytes b = h.serialize();
  REQUIRE(b.size() == kHeaderSize);
  CHECK(std::string(b.begin(), b.begin() + 8) == "AMPVAULT");
  auto p = parse_header(b);
  REQUIRE(p);
  CHECK(p->vault_id == h.vault_id);
  CHECK(p->device_secret_id == h.device_secret_id);
  CHECK(p->kdf == h.kdf);
  CHECK(p->salt == h.salt);
  CHECK(p->capture_public_key == h.capture_public_key);
  CHECK(p->slots == h.slots);
  CHECK(p->sqlcipher == SqlCipherSettings{});
  CHECK(p->serialize() == b);
  // Associated data: bytes 0..119 plus the slot index.
  const Bytes ad0 = h.associated_data(0);
  REQUIRE(ad0.size() == kHeaderAdSize + 1);
  CHECK(std::equal(ad0.begin(), ad0.end() - 1, b.begin()));
  CHECK(ad0.back() == 0);
  CHECK(h.associated_data(1).back() == 1);
}

TEST_CASE("SR-3 each header field flip is detected by the parser", "[header]") {
  const Bytes good = sample_header().serialize();
  for (std::size_t i = 0; i < good.size(); ++i) {
    for (std::uint8_t mask : {std::uint8_t{0x01}, std::uint8_t{0x80}}) {
      Bytes b = good;
      b[i] ^= mask;
      auto r = parse_header(b);
      INFO("offset " << i);
      REQUIRE_FALSE(r);
    }
  }
  auto flip = [&](std::size_t offset) {
    Bytes b = good;
    b[offset] ^= 0x01;
    return parse_header(b);
  };
  CHECK(flip(0).error().detail == "magic");
  CHECK(flip(8).error().code == VaultError::HeaderUnsupportedVersion);
  CHECK(flip(10).error().detail == "header size");
  CHECK(flip(13).error().detail == "flags");
  CHECK(flip(48).error().detail == "sqlcipher key mode");
  CHECK(flip(56).error().detail == "kdf algorithm");
  CHECK(flip(60).error().detail == "checksum");   // 2 → 3 passes is in range: the checksum catches it
  CHECK(flip(16).error().detail == "checksum");   // vault id
  CHECK(flip(100).error().detail == "checksum");  // capture public key
  CHECK(flip(200).error().detail == "checksum");  // unused wrap slot
  CHECK(flip(kHeaderSize - 1).error().detail == "checksum");
  Bytes b = good;
  b[63] ^= 0x80;  // opslimit high byte: out of range
  CHECK(parse_header(b).error().code == VaultError::KdfParamsRejected);
}

TEST_CASE("SR-3 kdf parameters outside 2..16 ops / 64 MiB..1 GiB are refused before deriving", "[header]") {
  for (const auto& [ops, mem] :
       std::vector<std::pair<std::uint64_t, std::uint64_t>>{{1, 64ULL << 20},
                                                            {17, 64ULL << 20},
                                                            {2, 32ULL << 20},
                                                            {2, 4ULL << 30},
                                                            {0xffffffff, 1ULL << 62}}) {
    Header h = sample_header();
    h.kdf = {ops, mem};
    auto r = parse_header(h.serialize());  // checksum valid: only the range check stops it
    REQUIRE_FALSE(r);
    CHECK(r.error().code == VaultError::KdfParamsRejected);
  }
  Header h = sample_header();
  h.kdf = {16, 1ULL << 30};
  CHECK(parse_header(h.serialize()));
}

TEST_CASE("SR-28 truncated, extended and empty headers give HeaderCorrupt", "[header]") {
  const Bytes good = sample_header().serialize();
  for (std::size_t n = 0; n < good.size(); ++n) {
    auto r = parse_header(ByteView(good.data(), n));
    REQUIRE_FALSE(r);
    CHECK(r.error().code == VaultError::HeaderCorrupt);
  }
  Bytes longer = good;
  longer.push_back(0);
  auto r = parse_header(longer);
  REQUIRE_FALSE(r);
  CHECK(r.error().detail == "trailing bytes");
  Header v2 = sample_header();
  v2.version = 2;
  r = parse_header(v2.serialize());
  REQUIRE_FALSE(r);
  CHECK(r.error().code == VaultError::HeaderUnsupportedVersion);
}

TEST_CASE("SR-28 inbox frame parser: exact lengths, caps, no trailing bytes", "[inbox]") {
  std::array<std::uint8_t, 16> vid{}, eid{};
  crypto::random_fill(vid);
  crypto::random_fill(eid);
  const Bytes sealed = crypto::random_bytes(kInboxSealedKeySize);
  const Bytes payload = crypto::random_bytes(100);
  Bytes entry = build_inbox_prefix(vid, eid, sealed, 100);
  append_bytes(entry, payload);
  auto f = parse_inbox_frame(entry);
  REQUIRE(f);
  CHECK(f->vault_id == vid);
  CHECK(f->entry_id == eid);
  CHECK(Bytes(f->sealed_key.begin(), f->sealed_key.end()) == sealed);
  CHECK(f->associated_data.size() == kInboxAdSize);
  CHECK(Bytes(f->payload_ciphertext.begin(), f->payload_ciphertext.end()) == payload);

  for (std::size_t n = 0; n < entry.size(); ++n) CHECK_FALSE(parse_inbox_frame(ByteView(entry.data(), n)));
  Bytes longer = entry;
  longer.push_back(1);
  CHECK_FALSE(parse_inbox_frame(longer));
  Bytes bad = entry;
  bad[0] ^= 1;
  CHECK(parse_inbox_frame(bad).error().detail == "magic");
  Bytes huge = build_inbox_prefix(vid, eid, sealed, 0xffffffffu);
  CHECK(parse_inbox_frame(huge).error().detail == "payload length");
}

TEST_CASE("SR-28 capture payload decoder round-trips and refuses malformed input", "[inbox]") {
  CapturePayload p;
  p.captured_at = 1767225600;
  p.text = to_text("captured text ñ");
  CaptureAttachmentRef a;
  crypto::random_fill(a.file_id);
  crypto::random_fill(a.file_key);
  a.name = to_text("photo.jpg");
  a.mime = "image/jpeg";
  a.size = 1234;
  crypto::random_fill(a.content_hash);
  p.attachment = std::move(a);
  const SecureBytes enc = encode_capture_payload(p);
  auto back = decode_capture_payload(view(enc));
  REQUIRE(back);
  CHECK(back->captured_at == p.captured_at);
  CHECK(back->text == p.text);
  REQUIRE(back->attachment);
  CHECK(back->attachment->file_key == p.attachment->file_key);
  CHECK(back->attachment->name == p.attachment->name);
  CHECK(back->attachment->size == 1234);
  for (std::size_t n = 0; n < enc.size(); ++n) {
    auto r = decode_capture_payload(ByteView(enc.data(), n));
    REQUIRE_FALSE(r);
    CHECK(r.error().code == VaultError::InboxEntryMalformed);
  }
  SecureBytes longer = enc;
  longer.push_back(0);
  CHECK_FALSE(decode_capture_payload(view(longer)));
}

TEST_CASE("capture payload: version 2 carries the tree digest, version 1 (older apps) the plain hash",
          "[inbox]") {
  CapturePayload p;
  p.captured_at = 1767225600;
  CaptureAttachmentRef a;
  a.name = to_text("a.bin");
  a.mime = "application/octet-stream";
  crypto::random_fill(a.content_hash);
  p.attachment = std::move(a);
  const SecureBytes v2 = encode_capture_payload(p);
  CHECK(v2[0] == 2);
  auto back2 = decode_capture_payload(view(v2));
  REQUIRE(back2);
  CHECK(back2->attachment->tree_digest);
  CHECK(back2->attachment->content_hash == p.attachment->content_hash);
  p.attachment->tree_digest = false;
  const SecureBytes v1 = encode_capture_payload(p);
  CHECK(v1[0] == 1);
  auto back1 = decode_capture_payload(view(v1));
  REQUIRE(back1);
  CHECK_FALSE(back1->attachment->tree_digest);
  SecureBytes v3 = v2;
  v3[0] = 3;
  CHECK_FALSE(decode_capture_payload(view(v3)));
}
