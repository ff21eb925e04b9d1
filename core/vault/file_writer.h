// Push-style writer for the encrypted file format of crypto/file_cipher.h (internal), straight to
// a file descriptor: lets the vault hash plaintext while encrypting, and re-encrypt an attachment
// chunk by chunk from decrypt_stream's callback (rekey) without a plaintext copy. Output is
// byte-compatible with crypto::encrypt_stream (same chunking, same final-tag placement) and is
// read back with crypto::decrypt_stream.
//
// Hot path: whole chunks are encrypted from the caller's memory with StreamEncryptor::push_into
// into one reused output batch that is written with write(2); only a trailing partial (or
// possibly-last full) chunk is copied into `pending_`. The per-chunk associated data lives in a
// fixed buffer whose last 8 bytes (the chunk index) are overwritten per chunk.
#pragma once

#include <cstdint>
#include <istream>
#include <optional>

#include "common/bytes.h"
#include "crypto/file_cipher.h"
#include "crypto/secret_buffer.h"
#include "crypto/stream.h"
#include "vault/error.h"
#include "vault/zeroizing.h"

namespace amparo::vault {

class EncryptedFileWriter {
 public:
  // `fd` is an open, writable, empty file; the writer does not own it (no close, no fsync).
  [[nodiscard]] static VaultResult<EncryptedFileWriter> start(
      int fd, const crypto::SecretBuffer& key, ByteView ad, std::size_t chunk_size = crypto::kFileChunkSize);
  // Appends plaintext. Whether more follows is unknown, so up to one full chunk is held back.
  [[nodiscard]] VaultResult<void> write(ByteView data);
  // Appends plaintext that the caller knows is followed by at least one more byte (a later
  // write) or, with `last`, is the end of the file (this also finishes the file). Whole chunks
  // are then encrypted in place, with no copy.
  [[nodiscard]] VaultResult<void> write_block(ByteView data, bool last);
  // Emits the final chunk (possibly empty) and flushes the batch; the caller fsyncs the fd.
  [[nodiscard]] VaultResult<void> finish();
  [[nodiscard]] std::uint64_t plaintext_size() const noexcept { return total_; }
  // Bytes of buffer this writer holds (constant: pending chunk + output batch).
  [[nodiscard]] std::size_t buffer_bytes() const noexcept { return pending_.capacity() + out_.capacity(); }

  EncryptedFileWriter(EncryptedFileWriter&&) noexcept = default;
  EncryptedFileWriter& operator=(EncryptedFileWriter&&) noexcept = default;
  EncryptedFileWriter(const EncryptedFileWriter&) = delete;
  EncryptedFileWriter& operator=(const EncryptedFileWriter&) = delete;
  ~EncryptedFileWriter();

 private:
  EncryptedFileWriter() = default;
  [[nodiscard]] VaultResult<void> emit(ByteView chunk, bool final);
  [[nodiscard]] VaultResult<void> flush_out();
  [[nodiscard]] VaultResult<void> drain_pending(bool final);
  void start_writeback() noexcept;

  int fd_ = -1;
  std::optional<crypto::StreamEncryptor> enc_;
  Bytes ad_;  // caller AD ‖ 9-byte file prefix ‖ chunk index u64le (overwritten per chunk)
  SecureBytes pending_;
  Bytes out_;  // ciphertext batch, written with write(2) when full
  std::size_t out_used_ = 0;
  std::size_t chunk_size_ = 0;
  std::uint64_t index_ = 0;
  std::uint64_t total_ = 0;
  std::uint64_t written_ = 0;  // bytes handed to the kernel
  std::uint64_t kicked_ = 0;   // bytes whose writeback was started (Linux sync_file_range)
  bool finished_ = false;
  bool failed_ = false;
};

// Which digest encrypt_source computes while it encrypts.
enum class SourceDigest : std::uint8_t {
  Tree,     // crypto/tree_digest.h, leaves hashed on both threads (schema 4 and later)
  Blake2b,  // plain BLAKE2b-256 on the second thread (vaults still at schema 1..3)
};

// Options of encrypt_source (tests turn threads off to cover the serial paths).
struct EncryptSourceOptions {
  bool hash_on_thread = true;  // a second thread hashes; without it everything is inline
  // Tree digest: the encrypting thread hashes leaves too whenever it would otherwise wait for the
  // hashing thread (work stealing, leaf by leaf). Off: the hashing thread does every leaf.
  bool encryptor_hashes = true;
  std::size_t block_size = 16 * crypto::kFileChunkSize;  // plaintext read per block (rounded up to 64 KiB)
  std::size_t blocks = 4;                                // plaintext blocks in flight (>= 2)
  SourceDigest digest = SourceDigest::Tree;
};

struct EncryptedSource {
  std::uint64_t size = 0;
  // Tree: the attachment tree digest, or empty when the source's size could not be learnt before
  // reading (not seekable) or changed while it was read — the root hash starts with the size, so
  // the caller then computes the digest in a second pass over the encrypted file. Blake2b:
  // BLAKE2b-256 of the plaintext.
  Bytes digest;
  std::size_t buffer_bytes = 0;  // plaintext blocks + leaf hashes + writer buffers (constant, for tests)
};

// Reads `in` to its end in large blocks, encrypting into `writer` (then finishing it) while a
// second thread hashes the same blocks (see SourceDigest). Refuses more than `cap` bytes with
// AttachmentTooLarge; a source already in a failed state, failing or throwing is Io (the
// caller's exception mask is honoured by never throwing, and restored afterwards). Memory is
// bounded by `blocks` blocks and their leaf hashes; plaintext blocks and leaf hashes are wiped
// before they are freed. Never throws.
[[nodiscard]] VaultResult<EncryptedSource> encrypt_source(std::istream& in, EncryptedFileWriter& writer,
                                                          std::uint64_t cap,
                                                          const EncryptSourceOptions& options = {});

}  // namespace amparo::vault
