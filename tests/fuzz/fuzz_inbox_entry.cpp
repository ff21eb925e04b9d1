// libFuzzer target: capture inbox entries (SR-16, SR-28). Entries are written by anyone who can
// reach the folder, so the frame parser, the sealed-key opening, the payload decryption and the
// payload decoder all see hostile bytes. A fixed key pair stands in for the vault's.
#include <cstddef>
#include <cstdint>
#include <cstdlib>

#include "crypto/file_cipher.h"
#include "crypto/init.h"
#include "crypto/sealed_box.h"
#include "crypto/stream.h"
#include "vault/inbox.h"

using namespace amparo;

namespace {
const crypto::BoxKeyPair& vault_keys() {
  static const crypto::BoxKeyPair kp = [] {
    if (!crypto::initialize()) std::abort();
    crypto::SecretBuffer sk(crypto::kBoxSecretKeySize);
    for (std::size_t i = 0; i < sk.size(); ++i) sk.data()[i] = static_cast<std::uint8_t>(i * 7 + 1);
    auto r = crypto::BoxKeyPair::from_secret(std::move(sk));
    if (!r) std::abort();
    return std::move(r).value();
  }();
  return kp;
}
}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const auto& keys = vault_keys();
  const ByteView in(data, size);
  // The decrypted payload decoder on raw input.
  if (auto p = vault::decode_capture_payload(in)) {
    // Re-encoding gives the same bytes, except that a version 1 payload without an attachment
    // (nothing in it depends on the version) is written as the current version.
    const auto again = vault::encode_capture_payload(*p);
    if (again.size() != size || !std::equal(again.begin() + 1, again.end(), data + 1)) std::abort();
    if (again[0] != data[0] && (p->attachment || data[0] != 1)) std::abort();
  }
  // The full path the vault takes at unlock.
  auto frame = vault::parse_inbox_frame(in);
  if (!frame) return 0;
  if (frame->sealed_key.size() != vault::kInboxSealedKeySize ||
      frame->associated_data.size() != vault::kInboxAdSize) {
    std::abort();
  }
  auto key = crypto::seal_open(keys, frame->sealed_key);
  if (!key || key->size() != crypto::kStreamKeySize) return 0;
  auto plain = crypto::decrypt_to_secret(frame->payload_ciphertext, *key, frame->associated_data,
                                         vault::kInboxMaxPayloadCiphertext);
  if (!plain) return 0;
  (void)vault::decode_capture_payload(plain->view());
  return 0;
}
