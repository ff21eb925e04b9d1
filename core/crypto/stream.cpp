#include "crypto/stream.h"

#include <sodium.h>

namespace amparo::crypto {

static_assert(kStreamHeaderSize == crypto_secretstream_xchacha20poly1305_HEADERBYTES);
static_assert(kStreamOverhead == crypto_secretstream_xchacha20poly1305_ABYTES);
static_assert(kStreamKeySize == crypto_secretstream_xchacha20poly1305_KEYBYTES);

namespace {
crypto_secretstream_xchacha20poly1305_state* as_state(SecretBuffer& b) {
  return reinterpret_cast<crypto_secretstream_xchacha20poly1305_state*>(b.data());
}
}  // namespace

CryptoResult<StreamEncryptor> StreamEncryptor::start(const SecretBuffer& key) {
  if (key.size() != kStreamKeySize) return make_error(CryptoError::BadKeyLength);
  StreamEncryptor enc;
  enc.state_ = SecretBuffer(sizeof(crypto_secretstream_xchacha20poly1305_state));
  enc.header_.resize(kStreamHeaderSize);
  crypto_secretstream_xchacha20poly1305_init_push(as_state(enc.state_), enc.header_.data(), key.data());
  return enc;
}

Bytes StreamEncryptor::push(ByteView chunk, ByteView ad, bool final) {
  Bytes out(chunk.size() + kStreamOverhead);
  unsigned long long written = 0;
  const unsigned char tag = final ? crypto_secretstream_xchacha20poly1305_TAG_FINAL
                                  : crypto_secretstream_xchacha20poly1305_TAG_MESSAGE;
  crypto_secretstream_xchacha20poly1305_push(as_state(state_), out.data(), &written, chunk.data(),
                                             chunk.size(), ad.data(), ad.size(), tag);
  out.resize(written);
  return out;
}

CryptoResult<std::size_t> StreamEncryptor::push_into(ByteView chunk, ByteView ad, bool final,
                                                     MutableByteView out) {
  if (out.size() < chunk.size() + kStreamOverhead) return make_error(CryptoError::BadInput);
  unsigned long long written = 0;
  const unsigned char tag = final ? crypto_secretstream_xchacha20poly1305_TAG_FINAL
                                  : crypto_secretstream_xchacha20poly1305_TAG_MESSAGE;
  crypto_secretstream_xchacha20poly1305_push(as_state(state_), out.data(), &written, chunk.data(),
                                             chunk.size(), ad.data(), ad.size(), tag);
  return static_cast<std::size_t>(written);
}

CryptoResult<StreamDecryptor> StreamDecryptor::start(const SecretBuffer& key, ByteView header) {
  if (key.size() != kStreamKeySize) return make_error(CryptoError::BadKeyLength);
  if (header.size() != kStreamHeaderSize) return make_error(CryptoError::BadInput);
  StreamDecryptor dec;
  dec.state_ = SecretBuffer(sizeof(crypto_secretstream_xchacha20poly1305_state));
  if (crypto_secretstream_xchacha20poly1305_init_pull(as_state(dec.state_), header.data(), key.data()) != 0) {
    return make_error(CryptoError::BadInput);
  }
  return dec;
}

namespace {
template <class Out>
CryptoResult<bool> pull_chunk(SecretBuffer& state, bool& finished, Out& out, ByteView ciphertext,
                              ByteView ad) {
  if (finished) return make_error(CryptoError::TrailingData);
  if (ciphertext.size() < kStreamOverhead) return make_error(CryptoError::BadInput);
  unsigned long long written = 0;
  unsigned char tag = 0;
  unsigned char scratch = 0;
  if (crypto_secretstream_xchacha20poly1305_pull(
          reinterpret_cast<crypto_secretstream_xchacha20poly1305_state*>(state.data()),
          out.size() == 0 ? &scratch : out.data(), &written, &tag, ciphertext.data(), ciphertext.size(),
          ad.data(), ad.size()) != 0) {
    return make_error(CryptoError::AuthenticationFailed);
  }
  if (tag == crypto_secretstream_xchacha20poly1305_TAG_FINAL) {
    finished = true;
  } else if (tag != crypto_secretstream_xchacha20poly1305_TAG_MESSAGE) {
    return make_error(CryptoError::BadInput);  // we never write PUSH or REKEY tags
  }
  return finished;
}
}  // namespace

CryptoResult<StreamChunk> StreamDecryptor::pull(ByteView ciphertext, ByteView ad) {
  StreamChunk chunk;
  chunk.data.resize(ciphertext.size() >= kStreamOverhead ? ciphertext.size() - kStreamOverhead : 0);
  auto r = pull_chunk(state_, finished_, chunk.data, ciphertext, ad);
  if (!r) return std::move(r).error();
  chunk.final = r.value();
  return chunk;
}

CryptoResult<std::size_t> StreamDecryptor::pull_into(ByteView ciphertext, ByteView ad, MutableByteView out,
                                                     bool& final) {
  if (ciphertext.size() >= kStreamOverhead && out.size() < ciphertext.size() - kStreamOverhead) {
    return make_error(CryptoError::BadInput);
  }
  auto r = pull_chunk(state_, finished_, out, ciphertext, ad);
  if (!r) return std::move(r).error();
  final = r.value();
  return ciphertext.size() - kStreamOverhead;
}

CryptoResult<SecretBuffer> StreamDecryptor::pull_secret(ByteView ciphertext, ByteView ad, bool& final) {
  SecretBuffer out(ciphertext.size() >= kStreamOverhead ? ciphertext.size() - kStreamOverhead : 0);
  auto r = pull_chunk(state_, finished_, out, ciphertext, ad);
  if (!r) return std::move(r).error();
  final = r.value();
  return out;
}

}  // namespace amparo::crypto
