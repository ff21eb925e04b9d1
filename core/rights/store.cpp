#include "rights/store.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <fstream>
#include <nlohmann/json.hpp>

#include "crypto/encoding.h"
#include "rights/bounded_json.h"
#include "rights/text.h"

namespace amparo::rights {

using nlohmann::json;

// ---------------------------------------------------------------------------------------------
// Storage backends

RightsResult<std::optional<Bytes>> MemoryPackStorage::read(std::string_view key) {
  const auto it = entries.find(key);
  if (it == entries.end()) return std::optional<Bytes>();
  return std::optional<Bytes>(it->second);
}

RightsResult<void> MemoryPackStorage::write(std::string_view key, ByteView value) {
  if (fail_writes) return make_error(RightsError::Storage, "write refused (test)");
  entries[std::string(key)] = Bytes(value.begin(), value.end());
  return {};
}

RightsResult<void> MemoryPackStorage::erase(std::string_view key) {
  if (fail_writes) return make_error(RightsError::Storage, "erase refused (test)");
  if (const auto it = entries.find(key); it != entries.end()) entries.erase(it);
  return {};
}

namespace {

bool safe_key(std::string_view key) {
  return !key.empty() && key.size() <= 80 && key[0] != '.' && std::all_of(key.begin(), key.end(), [](char c) {
    return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '.' || c == '-';
  });
}

}  // namespace

RightsResult<std::optional<Bytes>> DirectoryPackStorage::read(std::string_view key) {
  if (!safe_key(key)) return make_error(RightsError::Storage, "bad key");
  std::ifstream in(dir_ / std::string(key), std::ios::binary);
  if (!in) return std::optional<Bytes>();
  in.seekg(0, std::ios::end);
  const auto size = static_cast<std::size_t>(in.tellg());
  if (size > PackLimits::kMaxPackBytes) return make_error(RightsError::TooLarge, "stored entry too large");
  in.seekg(0);
  Bytes data(size);
  in.read(reinterpret_cast<char*>(data.data()), static_cast<std::streamsize>(size));
  if (!in) return make_error(RightsError::Storage, "read failed");
  return std::optional<Bytes>(std::move(data));
}

RightsResult<void> DirectoryPackStorage::write(std::string_view key, ByteView value) {
  if (!safe_key(key)) return make_error(RightsError::Storage, "bad key");
  std::error_code ec;
  std::filesystem::create_directories(dir_, ec);
  ::chmod(dir_.c_str(), 0700);
  const auto final_path = dir_ / std::string(key);
  const auto tmp = dir_ / (std::string(key) + ".tmp");
  const int fd = ::open(tmp.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0600);
  if (fd < 0) return make_error(RightsError::Storage, "cannot create file");
  std::size_t done = 0;
  while (done < value.size()) {
    const ssize_t n = ::write(fd, value.data() + done, value.size() - done);
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) {
      ::close(fd);
      ::unlink(tmp.c_str());
      return make_error(RightsError::Storage, "write failed");
    }
    done += static_cast<std::size_t>(n);
  }
  const bool synced = ::fsync(fd) == 0;
  ::close(fd);
  if (!synced || ::rename(tmp.c_str(), final_path.c_str()) != 0) {
    ::unlink(tmp.c_str());
    return make_error(RightsError::Storage, "could not replace file");
  }
  return {};
}

RightsResult<void> DirectoryPackStorage::erase(std::string_view key) {
  if (!safe_key(key)) return make_error(RightsError::Storage, "bad key");
  std::error_code ec;
  std::filesystem::remove(dir_ / std::string(key), ec);
  if (ec) return make_error(RightsError::Storage, "remove failed");
  return {};
}

// ---------------------------------------------------------------------------------------------
// PackStore

namespace {

std::string pack_key(std::string_view id) {
  return "pack." + std::string(id);
}

RightsFailure storage_error(std::string_view what) {
  return make_error(RightsError::Storage, std::string(what));
}

}  // namespace

RightsResult<PackStore> PackStore::open(Pack builtin, PackStorage& storage) {
  PackStore store(std::move(builtin), storage);
  AMPARO_TRY(const auto state, storage.read("state"));
  std::vector<std::string> installed_ids;
  if (state) {
    JsonLimits limits;
    limits.max_bytes = 1u << 20;
    limits.max_depth = 4;
    auto parsed = parse_bounded_json(as_chars(*state), limits);
    if (!parsed) return storage_error("state: " + parsed.error().detail);
    const json& j = *parsed;
    try {
      if (!j.is_object() || j.at("format") != 1) return storage_error("state: unknown format");
      for (const auto& [id, v] : j.at("floors").items()) {
        if (!v.is_number_unsigned()) return storage_error("state: bad floor");
        store.floors_[id] = v.get<std::uint64_t>();
      }
      for (const auto& p : j.at("publishers")) {
        auto key = crypto::from_base64(p.at("key").get<std::string>());
        if (!key || key->size() != 32) return storage_error("state: bad publisher key");
        store.publishers_.push_back(Publisher{p.at("name").get<std::string>(), std::move(*key)});
      }
      for (const auto& id : j.at("installed")) installed_ids.push_back(id.get<std::string>());
    } catch (const json::exception&) {
      return storage_error("state: malformed");
    }
  }
  for (const auto& id : installed_ids) {
    AMPARO_TRY(const auto bytes, storage.read(pack_key(id)));
    if (!bytes) {
      store.dropped_.push_back(make_error(RightsError::NotInstalled, "pack " + id + " missing from storage"));
      continue;
    }
    auto pack = open_pack(*bytes, store.publishers_);
    if (!pack) {
      store.dropped_.push_back(std::move(pack).error());
      continue;
    }
    if (pack->id() != id) {
      store.dropped_.push_back(make_error(RightsError::MalformedField, "stored pack id does not match"));
      continue;
    }
    auto& floor = store.floors_[id];
    if (pack->version() < floor ||
        (id == store.builtin_.id() && pack->version() <= store.builtin_.version())) {
      store.dropped_.push_back(make_error(RightsError::Rollback, "stored pack " + id + " is older"));
      continue;
    }
    floor = std::max(floor, pack->version());
    store.installed_.emplace(id, std::move(pack).value());
  }
  return store;
}

const Pack& PackStore::active() const {
  const auto it = installed_.find(builtin_.id());
  if (it != installed_.end() && it->second.version() > builtin_.version()) return it->second;
  return builtin_;
}

PackOrigin PackStore::active_origin() const {
  return &active() == &builtin_ ? PackOrigin::BuiltIn : PackOrigin::Installed;
}

const Pack* PackStore::installed(std::string_view id) const {
  const auto it = installed_.find(id);
  return it == installed_.end() ? nullptr : &it->second;
}

std::uint64_t PackStore::rollback_floor(std::string_view id) const {
  const auto it = floors_.find(id);
  return it == floors_.end() ? 0 : it->second;
}

RightsResult<void> PackStore::save_state(const std::vector<Publisher>& publishers,
                                         const std::map<std::string, std::uint64_t, std::less<>>& floors,
                                         const std::map<std::string, Pack, std::less<>>& installed) {
  json j;
  j["format"] = 1;
  j["floors"] = json::object();
  for (const auto& [id, v] : floors) j["floors"][id] = v;
  j["publishers"] = json::array();
  for (const auto& p : publishers)
    j["publishers"].push_back({{"name", p.name}, {"key", crypto::to_base64(p.public_key)}});
  j["installed"] = json::array();
  for (const auto& [id, pack] : installed) j["installed"].push_back(id);
  return storage_->write("state", as_bytes(j.dump()));
}

RightsResult<void> PackStore::pin_publisher(Publisher publisher) {
  if (publisher.public_key.size() != 32)
    return make_error(RightsError::BadKey, "publisher key must be 32 bytes");
  if (publisher.name.empty() || publisher.name.size() > PackLimits::kMaxTitleBytes ||
      !text::valid_utf8(publisher.name) || text::find_forbidden(publisher.name)) {
    return make_error(RightsError::MalformedField, "publisher name");
  }
  auto next = publishers_;
  const auto it = std::find_if(next.begin(), next.end(),
                               [&](const Publisher& p) { return p.public_key == publisher.public_key; });
  if (it != next.end()) {
    it->name = std::move(publisher.name);
  } else {
    next.push_back(std::move(publisher));
  }
  AMPARO_TRY_VOID(save_state(next, floors_, installed_));
  publishers_ = std::move(next);
  return {};
}

RightsResult<void> PackStore::unpin_publisher(ByteView public_key) {
  auto next = publishers_;
  const auto removed = std::remove_if(next.begin(), next.end(), [&](const Publisher& p) {
    return std::equal(p.public_key.begin(), p.public_key.end(), public_key.begin(), public_key.end());
  });
  if (removed == next.end()) return make_error(RightsError::UnknownPublisher, "not pinned");
  next.erase(removed, next.end());
  auto installed = installed_;
  std::vector<std::string> gone;
  for (auto it = installed.begin(); it != installed.end();) {
    const Bytes& k = it->second.publisher_key();
    if (std::equal(k.begin(), k.end(), public_key.begin(), public_key.end())) {
      gone.push_back(it->first);
      it = installed.erase(it);
    } else {
      ++it;
    }
  }
  AMPARO_TRY_VOID(save_state(next, floors_, installed));
  for (const auto& id : gone) (void)storage_->erase(pack_key(id));  // state no longer lists it
  publishers_ = std::move(next);
  installed_ = std::move(installed);
  return {};
}

RightsResult<Pack> PackStore::install(ByteView pack_file) {
  AMPARO_TRY(Pack pack, open_pack(pack_file, publishers_));
  const std::string id = pack.id();
  std::uint64_t floor = rollback_floor(id);
  if (id == builtin_.id()) floor = std::max(floor, builtin_.version());
  if (const Pack* current = installed(id)) floor = std::max(floor, current->version());
  if (pack.version() <= floor) {
    return make_error(RightsError::Rollback, "pack " + id + " version " + std::to_string(pack.version()) +
                                                 " is not newer than " + std::to_string(floor));
  }
  AMPARO_TRY(const auto previous, storage_->read(pack_key(id)));
  AMPARO_TRY_VOID(storage_->write(pack_key(id), pack_file));
  auto floors = floors_;
  floors[id] = pack.version();
  auto installed_next = installed_;
  installed_next.insert_or_assign(id, pack);
  if (auto saved = save_state(publishers_, floors, installed_next); !saved) {
    // Put the previous pack file back so storage and memory agree.
    if (previous) {
      (void)storage_->write(pack_key(id), *previous);
    } else {
      (void)storage_->erase(pack_key(id));
    }
    return std::move(saved).error();
  }
  floors_ = std::move(floors);
  installed_ = std::move(installed_next);
  return pack;
}

RightsResult<void> PackStore::return_to_builtin(std::string_view id) {
  const std::string key_id = id.empty() ? builtin_.id() : std::string(id);
  if (installed_.find(key_id) == installed_.end()) return make_error(RightsError::NotInstalled, key_id);
  auto installed_next = installed_;
  installed_next.erase(key_id);
  AMPARO_TRY_VOID(save_state(publishers_, floors_, installed_next));
  (void)storage_->erase(pack_key(key_id));
  installed_ = std::move(installed_next);
  return {};
}

}  // namespace amparo::rights
