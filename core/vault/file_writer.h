// Push-style writer for the encrypted file format of crypto/file_cipher.h (internal): lets the
// vault hash plaintext while encrypting, and re-encrypt an attachment chunk by chunk from
// decrypt_stream's callback (rekey) without a plaintext copy. Output is byte-compatible with
// crypto::encrypt_stream and is read back with crypto::decrypt_stream.
#pragma once

#include <optional>
#include <ostream>

#include "common/bytes.h"
#include "crypto/file_cipher.h"
#include "crypto/secret_buffer.h"
#include "crypto/stream.h"
#include "vault/error.h"
#include "vault/zeroizing.h"

namespace amparo::vault {

class EncryptedFileWriter {
 public:
  [[nodiscard]] static VaultResult<EncryptedFileWriter> start(
      std::ostream& out, const crypto::SecretBuffer& key, ByteView ad,
      std::size_t chunk_size = crypto::kFileChunkSize);
  [[nodiscard]] VaultResult<void> write(ByteView data);
  [[nodiscard]] VaultResult<void> finish();
  [[nodiscard]] std::uint64_t plaintext_size() const noexcept { return total_; }

 private:
  EncryptedFileWriter() = default;
  [[nodiscard]] VaultResult<void> emit(bool final);

  std::ostream* out_ = nullptr;
  std::optional<crypto::StreamEncryptor> enc_;
  Bytes ad_prefix_;  // caller AD ‖ 9-byte file prefix
  SecureBytes pending_;
  std::size_t chunk_size_ = 0;
  std::uint64_t index_ = 0;
  std::uint64_t total_ = 0;
  bool finished_ = false;
};

}  // namespace amparo::vault
