#include "vault/file_writer.h"

#include <algorithm>

namespace amparo::vault {

namespace {
constexpr std::uint8_t kMagic[4] = {'A', 'M', 'P', 'F'};
constexpr std::uint8_t kVersion = 1;
}  // namespace

VaultResult<EncryptedFileWriter> EncryptedFileWriter::start(std::ostream& out,
                                                            const crypto::SecretBuffer& key, ByteView ad,
                                                            std::size_t chunk_size) {
  auto enc = crypto::StreamEncryptor::start(key);
  if (!enc) return make_error(VaultError::Internal, "stream start");
  EncryptedFileWriter w;
  w.out_ = &out;
  w.chunk_size_ = chunk_size;
  Bytes prefix(kMagic, kMagic + 4);
  append_u8(prefix, kVersion);
  append_u32le(prefix, static_cast<std::uint32_t>(chunk_size));
  out.write(reinterpret_cast<const char*>(prefix.data()), static_cast<std::streamsize>(prefix.size()));
  const Bytes& header = enc->header();
  out.write(reinterpret_cast<const char*>(header.data()), static_cast<std::streamsize>(header.size()));
  if (!out) return make_error(VaultError::Io, "write encrypted file");
  w.ad_prefix_.assign(ad.begin(), ad.end());
  append_bytes(w.ad_prefix_, prefix);
  w.enc_.emplace(std::move(enc).value());
  w.pending_.reserve(chunk_size);
  return w;
}

VaultResult<void> EncryptedFileWriter::emit(bool final) {
  Bytes ad = ad_prefix_;
  append_u64le(ad, index_);
  const Bytes ct = enc_->push(view(pending_), ad, final);
  out_->write(reinterpret_cast<const char*>(ct.data()), static_cast<std::streamsize>(ct.size()));
  if (!*out_) return make_error(VaultError::Io, "write encrypted file");
  secure_wipe(pending_.data(), pending_.size());
  pending_.clear();
  ++index_;
  return {};
}

VaultResult<void> EncryptedFileWriter::write(ByteView data) {
  if (finished_) return make_error(VaultError::Internal, "write after finish");
  while (!data.empty()) {
    // A full pending chunk is flushed (non-final) only once more data is known to follow.
    if (pending_.size() == chunk_size_) AMPARO_TRY_VOID(emit(false));
    const std::size_t take = std::min(data.size(), chunk_size_ - pending_.size());
    pending_.insert(pending_.end(), data.begin(), data.begin() + static_cast<std::ptrdiff_t>(take));
    data = data.subspan(take);
    total_ += take;
  }
  return {};
}

VaultResult<void> EncryptedFileWriter::finish() {
  if (finished_) return {};
  finished_ = true;
  AMPARO_TRY_VOID(emit(true));
  out_->flush();
  if (!*out_) return make_error(VaultError::Io, "write encrypted file");
  return {};
}

}  // namespace amparo::vault
