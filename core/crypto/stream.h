// crypto_secretstream_xchacha20poly1305 with its state (which holds the key) in guarded memory.
#pragma once

#include <cstddef>

#include "common/bytes.h"
#include "crypto/error.h"
#include "crypto/secret_buffer.h"

namespace amparo::crypto {

inline constexpr std::size_t kStreamKeySize = 32;
inline constexpr std::size_t kStreamHeaderSize = 24;
inline constexpr std::size_t kStreamOverhead = 17;  // per chunk: tag byte + MAC

class StreamEncryptor {
 public:
  // Starts a stream; the 24-byte header must be stored before the first chunk.
  [[nodiscard]] static CryptoResult<StreamEncryptor> start(const SecretBuffer& key);
  [[nodiscard]] const Bytes& header() const noexcept { return header_; }
  // Encrypts one chunk; `ad` is authenticated with it. The last chunk must be pushed with final.
  [[nodiscard]] Bytes push(ByteView chunk, ByteView ad, bool final);
  // Same, into a caller-owned buffer of at least chunk.size() + kStreamOverhead bytes, so hot loops
  // reuse one buffer instead of allocating per chunk. Returns the bytes written.
  [[nodiscard]] CryptoResult<std::size_t> push_into(ByteView chunk, ByteView ad, bool final,
                                                    MutableByteView out);

 private:
  StreamEncryptor() = default;
  SecretBuffer state_;
  Bytes header_;
};

struct StreamChunk {
  Bytes data;
  bool final = false;
};

class StreamDecryptor {
 public:
  [[nodiscard]] static CryptoResult<StreamDecryptor> start(const SecretBuffer& key, ByteView header);
  // Decrypts and authenticates one chunk (ciphertext includes the 17 bytes of overhead).
  [[nodiscard]] CryptoResult<StreamChunk> pull(ByteView ciphertext, ByteView ad);
  // Same, but the plaintext lands in guarded memory (for chunks that carry keys or notes).
  [[nodiscard]] CryptoResult<SecretBuffer> pull_secret(ByteView ciphertext, ByteView ad, bool& final);
  // Same, into a caller-owned buffer of at least ciphertext.size() - kStreamOverhead bytes (which
  // may alias nothing else); `final` reports the final tag. Returns the plaintext length.
  [[nodiscard]] CryptoResult<std::size_t> pull_into(ByteView ciphertext, ByteView ad, MutableByteView out,
                                                    bool& final);
  [[nodiscard]] bool finished() const noexcept { return finished_; }

 private:
  StreamDecryptor() = default;
  SecretBuffer state_;
  bool finished_ = false;
};

}  // namespace amparo::crypto
