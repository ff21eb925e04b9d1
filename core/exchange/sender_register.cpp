#include "exchange/sender_register.h"

#include <fcntl.h>
#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <fstream>
#include <sstream>

#include "crypto/encoding.h"
#include "crypto/random.h"

namespace amparo::exchange {

ExchangeResult<SenderRegister> SenderRegister::load(const std::filesystem::path& file) {
  SenderRegister reg;
  reg.file_ = file;
  std::error_code ec;
  if (!std::filesystem::exists(file, ec)) return reg;
  const auto size = std::filesystem::file_size(file, ec);
  if (ec) return make_error(ExchangeError::Io, "sender register");
  if (size > kMaxBytes) return make_error(ExchangeError::BundleOversized, "sender register");
  std::ifstream in(file);
  std::string line;
  std::size_t n = 0;
  while (std::getline(in, line)) {
    ++n;
    if (line.empty() || line[0] == '#') continue;
    if (reg.entries_.size() >= kMaxEntries)
      return make_error(ExchangeError::BundleOversized, "sender register");
    std::istringstream ls(line);
    std::string pk, id;
    SenderEntry e;
    if (!(ls >> pk >> id >> e.first_seen >> e.count)) {
      return make_error(ExchangeError::Io, "sender register line " + std::to_string(n) + " malformed");
    }
    auto pkb = crypto::from_hex(pk);
    auto idb = crypto::from_hex(id);
    if (!pkb || pkb->size() != 32 || !idb || idb->size() != 16) {
      return make_error(ExchangeError::Io, "sender register line " + std::to_string(n) + " malformed");
    }
    e.public_key = *pkb;
    e.first_bundle_id = *idb;
    reg.entries_.push_back(std::move(e));
  }
  return reg;
}

std::optional<SenderEntry> SenderRegister::find(ByteView public_key) const {
  for (const auto& e : entries_) {
    if (std::equal(e.public_key.begin(), e.public_key.end(), public_key.begin(), public_key.end())) return e;
  }
  return std::nullopt;
}

void SenderRegister::record(ByteView public_key, ByteView bundle_id, std::uint64_t now) {
  for (auto& e : entries_) {
    if (std::equal(e.public_key.begin(), e.public_key.end(), public_key.begin(), public_key.end())) {
      if (!std::equal(e.first_bundle_id.begin(), e.first_bundle_id.end(), bundle_id.begin(),
                      bundle_id.end())) {
        ++e.count;
      }
      return;
    }
  }
  entries_.push_back(SenderEntry{Bytes(public_key.begin(), public_key.end()),
                                 Bytes(bundle_id.begin(), bundle_id.end()), now, 1});
}

ExchangeResult<void> SenderRegister::save() const {
  std::string text = "# Amparo intake sender register: public key, first bundle id, first seen, bundles\n";
  for (const auto& e : entries_) {
    text += crypto::to_hex(e.public_key) + " " + crypto::to_hex(e.first_bundle_id) + " " +
            std::to_string(e.first_seen) + " " + std::to_string(e.count) + "\n";
  }
  const auto parent = file_.has_parent_path() ? file_.parent_path() : std::filesystem::path(".");
  const auto tmp = parent / ("." + file_.filename().string() + ".tmp-" + crypto::random_id(8));
  const int fd = ::open(tmp.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
  if (fd < 0) return make_error(ExchangeError::Io, std::string("sender register: ") + std::strerror(errno));
  const bool ok =
      ::write(fd, text.data(), text.size()) == static_cast<ssize_t>(text.size()) && ::fsync(fd) == 0;
  ::close(fd);
  if (!ok || std::rename(tmp.c_str(), file_.c_str()) != 0) {
    std::error_code ec;
    std::filesystem::remove(tmp, ec);
    return make_error(ExchangeError::Io, "sender register");
  }
  return {};
}

std::string SenderRegister::describe_sender(ByteView public_key) const {
  auto e = find(public_key);
  if (!e) return "new sender";
  return "same sender as bundle " + crypto::to_hex(e->first_bundle_id) + " (" + std::to_string(e->count) +
         " bundle" + (e->count == 1 ? "" : "s") + " opened before)";
}

}  // namespace amparo::exchange
