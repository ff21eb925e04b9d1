#include "crypto/init.h"

#include <sodium.h>

#include <string_view>

#include "crypto/encoding.h"
#include "crypto/hash.h"
#include "crypto/signature.h"

namespace amparo::crypto {

namespace {

// RFC 7693 Appendix A: BLAKE2b-512("abc").
bool blake2b_known_answer() {
  constexpr std::string_view expected =
      "ba80a53f981c4d0d6a2797b69f12f6e94c212f14685ac4b74b12bb6fdbffa2d1"
      "7d87c5392aab792dc252d5de4533cc9518d38aa8dbf1925ab92386edd4009923";
  return to_hex(blake2b(as_bytes("abc"), 64)) == expected;
}

// RFC 8032 §7.1, TEST 1: Ed25519 over the empty message.
bool ed25519_known_answer() {
  const auto seed = from_hex("9d61b19deffd5a60ba844af492ec2cc44449c5697b326919703bac031cae7f60");
  if (!seed) return false;
  auto kp = SigningKeyPair::from_seed(SecretBuffer::copy_of(*seed));
  if (!kp) return false;
  if (to_hex(kp->public_key) != "d75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a") {
    return false;
  }
  auto sig = sign_detached(kp->secret_key, {});
  return sig && to_hex(*sig) ==
                    "e5564300c360ac729086e2cc806e828a84877f1eb8e5d974d873e065224901555fb8821590a33bac"
                    "c61e39701cf9b46bd25bf5f0595bbe24655141438e7a100b";
}

}  // namespace

bool initialize() noexcept {
  if (sodium_init() < 0) return false;
  static const bool self_test_ok = blake2b_known_answer() && ed25519_known_answer();
  return self_test_ok;
}

}  // namespace amparo::crypto
