#include "crypto/file_cipher.h"

#include <cstring>
#include <sstream>
#include <vector>

#include "crypto/stream.h"

namespace amparo::crypto {

namespace {

constexpr char kMagic[4] = {'A', 'M', 'P', 'F'};
constexpr std::uint8_t kVersion = 1;
constexpr std::size_t kMinChunk = 1024;
constexpr std::size_t kMaxChunk = 4 * 1024 * 1024;

Bytes chunk_ad(ByteView ad, ByteView prefix, std::uint64_t index) {
  Bytes out;
  out.reserve(ad.size() + prefix.size() + 8);
  append_bytes(out, ad);
  append_bytes(out, prefix);
  append_u64le(out, index);
  return out;
}

// Reads up to n bytes; returns how many were read.
std::size_t read_up_to(std::istream& in, std::uint8_t* dst, std::size_t n) {
  in.read(reinterpret_cast<char*>(dst), static_cast<std::streamsize>(n));
  return static_cast<std::size_t>(in.gcount());
}

}  // namespace

CryptoResult<std::uint64_t> encrypt_stream(std::istream& in, std::ostream& out, const SecretBuffer& key,
                                           ByteView ad, std::size_t chunk_size) {
  if (chunk_size < kMinChunk || chunk_size > kMaxChunk) return make_error(CryptoError::BadInput);
  AMPARO_TRY(auto enc, StreamEncryptor::start(key));
  Bytes prefix(kMagic, kMagic + 4);
  append_u8(prefix, kVersion);
  append_u32le(prefix, static_cast<std::uint32_t>(chunk_size));
  out.write(reinterpret_cast<const char*>(prefix.data()), static_cast<std::streamsize>(prefix.size()));
  out.write(reinterpret_cast<const char*>(enc.header().data()),
            static_cast<std::streamsize>(enc.header().size()));

  // Read one chunk ahead so the last chunk (possibly empty) carries TAG_FINAL.
  std::vector<std::uint8_t> current(chunk_size), next(chunk_size);
  std::size_t current_len = read_up_to(in, current.data(), chunk_size);
  std::uint64_t total = 0;
  std::uint64_t index = 0;
  for (;;) {
    if (in.bad()) return make_error(CryptoError::Io);
    std::size_t next_len = current_len == chunk_size ? read_up_to(in, next.data(), chunk_size) : 0;
    const bool final = next_len == 0;
    const Bytes ct = enc.push({current.data(), current_len}, chunk_ad(ad, prefix, index), final);
    out.write(reinterpret_cast<const char*>(ct.data()), static_cast<std::streamsize>(ct.size()));
    if (!out) return make_error(CryptoError::Io);
    total += current_len;
    ++index;
    if (final) break;
    std::swap(current, next);
    current_len = next_len;
  }
  // Wipe plaintext staging buffers.
  std::memset(current.data(), 0, current.size());
  std::memset(next.data(), 0, next.size());
  return total;
}

CryptoResult<std::uint64_t> decrypt_stream(std::istream& in, const SecretBuffer& key, ByteView ad,
                                           const std::function<bool(ByteView)>& sink,
                                           std::uint64_t max_plaintext) {
  std::uint8_t prefix[kFilePrefixSize];
  if (read_up_to(in, prefix, sizeof prefix) != sizeof prefix) return make_error(CryptoError::Truncated);
  if (std::memcmp(prefix, kMagic, 4) != 0 || prefix[4] != kVersion) {
    return make_error(CryptoError::BadInput, "not an Amparo encrypted file");
  }
  const std::size_t chunk_size = read_u32le(prefix + 5);
  if (chunk_size < kMinChunk || chunk_size > kMaxChunk) return make_error(CryptoError::BadInput);
  std::uint8_t header[kStreamHeaderSize];
  if (read_up_to(in, header, sizeof header) != sizeof header) return make_error(CryptoError::Truncated);
  AMPARO_TRY(auto dec, StreamDecryptor::start(key, header));

  std::vector<std::uint8_t> buf(chunk_size + kStreamOverhead);
  std::uint64_t total = 0;
  std::uint64_t index = 0;
  for (;;) {
    const std::size_t n = read_up_to(in, buf.data(), buf.size());
    if (in.bad()) return make_error(CryptoError::Io);
    if (n == 0) return make_error(CryptoError::Truncated);
    AMPARO_TRY(auto chunk, dec.pull({buf.data(), n}, chunk_ad(ad, {prefix, sizeof prefix}, index)));
    // A full-size chunk that is not final must be followed by more; a short one must be final.
    if (!chunk.final && n != buf.size()) return make_error(CryptoError::Truncated);
    total += chunk.data.size();
    if (total > max_plaintext) return make_error(CryptoError::BadInput, "encrypted file too large");
    if (!chunk.data.empty() && !sink(chunk.data)) return make_error(CryptoError::Io);
    if (!chunk.data.empty()) std::memset(chunk.data.data(), 0, chunk.data.size());
    ++index;
    if (chunk.final) break;
  }
  if (in.peek() != std::char_traits<char>::eof()) return make_error(CryptoError::TrailingData);
  return total;
}

CryptoResult<Bytes> encrypt_bytes(ByteView plaintext, const SecretBuffer& key, ByteView ad) {
  std::istringstream in(std::string(as_chars(plaintext)));
  std::ostringstream out;
  AMPARO_TRY_VOID(encrypt_stream(in, out, key, ad));
  return to_bytes(out.str());
}

CryptoResult<SecretBuffer> decrypt_to_secret(ByteView ciphertext, const SecretBuffer& key, ByteView ad,
                                             std::uint64_t max_plaintext) {
  // Plaintext is at most the ciphertext size; size the guarded buffer from that bound.
  if (ciphertext.size() > max_plaintext + (max_plaintext / kMinChunk + 2) * kStreamOverhead + 64) {
    return make_error(CryptoError::BadInput, "encrypted file too large");
  }
  SecretBuffer staging(ciphertext.size());
  std::size_t used = 0;
  std::istringstream in(std::string(as_chars(ciphertext)));
  AMPARO_TRY_VOID(decrypt_stream(
      in, key, ad,
      [&](ByteView chunk) {
        std::memcpy(staging.data() + used, chunk.data(), chunk.size());
        used += chunk.size();
        return true;
      },
      max_plaintext));
  return SecretBuffer::copy_of(ByteView(staging.data(), used));
}

}  // namespace amparo::crypto
